package forecast

import (
	"cmp"
	"fmt"
	"slices"

	"canopy/app"
)

// The defaults of a forecast.
const (
	// DefaultWeeks is how many past weeks of throughput a forecast draws from.
	DefaultWeeks = 12
	// DefaultRuns is how many futures a forecast simulates.
	DefaultRuns = 10000
	// DefaultSeed seeds the simulation; it is fixed, so the same workspace
	// and day always give the same forecast (and the brief the same bytes).
	DefaultSeed uint64 = 20260101
	// MinWeeks is the history a forecast needs: with fewer whole weeks
	// recorded it gives no dates and says why.
	MinWeeks = 6
	// HorizonWeeks bounds a simulated future: work that would take longer
	// than ten years at the recent throughput gets no dates.
	HorizonWeeks = 520
)

// Options say how to forecast.
type Options struct {
	// Today is the day the futures start from; the zero Date means the
	// workspace's today.
	Today app.Date
	// Weeks is how many whole past weeks to draw throughput from (1 or more).
	Weeks int
	// Runs is how many futures to simulate (1 or more).
	Runs int
	// Seed seeds the simulation.
	Seed uint64
	// Initiatives asks for the active initiatives' forecasts too, besides
	// the releases'.
	Initiatives bool
}

// Defaults returns the default options for today.
func Defaults(today app.Date) Options {
	return Options{Today: today, Weeks: DefaultWeeks, Runs: DefaultRuns, Seed: DefaultSeed, Initiatives: true}
}

// Forecast is the forecast of one release or initiative.
type Forecast struct {
	ID, Name string
	// Planned is the release's date or the initiative's end; zero if none.
	Planned app.Date
	// Items is the number of its items; Remaining those not yet Done or
	// Accepted.
	Items, Remaining int
	// P50, P85 and P95 are the days by which half, 85 % and 95 % of the
	// simulated futures finish its remaining items; zero when there is no
	// forecast (then Reason says why).
	P50, P85, P95 app.Date
	// Chance is the share of futures that finish by Planned (0–1); it is
	// meaningful only when HasChance is set (a planned date, and either a
	// simulation or nothing left to do).
	Chance    float64
	HasChance bool
	// Reason says, in a user's words, why there are no dates; empty when
	// there are.
	Reason string
	// Spread counts the futures that finish in each week from today
	// (index 0: the first seven days), for a histogram; nil without dates.
	Spread []int
}

// OK reports whether the forecast has dates.
func (f *Forecast) OK() bool { return !f.P50.IsZero() }

// Result is the forecast of a workspace.
type Result struct {
	// Today is the day the simulated futures start from.
	Today app.Date
	// Throughput is the items finished in each whole week before today's,
	// oldest first: the weeks the simulation draws from (at most
	// Options.Weeks, fewer when the history is shorter).
	Throughput []Week
	// Recorded is how many whole weeks of history the items record.
	Recorded int
	// Runs and Seed are those of the simulation.
	Runs int
	Seed uint64
	// Reason says why nothing can be forecast (too little history, no
	// throughput); empty when the forecasts below have dates.
	Reason string
	// Releases are the releases not yet shipped (with remaining items, or
	// dated today or later), in date order, undated last.
	Releases []Forecast
	// Initiatives are the active and at-risk initiatives, in roadmap order
	// (when Options.Initiatives asks for them).
	Initiatives []Forecast
}

// Run forecasts every release not yet shipped and every active initiative
// of ws. It reads ws and changes nothing; a workspace without enough
// history gives forecasts without dates and the reason. It is Prepare then
// Simulate.
func Run(ws *app.Workspace, o Options) (*Result, error) {
	p, err := Prepare(ws, o)
	if err != nil {
		return nil, err
	}
	return p.Simulate(), nil
}

// Prepared is a forecast read from a workspace and not simulated yet. It
// holds nothing of the workspace, so that the window can read the
// workspace on its own goroutine (a pass over the items, a few
// milliseconds at 10 000) and simulate the futures on another while the
// user keeps working.
type Prepared struct {
	res  *Result
	live []target
	o    Options
	done bool
}

// Prepare reads what the forecast needs from ws: the throughput of the past
// weeks and the remaining work of each release and initiative. Call it
// where ws may be read (on the UI goroutine in the window).
func Prepare(ws *app.Workspace, o Options) (*Prepared, error) {
	if o.Weeks < 1 {
		return nil, fmt.Errorf("forecast: the number of weeks must be 1 or more, got %d", o.Weeks)
	}
	if o.Runs < 1 {
		return nil, fmt.Errorf("forecast: the number of runs must be 1 or more, got %d", o.Runs)
	}
	if o.Today.IsZero() {
		o.Today = ws.Today()
	}
	res, live := plan(ws, o)
	return &Prepared{res: res, live: live, o: o}, nil
}

// Simulate runs the futures and returns the result. It touches no
// workspace and may run on any goroutine; a second call returns the same
// result.
func (p *Prepared) Simulate() *Result {
	if !p.done && len(p.live) > 0 {
		simulate(p.live, p.res.Throughput, p.o)
	}
	p.done = true
	return p.res
}

// Ready reports whether Simulate has nothing left to run: the futures are
// simulated already, or nothing needs them (too little history, nothing
// left to do). A caller may then take the result at once.
func (p *Prepared) Ready() bool { return p.done || len(p.live) == 0 }

// plan reads the throughput and the remaining work, fills what needs no
// simulation, and returns the targets left to simulate.
func plan(ws *app.Workspace, o Options) (*Result, []target) {
	res := &Result{Today: o.Today, Runs: o.Runs, Seed: o.Seed}
	releases := selectReleases(ws)
	var inits []Forecast
	if o.Initiatives {
		inits = selectInitiatives(ws)
	}
	sc := scan(ws, o, releases, inits)
	res.Recorded = max(sc.recorded, 0)
	used := min(o.Weeks, res.Recorded)
	res.Throughput = sc.weeks[o.Weeks-used:]
	res.Reason = historyReason(sc.recorded, res.Throughput, o.Weeks)

	// Releases already shipped leave the list: dated before today, nothing left.
	shown := releases[:0]
	var relLists [][]int32
	for k, f := range releases {
		if f.Remaining > 0 || !f.Planned.IsZero() && !f.Planned.Before(o.Today) {
			shown = append(shown, f)
			relLists = append(relLists, sc.rel[k])
		}
	}
	res.Releases, res.Initiatives = shown, inits

	// Positions: the releases' items first, in release order; then the rest.
	q := sc.queue
	targets := make([]target, 0, len(shown)+len(inits))
	for k := range shown {
		targets = append(targets, target{pos: q.placeAll(relLists[k]), f: &res.Releases[k]})
	}
	if len(inits) > 0 {
		for i := range q.items {
			q.place(int32(i))
		}
	}
	for k := range inits {
		targets = append(targets, target{pos: q.placeAll(sc.init[k]), f: &res.Initiatives[k]})
	}

	var live []target
	for _, t := range targets {
		switch {
		case t.f.Remaining == 0:
			t.f.Reason = doneReason(t.f.Items)
			t.f.Chance, t.f.HasChance = 1, !t.f.Planned.IsZero()
		case res.Reason != "":
			t.f.Reason = res.Reason
		default:
			live = append(live, t)
		}
	}
	return res, live
}

// historyReason says why the history cannot give a forecast, or "".
func historyReason(recorded int, weeks []Week, n int) string {
	switch {
	case recorded < 0:
		return fmt.Sprintf("no item has a recorded status change yet; a forecast needs about %d weeks of history", MinWeeks)
	case recorded == 0:
		return fmt.Sprintf("no whole week of history yet; a forecast needs about %d", MinWeeks)
	case recorded == 1:
		return fmt.Sprintf("1 week of history; a forecast needs about %d", MinWeeks)
	case recorded < MinWeeks:
		return fmt.Sprintf("%d weeks of history; a forecast needs about %d", recorded, MinWeeks)
	}
	for _, w := range weeks {
		if w.Done > 0 {
			return ""
		}
	}
	return fmt.Sprintf("no item reached Done or Accepted in the last %d weeks", min(n, recorded))
}

// doneReason says why a release or initiative with nothing left needs no forecast.
func doneReason(items int) string {
	if items == 0 {
		return "no items are planned in it"
	}
	return "every item is Done or Accepted"
}

// selectReleases returns every release, in the order one future serves
// them: by date, undated last.
func selectReleases(ws *app.Workspace) []Forecast {
	all := ws.Releases()
	slices.SortStableFunc(all, func(a, b *app.Release) int {
		if a.Date.IsZero() != b.Date.IsZero() {
			if a.Date.IsZero() {
				return 1
			}
			return -1
		}
		if c := cmp.Compare(b.Date.DaysUntil(a.Date), 0); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	fs := make([]Forecast, len(all))
	for i, r := range all {
		fs[i] = Forecast{ID: r.ID, Name: r.Name, Planned: r.Date}
	}
	return fs
}

// selectInitiatives returns the active and at-risk initiatives in roadmap
// order.
func selectInitiatives(ws *app.Workspace) []Forecast {
	var fs []Forecast
	for _, in := range ws.Initiatives() {
		if in.Status == app.InitiativeActive || in.Status == app.InitiativeAtRisk {
			fs = append(fs, Forecast{ID: in.ID, Name: in.Name, Planned: in.End})
		}
	}
	return fs
}
