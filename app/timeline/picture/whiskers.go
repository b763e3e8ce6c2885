package picture

import (
	"image/color"
	"math"

	"canopy/app/timeline"
)

// drawWhiskers draws the forecast whiskers ws of frame f as the window
// does: under each bar, in the gap between rows, a faint lead from the
// bar's end to the P50 day, then a line to the end of the P85 day with a
// tick at each end, in ink or, past the bar's end, in the late colour. X and
// Y turn the frame's coordinates into the picture's; the lines stay
// between left and right.
func drawWhiskers(pt *painter, f *timeline.Frame, ws []timeline.Whisker, X, Y func(float64) float64, left, right float64) {
	if len(ws) == 0 {
		return
	}
	s := pt.s
	gap := f.Opt.RowHeight - f.Opt.BarHeight
	hline := func(x0, x1, y, w float64, c color.Color) {
		x0, x1 = math.Max(x0, left), math.Min(x1, right)
		if x1 > x0 {
			pt.rect(x0, y-w/2, x1, y+w/2, c)
		}
	}
	tick := func(x, y float64, c color.Color) {
		if x >= left && x <= right {
			pt.rect(x-1*s, y-gap/2+1*s, x+1*s, y+gap/2-1*s, c)
		}
	}
	for _, b := range f.WhiskersIn(timeline.Rect{X: 0, Y: 0, W: f.Width, H: f.Height}, ws, nil) {
		y := Y(b.Y+b.H) + gap/2 // b.Y+b.H is the bar's bottom
		c := color.Color(ink)
		if b.Late {
			c = timeline.LateColor
		}
		if b.HasLead {
			hline(X(b.LeadX0), X(b.LeadX), y, 1*s, withAlpha(ink, 0x70))
		}
		hline(X(b.X50), X(b.X85), y, 2*s, c)
		tick(X(b.X50)+1*s, y, c)
		tick(X(b.X85)-1*s, y, c)
	}
}
