package sample_test

import (
	"encoding/json"
	"slices"
	"testing"

	"canopy/app"
	"canopy/app/sample"
	"canopy/app/store"
)

var (
	testBase  = app.MustDate("2026-07-01")
	testClock = app.DayClock(testBase.AddDays(40))
)

// build returns the sample for testBase and testClock, failing the test on error.
func build(t testing.TB) *app.Workspace {
	t.Helper()
	ws, err := sample.Build(testBase, testClock)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return ws
}

// snapshot encodes every entity of ws, for comparing workspaces.
func snapshot(t testing.TB, ws *app.Workspace) string {
	t.Helper()
	all := []any{ws.Product(), ws.Strategy()}
	for _, k := range app.Kinds {
		all = append(all, ws.Entities(k))
	}
	b, err := json.Marshal(all)
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return string(b)
}

func noProblems(t *testing.T, ws *app.Workspace) {
	t.Helper()
	for _, p := range app.Validate(ws) {
		t.Errorf("problem: %v", p)
	}
}

func TestBuildIsValid(t *testing.T) {
	ws := build(t)
	noProblems(t, ws)
	if cyc := app.ItemCycles(ws); len(cyc) > 0 {
		t.Errorf("item cycles: %v", cyc)
	}
	if cyc := app.InitiativeCycles(ws); len(cyc) > 0 {
		t.Errorf("initiative cycles: %v", cyc)
	}
	if w := app.Warnings(ws); len(w) > 0 {
		t.Errorf("warnings: %v", w)
	}
	if got := ws.User(); got == "" {
		t.Error("no user: decisions would be recorded by nobody")
	}
	if ws.Clock() != app.Clock(testClock) {
		t.Errorf("clock = %v, want the clock passed to Build", ws.Clock())
	}
}

func TestBuildCounts(t *testing.T) {
	ws := build(t)
	count := func(pred func(*app.Item) bool) int {
		n := 0
		for _, it := range ws.Items() {
			if pred(it) {
				n++
			}
		}
		return n
	}
	deps := 0
	for _, it := range ws.Items() {
		deps += len(it.DependsOn)
	}
	type countCase struct {
		name     string
		got      int
		min, max int
	}
	tests := []countCase{
		{name: "personas", got: ws.Count(app.KindPersona), min: 3, max: 3},
		{name: "competitors", got: ws.Count(app.KindCompetitor), min: 4, max: 4},
		{name: "goals", got: ws.Count(app.KindGoal), min: 3, max: 3},
		{name: "risks", got: ws.Count(app.KindRisk), min: 3, max: 4},
		{name: "lanes", got: ws.Count(app.KindLane), min: 4, max: 4},
		{name: "initiatives", got: ws.Count(app.KindInitiative), min: 12, max: 15},
		{name: "milestones", got: ws.Count(app.KindMilestone), min: 4, max: 5},
		{name: "releases", got: ws.Count(app.KindRelease), min: 3, max: 3},
		{name: "items", got: ws.Count(app.KindItem), min: 55, max: 70},
		{name: "item dependencies", got: deps, min: 15, max: 20},
		{name: "items in a release", got: count(func(it *app.Item) bool { return it.Release != "" }), min: 40, max: 70},
		{name: "items with links", got: count(func(it *app.Item) bool { return len(it.Links) > 0 }), min: 10, max: 70},
	}
	for _, s := range app.Statuses {
		tests = append(tests, countCase{name: "status " + string(s), got: count(func(it *app.Item) bool { return it.Status == s }), min: 3, max: 30})
	}
	for _, ty := range app.ItemTypes {
		tests = append(tests, countCase{name: "type " + string(ty), got: count(func(it *app.Item) bool { return it.Type == ty }), min: 5, max: 30})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got < tt.min || tt.got > tt.max {
				t.Errorf("got %d, want %d to %d", tt.got, tt.min, tt.max)
			}
		})
	}
	if limit := ws.Product().WIPLimits[app.StatusInProgress]; count(func(it *app.Item) bool { return it.Status == app.StatusInProgress }) > limit {
		t.Errorf("more items in progress than the WIP limit %d", limit)
	}
}

func TestBuildStrategyIsFilled(t *testing.T) {
	ws := build(t)
	p, s := ws.Product(), ws.Strategy()
	for name, v := range map[string]string{
		"name": p.Name, "horizon": p.Horizon, "owner": p.Owner, "version": p.Version,
		"vision": s.Vision, "target customers": s.TargetCustomers, "market notes": s.MarketNotes,
		"for": s.Positioning.For, "who": s.Positioning.Who, "unlike": s.Positioning.Unlike, "our product": s.Positioning.OurProduct,
		"north star": s.NorthStar.Name,
	} {
		if v == "" {
			t.Errorf("%s is empty", name)
		}
	}
	for name, l := range map[string][]string{"differentiators": s.Differentiators, "non-goals": s.NonGoals, "trends": s.Trends} {
		if len(l) < 3 {
			t.Errorf("%s: %d entries, want at least 3", name, len(l))
		}
	}
	if p.ScoringModel != app.ModelRICE || p.ICE != app.ICEProduct || p.WIPLimits[app.StatusInProgress] == 0 {
		t.Errorf("product settings = %+v", p)
	}
	for _, per := range ws.Personas() {
		if len(per.Needs) == 0 || len(per.Pains) == 0 || per.Role == "" {
			t.Errorf("%s lacks needs, pains or role", per.Label())
		}
	}
	for _, c := range ws.Competitors() {
		if c.Segment == "" || c.Pricing == "" || c.HowWeDiffer == "" || len(c.Strengths) == 0 || len(c.Weaknesses) == 0 {
			t.Errorf("%s is incomplete", c.Label())
		}
	}
	for _, g := range ws.Goals() {
		if n := len(g.KeyResults); n < 2 || n > 3 {
			t.Errorf("%s has %d key results, want 2 or 3", g.Label(), n)
		}
	}
	for _, r := range ws.Risks() {
		if r.Assumption == "" || r.Mitigation == "" || r.Owner == "" || len(r.Initiatives) == 0 {
			t.Errorf("%s is incomplete", r.Label())
		}
	}
}

func TestBuildRoadmapIsAnchoredAtBase(t *testing.T) {
	ws := build(t)
	end := testBase.AddMonths(12)
	dated, undated, earliest := 0, 0, app.Date{}
	for _, in := range ws.Initiatives() {
		if !in.Dated() {
			undated++
			if in.Horizon != app.HorizonNext && in.Horizon != app.HorizonLater {
				t.Errorf("undated %s has horizon %q", in.Label(), in.Horizon)
			}
			continue
		}
		dated++
		if in.Start.Before(testBase) || !in.End.Before(end) {
			t.Errorf("%s runs %s to %s, outside the four quarters from %s", in.Label(), in.Start, in.End, testBase)
		}
		if earliest.IsZero() || in.Start.Before(earliest) {
			earliest = in.Start
		}
		if in.Owner == "" || in.Color == "" || len(in.Goals) == 0 || in.Value == 0 || in.Effort == 0 {
			t.Errorf("%s is incomplete", in.Label())
		}
	}
	if dated < 10 || undated < 2 || undated > 3 {
		t.Errorf("%d dated and %d undated initiatives, want 10+ and 2–3", dated, undated)
	}
	if earliest != testBase {
		t.Errorf("earliest initiative starts %s, want the base %s", earliest, testBase)
	}
	for _, r := range ws.Releases() {
		if r.Start.Before(testBase) || r.Date.Before(r.Start) || r.Capacity <= 0 {
			t.Errorf("%s: start %s, date %s, capacity %g", r.Label(), r.Start, r.Date, r.Capacity)
		}
		if n := len(r.Tasks); n < 4 || n > 6 {
			t.Errorf("%s has %d launch tasks, want 4 to 6", r.Label(), n)
		}
		done := 0
		for _, task := range r.Tasks {
			if task.Owner == "" || task.Due.IsZero() {
				t.Errorf("%s: task %q lacks an owner or a due date", r.Label(), task.Title)
			}
			if task.Done {
				done++
			}
		}
		if done == 0 || done == len(r.Tasks) {
			t.Errorf("%s: %d of %d launch tasks done, want some", r.Label(), done, len(r.Tasks))
		}
	}
	under := 0
	for _, l := range app.Load(ws) {
		if l.MustShare() <= app.MustShareLimit {
			under++
		}
	}
	if under < 2 {
		t.Errorf("%d releases keep Musts at or under %.0f %%, want at least 2", under, 100*app.MustShareLimit)
	}
}

func TestBuildItemsAreComplete(t *testing.T) {
	ws := build(t)
	ranks := map[float64]string{}
	for _, it := range ws.Items() {
		if it.Description == "" || it.Assignee == "" || it.Initiative == "" || len(it.Tags) == 0 || it.MoSCoW == "" {
			t.Errorf("%s lacks a description, assignee, initiative, tag or MoSCoW", it.Label())
		}
		if other, dup := ranks[it.Rank]; dup {
			t.Errorf("%s and %s share rank %g", it.ID, other, it.Rank)
		}
		ranks[it.Rank] = it.ID
		s := it.Scores
		if s.RICE == nil || s.WSJF == nil || s.ICE == nil || s.ValueEffort == nil {
			t.Errorf("%s is not scored in every model", it.Label())
		}
		met, total := it.CriteriaMet()
		if total < 1 || total > 4 {
			t.Errorf("%s has %d criteria, want 1 to 4", it.Label(), total)
		}
		switch it.Status {
		case app.StatusNew, app.StatusReady:
			if met > 0 {
				t.Errorf("%s is %s with %d criteria met", it.Label(), it.Status, met)
			}
		case app.StatusDone:
			if met < total {
				t.Errorf("%s is done with %d of %d criteria met", it.Label(), met, total)
			}
		case app.StatusAccepted:
			d, ok := it.LastDecision()
			if !ok || d.Kind != app.DecisionAccepted {
				t.Errorf("%s is accepted without an acceptance in its history", it.Label())
			}
			if met < total && d.Reason == "" {
				t.Errorf("%s is accepted with unmet criteria and no override reason", it.Label())
			}
		}
	}
}

func TestBuildHistory(t *testing.T) {
	ws := build(t)
	now := testClock.Now()
	reworked, overrides, blocked := 0, 0, 0
	for _, it := range ws.Items() {
		rejectedAt := -1
		for i, d := range it.History {
			if d.By == "" || d.At.After(now) || d.At.Before(now.AddDate(0, 0, -7*12)) {
				t.Errorf("%s: decision %d by %q at %s", it.Label(), i, d.By, d.At)
			}
			if i > 0 && d.At.Before(it.History[i-1].At) {
				t.Errorf("%s: decisions out of order", it.Label())
			}
			switch {
			case d.Kind == app.DecisionRejected && d.Reason != "":
				rejectedAt = i
			case rejectedAt >= 0 && d.To == app.StatusDone:
				reworked++
				rejectedAt = -1
			}
		}
		if d, ok := it.LastDecision(); ok && d.Kind == app.DecisionAccepted && d.Reason != "" {
			if met, total := it.CriteriaMet(); met < total {
				overrides++
			}
		}
	}
	if reworked < 2 || overrides < 1 {
		t.Errorf("%d items rejected then reworked and %d accepted with an override, want 2+ and 1+", reworked, overrides)
	}
	next, err := app.Next(ws, ws.Product().ScoringModel)
	if err != nil {
		t.Fatalf("Next: %v", err)
	}
	for _, e := range next {
		for _, id := range e.BlockedBy {
			if dep, _ := ws.Item(id); dep.Status == app.StatusInProgress {
				blocked++
			}
		}
	}
	if blocked < 3 {
		t.Errorf("%d New or Ready items wait on work in progress, want 3 or more", blocked)
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	a, b := snapshot(t, build(t)), snapshot(t, build(t))
	if a != b {
		t.Fatal("two builds with the same base and clock differ")
	}
	other, err := sample.Build(testBase.AddMonths(3), app.DayClock(testBase.AddMonths(3).AddDays(10)))
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	noProblems(t, other)
	if snapshot(t, other) == a {
		t.Error("builds for different quarters are identical")
	}
}

func TestBuildSurvivesTheStore(t *testing.T) {
	ws := build(t)
	dir := t.TempDir()
	if _, err := store.Create(dir, ws); err != nil {
		t.Fatalf("Create: %v", err)
	}
	_, got, report, err := store.Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if !report.OK() {
		t.Fatalf("report: %v", report.Lines())
	}
	if snapshot(t, got) != snapshot(t, ws) {
		t.Error("the sample changed on its way through the store")
	}
}

func TestBuildShiftsByQuarters(t *testing.T) {
	ws := build(t)
	if err := ws.Do(app.ShiftDates(3)); err != nil {
		t.Fatalf("ShiftDates: %v", err)
	}
	noProblems(t, ws)
}

func TestBuildForAnyQuarter(t *testing.T) {
	tests := []struct {
		base    string
		daysIn  int // today, in days after base
		wantEnd string
	}{
		{"2026-01-01", 40, "2026-03-31"},
		{"2026-10-01", 0, "2026-12-31"},
		{"2027-10-01", 91, "2027-12-31"},
		{"2028-01-01", 60, "2028-03-31"},
	}
	for _, tt := range tests {
		t.Run(tt.base, func(t *testing.T) {
			base := app.MustDate(tt.base)
			ws, err := sample.Build(base, app.DayClock(base.AddDays(tt.daysIn)))
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			noProblems(t, ws)
			var last app.Date // of the releases shipping this quarter
			for _, r := range ws.Releases() {
				if r.Date.Before(base.AddMonths(3)) {
					last = r.Date
				}
			}
			if got := last.String(); got != tt.wantEnd {
				t.Errorf("the quarter's last release ships %s, want %s", got, tt.wantEnd)
			}
		})
	}
}

func TestBuildRefusesZeroBase(t *testing.T) {
	if _, err := sample.Build(app.Date{}, testClock); err == nil {
		t.Error("Build with a zero base succeeded")
	}
}

func TestGenerate(t *testing.T) {
	tests := []struct {
		name string
		n    int
		seed uint64
	}{
		{"one", 1, 7},
		{"thousand", 1000, 1},
		{"thousand other seed", 1000, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := build(t)
			before := ws.Items()
			last := before[len(before)-1].Rank
			if err := sample.Generate(ws, tt.n, tt.seed); err != nil {
				t.Fatalf("Generate: %v", err)
			}
			if got := ws.Count(app.KindItem) - len(before); got != tt.n {
				t.Fatalf("added %d items, want %d", got, tt.n)
			}
			noProblems(t, ws)
			if cyc := app.ItemCycles(ws); len(cyc) > 0 {
				t.Fatalf("cycles: %v", cyc)
			}
			if _, err := app.Next(ws, app.ModelWSJF); err != nil {
				t.Fatalf("Next: %v", err)
			}
			deps, statuses, types := 0, map[app.Status]int{}, map[app.ItemType]int{}
			for _, it := range ws.Items() {
				if slices.ContainsFunc(before, func(b *app.Item) bool { return b.ID == it.ID }) {
					continue
				}
				if it.Rank <= last {
					t.Fatalf("%s is ranked %g, before the existing items (last %g)", it.ID, it.Rank, last)
				}
				s := it.Scores
				if s.RICE == nil || s.WSJF == nil || s.ICE == nil || s.ValueEffort == nil {
					t.Fatalf("%s is not scored in every model", it.Label())
				}
				if n := len(it.Criteria); n < 1 || n > 3 {
					t.Fatalf("%s has %d criteria", it.Label(), n)
				}
				deps += len(it.DependsOn)
				statuses[it.Status]++
				types[it.Type]++
			}
			if tt.n >= 1000 {
				if avg := float64(deps) / float64(tt.n); avg < 1.5 || avg > 2.5 {
					t.Errorf("%.2f dependencies per item, want about 2", avg)
				}
				if len(statuses) != len(app.Statuses) || len(types) != len(app.ItemTypes) {
					t.Errorf("statuses %v, types %v: want every one", statuses, types)
				}
			}

			again := build(t)
			if err := sample.Generate(again, tt.n, tt.seed); err != nil {
				t.Fatalf("Generate: %v", err)
			}
			if snapshot(t, again) != snapshot(t, ws) {
				t.Error("two generations with the same seed differ")
			}
			other := build(t)
			if err := sample.Generate(other, tt.n, tt.seed+1); err != nil {
				t.Fatalf("Generate: %v", err)
			}
			if snapshot(t, other) == snapshot(t, ws) {
				t.Error("generations with different seeds are identical")
			}
		})
	}
}

func TestGenerateTwiceAndEmpty(t *testing.T) {
	ws := build(t)
	if err := sample.Generate(ws, 0, 1); err != nil {
		t.Fatalf("Generate 0: %v", err)
	}
	if err := sample.Generate(ws, -1, 1); err == nil {
		t.Error("Generate -1 succeeded")
	}
	for seed := range uint64(2) {
		if err := sample.Generate(ws, 300, seed); err != nil {
			t.Fatalf("Generate: %v", err)
		}
	}
	noProblems(t, ws)

	empty := app.NewWorkspace(app.Product{Name: "Empty"})
	empty.SetClock(testClock)
	if err := sample.Generate(empty, 200, 3); err != nil {
		t.Fatalf("Generate on an empty workspace: %v", err)
	}
	noProblems(t, empty)
}

// TestGenerateAtScale: 10 000 generated items keep every rule (how long
// it takes is the benchmarks' business, not a test's).
func TestGenerateAtScale(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	ws := build(t)
	if err := sample.Generate(ws, 10000, 1); err != nil {
		t.Fatalf("Generate: %v", err)
	}
	if n := ws.Count(app.KindItem); n < 10000 {
		t.Errorf("the workspace holds %d items after generating 10 000", n)
	}
	noProblems(t, ws)
}

func BenchmarkBuild(b *testing.B) {
	for b.Loop() {
		build(b)
	}
}

func BenchmarkGenerate10000(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		ws := build(b)
		b.StartTimer()
		if err := sample.Generate(ws, 10000, 1); err != nil {
			b.Fatal(err)
		}
	}
}

// TestGenerateFitsReleaseCapacities: generated items overload no release;
// each one they filled gets a capacity its scope fills to 80–100 %, and a
// generation too small to overload one leaves its capacity alone.
func TestGenerateFitsReleaseCapacities(t *testing.T) {
	before := map[string]float64{}
	for _, r := range build(t).Releases() {
		before[r.ID] = r.Capacity
	}
	for _, n := range []int{3, 2000} {
		ws := build(t)
		if err := sample.Generate(ws, n, 7); err != nil {
			t.Fatal(err)
		}
		for id, l := range app.Load(ws) {
			switch {
			case l.Estimate > l.Capacity:
				t.Errorf("n=%d: release %s plans %v points for a capacity of %v", n, id, l.Estimate, l.Capacity)
			case l.Capacity != before[id] && l.Estimate < 0.8*l.Capacity:
				t.Errorf("n=%d: release %s grew to %v points for %v planned", n, id, l.Capacity, l.Estimate)
			}
		}
		if n == 3 {
			for _, r := range ws.Releases() {
				if l := app.Load(ws)[r.ID]; l.Estimate <= before[r.ID] && r.Capacity != before[r.ID] {
					t.Errorf("n=3: release %s changed capacity %v → %v", r.ID, before[r.ID], r.Capacity)
				}
			}
		}
	}
}
