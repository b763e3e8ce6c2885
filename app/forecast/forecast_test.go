package forecast

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"canopy/app"
)

func TestWeekStart(t *testing.T) {
	tests := []struct{ day, want string }{
		{"2026-11-23", "2026-11-23"}, // a Monday
		{"2026-11-26", "2026-11-23"},
		{"2026-11-29", "2026-11-23"}, // a Sunday
		{"2026-11-30", "2026-11-30"},
		{"2027-01-01", "2026-12-28"}, // across a year
	}
	for _, tt := range tests {
		if got := WeekStart(app.MustDate(tt.day)); got != app.MustDate(tt.want) {
			t.Errorf("WeekStart(%s) = %s, want %s", tt.day, got, tt.want)
		}
	}
}

func TestDoneAt(t *testing.T) {
	t0 := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	at := func(days int) time.Time { return t0.AddDate(0, 0, days) }
	mv := func(days int, from, to app.Status) app.Decision {
		return app.Decision{At: at(days), From: from, To: to}
	}
	tests := []struct {
		name    string
		status  app.Status
		history []app.Decision
		want    time.Time
		ok      bool
	}{
		{"done once", app.StatusDone, []app.Decision{mv(0, app.StatusReady, app.StatusInProgress), mv(3, app.StatusInProgress, app.StatusDone)}, at(3), true},
		{"accepted later counts when it reached Done", app.StatusAccepted,
			[]app.Decision{mv(3, app.StatusInProgress, app.StatusDone), mv(9, app.StatusDone, app.StatusAccepted)}, at(3), true},
		{"rejected, then done again: the last arrival", app.StatusAccepted,
			[]app.Decision{mv(1, app.StatusInProgress, app.StatusDone), mv(2, app.StatusDone, app.StatusInProgress),
				mv(8, app.StatusInProgress, app.StatusDone), mv(10, app.StatusDone, app.StatusAccepted)}, at(8), true},
		{"reopened is not finished", app.StatusInProgress,
			[]app.Decision{mv(1, app.StatusInProgress, app.StatusDone), mv(2, app.StatusDone, app.StatusAccepted), mv(4, app.StatusAccepted, app.StatusInProgress)}, time.Time{}, false},
		{"created accepted, only the acceptance recorded", app.StatusAccepted, []app.Decision{mv(5, app.StatusDone, app.StatusAccepted)}, at(5), true},
		{"finished without any history", app.StatusDone, nil, time.Time{}, false},
		{"ready", app.StatusReady, []app.Decision{mv(1, app.StatusNew, app.StatusReady)}, time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := DoneAt(&app.Item{Status: tt.status, History: tt.history})
			if ok != tt.ok || !got.Equal(tt.want) {
				t.Errorf("DoneAt = %v, %v; want %v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestThroughputWeeks(t *testing.T) {
	f := newFixture(t)
	monday := WeekStart(today)                                            // 2026-11-23
	f.done(2, monday.AddDays(-1).Time().Add(23*time.Hour+59*time.Minute)) // Sunday night, last week
	f.done(3, monday.AddDays(-7).Time())                                  // Monday 00:00 of last week
	f.done(1, monday.Time().Add(time.Hour))                               // this week: not a whole week yet
	// 01:30 in Tokyo on Monday is still Sunday in UTC: it counts in the week before.
	tokyo := time.FixedZone("JST", 9*3600)
	f.done(4, time.Date(2026, 11, 16, 1, 30, 0, 0, tokyo))
	f.done(5, monday.AddDays(-7*12).Time()) // 12 weeks before this week's Monday: the oldest week
	f.done(6, monday.AddDays(-7*13).Time()) // 13 weeks before: outside the window, but history
	res := run(t, f.build())
	if res.Recorded != 13 {
		t.Errorf("recorded %d weeks, want 13", res.Recorded)
	}
	got := make([]int, len(res.Throughput))
	for i, w := range res.Throughput {
		got[i] = w.Done
		if want := monday.AddDays(-7 * (12 - i)); w.Start != want {
			t.Errorf("week %d starts %s, want %s", i, w.Start, want)
		}
	}
	want := []int{5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 5}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("throughput %v, want %v", got, want)
	}
}

func TestNoForecastReasons(t *testing.T) {
	monday := WeekStart(today)
	tests := []struct {
		name    string
		history func(f *fixture)
		want    string
		weeks   int
	}{
		{"no history", func(*fixture) {}, "no item has a recorded status change yet; a forecast needs about 6 weeks of history", 0},
		{"this week only", func(f *fixture) { f.done(3, monday.Time()) }, "no whole week of history yet; a forecast needs about 6", 0},
		{"one week", func(f *fixture) { f.weekly(4) }, "1 week of history; a forecast needs about 6", 1},
		{"three weeks", func(f *fixture) { f.weekly(4, 0, 2) }, "3 weeks of history; a forecast needs about 6", 3},
		{"nothing finished", func(f *fixture) {
			f.done(1, monday.AddDays(-7*20).Time()) // history long ago, nothing recent
		}, "no item reached Done or Accepted in the last 12 weeks", 12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t).release("rel-a", 30).initiative("init-a", app.InitiativeActive, 30)
			f.open(5, "rel-a", "init-a")
			tt.history(f)
			res := run(t, f.build())
			if res.Reason != tt.want {
				t.Errorf("reason %q, want %q", res.Reason, tt.want)
			}
			if len(res.Throughput) != tt.weeks {
				t.Errorf("%d weeks of throughput, want %d", len(res.Throughput), tt.weeks)
			}
			for _, fc := range append(res.Releases, res.Initiatives...) {
				if fc.OK() || fc.HasChance || fc.Reason != tt.want || fc.Remaining != 5 {
					t.Errorf("%s: %+v, want no dates, no chance, 5 remaining and the reason", fc.Name, fc)
				}
			}
		})
	}
}

func TestZeroWeekIsData(t *testing.T) {
	f := newFixture(t).release("rel-a", 30)
	f.open(4, "rel-a", "")
	f.weekly(4, 4, 0, 4, 4, 4, 0, 4)
	res := run(t, f.build())
	r := res.Releases[0]
	if res.Reason != "" || !r.OK() {
		t.Fatalf("no forecast: %q %q", res.Reason, r.Reason)
	}
	// Three weeks in four finish 4 items, the fourth none: the first week
	// ends it in 75 % of the futures, two weeks in 94 %, three in 98 %.
	if r.P50 != today.AddDays(7) || r.P85 != today.AddDays(14) || r.P95 != today.AddDays(21) {
		t.Errorf("P50 %s P85 %s P95 %s", r.P50, r.P85, r.P95)
	}
	if r.Spread[0] < 7300 || r.Spread[0] > 7700 || r.Spread[1] < 1700 || r.Spread[1] > 2000 {
		t.Errorf("spread %v: about 7 500 futures should end in the first week, 1 875 in the second", r.Spread)
	}
}

func TestConstantThroughput(t *testing.T) {
	// Five items a week, every week: every future is the same.
	tests := []struct {
		name        string
		remaining   int
		planned     int // days from today
		wantDay     int
		wantChance  float64
		wantSpread0 int
	}{
		{"two weeks of work, planned in three", 10, 21, 14, 1, 0},
		{"two weeks of work, planned a day early", 10, 13, 14, 0, 0},
		{"two weeks of work, planned on the day", 10, 14, 14, 1, 0},
		{"one item: a fifth of a week, rounded up", 1, 2, 2, 1, 10000},
		{"planned date passed", 3, -5, 5, 0, 10000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t).release("rel-a", tt.planned)
			f.open(tt.remaining, "rel-a", "")
			f.weekly(repeat(5, 12)...)
			r := run(t, f.build()).Releases[0]
			want := today.AddDays(tt.wantDay)
			if r.P50 != want || r.P85 != want || r.P95 != want {
				t.Errorf("P50 %s P85 %s P95 %s, want all %s", r.P50, r.P85, r.P95, want)
			}
			if !r.HasChance || r.Chance != tt.wantChance {
				t.Errorf("chance %v (%v), want %v", r.Chance, r.HasChance, tt.wantChance)
			}
			if r.Spread[0] != tt.wantSpread0 {
				t.Errorf("spread %v", r.Spread)
			}
		})
	}
}

// TestOneFutureServesReleasesInDateOrder: releases share the team, earliest
// first; an item a release waits on is done before it, wherever it is
// planned; an initiative finishes with its last item.
func TestOneFutureServesReleasesInDateOrder(t *testing.T) {
	f := newFixture(t).release("rel-late", 60).release("rel-early", 10).release("rel-undated", -9999).
		initiative("init-a", app.InitiativeActive, 20).initiative("init-planned", app.InitiativePlanned, 20)
	late := f.open(5, "rel-late", "init-a")
	f.open(4, "rel-early", "", late[4]) // waits on the last of the late release's items
	f.open(5, "rel-undated", "")
	f.open(5, "", "")                                 // unplanned work, ranked last
	f.item(app.StatusAccepted, "rel-early", "init-a") // finished: counted in Items only
	f.weekly(repeat(5, 12)...)
	res := run(t, f.build())
	var names []string
	for _, r := range res.Releases {
		names = append(names, r.ID)
	}
	if want := []string{"rel-early", "rel-late", "rel-undated"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("releases %v, want %v", names, want)
	}
	tests := []struct {
		name            string
		got             Forecast
		items, remain   int
		day             int
		chance, planned bool
	}{
		// rel-early: its 4 items and the one it waits on: 5 items, one week.
		{"rel-early", res.Releases[0], 5, 4, 7, true, true},
		// rel-late: the 4 it still needs after that: 9 items, 7×4/5 days into week 2.
		{"rel-late", res.Releases[1], 5, 5, 7 + 6, true, true},
		{"rel-undated", res.Releases[2], 5, 5, 14 + 6, false, false},
		// init-a: its items are rel-late's.
		{"init-a", res.Initiatives[0], 6, 5, 13, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := tt.got
			if g.Items != tt.items || g.Remaining != tt.remain {
				t.Errorf("items %d remaining %d, want %d and %d", g.Items, g.Remaining, tt.items, tt.remain)
			}
			if want := today.AddDays(tt.day); g.P50 != want || g.P95 != want {
				t.Errorf("P50 %s P95 %s, want %s", g.P50, g.P95, want)
			}
			if g.HasChance != tt.planned {
				t.Errorf("has chance %v, want %v", g.HasChance, tt.planned)
			}
		})
	}
	if len(res.Initiatives) != 1 {
		t.Errorf("initiatives %+v: only the active one is forecast", res.Initiatives)
	}
}

func TestDoneReleases(t *testing.T) {
	f := newFixture(t).release("rel-shipped", -10).release("rel-finished", 10).release("rel-empty", 20).release("rel-old-empty", -1)
	f.item(app.StatusAccepted, "rel-shipped", "")
	f.item(app.StatusDone, "rel-finished", "")
	f.weekly(repeat(5, 12)...)
	res := run(t, f.build())
	if len(res.Releases) != 2 {
		t.Fatalf("releases %+v: want the two dated today or later", res.Releases)
	}
	for i, want := range []string{"every item is Done or Accepted", "no items are planned in it"} {
		r := res.Releases[i]
		if r.Reason != want || r.OK() || !r.HasChance || r.Chance != 1 {
			t.Errorf("%s: %+v, want reason %q and chance 1", r.ID, r, want)
		}
	}
}

func TestBeyondTheHorizon(t *testing.T) {
	f := newFixture(t).release("rel-a", 30)
	f.open(200, "rel-a", "")
	f.weekly(append(repeat(0, 11), 1)...) // one item in twelve weeks
	f.done(1, WeekStart(today).AddDays(-7*30).Time())
	r := run(t, f.build(), func(o *Options) { o.Runs = 200 }).Releases[0]
	if r.OK() || !strings.Contains(r.Reason, "more than ten years") || !r.HasChance || r.Chance != 0 {
		t.Errorf("%+v", r)
	}
}

func TestDeterministicAndSeeded(t *testing.T) {
	f := newFixture(t).release("rel-a", 40).release("rel-b", 80).initiative("init-a", app.InitiativeAtRisk, 50)
	f.open(30, "rel-a", "init-a")
	f.open(30, "rel-b", "")
	f.weekly(3, 9, 0, 6, 12, 4, 7, 2, 8, 5, 10, 1)
	ws := f.build()
	a, b := run(t, ws), run(t, ws)
	if !reflect.DeepEqual(a, b) {
		t.Error("two runs with the same seed differ")
	}
	c := run(t, ws, func(o *Options) { o.Seed = 7 })
	if reflect.DeepEqual(a.Releases, c.Releases) {
		t.Error("another seed gives the very same spread")
	}
	r := a.Releases[0]
	if !(r.P50.Before(r.P85) && r.P85.Before(r.P95)) {
		t.Errorf("P50 %s P85 %s P95 %s should increase with varying throughput", r.P50, r.P85, r.P95)
	}
	if !(r.Chance > 0 && r.Chance < 1) {
		t.Errorf("chance %v: 30 items at about 6 a week by day 40 is uncertain", r.Chance)
	}
	sum := 0
	for _, c := range r.Spread {
		sum += c
	}
	if sum != DefaultRuns {
		t.Errorf("spread sums to %d, want every run", sum)
	}
	rel := run(t, ws, func(o *Options) { o.Initiatives = false })
	if !reflect.DeepEqual(rel.Releases, a.Releases) {
		t.Error("forecasting the initiatives too changes the releases' forecasts")
	}
	if in := a.Initiatives[0]; in.P50 != r.P50 || in.P95 != r.P95 {
		t.Errorf("init-a (%s–%s) should finish with rel-a (%s–%s), which holds its items", in.P50, in.P95, r.P50, r.P95)
	}
}

func TestCycleDoesNotHang(t *testing.T) {
	f := newFixture(t).release("rel-a", 30)
	ids := f.open(2, "rel-a", "")
	f.ents[0].(*app.Release).Name = "A"
	f.ents[1].(*app.Item).DependsOn = []string{ids[1]}
	f.ents[2].(*app.Item).DependsOn = []string{ids[0]}
	f.weekly(repeat(2, 12)...)
	ws := app.NewWorkspace(app.Product{Name: "Test"})
	// A cycle is refused by the rules: restore it as a hand-edited file would be.
	ws, _ = app.Restore(ws.Product(), nil, f.ents)
	ws.SetClock(app.DayClock(today))
	r := run(t, ws).Releases[0]
	if r.P50 != today.AddDays(7) {
		t.Errorf("P50 %s, want a week", r.P50)
	}
}

func TestBadOptions(t *testing.T) {
	ws := newFixture(t).build()
	for _, o := range []Options{{Weeks: 0, Runs: 1}, {Weeks: 1, Runs: 0}, {Weeks: -3, Runs: 5}} {
		if _, err := Run(ws, o); err == nil {
			t.Errorf("Run(%+v) gave no error", o)
		}
	}
}

// TestPrepareThenSimulate: the futures simulated after the workspace has
// changed are those of the workspace as it was prepared.
func TestPrepareThenSimulate(t *testing.T) {
	f := newFixture(t).release("rel-a", 30)
	ids := f.open(10, "rel-a", "")
	f.weekly(repeat(5, 12)...)
	ws := f.build()
	p, err := Prepare(ws, Defaults(today))
	if err != nil {
		t.Fatal(err)
	}
	if err := ws.Do(app.Func{Desc: "more", Fn: func(tx *app.Tx) error {
		it, err := app.Edit[*app.Item](tx, app.KindItem, ids[0])
		if err != nil {
			return err
		}
		it.Release = ""
		return nil
	}}); err != nil {
		t.Fatal(err)
	}
	res := p.Simulate()
	if r := res.Releases[0]; r.Remaining != 10 || r.P50 != today.AddDays(14) {
		t.Errorf("%+v: want the 10 items prepared, two weeks", r)
	}
	if again := p.Simulate(); again != res {
		t.Error("a second Simulate simulated again")
	}
	if _, err := Prepare(ws, Options{Weeks: 0, Runs: 1}); err == nil {
		t.Error("no weeks: no error")
	}
}

// TestPreparedReady: a forecast without enough history has nothing to
// simulate and is ready at once; one with history is ready once simulated.
func TestPreparedReady(t *testing.T) {
	for _, tt := range []struct {
		name  string
		weeks []int
		ready bool
	}{
		{"three weeks of history", []int{4, 0, 2}, true},
		{"twelve weeks of history", repeat(3, 12), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t).release("rel-a", 30)
			f.open(5, "rel-a", "")
			f.weekly(tt.weeks...)
			p, err := Prepare(f.build(), Defaults(today))
			if err != nil {
				t.Fatal(err)
			}
			if p.Ready() != tt.ready {
				t.Errorf("ready %v before simulating, want %v", p.Ready(), tt.ready)
			}
			res := p.Simulate()
			if !p.Ready() || res.Releases[0].OK() == tt.ready {
				t.Errorf("after simulating: ready %v, dates %v", p.Ready(), res.Releases[0].OK())
			}
		})
	}
}
