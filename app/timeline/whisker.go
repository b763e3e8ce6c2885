package timeline

import (
	"cmp"
	"slices"

	"canopy/app"
	"canopy/app/forecast"
)

// Whisker is the forecast of a dated initiative drawn past its bar: from
// its P50 date to its P85 date (from app/forecast).
type Whisker struct {
	Bar      int // index in Plan.Bars
	P50, P85 app.Date
	// Late is set when the P85 date falls after the bar's last day: the
	// initiative will likely overrun its planned end.
	Late bool
}

// Whiskers returns the whiskers of the plan's bars that the forecasts give
// dates for (forecast.Result.Initiatives), in bar order. Initiatives that
// are undated, in the tray, or without a forecast get none.
func (p *Plan) Whiskers(fs []forecast.Forecast) []Whisker {
	var out []Whisker
	for _, f := range fs {
		i, ok := p.Bar(f.ID)
		if !ok || !f.OK() {
			continue
		}
		out = append(out, Whisker{Bar: i, P50: f.P50, P85: f.P85, Late: f.P85.After(p.Bars[i].End)})
	}
	slices.SortFunc(out, func(a, b Whisker) int { return cmp.Compare(a.Bar, b.Bar) })
	return out
}

// WhiskerBox is a whisker in sight, in the frame's coordinates: a line at
// height Y from X0 (the bar's end, or the P50 day if it falls before) to
// X85, the end of the P85 day, with ticks at X50 and X85; Lead is the part
// from the bar's end to the P50 day, drawn fainter.
type WhiskerBox struct {
	Index         int // in the whiskers given
	Bar           int // in Plan.Bars
	X0, X50, X85  float64
	Y, H          float64 // the bar's middle and the ticks' height
	Late          bool
	HasLead       bool
	LeadX0, LeadX float64
}

// WhiskersIn returns the whiskers ws that the viewport r shows, appended to
// dst. It costs one pass over ws: forecasts are made for the active
// initiatives, a few dozen, not for every bar.
func (f *Frame) WhiskersIn(r Rect, ws []Whisker, dst []WhiskerBox) []WhiskerBox {
	for k, w := range ws {
		bar := f.BarRect(w.Bar)
		end := bar.X + bar.W
		x50, x85 := f.X(w.P50), f.X(w.P85.AddDays(1))
		x0 := min(end, x50)
		box := WhiskerBox{Index: k, Bar: w.Bar, X0: x0, X50: x50, X85: x85,
			Y: bar.Y + bar.H/2, H: bar.H / 2, Late: w.Late}
		if x50 > end {
			box.HasLead, box.LeadX0, box.LeadX = true, end, x50
		}
		span := Rect{X: x0, Y: bar.Y, W: max(x85, end) - x0, H: bar.H}
		if span.Overlaps(r) {
			dst = append(dst, box)
		}
	}
	return dst
}
