package strategy

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

// TestPersonaCardShowsInsights: Gina's card quotes her insights, the
// weightiest first, and names the items she asks for most; archived
// insights count nothing, and a new one reaches the card.
func TestPersonaCardShowsInsights(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	err := ws.Do(app.Func{Desc: "seed insights", Fn: func(tx *app.Tx) error {
		for _, in := range []*app.Insight{
			{ID: "ins-1", Text: "I need to know what to plant", Person: "Gina", Persona: "persona-gina", Importance: app.ImportanceCritical, State: app.InsightNew, Items: []string{"item-a"}},
			{ID: "ins-2", Text: "Planting plans on paper hurt", Company: "Gina's orchard", Persona: "persona-gina", State: app.InsightTriaged, Items: []string{"item-a", "item-b"}},
			{ID: "ins-3", Text: "Never mind", Persona: "persona-gina", State: app.InsightArchived, Items: []string{"item-b"}},
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
	env := uitest.Env(ws)
	p := newStrategyPage(env, func(app.Key) {})
	uitest.Follow(ws, p.refresh)
	uitest.ShowInWindow(t, p.content)
	for _, want := range []string{"What they said (2)", "• “I need to know what to plant” — Gina", "• “Planting plans on paper hurt” — Gina's orchard",
		"Asks for most", "• Highest scored (2 insights)", "• Runner-up (1 insight)"} {
		if !uitest.HasText(p.content, want) {
			t.Errorf("the card lacks %q: %q", want, uitest.Texts(p.content))
		}
	}
	if uitest.HasText(p.content, "Never mind") {
		t.Error("the card quotes an archived insight")
	}
	if err := ws.Do(app.Create(&app.Insight{Text: "Frost alerts", Persona: "persona-gina", State: app.InsightNew})); err != nil {
		t.Fatal(err)
	}
	if !uitest.HasText(p.content, "What they said (3)") || !uitest.HasText(p.content, "and 1 more in Insights") {
		t.Errorf("after a new insight: %q", uitest.Texts(p.content))
	}
}
