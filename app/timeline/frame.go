package timeline

import (
	"math"
	"sort"

	"canopy/app"
)

// Options scale a plan: the zoom level, the date range and the sizes of
// rows, in whatever unit the drawing uses (pixels on screen, points on paper).
type Options struct {
	Zoom Zoom
	// FiscalYearStart is the month (1–12) the fiscal year starts in.
	FiscalYearStart int
	// From and To bound the range shown (From included, To excluded). Zero
	// values take the plan's span, widened to whole units of the zoom.
	From, To app.Date
	// DayWidth is the width of one day; 0 takes the zoom's default.
	DayWidth float64
	// RowHeight is the height of one sub-row; BarHeight the height of a bar
	// within it; LanePad the space above and below a lane's sub-rows. Zero
	// values take 30, 22 and 6.
	RowHeight, BarHeight, LanePad float64
}

// Frame is a plan scaled by Options: every position in it is in the
// drawing's unit, x from the start of the range and y from the top of the
// first lane (the axis is drawn above, outside the frame). A frame is not
// safe for concurrent use: give each goroutine its own.
type Frame struct {
	Plan *Plan
	Opt  Options
	Cal  Calendar
	// Width and Height are the size of the whole timeline.
	Width, Height float64
	// laneY holds the top of each lane, then the bottom of the last.
	laneY []float64
	// labels caches the axis labels by unit start.
	labels map[app.Date]string
}

// Frame scales the plan. It costs one pass over the lanes, not the bars, so
// a zoom change is as cheap at 2 000 initiatives as at 20.
func (p *Plan) Frame(o Options) *Frame {
	cal := Calendar{Zoom: o.Zoom, FiscalYearStart: o.FiscalYearStart}
	if o.From.IsZero() || o.To.IsZero() {
		first, last := p.Span()
		if o.From.IsZero() {
			o.From = cal.UnitStart(first)
		}
		if o.To.IsZero() {
			o.To = cal.Add(cal.UnitStart(last), 1)
		}
	}
	if !o.From.Before(o.To) {
		o.To = cal.Add(o.From, 1)
	}
	if o.DayWidth <= 0 {
		o.DayWidth = o.Zoom.DayWidth()
	}
	if o.RowHeight <= 0 {
		o.RowHeight = 30
	}
	if o.BarHeight <= 0 || o.BarHeight > o.RowHeight {
		o.BarHeight = math.Min(22, o.RowHeight)
	}
	if o.LanePad <= 0 {
		o.LanePad = 6
	}
	f := &Frame{Plan: p, Opt: o, Cal: cal, labels: map[app.Date]string{}}
	f.Width = float64(o.From.DaysUntil(o.To)) * o.DayWidth
	y := 0.0
	f.laneY = make([]float64, len(p.Lanes)+1)
	for i, l := range p.Lanes {
		f.laneY[i] = y
		y += 2*o.LanePad + float64(l.Rows)*o.RowHeight
	}
	f.laneY[len(p.Lanes)] = y
	f.Height = y
	return f
}

// X returns the position of the start of day d.
func (f *Frame) X(d app.Date) float64 {
	return float64(f.Opt.From.DaysUntil(d)) * f.Opt.DayWidth
}

// DateAt returns the day at position x.
func (f *Frame) DateAt(x float64) app.Date {
	return f.Opt.From.AddDays(int(math.Floor(x / f.Opt.DayWidth)))
}

// LaneAt returns the lane at height y, or -1 above or below the lanes.
func (f *Frame) LaneAt(y float64) int {
	if y < 0 || y >= f.Height || len(f.Plan.Lanes) == 0 {
		return -1
	}
	return sort.Search(len(f.Plan.Lanes), func(i int) bool { return f.laneY[i+1] > y })
}

// LaneRect returns the band of lane i across the whole range.
func (f *Frame) LaneRect(i int) Rect {
	return Rect{X: 0, Y: f.laneY[i], W: f.Width, H: f.laneY[i+1] - f.laneY[i]}
}

// BarRect returns the rectangle of bar i: from the start of its first day
// to the end of its last.
func (f *Frame) BarRect(i int) Rect {
	b := &f.Plan.geo[i]
	x0, x1 := f.X(b.start), f.X(b.end.AddDays(1))
	y := f.laneY[b.lane] + f.Opt.LanePad + float64(b.row)*f.Opt.RowHeight + (f.Opt.RowHeight-f.Opt.BarHeight)/2
	return Rect{X: x0, Y: y, W: x1 - x0, H: f.Opt.BarHeight}
}

// BarAt returns the bar under point pt, or -1.
func (f *Frame) BarAt(pt Point) int {
	lane := f.LaneAt(pt.Y)
	if lane < 0 {
		return -1
	}
	l := &f.Plan.Lanes[lane]
	row := int(math.Floor((pt.Y - f.laneY[lane] - f.Opt.LanePad) / f.Opt.RowHeight))
	if row < 0 || row >= len(l.rows) {
		return -1
	}
	d := f.DateAt(pt.X)
	bars := l.rows[row]
	k := sort.Search(len(bars), func(k int) bool { return !f.Plan.geo[bars[k]].end.Before(d) })
	if k < len(bars) {
		i := bars[k]
		if r := f.BarRect(i); r.Contains(pt) {
			return i
		}
	}
	return -1
}

// Rect is an axis-aligned rectangle.
type Rect struct{ X, Y, W, H float64 }

// Point is a position.
type Point struct{ X, Y float64 }

// Contains reports whether pt lies in r.
func (r Rect) Contains(pt Point) bool {
	return pt.X >= r.X && pt.X < r.X+r.W && pt.Y >= r.Y && pt.Y < r.Y+r.H
}

// Overlaps reports whether r and s share any area.
func (r Rect) Overlaps(s Rect) bool {
	return r.X < s.X+s.W && s.X < r.X+r.W && r.Y < s.Y+s.H && s.Y < r.Y+r.H
}
