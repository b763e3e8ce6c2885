package insights

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

// feedbackWorkspace is the PM's workspace with five insights: two new (one
// undated), one triaged and linked, one archived, one new from Gina.
func feedbackWorkspace(t *testing.T) *app.Workspace {
	t.Helper()
	ws := uitest.PMWorkspace(t)
	err := ws.Do(app.Func{Desc: "seed insights", Fn: func(tx *app.Tx) error {
		for _, in := range []*app.Insight{
			{ID: "ins-old", Text: "Export to PDF please", Company: "Acme", Segment: "Enterprise", Source: "sales call", Date: app.MustDate("2026-09-01"), State: app.InsightNew, Importance: app.ImportanceImportant},
			{ID: "ins-nodate", Text: "Dark mode", Person: "Sam", Segment: "SMB", Source: "review", State: app.InsightNew},
			{ID: "ins-linked", Text: "Plan my rows", Company: "Orchard Co", Segment: "SMB", Source: "interview", Date: app.MustDate("2026-11-01"), State: app.InsightTriaged, Items: []string{"item-a"}, Importance: app.ImportanceCritical},
			{ID: "ins-arch", Text: "Old complaint", Company: "Acme", Source: "support ticket", Date: app.MustDate("2026-11-20"), State: app.InsightArchived},
			{ID: "ins-gina", Text: "Frost alerts", Person: "Gina", Persona: "persona-gina", Source: "interview", Date: app.MustDate("2026-11-10"), State: app.InsightNew},
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

func ids(rows []*app.Insight) []string {
	out := make([]string, len(rows))
	for i, in := range rows {
		out[i] = in.ID
	}
	return out
}

// TestInboxOrderAndFilters: the new first (latest first, undated last),
// then triaged, then archived; each filter narrows the rows, and clearing
// shows all again.
func TestInboxOrderAndFilters(t *testing.T) {
	test.NewTempApp(t)
	ws := feedbackWorkspace(t)
	ctx := uitest.NewContext(t, ws)
	p := newInsightsPage(ctx.Env)
	ctx.Show(p.Object(), 1200, 800)

	if got, want := ids(p.rows), []string{"ins-gina", "ins-old", "ins-nodate", "ins-linked", "ins-arch"}; !slices.Equal(got, want) {
		t.Fatalf("inbox = %v, want %v", got, want)
	}
	if !uitest.HasText(p.Object(), "5 insights · 3 new") {
		t.Errorf("count line: %q", p.count.Text)
	}
	for _, tt := range []struct {
		name string
		set  func()
		want []string
	}{
		{"segment", func() { p.filters.segment.SetSelected("SMB") }, []string{"ins-nodate", "ins-linked"}},
		{"no segment", func() { p.filters.segment.SetSelected(noneOption) }, []string{"ins-gina", "ins-arch"}},
		{"source", func() { p.filters.source.SetSelected("interview") }, []string{"ins-gina", "ins-linked"}},
		{"persona", func() { p.filters.persona.SetSelected("Gina the grower") }, []string{"ins-gina"}},
		{"importance", func() { p.filters.imp.SetSelected("Critical") }, []string{"ins-linked"}},
		{"unrated", func() { p.filters.imp.SetSelected(unratedOption) }, []string{"ins-gina", "ins-nodate", "ins-arch"}},
		{"state", func() { p.filters.state.SetSelected("Archived") }, []string{"ins-arch"}},
		{"linked", func() { p.filters.linked.SetSelected("Linked") }, []string{"ins-linked"}},
		{"unlinked", func() { p.filters.linked.SetSelected("Unlinked") }, []string{"ins-gina", "ins-old", "ins-nodate", "ins-arch"}},
		{"text", func() { p.filters.text.SetText("acme") }, []string{"ins-old", "ins-arch"}},
		{"combined", func() { p.filters.text.SetText("acme"); p.filters.state.SetSelected("New") }, []string{"ins-old"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p.clearFilters()
			tt.set()
			if got := ids(p.rows); !slices.Equal(got, tt.want) {
				t.Errorf("rows = %v, want %v", got, tt.want)
			}
			if p.list.Length() != len(tt.want) {
				t.Errorf("the list shows %d rows, want %d", p.list.Length(), len(tt.want))
			}
		})
	}
	p.clearFilters()
	if len(p.rows) != 5 {
		t.Errorf("after clearing, %d rows", len(p.rows))
	}
	// Show clears the filters that hide the insight and opens its editor.
	p.filters.state.SetSelected("Archived")
	p.Show(app.Key{Kind: app.KindInsight, ID: "ins-gina"})
	if p.index("ins-gina") < 0 {
		t.Error("Show left the insight filtered out")
	}
	if k, ok := p.panel.Shown(); !ok || k.ID != "ins-gina" {
		t.Errorf("panel shows %v %v", k, ok)
	}
}

// TestCapture: the field at the top adds a new insight dated today as one
// command, at the top of the inbox; empty text adds nothing.
func TestCapture(t *testing.T) {
	test.NewTempApp(t)
	ws := feedbackWorkspace(t)
	ctx := uitest.NewContext(t, ws)
	p := newInsightsPage(ctx.Env)
	ctx.Show(p.Object(), 1200, 800)

	test.Type(p.capture, "Please sync with my tractor")
	p.capture.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if ws.Count(app.KindInsight) != 6 || p.capture.Text != "" {
		t.Fatalf("capture: %d insights, field %q", ws.Count(app.KindInsight), p.capture.Text)
	}
	first := p.rows[0]
	if first.Text != "Please sync with my tractor" || first.State != app.InsightNew || first.Date != ws.Today() {
		t.Errorf("captured %+v, first in the inbox", first)
	}
	if got := ctx.Cmds; !slices.Equal(got, []string{"Add insight"}) {
		t.Errorf("commands %v", got)
	}
	p.capture.SetText("   ")
	p.capture.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if ws.Count(app.KindInsight) != 6 {
		t.Errorf("blank capture added an insight")
	}
	if _, err := Capture(ctx.Env, ""); err == nil {
		t.Error("Capture of nothing succeeded")
	}
}

// TestBulkTriageAndLink: the checked insights are triaged, archived and
// linked to an item found by search, each as one command; undo puts all
// back at once.
func TestBulkTriageAndLink(t *testing.T) {
	test.NewTempApp(t)
	ws := feedbackWorkspace(t)
	ctx := uitest.NewContext(t, ws)
	p := newInsightsPage(ctx.Env)
	ctx.Show(p.Object(), 1200, 800)

	if !p.bulk.triage.Disabled() || !p.bulk.search.Disabled() {
		t.Fatal("bulk actions enabled with nothing checked")
	}
	p.filters.state.SetSelected("New")
	test.Tap(p.bulk.all)
	if got := p.Checked(); !slices.Equal(got, []string{"ins-gina", "ins-old", "ins-nodate"}) {
		t.Fatalf("checked %v", got)
	}
	if p.bulk.label.Text != "3 insights checked" {
		t.Errorf("label %q", p.bulk.label.Text)
	}
	// Link them to the item found by its title.
	test.Type(p.bulk.search, "highest")
	if got := p.bulk.Matches(); len(got) != 1 || got[0] != (app.Key{Kind: app.KindItem, ID: "item-a"}) {
		t.Fatalf("search offers %v", got)
	}
	p.bulk.results.Select(0)
	for _, id := range []string{"ins-gina", "ins-old", "ins-nodate"} {
		if in, _ := ws.Insight(id); !slices.Equal(in.Items, []string{"item-a"}) {
			t.Errorf("%s links %v", id, in.Items)
		}
	}
	if ev := ws.Evidence().Item("item-a"); ev.Insights != 4 {
		t.Errorf("item-a's evidence %+v, want 4 insights", ev)
	}
	// Initiatives are found too.
	test.Type(p.bulk.search, "planting")
	if got := p.bulk.Matches(); len(got) != 1 || got[0].Kind != app.KindInitiative {
		t.Fatalf("search offers %v", got)
	}
	p.bulk.search.SetText("")
	test.Tap(p.bulk.triage)
	for _, id := range []string{"ins-gina", "ins-old", "ins-nodate"} {
		if in, _ := ws.Insight(id); in.State != app.InsightTriaged {
			t.Errorf("%s is %s", id, in.State)
		}
	}
	if len(p.rows) != 0 || len(p.Checked()) != 0 {
		t.Errorf("after triage the New filter shows %v, checked %v", ids(p.rows), p.Checked())
	}
	if got := ctx.Cmds; !slices.Equal(got, []string{"Link insights", "Triage insights"}) {
		t.Errorf("commands %v", got)
	}
	if _, err := ws.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := ids(p.rows); !slices.Equal(got, []string{"ins-gina", "ins-old", "ins-nodate"}) {
		t.Errorf("after undo the inbox shows %v", got)
	}
}

// TestRowCheckAndOpen: the check on a row checks that insight only; a
// click on the row opens its editor beside the inbox.
func TestRowCheckAndOpen(t *testing.T) {
	test.NewTempApp(t)
	ws := feedbackWorkspace(t)
	ctx := uitest.NewContext(t, ws)
	p := newInsightsPage(ctx.Env)
	ctx.Show(p.Object(), 1200, 800)

	test.Tap(uitest.Find[*widget.Check](t, p.list)) // the first row's
	if got := p.Checked(); !slices.Equal(got, []string{"ins-gina"}) {
		t.Fatalf("checked %v", got)
	}
	if p.bulk.label.Text != "1 insight checked" || p.bulk.archive.Disabled() {
		t.Errorf("bulk bar %q, archive disabled %v", p.bulk.label.Text, p.bulk.archive.Disabled())
	}
	test.Tap(p.bulk.archive)
	if in, _ := ws.Insight("ins-gina"); in.State != app.InsightArchived {
		t.Errorf("ins-gina is %s", in.State)
	}
	if got := ids(p.rows); got[len(got)-1] != "ins-gina" && got[len(got)-2] != "ins-gina" {
		t.Errorf("archived, ins-gina should sink to the end: %v", got)
	}
	p.list.Select(0)
	if k, ok := p.panel.Shown(); !ok || k != app.KeyOf(p.rows[0]) {
		t.Errorf("selecting row 1 shows %v %v", k, ok)
	}
}

// TestAddNewFocusesCapture: Mod+N on the Insights section puts the cursor
// in the capture field rather than making an item.
func TestAddNewFocusesCapture(t *testing.T) {
	test.NewTempApp(t)
	ws := feedbackWorkspace(t)
	ctx := uitest.NewContext(t, ws)
	p := newInsightsPage(ctx.Env)
	ctx.Show(p.Object(), 1200, 800)
	items := ws.Count(app.KindItem)
	p.AddNew()
	if ctx.Win.Canvas().Focused() != p.capture {
		t.Errorf("focused %v, want the capture field", ctx.Win.Canvas().Focused())
	}
	if ws.Count(app.KindItem) != items || len(ctx.Cmds) != 0 {
		t.Errorf("AddNew changed the workspace: %v", ctx.Cmds)
	}
}
