package edit

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// withInsights adds three insights to the editors' workspace: a critical
// one from Acme on item-1, one from Bo unlinked, one archived on item-1.
func withInsights(t *testing.T) *app.Workspace {
	t.Helper()
	ws := newWorkspace(t)
	err := ws.Do(app.Func{Desc: "seed insights", Fn: func(tx *app.Tx) error {
		for _, in := range []*app.Insight{
			{ID: "ins-acme", Text: "Seeds must be tracked", Company: "Acme", Importance: app.ImportanceCritical, State: app.InsightTriaged, Items: []string{"item-1"}},
			{ID: "ins-bo", Text: "Water alerts", Person: "Bo", State: app.InsightNew},
			{ID: "ins-old", Text: "Old and archived", Company: "Zed", State: app.InsightArchived, Items: []string{"item-1"}},
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
	return ws
}

// TestItemEvidence: the item's editor says "Customer evidence (N)" with the
// quotes (archived ones left out), opens an insight from its quote, and
// links another as one command.
func TestItemEvidence(t *testing.T) {
	test.NewTempApp(t)
	f := newFixtureOn(t, withInsights(t), func(env *page.Env) page.Editor { return NewItemEditor(env, "item-1") })
	ev := f.ed.(*itemEditor).evidence
	if !uitest.HasText(f.ed.Object(), "Customer evidence (1)") || !uitest.HasText(f.ed.Object(), "1 insight from 1 customer · demand 3") {
		t.Fatalf("evidence shows %q", uitest.Texts(ev.obj))
	}
	if !uitest.HasText(ev.obj, "“Seeds must be tracked” — Acme · Critical") || uitest.HasText(ev.obj, "Old and archived") {
		t.Errorf("quotes %q", uitest.Texts(ev.obj))
	}
	test.Tap(uitest.Find[*widget.Button](t, ev.quotes))
	if !slices.Equal(f.Opened, []app.Key{{Kind: app.KindInsight, ID: "ins-acme"}}) {
		t.Errorf("opened %v", f.Opened)
	}
	// The choice offers the insights not linked yet, not the archived.
	if !slices.Equal(ev.link.Options, []string{"“Water alerts” — Bo"}) {
		t.Fatalf("link offers %q", ev.link.Options)
	}
	n := f.applied
	ev.link.SetSelectedIndex(0)
	f.expectCommand(n, "Link insight")
	if in, _ := f.ws.Insight("ins-bo"); !slices.Equal(in.Items, []string{"item-1"}) {
		t.Errorf("ins-bo links %v", in.Items)
	}
	if !uitest.HasText(ev.obj, "Customer evidence (2)") || !uitest.HasText(ev.obj, "2 insights from 2 customers · demand 4") {
		t.Errorf("after linking: %q", uitest.Texts(ev.obj))
	}
	if len(ev.link.Options) != 0 || !ev.link.Disabled() {
		t.Errorf("nothing left to link, yet offers %q", ev.link.Options)
	}
	// An edit of the item keeps the options; a new insight is offered.
	offered := ev.offered
	if err := f.ws.Do(app.EditItem("item-1", "Rename", func(it *app.Item) error { it.Title = "Sow more seeds"; return nil })); err != nil {
		t.Fatal(err)
	}
	if ev.offered != offered {
		t.Error("renaming the item made the options again")
	}
	if err := f.ws.Do(app.Create(&app.Insight{Text: "Seed counts per row", Company: "Yak", State: app.InsightNew})); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ev.link.Options, []string{"“Seed counts per row” — Yak"}) || ev.link.Disabled() {
		t.Errorf("after a new insight the choice offers %q", ev.link.Options)
	}
}

// TestInitiativeEvidenceRollsUp: the initiative's editor counts the
// insights on its items with its own.
func TestInitiativeEvidenceRollsUp(t *testing.T) {
	test.NewTempApp(t)
	f := newFixtureOn(t, withInsights(t), openInitiative("init-a"))
	if !uitest.HasText(f.ed.Object(), "Customer evidence (1)") {
		t.Fatalf("initiative evidence %q", uitest.Texts(f.ed.Object()))
	}
	if err := f.ws.Do(app.LinkInsight("ins-bo", nil, []string{"init-a"})); err != nil {
		t.Fatal(err)
	}
	if !uitest.HasText(f.ed.Object(), "Customer evidence (2)") || !uitest.HasText(f.ed.Object(), "“Water alerts” — Bo") {
		t.Errorf("after linking to the initiative: %q", uitest.Texts(f.ed.Object()))
	}
}

// TestDeleteSaysInsightsUnlinked: deleting an item or an initiative that
// insights link to says how many it unlinks, and does it in one command.
func TestDeleteSaysInsightsUnlinked(t *testing.T) {
	test.NewTempApp(t)
	ws := withInsights(t)
	if err := ws.Do(app.LinkInsight("ins-bo", nil, []string{"init-a"})); err != nil {
		t.Fatal(err)
	}
	f := newFixtureOn(t, ws, func(env *page.Env) page.Editor { return NewItemEditor(env, "item-1") })
	test.Tap(f.ed.(*itemEditor).del)
	// Archived insights are links too: both go.
	if d := uitest.WaitForDialog(t, f.Win, "Delete item"); !uitest.HasText(d, "Unlinks 2 insights.") {
		t.Errorf("the item's confirmation says %q", uitest.Texts(d))
	}
	f.confirm("Delete")
	if in, _ := ws.Insight("ins-acme"); len(in.Items) != 0 {
		t.Errorf("ins-acme still links %v", in.Items)
	}

	g := newFixtureOn(t, ws, openInitiative("init-a"))
	test.Tap(g.ed.(*initiativeEditor).h.delete)
	if d := uitest.WaitForDialog(t, g.Win, "Delete initiative"); !uitest.HasText(d, "Unlinks 1 insight.") {
		t.Errorf("the initiative's confirmation says %q", uitest.Texts(d))
	}
}
