package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

func TestStrategyPageReadsAndEditsInPlace(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	env := uitest.Env(ws)
	var opened []app.Key
	p := newStrategyPage(env, func(k app.Key) { opened = append(opened, k) })
	uitest.Follow(ws, p.refresh)
	w := uitest.ShowInWindow(t, p.content)

	for _, want := range []string{uitest.TestProduct, "See the whole forest.", "Orchard owners", "Gina the grower", "Runs a 40-acre orchard",
		"• Know what to plant", "• Paper plans", "For growerswho plan by hand.Unlike paper,our product ranks the work.", /* one paragraph per part */
		"• Ranks the work", "• Payroll", "Orchards are consolidating.", "• Drones"} {
		if !uitest.HasText(p.content, want) {
			t.Errorf("the strategy page does not show %q; it shows %q", want, uitest.Texts(p.content))
		}
	}

	// The vision's pencil turns it into a field that commits one command.
	vision := p.inlines[0]
	test.Tap(vision.button)
	if !p.visionEd.Visible() || vision.button.Text != "Done" {
		t.Fatalf("after Edit: field visible %v, button %q", p.visionEd.Visible(), vision.button.Text)
	}
	uitest.Commit(t, w, p.visionEd, "  Every orchard planned in an hour.  ")
	if got := ws.Strategy().Vision; got != "Every orchard planned in an hour." {
		t.Fatalf("vision = %q", got)
	}
	test.Tap(vision.button)
	if p.visionEd.Visible() || !uitest.HasText(p.content, "Every orchard planned in an hour.") {
		t.Fatalf("after Done the page does not read the new vision: %q", uitest.Texts(p.content))
	}
	if d, _ := ws.CanUndo(); d != "Edit vision" {
		t.Fatalf("undo would %q, want Edit vision", d)
	}

	// Lists are typed one entry a line; blank lines are dropped.
	test.Tap(p.inlines[4].button)
	uitest.Commit(t, w, p.nonGoalsEd, "Payroll\n\n  Route planning \n")
	if got := ws.Strategy().NonGoals; !slices.Equal(got, []string{"Payroll", "Route planning"}) {
		t.Fatalf("non-goals = %q", got)
	}
	test.Tap(p.inlines[2].button)
	uitest.Commit(t, w, p.posUnlike, "spreadsheets")
	test.Tap(p.inlines[2].button)
	if !uitest.HasText(p.content, "Unlike spreadsheets,our product ranks the work.") {
		t.Errorf("the positioning does not follow the edit: %q", uitest.Texts(p.content))
	}

	// Add persona opens its editor; the trash button removes one.
	test.Tap(p.addPersona)
	if ws.Count(app.KindPersona) != 2 || len(opened) != 1 || opened[0].Kind != app.KindPersona {
		t.Fatalf("add persona: %d personas, opened %v", ws.Count(app.KindPersona), opened)
	}
	if per, _ := ws.Persona(opened[0].ID); per.Name != "New persona" || per.Order != 2 {
		t.Fatalf("new persona = %+v", per)
	}
	test.Tap(p.personaButtons[0]) // Gina's pencil
	if last := opened[len(opened)-1]; last.ID != "persona-gina" {
		t.Fatalf("the pencil opened %v", last)
	}
	test.Tap(p.personaButtons[1]) // Gina's trash
	if _, ok := ws.Persona("persona-gina"); ok || uitest.HasText(p.content, "Gina the grower") {
		t.Fatal("the persona is still there after its trash button")
	}
	if _, err := ws.Undo(); err != nil {
		t.Fatal(err)
	}
	if !uitest.HasText(p.content, "Gina the grower") {
		t.Fatal("undo did not bring the persona's card back")
	}
}

func TestStrategyPageReadOnly(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	ws.SetReadOnly(errLocked)
	p := newStrategyPage(uitest.Env(ws), func(app.Key) {})
	uitest.ShowInWindow(t, p.content)
	if !p.addPersona.Disabled() || !p.inlines[0].button.Disabled() || !p.personaButtons[0].Disabled() {
		t.Fatal("a read-only workspace leaves edit buttons enabled")
	}
}

func TestGoalsPageMovesWithKeyResults(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	var opened []app.Key
	p := newGoalsPage(uitest.Env(ws), func(k app.Key) { opened = append(opened, k) })
	uitest.Follow(ws, p.refresh)
	w := uitest.ShowInWindow(t, p.content)

	for _, want := range []string{"Trees planted", "0 → 50 → 200 trees", "Grow the orchard", "75% overall",
		"Latency", "10 → 25 → 40 ms", "Planting planner", "Active", "2 items: 1 new · 1 in progress", "0% accepted",
		"Initiatives serving no goal", "Stray idea", "no goal"} {
		if !uitest.HasText(p.content, want) {
			t.Errorf("the goals page does not show %q; it shows %q", want, uitest.Texts(p.content))
		}
	}
	// Updating a key result's current value moves its goal's bar.
	e := p.current[krKey{"goal-grow", 0}]
	uitest.Commit(t, w, e, "40")
	g, _ := ws.Goal("goal-grow")
	if g.KeyResults[0].Current != 40 || g.Progress() != 1 {
		t.Fatalf("key result current %v, goal progress %v", g.KeyResults[0].Current, g.Progress())
	}
	if !uitest.HasText(p.content, "100% overall") {
		t.Errorf("the goal's bar did not move: %q", uitest.Texts(p.content))
	}
	if d, _ := ws.CanUndo(); d != "Update key result" {
		t.Fatalf("undo would %q", d)
	}
	// Text that is not a number is refused and changes nothing.
	uitest.Commit(t, w, p.current[krKey{"goal-grow", 1}], "lots")
	if g, _ := ws.Goal("goal-grow"); g.KeyResults[1].Current != 100 {
		t.Fatalf("a refused value changed the key result to %v", g.KeyResults[1].Current)
	}
	// The north star's current value, too.
	uitest.Commit(t, w, p.northStarEd, "150")
	if got := ws.Strategy().NorthStar.Current; got != 150 || !uitest.HasText(p.content, "75%") {
		t.Fatalf("north star current %v; page %q", got, uitest.Texts(p.content))
	}

	// Linking the stray initiative to the goal clears the flag.
	err := ws.Do(app.Func{Desc: "link", Fn: func(tx *app.Tx) error {
		in, err := app.Edit[*app.Initiative](tx, app.KindInitiative, "init-stray")
		in.Goals = []string{"goal-grow"}
		return err
	}})
	if err != nil {
		t.Fatal(err)
	}
	if p.orphanCard.Visible() || uitest.HasText(p.content, "Initiatives serving no goal") {
		t.Error("the flag stays when every initiative serves a goal")
	}
	// Items opens the initiative, whose editor lists its items.
	walk(p.content, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == "Items" && len(opened) == 0 {
			test.Tap(b)
		}
		return true
	})
	if len(opened) != 1 || opened[0] != (app.Key{Kind: app.KindInitiative, ID: "init-plant"}) {
		t.Fatalf("Items opened %v", opened)
	}
	test.Tap(p.addGoal)
	if ws.Count(app.KindGoal) != 2 || opened[1].Kind != app.KindGoal {
		t.Fatalf("add goal: %d goals, opened %v", ws.Count(app.KindGoal), opened)
	}
}

func TestRisksPageTable(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	var opened []app.Key
	p := newRisksPage(uitest.Env(ws), func(k app.Key) { opened = append(opened, k) })
	uitest.Follow(ws, p.Refresh)
	uitest.ShowInWindow(t, p.Content)

	want := []string{"A late frost", "Medium", "High", "High · 6", "Robin", "Spring is mild", "Covers", "Planting planner"}
	for c, w := range want {
		if got := p.Table.Cell(0, c); got != w {
			t.Errorf("column %d = %q, want %q", c, got, w)
		}
	}
	if !p.Remove.Disabled() {
		t.Error("Remove is enabled with nothing selected")
	}
	test.Tap(p.Add)
	if ws.Count(app.KindRisk) != 2 || len(opened) != 1 || p.Selected() != opened[0].ID {
		t.Fatalf("add: %d risks, opened %v, selected %q", ws.Count(app.KindRisk), opened, p.Selected())
	}
	test.Tap(p.Remove)
	if ws.Count(app.KindRisk) != 1 || p.Selected() != "" {
		t.Fatalf("remove: %d risks, selected %q", ws.Count(app.KindRisk), p.Selected())
	}
	// Sorting by owner, then reversed.
	put := func(r *app.Risk) {
		if err := ws.Do(app.Create(r)); err != nil {
			t.Fatal(err)
		}
	}
	put(&app.Risk{ID: "risk-pests", Description: "Pests", Owner: "Ada", Likelihood: app.RiskHigh, Impact: app.RiskLow})
	put(&app.Risk{ID: "risk-hail", Description: "Hail", Owner: "Lee", Likelihood: app.RiskLow, Impact: app.RiskMedium})
	const owner, likelihood, exposure = 4, 1, 3
	column := func(c int) []string {
		var out []string
		for r := range p.Table.Len() {
			out = append(out, p.Table.Cell(r, c))
		}
		return out
	}
	p.Table.SortBy(owner)
	if got := column(owner); !slices.Equal(got, []string{"Ada", "Lee", "Robin"}) {
		t.Fatalf("sorted by owner: %q", got)
	}
	p.Table.SortBy(owner)
	if got := column(owner); !slices.Equal(got, []string{"Robin", "Lee", "Ada"}) {
		t.Fatalf("reversed: %q", got)
	}
	// Levels sort by rank, not alphabetically: Low, Medium, High.
	p.Table.SortBy(likelihood)
	if got := column(likelihood); !slices.Equal(got, []string{"Low", "Medium", "High"}) {
		t.Fatalf("sorted by likelihood: %q", got)
	}
	p.Table.SortBy(exposure)
	p.Table.SortBy(exposure)
	if got := column(exposure); !slices.Equal(got, []string{"High · 6", "Medium · 3", "Low · 2"}) {
		t.Fatalf("sorted by exposure, highest first: %q", got)
	}
}

func TestReleasesPageChecklist(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	p := newReleasesPage(uitest.Env(ws))
	uitest.Follow(ws, p.refresh)
	w := uitest.ShowInWindow(t, p.content)
	p.Show(app.Key{Kind: app.KindRelease, ID: "rel-spring"})

	for _, want := range []string{"Spring", "Oct 1 – Dec 15, 2026", "60% of capacity", "6 pts planned for a capacity of 10 pts, in 2 items.",
		"50% Musts", "Musts are 50% of the estimate (3 pts).", "33% ready", "1 of 3 launch tasks done. 1 task is overdue.", "overdue 7 days"} {
		if !uitest.HasText(p.content, want) {
			t.Errorf("the release does not show %q; it shows %q", want, uitest.Texts(p.content))
		}
	}
	// The overdue task stands out in the error colour; the others do not.
	if p.taskRows[1].late.Importance != widget.DangerImportance || p.taskRows[2].late.Text != "" || p.taskRows[0].late.Text != "" {
		t.Errorf("overdue marks: %q %q %q", p.taskRows[0].late.Text, p.taskRows[1].late.Text, p.taskRows[2].late.Text)
	}
	// The items in the release, with their status.
	if len(p.items) != 2 || !strings.Contains(p.itemsNote.Text, "1 new · 1 in progress") {
		t.Errorf("items %d, note %q", len(p.items), p.itemsNote.Text)
	}

	// Ticking a task changes readiness at once.
	test.Tap(p.taskRows[1].done)
	r, _ := ws.Release("rel-spring")
	if !r.Tasks[1].Done || r.Readiness() < 0.66 || p.readiness.Value != r.Readiness() {
		t.Fatalf("after the tick: done %v readiness %v bar %v", r.Tasks[1].Done, r.Readiness(), p.readiness.Value)
	}
	if p.taskRows[1].late.Text != "" || !uitest.HasText(p.content, "67% ready") {
		t.Errorf("a done task still shows overdue, or readiness did not move: %q", uitest.Texts(p.content))
	}
	if d, _ := ws.CanUndo(); d != "Tick launch task" {
		t.Fatalf("undo would %q", d)
	}

	// Add, edit and remove tasks.
	uitest.Commit(t, w, p.newTask, "Launch email")
	r, _ = ws.Release("rel-spring")
	if len(r.Tasks) != 4 || r.Tasks[3].Title != "Launch email" || p.newTask.Text != "" {
		t.Fatalf("after adding: %+v, field %q", r.Tasks, p.newTask.Text)
	}
	uitest.Commit(t, w, p.taskRows[3].owner, "Ada")
	uitest.Commit(t, w, p.taskRows[3].due, "2026-11-26")
	r, _ = ws.Release("rel-spring")
	if r.Tasks[3].Owner != "Ada" || r.Tasks[3].Due != app.MustDate("2026-11-26") || p.taskRows[3].late.Text != "overdue 1 day" {
		t.Fatalf("task 4 = %+v, mark %q", r.Tasks[3], p.taskRows[3].late.Text)
	}
	uitest.Commit(t, w, p.taskRows[3].due, "next week")
	if r, _ = ws.Release("rel-spring"); r.Tasks[3].Due != app.MustDate("2026-11-26") {
		t.Fatalf("a date that is not one was taken: %v", r.Tasks[3].Due)
	}
	test.Tap(p.taskRows[0].remove)
	r, _ = ws.Release("rel-spring")
	if len(r.Tasks) != 3 || r.Tasks[0].Title != "Press kit" {
		t.Fatalf("after removing the first: %+v", r.Tasks)
	}
	// A title is required: the rule refuses a blank one.
	uitest.Commit(t, w, p.taskRows[0].title, "  ")
	if r, _ = ws.Release("rel-spring"); r.Tasks[0].Title != "Press kit" || p.taskRows[0].title.Text != "Press kit" {
		t.Fatalf("a blank title was taken: %+v", r.Tasks[0])
	}
	test.Tap(p.add)
	if ws.Count(app.KindRelease) != 2 || p.selected == "rel-spring" {
		t.Fatalf("add release: %d releases, selected %q", ws.Count(app.KindRelease), p.selected)
	}
	test.Tap(p.remove)
	if ws.Count(app.KindRelease) != 1 || p.selected != "rel-spring" {
		t.Fatalf("remove release: %d releases, selected %q; want the one left selected", ws.Count(app.KindRelease), p.selected)
	}
}

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
	if r := s.pages[page.Releases].(*releasesPage); s.current != "releases" || r.selected != "rel-spring" {
		t.Fatalf("open release: section %q selected %q", s.current, r.selected)
	}
	s.open(app.KeyOf(mustPersona(t, ws)))
	st := s.pages[page.Strategy].(*strategySection)
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

// TestReleasesPageOpensOnTheCurrentRelease: the page opens on the first
// release not yet shipped, not on an empty detail.
func TestReleasesPageOpensOnTheCurrentRelease(t *testing.T) {
	rel := func(id, date string) *app.Release { return &app.Release{ID: id, Date: app.MustDate(date)} }
	today := app.MustDate("2026-11-27")
	for _, tc := range []struct {
		name string
		rs   []*app.Release
		want int
	}{
		{"first upcoming", []*app.Release{rel("a", "2026-10-01"), rel("b", "2026-12-01"), rel("c", "2027-02-01")}, 1},
		{"shipping today", []*app.Release{rel("a", "2026-11-27"), rel("b", "2027-01-01")}, 0},
		{"undated counts as upcoming", []*app.Release{rel("a", "2026-01-01"), rel("b", "")}, 1},
		{"all shipped: the last", []*app.Release{rel("a", "2026-01-01"), rel("b", "2026-06-01")}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := currentRelease(tc.rs, today); got != tc.want {
				t.Errorf("currentRelease = %d, want %d", got, tc.want)
			}
		})
	}

	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	p := newReleasesPage(uitest.Env(ws))
	uitest.ShowInWindow(t, p.content)
	if p.selected == "" || !uitest.HasText(p.content, "Go-to-market checklist") {
		t.Fatalf("the page opened on no release (selected %q)", p.selected)
	}
}

// TestReleaseDetailsDialogFollowsTheWorkspace: the Release details dialog
// shows an undo as soon as it happens, and closes when its release goes.
func TestReleaseDetailsDialogFollowsTheWorkspace(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	env := uitest.Env(ws)
	p := newReleasesPage(env)
	uitest.Follow(ws, p.refresh)
	env.Window = uitest.ShowInWindow(t, p.content)
	p.Show(app.Key{Kind: app.KindRelease, ID: "rel-spring"})
	test.Tap(p.editDetails)
	if p.details == nil {
		t.Fatal("Edit details opened no dialog")
	}
	rename := func(name string) {
		t.Helper()
		err := ws.Do(app.Func{Desc: "rename", Fn: func(tx *app.Tx) error {
			r, err := app.Edit[*app.Release](tx, app.KindRelease, "rel-spring")
			if err == nil {
				r.Name = name
			}
			return err
		}})
		if err != nil {
			t.Fatal(err)
		}
	}
	rename("Spring launch")
	if !uitest.HasText(p.details.Object(), "Spring launch") {
		t.Fatalf("the dialog does not show the new name: %q", uitest.Texts(p.details.Object()))
	}
	if ok, err := ws.Undo(); !ok || err != nil {
		t.Fatalf("undo: %v %v", ok, err)
	}
	if uitest.HasText(p.details.Object(), "Spring launch") {
		t.Fatalf("the dialog still shows the undone name: %q", uitest.Texts(p.details.Object()))
	}
	if err := ws.Do(app.Delete(app.Key{Kind: app.KindRelease, ID: "rel-spring"})); err != nil {
		t.Fatal(err)
	}
	if p.details != nil {
		t.Fatal("the dialog stayed open on a deleted release")
	}
}

// TestTabsOutOfSightCatchUp: an edit refreshes only the tab in sight; a
// tab that missed it shows it once selected.
func TestTabsOutOfSightCatchUp(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	v := newStrategySection(uitest.Env(ws))
	v.SetShown(true) // the section subscribed itself
	uitest.ShowInWindow(t, v.Object())
	g := ws.Goals()[0]
	err := ws.Do(app.Func{Desc: "retitle", Fn: func(tx *app.Tx) error {
		e, err := app.Edit[*app.Goal](tx, app.KindGoal, g.ID)
		if err == nil {
			e.Title = "Grow the whole orchard"
		}
		return err
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !v.Stale(1) || v.Stale(0) {
		t.Fatalf("after an edit on the Strategy tab, stale = %v %v %v; want only the hidden tabs stale", v.Stale(0), v.Stale(1), v.Stale(2))
	}
	v.Tabs.SelectIndex(1)
	if v.Stale(1) || !uitest.HasText(v.goals.content, "Grow the whole orchard") {
		t.Fatalf("the Goals tab did not catch up: %q", uitest.Texts(v.goals.content))
	}
}

func TestByAttention(t *testing.T) {
	in := func(id string, s app.InitiativeStatus) *app.Initiative { return &app.Initiative{ID: id, Status: s} }
	ins := []*app.Initiative{in("a", app.InitiativeDone), in("b", app.InitiativePlanned), in("c", app.InitiativeAtRisk),
		in("d", app.InitiativeActive), in("e", app.InitiativePlanned), in("f", app.InitiativeCancelled), in("g", app.InitiativeAtRisk)}
	byAttention(ins)
	var got []string
	for _, x := range ins {
		got = append(got, x.ID)
	}
	if s := strings.Join(got, ""); s != "cgdbeaf" {
		t.Errorf("order %q, want at risk (c g), active (d), planned (b e), done (a), cancelled (f)", s)
	}
}
