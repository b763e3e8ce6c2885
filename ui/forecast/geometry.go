package forecast

import (
	"canopy/app"
	"canopy/app/forecast"
)

// box is a rectangle in a widget's coordinates.
type box struct{ X, Y, W, H float32 }

// rangeLayout is where a RangeBar draws a forecast in a w × h area: one
// column per week of the histogram, and the x of the marks.
type rangeLayout struct {
	cols                    []box
	x50, x85, x95, xPlanned float32
	hasPlanned              bool
}

// layoutRange lays out forecast f, which starts from today, in w × h. The
// days run from today to the later of the last week of the histogram and
// the planned date, plus a week, so the planned date is always in sight.
func layoutRange(f *forecast.Forecast, today app.Date, w, h float32) rangeLayout {
	var l rangeLayout
	if !f.OK() || w <= 0 || h <= 0 {
		return l
	}
	days := 7 * (len(f.Spread) + 1)
	if !f.Planned.IsZero() {
		days = max(days, today.DaysUntil(f.Planned)+7)
	}
	x := func(d app.Date) float32 { return w * float32(today.DaysUntil(d)) / float32(days) }
	peak := 0
	for _, c := range f.Spread {
		peak = max(peak, c)
	}
	colW := w * 7 / float32(days)
	for k, c := range f.Spread {
		if c == 0 {
			continue
		}
		ch := h * float32(c) / float32(peak)
		l.cols = append(l.cols, box{X: float32(k) * colW, Y: h - ch, W: max(colW-1, 1), H: ch})
	}
	l.x50, l.x85, l.x95 = x(f.P50), x(f.P85), x(f.P95)
	if !f.Planned.IsZero() {
		l.xPlanned, l.hasPlanned = max(x(f.Planned), 0), true
	}
	return l
}

// layoutSpark lays out weekly throughput in w × h: one column per week,
// zero weeks as a flat line one unit high so that they still read as weeks.
func layoutSpark(weeks []forecast.Week, w, h float32) []box {
	if len(weeks) == 0 || w <= 0 || h <= 0 {
		return nil
	}
	peak := 1
	for _, wk := range weeks {
		peak = max(peak, wk.Done)
	}
	colW := w / float32(len(weeks))
	out := make([]box, len(weeks))
	for i, wk := range weeks {
		ch := max(h*float32(wk.Done)/float32(peak), 1)
		out[i] = box{X: float32(i) * colW, Y: h - ch, W: max(colW-2, 1), H: ch}
	}
	return out
}
