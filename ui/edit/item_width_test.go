package edit

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/app/sample"
	"canopy/ui/internal/uitest"
)

// The editor reads well in a window about 700 px wide: no item of the
// sample, in any status, makes it wider than that, so it never scrolls
// sideways or pushes the window wider.
func TestItemEditorFitsA700PixelWindow(t *testing.T) {
	test.NewTempApp(t)
	today := app.MustDate("2026-11-27")
	ws, err := sample.New(today, app.DayClock(today))
	if err != nil {
		t.Fatal(err)
	}
	env := uitest.NewContext(t, ws).Env
	widest, widestID := float32(0), ""
	for _, it := range ws.Items() {
		ed := NewItemEditor(env, it.ID).(*itemEditor)
		ed.scores.folded.OpenAll()
		if wd := ed.body.MinSize().Width; wd > widest {
			widest, widestID = wd, it.ID
		}
	}
	t.Logf("widest: %v (%s)", widest, widestID)
	if widest > 640 {
		t.Errorf("the editor of %s needs %v px: more than a 700 px window gives it", widestID, widest)
	}
}
