package forecast

import (
	"testing"
	"time"

	"canopy/app"
	"canopy/app/sample"
)

// benchWorkspace is the sample with 10 000 generated items, as make bench's
// other rows use; their acceptances are spread over the past twelve weeks.
func benchWorkspace(b *testing.B) (*app.Workspace, Options) {
	b.Helper()
	day := app.MustDate("2026-11-27")
	ws, err := sample.New(day, app.DayClock(day))
	if err != nil {
		b.Fatal(err)
	}
	if err := sample.Generate(ws, 10000, 1); err != nil {
		b.Fatal(err)
	}
	o := Defaults(day)
	o.Initiatives = false
	return ws, o
}

// BenchmarkForecast compares the 10 000 simulated futures that forecast
// every release of a 10 000-item workspace with a bare loop drawing the
// same random numbers: in each run, past weeks until the last release's
// work is done, summed and nothing more. Ours also finds the day each
// release finishes in each future and counts it, then reads the dates and
// the chance off those counts. Each iteration runs both, one after the
// other, so that both see the same load on the machine; "ratio" is the
// fastest of ours over the fastest baseline, make bench's "Forecast" row.
// Reading the items (throughput and remaining work, one pass) is outside
// both: BenchmarkForecastRun times the whole forecast.
func BenchmarkForecast(b *testing.B) {
	ws, o := benchWorkspace(b)
	res, live := plan(ws, o)
	if res.Reason != "" || len(live) != len(res.Releases) || len(live) < 3 {
		b.Fatalf("want every release to simulate, got %d of %d (%q)", len(live), len(res.Releases), res.Reason)
	}
	last := int32(0)
	for _, t := range live {
		last = max(last, t.pos)
	}
	draws := make([]int32, len(res.Throughput))
	for i, w := range res.Throughput {
		draws[i] = int32(w.Done)
	}
	ours := func() {
		for _, t := range live {
			*t.f = Forecast{ID: t.f.ID, Planned: t.f.Planned, Remaining: t.f.Remaining}
		}
		simulate(append([]target(nil), live...), res.Throughput, o)
	}
	sink := 0 // what the baseline drew, so that nothing optimizes it away
	baseline := func() {
		st := newStreams(o.Seed)
		for run := range o.Runs {
			r := st.future(run)
			cum := int32(0)
			for cum < last {
				cum += draws[r.IntN(len(draws))]
			}
			sink += int(cum)
		}
	}
	best := [2]time.Duration{}
	for b.Loop() {
		for range 3 { // three pairs an iteration: the fastest of each is steadier
			for i, f := range []func(){ours, baseline} {
				start := time.Now()
				f()
				if d := time.Since(start); best[i] == 0 || d < best[i] {
					best[i] = d
				}
			}
		}
	}
	for _, t := range live {
		if !t.f.OK() {
			b.Fatalf("%s: no forecast: %s", t.f.ID, t.f.Reason)
		}
	}
	if sink == 0 {
		b.Fatal("the baseline drew no week")
	}
	b.ReportMetric(float64(best[0].Microseconds()), "µs-ours")
	b.ReportMetric(float64(best[1].Microseconds()), "µs-baseline")
	b.ReportMetric(float64(best[0])/float64(best[1]), "ratio")
}

// BenchmarkForecastRun times the whole forecast of every release of that
// workspace: one pass over the 10 000 items, then the 10 000 futures. It
// has no target of its own; it shows what reading the items adds.
func BenchmarkForecastRun(b *testing.B) {
	ws, o := benchWorkspace(b)
	for b.Loop() {
		res, err := Run(ws, o)
		if err != nil || !res.Releases[0].OK() {
			b.Fatalf("%v %+v", err, res.Releases)
		}
	}
}
