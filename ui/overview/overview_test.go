package overview

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

func TestOverviewRefreshShowsEdits(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.SeedWorkspace(t)
	ov := newOverview(uitest.Env(ws))
	ov.SetShown(true)
	uitest.ShowInWindow(t, ov.Object())
	showEveryCandidate(t, ov.Object())

	err := ws.Do(app.Func{Desc: "add", Fn: func(tx *app.Tx) error {
		s := tx.EditStrategy()
		s.Vision = "A greener vision."
		return tx.Put(&app.Item{ID: "item-z", Title: "New favourite", Type: app.TypeBug, Status: app.StatusNew,
			Scores: app.Scores{RICE: &app.RICE{Reach: 900, Impact: 1, Confidence: 100, Effort: 1}}})
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !uitest.HasText(ov.Object(), "A greener vision.") {
		t.Error("the new vision is not shown after refresh")
	}
	if n := uitest.Find[*widget.List](t, ov.Object()).Length(); n != 5 {
		t.Errorf("what-next list has %d rows after adding an item, want 5", n)
	}
	if row := rowText(t, ov.Object(), 0); !strings.Contains(row, "New favourite") {
		t.Errorf("first row = %q, want the new item", row)
	}
}
