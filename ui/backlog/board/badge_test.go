package board

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
)

// TestEvidenceBadge: a card whose item customers asked for shows its
// demand and asks after the score, archived insights left out; a link
// made elsewhere reaches the card, an item nobody asked for shows none.
func TestEvidenceBadge(t *testing.T) {
	test.NewTempApp(t)
	ws := boardWorkspace(t)
	err := ws.Do(app.Func{Desc: "seed insights", Fn: func(tx *app.Tx) error {
		for _, in := range []*app.Insight{
			{ID: "ins-1", Text: "Need it", Company: "Acme", Importance: app.ImportanceCritical, State: app.InsightTriaged, Items: []string{"r1"}},
			{ID: "ins-2", Text: "Me too", Person: "Bo", State: app.InsightNew, Items: []string{"r1"}},
			{ID: "ins-3", Text: "Old", Company: "Zed", State: app.InsightArchived, Items: []string{"r2"}},
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
	f := newFixture(t, ws)
	meta := func(id string) string {
		for _, c := range f.cards() {
			if c.id == id {
				return c.meta
			}
		}
		t.Fatalf("no card %s", id)
		return ""
	}
	if got := meta("r1"); !strings.HasSuffix(got, "RICE 50  ·  3 pts  ·  Demand 4 · 2 asks") {
		t.Errorf("r1's meta %q", got)
	}
	if got := meta("r2"); strings.Contains(got, "Demand") {
		t.Errorf("r2 (only archived evidence) shows %q", got)
	}
	if err := ws.Do(app.LinkInsight("ins-2", []string{"r2"}, nil)); err != nil {
		t.Fatal(err)
	}
	if got := meta("r2"); !strings.HasSuffix(got, "Demand 1 · 1 ask") {
		t.Errorf("after linking, r2's meta %q", got)
	}
}
