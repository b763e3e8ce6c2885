package roadmap

import (
	"testing"

	"canopy/app"
	"canopy/app/sample"
	"canopy/app/timeline"
)

// benchEarlier returns the workspace benchTimeline builds, as it was
// before: the same generated initiatives, each tenth of them dated three
// weeks sooner, so that comparing shows a ghost with its slip for one bar
// in ten.
func benchEarlier(b *testing.B, n int) *app.Workspace {
	b.Helper()
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
	err = ws.Do(app.Func{Desc: "the earlier plan", Fn: func(tx *app.Tx) error {
		for i, in := range ws.Initiatives() {
			if i%10 != 0 || !in.Dated() {
				continue
			}
			was := *in
			was.Start, was.End = in.Start.AddDays(-21), in.End.AddDays(-21)
			if err := tx.Put(&was); err != nil {
				return err
			}
		}
		return nil
	}})
	if err != nil {
		b.Fatal(err)
	}
	return ws
}

// BenchmarkRoadmapCompare scrolls the timeline in compare mode as
// BenchmarkRoadmapRender does, drawing the ghosts in sight (one bar in ten
// slipped three weeks) with the bars: 2 000 initiatives (ours) against 20
// (baseline), same window.
func BenchmarkRoadmapCompare(b *testing.B) {
	for _, c := range []struct {
		name string
		n    int
	}{{"ours", 1986}, {"baseline", 6}} {
		b.Run(c.name, func(b *testing.B) {
			tl := benchTimeline(b, c.n)
			tl.SetCompare(benchEarlier(b, c.n))
			kinds := map[timeline.GhostKind]int{}
			for _, g := range tl.Ghosts() {
				kinds[g.Kind]++
			}
			b.Logf("%d bars, ghosts by kind %v", len(tl.Plan().Bars), kinds)
			if len(tl.Ghosts()) == 0 {
				b.Fatal("no ghosts to draw")
			}
			x0 := tl.Scroll().X
			pass := func() {
				for s := range 300 {
					tl.scroll.X = x0 + float64(s%100*40)
					tl.r.Refresh()
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
