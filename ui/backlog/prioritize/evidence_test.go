package prioritize

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
)

// TestEvidenceColumnReorders: the Demand column sorts the items by their
// importance-weighted evidence, highest first, and a link made elsewhere
// re-orders the list on refresh; the Insights column says how many from
// how many customers.
func TestEvidenceColumnReorders(t *testing.T) {
	test.NewTempApp(t)
	ws := newWorkspace(t,
		spec{id: "it-a", title: "Alpha", status: app.StatusReady, wsjf: wsjf(8, 1, 1, 1)},
		spec{id: "it-b", title: "Bravo", status: app.StatusReady, wsjf: wsjf(1, 1, 1, 1)},
		spec{id: "it-c", title: "Charlie", status: app.StatusNew},
	)
	err := ws.Do(app.Func{Desc: "seed insights", Fn: func(tx *app.Tx) error {
		for _, in := range []*app.Insight{
			{ID: "ins-1", Text: "Need Bravo", Company: "Acme", Importance: app.ImportanceCritical, State: app.InsightTriaged, Items: []string{"it-b"}},
			{ID: "ins-2", Text: "Bravo too", Company: "acme", State: app.InsightNew, Items: []string{"it-b"}},
			{ID: "ins-3", Text: "Alpha", Person: "Bo", State: app.InsightNew, Items: []string{"it-a"}},
			{ID: "ins-4", Text: "Old", Company: "Zed", Importance: app.ImportanceCritical, State: app.InsightArchived, Items: []string{"it-a"}},
			{ID: "ins-5", Text: "Charlie someday", Company: "Yak", State: app.InsightNew},
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
	l := NewList(f.Env)
	f.show(l.Object(), 1600, 700)
	titles := []string{"Alpha", "Bravo", "Charlie"}
	if got, want := shownTitles(l, titles), []string{"Alpha", "Bravo", "Charlie"}; !slices.Equal(got, want) {
		t.Fatalf("what-next order %v, want %v", got, want)
	}
	test.Tap(header(t, l, "Demand"))
	if got, want := shownTitles(l, titles), []string{"Bravo", "Alpha", "Charlie"}; !slices.Equal(got, want) {
		t.Errorf("by demand: %v, want %v", got, want)
	}
	cells := map[string][2]string{}
	for _, r := range l.rows {
		cells[r.it.ID] = [2]string{l.cellText(r, colDemand), l.cellText(r, colInsights)}
	}
	// Bravo: critical 3 + unrated 1, one customer (Acme and acme are one);
	// Alpha: the archived insight counts nothing.
	if want := map[string][2]string{"it-b": {"4", "2 from 1 customer"}, "it-a": {"1", "1 from 1 customer"}, "it-c": {"—", "—"}}; !mapsEqual(cells, want) {
		t.Errorf("evidence cells %v, want %v", cells, want)
	}
	// Linking a critical and an unrated insight from two customers to
	// Charlie ties it with Bravo on demand (4) and insights (2); its two
	// customers put it first.
	if err := ws.Do(app.LinkInsights([]string{"ins-5", "ins-1"}, []string{"it-c"}, nil)); err != nil {
		t.Fatal(err)
	}
	l.Refresh()
	if got, want := shownTitles(l, titles), []string{"Charlie", "Bravo", "Alpha"}; !slices.Equal(got, want) {
		t.Errorf("after linking: %v, want %v", got, want)
	}
	// Ascending on the second click.
	test.Tap(header(t, l, "Demand"))
	if got := shownTitles(l, titles); got[0] != "Alpha" {
		t.Errorf("demand ascending starts with %v", got)
	}
}

func mapsEqual(a, b map[string][2]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestMatrixTooltipShowsEvidence: the value vs effort tooltip of an item
// customers asked for ends with its demand; one nobody asked for does not.
func TestMatrixTooltipShowsEvidence(t *testing.T) {
	test.NewTempApp(t)
	ws := newWorkspace(t,
		spec{id: "it-quick", title: "Quick thing", status: app.StatusReady, ve: &app.ValueEffort{Value: 9, Effort: 2}},
		spec{id: "it-pit", title: "Pit", status: app.StatusNew, ve: &app.ValueEffort{Value: 2, Effort: 9}},
	)
	err := ws.Do(app.Func{Desc: "seed insights", Fn: func(tx *app.Tx) error {
		for _, in := range []*app.Insight{
			{ID: "ins-1", Text: "Quick please", Company: "Acme", Importance: app.ImportanceImportant, State: app.InsightNew, Items: []string{"it-quick"}},
			{ID: "ins-2", Text: "Quick!", Company: "Yak", State: app.InsightNew, Items: []string{"it-quick"}},
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
	m := NewMatrix(f.Env)
	f.show(m.Object(), 900, 700)
	tips := map[string]string{}
	for i, p := range m.chart.pts {
		tips[p.it.ID] = m.chart.hoverText(i)
	}
	if want := "Quick thing · value 9, effort 2 · Ready · demand 3: 2 insights from 2 customers"; tips["it-quick"] != want {
		t.Errorf("tooltip %q, want %q", tips["it-quick"], want)
	}
	if want := "Pit · value 2, effort 9 · New"; tips["it-pit"] != want {
		t.Errorf("tooltip %q, want %q", tips["it-pit"], want)
	}
}
