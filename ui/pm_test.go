package ui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// TestPMLensInTheShell opens each page from the sidebar, and an entity
// from Find lands on its page with its editor.
func TestPMLensInTheShell(t *testing.T) {
	ws := uitest.PMWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	for _, id := range []page.ID{"strategy", "market", "releases"} {
		s.showSection(id)
		if s.pages[id] == nil || !s.pages[id].Object().Visible() || !slices.Contains(s.body.Objects, s.pages[id].Object()) {
			t.Fatalf("section %s does not show its page", id)
		}
	}
	s.open(app.Key{Kind: app.KindCompetitor, ID: "comp-ledger"})
	m := tabbedOf(s.pages[page.Market])
	if k, ok := m.Panel.Shown(); s.current != "market" || !ok || k.ID != "comp-ledger" {
		t.Fatalf("open competitor: section %q panel %v", s.current, k)
	}
	s.open(app.Key{Kind: app.KindRelease, ID: "rel-spring"})
	if p := s.pages[page.Releases].Object(); s.current != "releases" || !uitest.HasText(p, "Go-to-market checklist") {
		t.Fatalf("open release: section %q shows %q", s.current, uitest.Texts(p))
	}
	s.open(app.KeyOf(mustPersona(t, ws)))
	st := tabbedOf(s.pages[page.Strategy])
	if k, _ := st.Panel.Shown(); k.Kind != app.KindPersona || st.Tabs.SelectedIndex() != 0 {
		t.Fatalf("open persona: panel %v tab %d", k, st.Tabs.SelectedIndex())
	}
	// An edit anywhere refreshes the pages: the panel closes when its
	// entity goes.
	if err := ws.Do(app.Delete(app.Key{Kind: app.KindPersona, ID: "persona-gina"})); err != nil {
		t.Fatal(err)
	}
	if _, ok := st.Panel.Shown(); ok {
		t.Fatal("the panel still shows a deleted persona")
	}
}

func mustPersona(t *testing.T, ws *app.Workspace) *app.Persona {
	t.Helper()
	p, ok := ws.Persona("persona-gina")
	if !ok {
		t.Fatal("no persona-gina")
	}
	return p
}

func TestGoldenPMLens(t *testing.T) {
	for _, tc := range []struct {
		name    string
		section page.ID
		tab     int
		setup   func(s *shell)
	}{
		{"strategy_page", "strategy", 0, nil},
		{"strategy_goals", "strategy", 1, nil},
		{"strategy_risks", "strategy", 2, nil},
		{"market_competitors", "market", 0, nil},
		{"market_positioning", "market", 1, nil},
		{"releases", "releases", -1, func(s *shell) { s.pages[page.Releases].Show(app.Key{Kind: app.KindRelease, ID: "rel-spring"}) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			ws := uitest.PMWorkspace(t)
			s := newShell(a, &Session{WS: ws, Dir: "/plans/orchard"}, nil)
			t.Cleanup(s.win.Close)
			s.win.Resize(fyne.NewSize(1280, 900))
			s.showSection(tc.section)
			if tc.tab >= 0 {
				tabbedOf(s.pages[tc.section]).Tabs.SelectIndex(tc.tab)
			}
			if tc.setup != nil {
				tc.setup(s)
			}
			uitest.AssertGolden(t, "pm_"+tc.name+".xml", s.win.Canvas())
		})
	}
}
