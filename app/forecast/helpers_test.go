package forecast

import (
	"fmt"
	"testing"
	"time"

	"canopy/app"
)

// today is a Thursday; its week starts on Monday 2026-11-23.
var today = app.MustDate("2026-11-26")

// fixture builds a workspace for a test, entity by entity.
type fixture struct {
	t     *testing.T
	ents  []app.Entity
	nitem int
}

func newFixture(t *testing.T) *fixture { return &fixture{t: t} }

// release adds a release dated n days from today (no date when n < -9000).
func (f *fixture) release(id string, days int) *fixture {
	r := &app.Release{ID: id, Name: "Release " + id}
	if days > -9000 {
		r.Date = today.AddDays(days)
	}
	f.ents = append(f.ents, r)
	return f
}

// initiative adds an active initiative ending n days from today.
func (f *fixture) initiative(id string, status app.InitiativeStatus, days int) *fixture {
	lane := &app.Lane{ID: "lane-" + id, Name: "Lane"}
	in := &app.Initiative{ID: id, Name: "Initiative " + id, Lane: lane.ID, Status: status,
		Start: today.AddDays(-30), End: today.AddDays(days)}
	f.ents = append(f.ents, lane, in)
	return f
}

// open adds n items not yet done, in a release and an initiative (either may be "").
func (f *fixture) open(n int, release, initiative string, deps ...string) []string {
	var ids []string
	for range n {
		it := f.item(app.StatusReady, release, initiative)
		it.DependsOn = deps
		ids = append(ids, it.ID)
	}
	return ids
}

// item adds one item in a status.
func (f *fixture) item(s app.Status, release, initiative string) *app.Item {
	f.nitem++
	it := &app.Item{ID: fmt.Sprintf("item-%04d", f.nitem), Type: app.TypeStory, Title: fmt.Sprintf("Item %d", f.nitem),
		Status: s, Rank: float64(f.nitem), Estimate: 1, Release: release, Initiative: initiative,
		Criteria: []app.Criterion{{Text: "works", Met: s == app.StatusDone || s == app.StatusAccepted}}}
	f.ents = append(f.ents, it)
	return it
}

// done adds n items that reached Done at the instant at and were accepted an
// hour later.
func (f *fixture) done(n int, at time.Time) {
	for range n {
		it := f.item(app.StatusAccepted, "", "")
		it.History = []app.Decision{
			{At: at, Kind: app.DecisionMoved, From: app.StatusInProgress, To: app.StatusDone},
			{At: at.Add(time.Hour), Kind: app.DecisionAccepted, From: app.StatusDone, To: app.StatusAccepted},
		}
	}
}

// weekly adds, for each count, that many items finished at noon on the
// Wednesday of a past week: counts[0] in the oldest week, the last count in
// the week before today's.
func (f *fixture) weekly(counts ...int) {
	monday := WeekStart(today).AddDays(-7 * len(counts))
	for i, c := range counts {
		f.done(c, monday.AddDays(7*i+2).Time().Add(12*time.Hour))
	}
}

// build returns the workspace.
func (f *fixture) build() *app.Workspace {
	f.t.Helper()
	ws := app.NewWorkspace(app.Product{Name: "Test"})
	ws.SetClock(app.DayClock(today))
	err := ws.Do(app.Func{Desc: "fixture", Fn: func(tx *app.Tx) error {
		for _, e := range f.ents {
			if err := tx.Put(e); err != nil {
				return err
			}
		}
		return nil
	}})
	if err != nil {
		f.t.Fatalf("fixture: %v", err)
	}
	return ws
}

// run forecasts ws with the defaults for today and opts applied.
func run(t *testing.T, ws *app.Workspace, opts ...func(*Options)) *Result {
	t.Helper()
	o := Defaults(today)
	for _, f := range opts {
		f(&o)
	}
	res, err := Run(ws, o)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return res
}

// repeat returns n copies of v.
func repeat(v, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = v
	}
	return out
}
