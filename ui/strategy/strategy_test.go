package strategy

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/internal/uitest"
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
	ws.SetReadOnly(uitest.ErrLocked)
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
	uitest.Walk(p.content, func(o fyne.CanvasObject, _ fyne.Position) bool {
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

// TestGoalInitiativesInThePage: a goal's initiatives are rows of the page,
// not a small scroll box inside it, up to shownRows; past that the rest
// are counted.
func TestGoalInitiativesInThePage(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	p := newGoalsPage(uitest.Env(ws), func(app.Key) {})
	uitest.Follow(ws, p.refresh)
	uitest.ShowInWindow(t, p.content)
	add := func(n int) {
		for i := range n {
			in := &app.Initiative{Name: fmt.Sprintf("Extra %d", ws.Count(app.KindInitiative)+i), Status: app.InitiativePlanned,
				Horizon: app.HorizonLater, Goals: []string{"goal-grow"}}
			if err := ws.Do(app.Create(in)); err != nil {
				t.Fatal(err)
			}
		}
	}
	lists := func() int {
		n := 0
		uitest.Visit(p.content, func(o fyne.CanvasObject) bool {
			if _, ok := o.(*widget.List); ok {
				n++
			}
			return true
		})
		return n
	}
	add(10)
	if n := lists(); n != 0 || !uitest.HasText(p.content, "Extra 9") && !uitest.HasText(p.content, "Extra 10") {
		t.Fatalf("with 10 more initiatives: %d scroll boxes, texts %q", n, uitest.Texts(p.content))
	}
	add(shownRows)
	if n := lists(); n != 0 || !uitest.HasText(p.content, "more, the done and cancelled last") {
		t.Errorf("past %d initiatives: %d scroll boxes, no count of the rest", shownRows, n)
	}
}
