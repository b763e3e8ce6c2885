package timeline

import (
	"math"
	"sort"

	"canopy/app"
)

// View is what a viewport of a frame shows, in the frame's coordinates.
type View struct {
	// Rect is the viewport.
	Rect Rect
	// Ticks are the unit boundaries (weeks, months, quarters or years) that
	// fall in the viewport, with labels; W is the width to the next tick.
	Ticks []Tick
	// Majors are the larger units above them (months over weeks, years over
	// months and quarters, fiscal years, decades); the first may start left
	// of the viewport, and its label should stick to the viewport's edge.
	Majors []Tick
	// Lanes are the lane bands in sight.
	Lanes []LaneBand
	// Bars are the bars in sight, by lane, sub-row and start.
	Bars []BarBox
	// Markers are the milestones and releases in sight, by date.
	Markers []MarkerBox
	// Arrows are the dependency arrows crossing the viewport.
	Arrows []ArrowPath
	// TodayX is the x of the today line; HasToday is false when today is out
	// of the viewport.
	TodayX   float64
	HasToday bool

	// points backs the arrows' Points.
	points []Point
	// seen marks, per arrow of the plan, the call of ViewInto (stamp) that
	// looked at it last: an arrow is listed in every lane it crosses, and is
	// looked at once per call. Like points, it is not to be shared by copies
	// of a View that are filled in turn.
	seen  []uint32
	stamp uint32
}

// Tick is a unit boundary on the axis.
type Tick struct {
	Date  app.Date
	X, W  float64
	Label string
}

// LaneBand is a lane in sight.
type LaneBand struct {
	Index int // in Plan.Lanes
	Name  string
	Y, H  float64
}

// BarBox is a bar in sight.
type BarBox struct {
	Index int // in Plan.Bars
	Rect
}

// MarkerBox is a marker in sight: a vertical line at X from Y to Y+H.
type MarkerBox struct {
	Index int // in Plan.Markers
	X     float64
	Y, H  float64
}

// ArrowPath is a dependency arrow: an orthogonal route from the end of the
// bar depended on to the start of the dependant; the head is at the last
// point, pointing right.
type ArrowPath struct {
	Index  int // in Plan.Arrows
	Points []Point
	Late   bool
}

// arrowGap is how far an arrow leaves a bar before it turns.
const arrowGap = 8

// View returns what the viewport r shows. The work it does grows with what
// is in sight, not with the size of the plan.
func (f *Frame) View(r Rect) View {
	var v View
	f.ViewInto(r, &v)
	return v
}

// ViewInto is View writing into v, reusing its slices: a widget that redraws
// on every scroll step keeps one View and allocates nothing once it is warm.
func (f *Frame) ViewInto(r Rect, v *View) {
	v.Rect = r
	v.Ticks, v.Majors, v.Lanes, v.Bars, v.Markers, v.Arrows = v.Ticks[:0], v.Majors[:0], v.Lanes[:0], v.Bars[:0], v.Markers[:0], v.Arrows[:0]
	v.points = v.points[:0]
	v.TodayX, v.HasToday = 0, false
	p := f.Plan
	d0, d1 := f.DateAt(r.X), f.DateAt(r.X+r.W)
	// Axis.
	for d := f.Cal.UnitStart(d0); !d.After(d1); d = f.Cal.Add(d, 1) {
		next := f.Cal.Add(d, 1)
		label, ok := f.labels[d]
		if !ok {
			label = f.Cal.minorLabel(d)
			f.labels[d] = label
		}
		v.Ticks = append(v.Ticks, Tick{Date: d, X: f.X(d), W: f.X(next) - f.X(d), Label: label})
	}
	for d := d0; !d.After(d1); {
		start, next, label := f.Cal.major(d)
		v.Majors = append(v.Majors, Tick{Date: start, X: f.X(start), W: f.X(next) - f.X(start), Label: label})
		d = next
	}
	// Lanes and bars.
	if len(p.Lanes) > 0 {
		first := f.LaneAt(math.Max(r.Y, 0))
		if r.Y < 0 && r.Y+r.H > 0 {
			first = 0
		}
		for li := first; li >= 0 && li < len(p.Lanes) && f.laneY[li] < r.Y+r.H; li++ {
			v.Lanes = append(v.Lanes, LaneBand{Index: li, Name: p.Lanes[li].Name, Y: f.laneY[li], H: f.laneY[li+1] - f.laneY[li]})
			for row, bars := range p.Lanes[li].rows {
				top := f.laneY[li] + f.Opt.LanePad + float64(row)*f.Opt.RowHeight
				if top >= r.Y+r.H || top+f.Opt.RowHeight <= r.Y {
					continue
				}
				// The bars of a sub-row share their y: BarRect, worked out
				// here once per row, not per bar.
				y := top + (f.Opt.RowHeight-f.Opt.BarHeight)/2
				if !(y < r.Y+r.H && r.Y < y+f.Opt.BarHeight) {
					continue
				}
				k := sort.Search(len(bars), func(k int) bool { return !p.geo[bars[k]].end.Before(d0) })
				// In locals, not through v: the loop keeps them in
				// registers.
				out, from, dw, x1, h := v.Bars, f.Opt.From, f.Opt.DayWidth, r.X+r.W, f.Opt.BarHeight
				for _, i := range bars[k:] {
					b := &p.geo[i]
					if b.start.After(d1) {
						break
					}
					x0 := float64(from.DaysUntil(b.start)) * dw
					w := float64(from.DaysUntil(b.end.AddDays(1)))*dw - x0
					if x0 < x1 && r.X < x0+w {
						out = append(out, BarBox{Index: i, Rect: Rect{X: x0, Y: y, W: w, H: h}})
					}
				}
				v.Bars = out
			}
		}
	}
	// Markers.
	k := sort.Search(len(p.Markers), func(k int) bool { return !p.Markers[k].Date.Before(d0) })
	for ; k < len(p.Markers) && !p.Markers[k].Date.After(d1); k++ {
		m := &p.Markers[k]
		x := f.X(m.Date) + f.Opt.DayWidth/2
		y, h := 0.0, f.Height
		if m.Lane >= 0 {
			y, h = f.laneY[m.Lane], f.laneY[m.Lane+1]-f.laneY[m.Lane]
		}
		if x >= r.X && x <= r.X+r.W && y < r.Y+r.H && y+h > r.Y {
			v.Markers = append(v.Markers, MarkerBox{Index: k, X: x, Y: y, H: h})
		}
	}
	// Arrows: those indexed near the date range, a cheap bounding-box test,
	// then the route of those in sight.
	if len(p.Arrows) > 0 {
		slack := int(math.Ceil(arrowGap/f.Opt.DayWidth)) + 1
		a0, a1 := d0.AddDays(-slack), d1.AddDays(slack)
		lane0, lane1 := 0, len(p.Lanes)-1
		if len(v.Lanes) > 0 {
			lane0, lane1 = v.Lanes[0].Index, v.Lanes[len(v.Lanes)-1].Index
		}
		c0, c1 := p.cell(a0), p.cell(a1)
		if len(v.seen) != len(p.Arrows) {
			v.seen, v.stamp = make([]uint32, len(p.Arrows)), 0
		}
		if v.stamp++; v.stamp == 0 { // wrapped: forget the old marks
			clear(v.seen)
			v.stamp = 1
		}
		for l := lane0; l <= lane1; l++ {
			// The arrows that cross the first cell, then those that start
			// in each cell after it: each arrow near the view once per lane,
			// however many cells it spans.
			for c := c0; c <= c1; c++ {
				cell := p.arrowStarts[l*p.cells+c]
				if c == c0 {
					cell = p.arrowCells[l*p.cells+c]
				}
				for _, i := range cell {
					// Visit an arrow once: in the first lane of the view it is in.
					if v.seen[i] == v.stamp {
						continue
					}
					v.seen[i] = v.stamp
					sp := &p.arrowSpan[i]
					if sp.last.Before(a0) || sp.first.After(a1) {
						continue
					}
					a := p.Arrows[i]
					n := len(v.points)
					var ok bool
					if v.points, ok = f.routeIn(v.points, a, &r); !ok {
						continue
					}
					pts := v.points[n:len(v.points):len(v.points)]
					v.Arrows = append(v.Arrows, ArrowPath{Index: int(i), Points: pts, Late: a.Late})
				}
			}
		}
	}
	if t := f.X(p.Today) + f.Opt.DayWidth/2; !p.Today.IsZero() && t >= r.X && t <= r.X+r.W {
		v.TodayX, v.HasToday = t, true
	}
}

// route appends to buf the orthogonal path of arrow a: out of the right end of the
// bar depended on, into the left end of the dependant. When the dependant
// starts too early for a straight elbow, the path runs back along the gap
// between sub-rows.
func (f *Frame) route(buf []Point, a Arrow) []Point {
	buf, _ = f.routeIn(buf, a, nil)
	return buf
}

// routeIn is route when r is nil; else it appends the path only when the
// arrow overlaps *r, and tells whether it does, without building the path
// first: the box it tests is bounds of the path, from the path's ends.
func (f *Frame) routeIn(buf []Point, a Arrow, r *Rect) ([]Point, bool) {
	// The two bars' rectangles, as BarRect gives them, worked out inline:
	// this runs per arrow near the view.
	fb, tb := &f.Plan.geo[a.From], &f.Plan.geo[a.To]
	fx0 := f.X(fb.start)
	fy := f.laneY[fb.lane] + f.Opt.LanePad + float64(fb.row)*f.Opt.RowHeight + (f.Opt.RowHeight-f.Opt.BarHeight)/2
	to := Rect{X: f.X(tb.start), Y: f.laneY[tb.lane] + f.Opt.LanePad + float64(tb.row)*f.Opt.RowHeight + (f.Opt.RowHeight-f.Opt.BarHeight)/2, H: f.Opt.BarHeight}
	sx, sy := fx0+(f.X(fb.end.AddDays(1))-fx0), fy+f.Opt.BarHeight/2
	ex, ey := to.X, to.Y+to.H/2
	// The route's extent: forward, from sx to ex (an elbow lies between),
	// between sy and ey; back, from ex-arrowGap to sx+arrowGap, through the
	// gap between the rows as well.
	x0, x1 := sx, ex
	y0, y1 := sy, ey
	if y1 < y0 {
		y0, y1 = y1, y0
	}
	var gapY float64
	if ex <= sx {
		// Back between the rows: just above the dependant when it is
		// lower, just below it when it is higher.
		gapY = to.Y - (f.Opt.RowHeight-f.Opt.BarHeight)/2
		if ey < sy {
			gapY = to.Y + to.H + (f.Opt.RowHeight-f.Opt.BarHeight)/2
		}
		x0, x1 = ex-arrowGap, sx+arrowGap
		if gapY < y0 {
			y0 = gapY
		} else if gapY > y1 {
			y1 = gapY
		}
	}
	if r != nil && !(Rect{X: x0 - 1, Y: y0 - arrowGap/2, W: x1 - x0 + 2, H: y1 - y0 + arrowGap}).Overlaps(*r) {
		return buf, false
	}
	if ex > sx {
		if math.Abs(ey-sy) < 0.5 {
			return append(buf, Point{sx, sy}, Point{ex, ey}), true
		}
		// The elbow: arrowGap before the dependant, or halfway when the
		// bars are closer (a plain comparison: no NaNs here).
		mx := (sx + ex) / 2
		if ex-arrowGap > mx {
			mx = ex - arrowGap
		}
		return append(buf, Point{sx, sy}, Point{mx, sy}, Point{mx, ey}, Point{ex, ey}), true
	}
	return append(buf, Point{sx, sy}, Point{sx + arrowGap, sy}, Point{sx + arrowGap, gapY}, Point{ex - arrowGap, gapY}, Point{ex - arrowGap, ey}, Point{ex, ey}), true
}

// bounds returns the smallest rectangle holding the points, widened by the
// arrow head.
func bounds(pts []Point) Rect {
	// Plain comparisons, not math.Min and Max: the points are never NaN,
	// and this runs per arrow near the viewport.
	x0, y0, x1, y1 := pts[0].X, pts[0].Y, pts[0].X, pts[0].Y
	for _, pt := range pts[1:] {
		if pt.X < x0 {
			x0 = pt.X
		} else if pt.X > x1 {
			x1 = pt.X
		}
		if pt.Y < y0 {
			y0 = pt.Y
		} else if pt.Y > y1 {
			y1 = pt.Y
		}
	}
	return Rect{X: x0 - 1, Y: y0 - arrowGap/2, W: x1 - x0 + 2, H: y1 - y0 + arrowGap}
}
