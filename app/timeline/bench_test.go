package timeline

import (
	"sync"
	"testing"
)

// The plans of the benchmarks: the sample with 6 generated initiatives (20
// in all) and with 1 986 (2 000 in all).
var (
	benchOnce            sync.Once
	benchSmall, benchBig *Plan
)

func benchPlans(b *testing.B) (small, big *Plan) {
	benchOnce.Do(func() {
		benchSmall, benchBig = bigPlan(b, 6), bigPlan(b, 1986)
	})
	return benchSmall, benchBig
}

// viewport is a 1 200 × 700 window whose left edge is 60 days before today.
func viewport(f *Frame, dx float64) Rect {
	return Rect{X: f.X(f.Plan.Today.AddDays(-60)) + dx, Y: 0, W: 1200, H: 700}
}

// BenchmarkTimelineView scrolls a window across the roadmap ten times, 100
// steps of 40 px, laying out what each step shows: 2 000 initiatives (ours) against 20
// (baseline), same window.
func BenchmarkTimelineView(b *testing.B) {
	small, big := benchPlans(b)
	for _, c := range []struct {
		name string
		p    *Plan
	}{{"ours", big}, {"baseline", small}} {
		b.Run(c.name, func(b *testing.B) {
			f := c.p.Frame(Options{Zoom: Months})
			var v View
			b.ReportAllocs()
			for b.Loop() {
				for range 10 {
					for s := range 100 {
						f.ViewInto(viewport(f, float64(s*40)), &v)
					}
				}
			}
		})
	}
}

// BenchmarkTimelineZoom changes the zoom through every level, 200 times,
// laying out the same window each time: 2 000 initiatives (ours) against 20
// (baseline).
func BenchmarkTimelineZoom(b *testing.B) {
	small, big := benchPlans(b)
	for _, c := range []struct {
		name string
		p    *Plan
	}{{"ours", big}, {"baseline", small}} {
		b.Run(c.name, func(b *testing.B) {
			var v View
			b.ReportAllocs()
			for b.Loop() {
				for range 200 {
					for _, z := range Zooms {
						f := c.p.Frame(Options{Zoom: z, FiscalYearStart: 4})
						f.ViewInto(viewport(f, 0), &v)
					}
				}
			}
		})
	}
}

// BenchmarkTimelinePlan measures the plan's rebuild after a change of the
// workspace, at 2 000 initiatives and 20 (no target: it runs once per edit,
// not per frame).
func BenchmarkTimelinePlan(b *testing.B) {
	for _, n := range []struct {
		name string
		gen  int
	}{{"2000", 1986}, {"20", 6}} {
		b.Run(n.name, func(b *testing.B) {
			ws := benchWorkspace(b, n.gen)
			b.ResetTimer()
			for b.Loop() {
				_ = NewPlan(ws, today)
			}
		})
	}
}
