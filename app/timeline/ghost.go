package timeline

import (
	"canopy/app"
	"canopy/app/diff"
)

// GhostKind says how an initiative on the roadmap differs from an earlier
// version of the plan, in compare mode.
type GhostKind int

// The kinds of ghost.
const (
	// GhostMoved: dated then and now, at other dates; a ghost bar marks the
	// old dates in the row of the bar now, with the slip.
	GhostMoved GhostKind = iota
	// GhostNew: not on the old roadmap (or undated then); the bar now is
	// marked new.
	GhostNew
	// GhostRemoved: on the old roadmap, gone from it now (deleted or
	// undated); an outline marks where it was.
	GhostRemoved
)

// Ghost is one initiative whose place on the roadmap changed since an
// earlier version of the plan.
type Ghost struct {
	Kind GhostKind
	ID   string
	Name string
	// Bar is the index in Plan.Bars of the bar now; -1 when removed.
	Bar int
	// Lane is the lane (index in Plan.Lanes) the ghost is drawn in: the
	// bar's, or a removed initiative's old lane; -1 when that lane is gone.
	Lane int
	// Start and End are the old dates (End included); zero when new.
	Start, End app.Date
	// Slip is how many days the end moved, later positive.
	Slip int
	// Label is what the ghost says: "+3 w", "−5 d", "new", "removed".
	Label string
}

// Ghosts compares the roadmap with the initiatives of old, an earlier
// version of the workspace: a ghost for each bar whose dates moved, each
// new bar and each initiative no longer on the roadmap; by bar, then the
// removed ones in old's order.
func (p *Plan) Ghosts(old *app.Workspace) []Ghost {
	var out []Ghost
	for i, b := range p.Bars {
		o, ok := old.Initiative(b.ID)
		switch {
		case !ok || !o.Dated():
			out = append(out, Ghost{Kind: GhostNew, ID: b.ID, Name: b.Name, Bar: i, Lane: b.Lane, Label: "new"})
		default:
			start, end := o.Start, o.End
			if end.Before(start) {
				start, end = end, start
			}
			if start == b.Start && end == b.End {
				continue
			}
			slip := end.DaysUntil(b.End)
			label := ""
			if slip != 0 {
				label = diff.Slip(slip)
			} else {
				label = diff.Slip(start.DaysUntil(b.Start)) + " start"
			}
			out = append(out, Ghost{Kind: GhostMoved, ID: b.ID, Name: b.Name, Bar: i, Lane: b.Lane, Start: start, End: end, Slip: slip, Label: label})
		}
	}
	for _, o := range old.Initiatives() {
		if !o.Dated() {
			continue
		}
		if _, ok := p.byID[o.ID]; ok {
			continue
		}
		lane := -1
		for i, l := range p.Lanes {
			if l.ID == o.Lane && l.Name != NoLane {
				lane = i
			}
		}
		start, end := o.Start, o.End
		if end.Before(start) {
			start, end = end, start
		}
		out = append(out, Ghost{Kind: GhostRemoved, ID: o.ID, Name: o.Name, Bar: -1, Lane: lane, Start: start, End: end, Label: "removed"})
	}
	return out
}

// GhostRect returns where ghost g is drawn in the frame: a moved one at its
// old dates in the row of its bar now, a new one over its bar, a removed
// one at its old dates in the first row of its old lane. It returns false
// for a removed initiative whose lane is gone.
func (f *Frame) GhostRect(g Ghost) (Rect, bool) {
	switch g.Kind {
	case GhostNew:
		return f.BarRect(g.Bar), true
	case GhostMoved:
		r := f.BarRect(g.Bar)
		x0, x1 := f.X(g.Start), f.X(g.End.AddDays(1))
		return Rect{X: x0, Y: r.Y, W: x1 - x0, H: r.H}, true
	}
	if g.Lane < 0 || g.Lane >= len(f.Plan.Lanes) {
		return Rect{}, false
	}
	x0, x1 := f.X(g.Start), f.X(g.End.AddDays(1))
	y := f.laneY[g.Lane] + f.Opt.LanePad + (f.Opt.RowHeight-f.Opt.BarHeight)/2
	return Rect{X: x0, Y: y, W: x1 - x0, H: f.Opt.BarHeight}, true
}

// GhostLabelAt returns where ghost g's label starts: just right of the
// later end of the ghost and the bar now, on the bar's middle line.
func (f *Frame) GhostLabelAt(g Ghost) (Point, bool) {
	r, ok := f.GhostRect(g)
	if !ok {
		return Point{}, false
	}
	right := r.X + r.W
	if g.Bar >= 0 {
		b := f.BarRect(g.Bar)
		right = max(right, b.X+b.W)
	}
	return Point{X: right + 4, Y: r.Y + r.H/2}, true
}
