package timeline

import (
	"math"
	"testing"

	"canopy/app"
)

func TestGhosts(t *testing.T) {
	oldWS := workspace(t, lane("a", 1), lane("b", 2),
		bar("slipped", "a", "01-04", "01-31"),
		bar("early", "a", "02-01", "02-28"),
		bar("same", "b", "01-04", "03-31"),
		bar("gone", "b", "04-05", "04-30"),
		bar("undated-now", "a", "05-03", "05-28"),
	)
	undated := bar("undated-now", "a", "05-03", "05-28")
	undated.Start, undated.End = app.Date{}, app.Date{}
	newWS := workspace(t, lane("a", 1), lane("b", 2),
		bar("slipped", "a", "01-04", "02-21"),
		bar("early", "a", "01-25", "02-28"),
		bar("same", "b", "01-04", "03-31"),
		bar("added", "b", "06-07", "06-30"),
		undated,
	)
	p := NewPlan(newWS, today)
	ghosts := p.Ghosts(oldWS)
	want := map[string]struct {
		kind  GhostKind
		label string
		slip  int
	}{
		"slipped":     {GhostMoved, "+3 w", 21},
		"early":       {GhostMoved, "−7 d start", 0},
		"added":       {GhostNew, "new", 0},
		"gone":        {GhostRemoved, "removed", 0},
		"undated-now": {GhostRemoved, "removed", 0},
	}
	if len(ghosts) != len(want) {
		t.Fatalf("%d ghosts, want %d: %+v", len(ghosts), len(want), ghosts)
	}
	f := p.Frame(Options{Zoom: Months})
	for _, g := range ghosts {
		w, ok := want[g.ID]
		if !ok || g.Kind != w.kind || g.Label != w.label || g.Slip != w.slip {
			t.Errorf("ghost %+v, want %+v", g, w)
			continue
		}
		r, ok := f.GhostRect(g)
		if !ok {
			t.Errorf("%s: no place", g.ID)
			continue
		}
		switch g.Kind {
		case GhostMoved:
			bar := f.BarRect(barIndex(t, p, g.ID))
			if r.Y != bar.Y || r.H != bar.H || r.X != f.X(g.Start) || math.Abs(r.X+r.W-f.X(g.End.AddDays(1))) > 1e-9 {
				t.Errorf("%s: ghost %+v, bar %+v: want the old dates in the bar's row", g.ID, r, bar)
			}
			at, _ := f.GhostLabelAt(g)
			if at.X <= max(r.X+r.W, bar.X+bar.W) {
				t.Errorf("%s: label at %v overlaps the bars", g.ID, at)
			}
		case GhostNew:
			if r != f.BarRect(g.Bar) {
				t.Errorf("%s: a new bar's mark is not over the bar", g.ID)
			}
		case GhostRemoved:
			lr := f.LaneRect(g.Lane)
			if r.Y < lr.Y || r.Y+r.H > lr.Y+lr.H || r.X != f.X(g.Start) {
				t.Errorf("%s: outline %+v outside its old lane %+v", g.ID, r, lr)
			}
		}
	}
}
