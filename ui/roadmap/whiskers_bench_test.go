package roadmap

import (
	"testing"
	"time"

	"canopy/app/forecast"
)

// BenchmarkRoadmapWhiskers scrolls the 2 000-initiative window of
// BenchmarkRoadmapRender across, 100 steps of 40 px, with the forecast
// whiskers drawn past every active initiative's bar (ours) and without
// them (baseline), on the same timeline: what the whiskers add to a frame.
// Three interleaved pairs an iteration, the fastest of each kept, as the
// machine's noise is larger than the difference; it reports the ratio.
func BenchmarkRoadmapWhiskers(b *testing.B) {
	tl := benchTimeline(b, 1986)
	// The forecast as the refresher would hand it over, made here so that
	// the frames alone are measured.
	res, err := forecast.Run(tl.env.WS, forecast.Defaults(today))
	if err != nil {
		b.Fatal(err)
	}
	tl.fc.res = res
	x0 := tl.Scroll().X
	pass := func(on bool) func() {
		return func() {
			tl.fc.on = on
			for s := range 100 {
				tl.scroll.X = x0 + float64(s*40)
				tl.r.Refresh()
			}
		}
	}
	ours, baseline := pass(true), pass(false)
	tl.fc.on = true
	if n := len(tl.Whiskers()); n < 100 {
		b.Fatalf("%d whiskers: the benchmark wants hundreds", n)
	}
	tl.scroll.X = x0
	tl.r.Refresh()
	if len(whiskerLines(tl)) == 0 {
		b.Fatal("no whisker in sight")
	}
	ours() // the pools and the text widths warm up once per window
	baseline()
	best := [2]time.Duration{}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for range 3 {
			for i, f := range []func(){ours, baseline} {
				start := time.Now()
				f()
				if d := time.Since(start); best[i] == 0 || d < best[i] {
					best[i] = d
				}
			}
		}
	}
	b.ReportMetric(float64(best[0].Microseconds()), "µs-ours")
	b.ReportMetric(float64(best[1].Microseconds()), "µs-baseline")
	b.ReportMetric(float64(best[0])/float64(best[1]), "ratio")
}
