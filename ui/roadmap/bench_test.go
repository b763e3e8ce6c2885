package roadmap

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/app/sample"
	"canopy/app/timeline"
	"canopy/ui/page"
)

// benchTimeline shows the timeline of the sample with n generated
// initiatives (n+14 in all) and five items each, in a window whose
// viewport of lanes is 1 200 × 700, scrolled to 60 days before today.
func benchTimeline(b *testing.B, n int) *Timeline {
	b.Helper()
	test.NewTempApp(b)
	ws, err := sample.New(today, app.DayClock(today))
	if err != nil {
		b.Fatal(err)
	}
	if err := sample.GenerateRoadmap(ws, n, 1); err != nil {
		b.Fatal(err)
	}
	if err := sample.Generate(ws, 5*n, 1); err != nil {
		b.Fatal(err)
	}
	tl := NewTimeline(&page.Env{WS: ws, Do: ws.Do}, timeline.Months)
	w := test.NewTempWindow(b, tl)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(1200+laneW+scrollW, 700+headerH+scrollW))
	tl.ScrollTo(tl.Frame().X(today.AddDays(-60)), 0)
	return tl
}

// BenchmarkRoadmapRender scrolls the timeline across the window three
// times, 100 steps of 40 px, each laying out what is in sight and updating
// the pooled canvas objects (the renderer's Refresh): 2 000 initiatives
// (ours) against 20 (baseline), same window. A pass takes a few
// milliseconds, so the two are timed in turns, each iteration one pass of
// each, and the ratio of their sums is reported: the load of a shared
// machine weighs on both alike.
func BenchmarkRoadmapRender(b *testing.B) {
	ours, base := benchTimeline(b, 1986), benchTimeline(b, 6)
	pass := func(tl *Timeline) time.Duration {
		x0 := tl.Scroll().X
		t0 := time.Now()
		for s := range 300 {
			tl.scroll.X = x0 + float64(s%100*40)
			tl.r.Refresh()
		}
		tl.scroll.X = x0
		return time.Since(t0)
	}
	pass(ours) // the pools and the text widths warm up once per window
	pass(base)
	var o, bs time.Duration
	for b.Loop() {
		o += pass(ours)
		bs += pass(base)
	}
	b.ReportMetric(float64(o)/float64(bs), "ratio")
}

// BenchmarkRoadmapZoom changes the zoom through every level and back 30
// times, each change reframing the plan and redrawing the window: 2 000 initiatives
// (ours) against 20 (baseline).
func BenchmarkRoadmapZoom(b *testing.B) {
	for _, c := range []struct {
		name string
		n    int
	}{{"ours", 1986}, {"baseline", 6}} {
		b.Run(c.name, func(b *testing.B) {
			tl := benchTimeline(b, c.n)
			pass := func() {
				for range 30 {
					for _, z := range timeline.Zooms {
						tl.SetZoom(z)
					}
					for i := len(timeline.Zooms) - 1; i >= 0; i-- {
						tl.SetZoom(timeline.Zooms[i])
					}
				}
			}
			pass() // the pools and the text widths warm up once per window
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				pass()
			}
		})
	}
}
