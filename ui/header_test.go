package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

// shownText is the text of the canvas texts under o, as drawn (cut with
// "…" where they are).
func shownText(o fyne.CanvasObject) string {
	var b strings.Builder
	uitest.Visit(o, func(o fyne.CanvasObject) bool {
		if t, ok := o.(*canvas.Text); ok {
			b.WriteString(t.Text + "|")
		}
		return true
	})
	return b.String()
}

// TestHeaderNeverWidensTheWindow: the product's name and the folder share
// a line; with room both show whole, short of it the folder is cut first,
// then the name, and the header asks for far less than 800 px however long
// the name and the path.
func TestHeaderNeverWidensTheWindow(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(themeFor(ThemeDark))
	long := "/home/maya.okafor/Documents/Product plans/Field service/Crewline, the whole product line"
	for _, c := range []struct {
		name, dir  string
		width      float32
		whole, cut []string // shown whole; cut with "…"
	}{
		{"Crewline", "/tmp/ws", 800, []string{"Crewline|", "/tmp/ws|"}, nil},
		{"Crewline", long, 800, []string{"Crewline|"}, []string{"/home/maya.okafor"}},
		{"Crewline field service, the product line of the whole company", long, 500, nil, []string{"Crewline"}},
	} {
		ws := app.NewWorkspace(app.Product{Name: c.name})
		h := newHeaderView(ws, c.dir)
		w := test.NewWindow(h.box)
		w.SetPadded(false)
		w.Resize(fyne.NewSize(c.width, 200))
		shown := shownText(h.title)
		for _, s := range c.whole {
			if !strings.Contains(shown, s) {
				t.Errorf("%s at %.0f px: %q is not shown whole; the title shows %q", c.name, c.width, s, shown)
			}
		}
		for _, s := range c.cut {
			if !strings.Contains(shown, s) || !strings.Contains(shown, "…") {
				t.Errorf("%s at %.0f px: %q is not shown cut with …; the title shows %q", c.name, c.width, s, shown)
			}
		}
		if m := h.box.MinSize(); m.Width > 400 {
			t.Errorf("%s: the header asks for %.0f px", c.name, m.Width)
		}
		w.Close()
	}
}
