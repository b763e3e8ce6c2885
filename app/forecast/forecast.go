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
}

// Defaults returns the default options for today.
func Defaults(today app.Date) Options {
	return Options{Today: today, Weeks: DefaultWeeks, Runs: DefaultRuns, Seed: DefaultSeed}
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
	// Initiatives are the active and at-risk initiatives, in roadmap order.
	Initiatives []Forecast
}

// Run forecasts every release not yet shipped and every active initiative
// of ws. It reads ws and changes nothing; a workspace without enough
// history gives forecasts without dates and the reason.
func Run(ws *app.Workspace, o Options) (*Result, error) {
	if o.Weeks < 1 {
		return nil, fmt.Errorf("forecast: the number of weeks must be 1 or more, got %d", o.Weeks)
	}
	if o.Runs < 1 {
		return nil, fmt.Errorf("forecast: the number of runs must be 1 or more, got %d", o.Runs)
	}
	if o.Today.IsZero() {
		o.Today = ws.Today()
	}
	res := &Result{Today: o.Today, Runs: o.Runs, Seed: o.Seed}
	h := readHistory(ws, o.Today, o.Weeks)
	res.Recorded = max(h.recorded, 0)
	used := min(o.Weeks, res.Recorded)
	res.Throughput = h.weeks[o.Weeks-used:]
	res.Reason = historyReason(h.recorded, res.Throughput, o.Weeks)

	q := newQueue(ws)
	releases, relItems := selectReleases(ws, q, o.Today)
	inits, initItems := selectInitiatives(ws, q)
	res.Releases, res.Initiatives = releases, inits

	// Positions: the releases' items first, in release order; then the rest.
	var targets []target
	for k := range releases {
		pos := q.placeAll(relItems[k])
		targets = append(targets, target{pos: pos, f: &res.Releases[k]})
	}
	for i := range q.items {
		q.place(int32(i))
	}
	for k := range inits {
		targets = append(targets, target{pos: q.placeAll(initItems[k]), f: &res.Initiatives[k]})
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
	if len(live) > 0 {
		simulate(live, res.Throughput, o)
	}
	return res, nil
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

// selectReleases returns the releases to forecast, in the order one future
// serves them, with the queue indexes of their remaining items.
func selectReleases(ws *app.Workspace, q *queue, today app.Date) ([]Forecast, [][]int32) {
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
	k := make(map[string]int, len(all))
	fs := make([]Forecast, len(all))
	lists := make([][]int32, len(all))
	for i, r := range all {
		k[r.ID] = i
		fs[i] = Forecast{ID: r.ID, Name: r.Name, Planned: r.Date}
	}
	for it := range ws.AllItems() {
		if i, ok := k[it.Release]; ok {
			fs[i].Items++
		}
	}
	for j, it := range q.items {
		if i, ok := k[it.Release]; ok {
			fs[i].Remaining++
			lists[i] = append(lists[i], int32(j))
		}
	}
	out, outLists := fs[:0], lists[:0]
	for i := range fs {
		if fs[i].Remaining > 0 || !fs[i].Planned.IsZero() && !fs[i].Planned.Before(today) {
			out = append(out, fs[i])
			outLists = append(outLists, lists[i])
		}
	}
	return out, outLists
}

// selectInitiatives returns the active and at-risk initiatives, with the
// queue indexes of their remaining items.
func selectInitiatives(ws *app.Workspace, q *queue) ([]Forecast, [][]int32) {
	var fs []Forecast
	k := map[string]int{}
	for _, in := range ws.Initiatives() {
		if in.Status != app.InitiativeActive && in.Status != app.InitiativeAtRisk {
			continue
		}
		k[in.ID] = len(fs)
		fs = append(fs, Forecast{ID: in.ID, Name: in.Name, Planned: in.End})
	}
	lists := make([][]int32, len(fs))
	if len(fs) == 0 {
		return fs, lists
	}
	for it := range ws.AllItems() {
		if i, ok := k[it.Initiative]; ok {
			fs[i].Items++
		}
	}
	for j, it := range q.items {
		if i, ok := k[it.Initiative]; ok {
			fs[i].Remaining++
			lists[i] = append(lists[i], int32(j))
		}
	}
	return fs, lists
}
