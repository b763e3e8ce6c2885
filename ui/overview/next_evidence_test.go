package overview

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

// TestNextListShowsEvidence: a what-next row ends its details with the
// item's demand when customers asked for it; the others show none.
func TestNextListShowsEvidence(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.SeedWorkspace(t)
	err := ws.Do(app.Func{Desc: "seed insights", Fn: func(tx *app.Tx) error {
		for _, in := range []*app.Insight{
			{ID: "ins-1", Text: "Runner-up please", Company: "Acme", Importance: app.ImportanceCritical, State: app.InsightNew, Items: []string{"item-b"}},
			{ID: "ins-2", Text: "Yes", Company: "Yak", State: app.InsightTriaged, Items: []string{"item-b"}},
		} {
			if err := tx.Put(in); err != nil {
				return err
			}
		}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	content := newContent(ws)
	uitest.ShowInWindow(t, content)
	if row := rowText(t, content, 1); !strings.Contains(row, "Runner-up") || !strings.Contains(row, "Demand 4 (2 asks)") {
		t.Errorf("row 2 = %q, want Runner-up with Demand 4 (2 asks)", row)
	}
	if row := rowText(t, content, 0); strings.Contains(row, "Demand") {
		t.Errorf("row 1 = %q shows evidence nobody gave", row)
	}
}
