// Package picture draws the roadmap as an image for slides: a title, a
// legend, the axis, every lane of the plan over a date range, bars with
// their names and progress, milestones, releases, dependency arrows and the
// today line. It draws the geometry of app/timeline with the Go fonts and
// golang.org/x/image, without Fyne, so the window's File ▸ Export and the
// command line make the same picture, headless and deterministic.
package picture

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"math"
	"strconv"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"canopy/app"
	"canopy/app/timeline"
	"canopy/assets/fonts"
)

// Options choose what to draw.
type Options struct {
	// Title heads the picture (the product's name, say); "" draws "Roadmap".
	Title string
	// From and To bound the range (To included). Zero values take the span
	// of the work, widened to whole months.
	From, To app.Date
	// Width is the picture's width in pixels; 0 takes DefaultWidth.
	Width int
	// FiscalYearStart is the month (1–12) the fiscal year starts in; with
	// Fiscal set, the axis shows fiscal quarters.
	FiscalYearStart int
	Fiscal          bool
	// Whiskers, if any, are the forecast drawn under the active
	// initiatives' bars (Plan.Whiskers of a forecast.Result's
	// Initiatives), as the window draws them; the subtitle says so.
	Whiskers []timeline.Whisker
}

// DefaultWidth fits a 1080p slide.
const DefaultWidth = 1920

// MaxWidth and MaxHeight bound the picture (a 16K screen) so a typo in the
// width cannot exhaust memory.
const (
	MaxWidth  = 16384
	MaxHeight = 32768
)

// WritePNG draws the plan and writes it to w as a PNG.
func WritePNG(w io.Writer, p *timeline.Plan, o Options) error {
	img, err := Render(p, o)
	if err != nil {
		return err
	}
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(w, img); err != nil {
		return fmt.Errorf("roadmap picture: %w", err)
	}
	return nil
}

// Zoom returns the zoom level whose units read well with days of width
// dayWidth (at scale 1, the default width): weeks when a week has room for "W14 · Apr 5", months when a month
// has room for its name, then quarters, then years.
func Zoom(dayWidth float64, fiscal bool) timeline.Zoom {
	switch {
	case dayWidth*7 >= 95:
		return timeline.Weeks
	case dayWidth*30 >= 42:
		return timeline.Months
	case dayWidth*91 >= 40:
		if fiscal {
			return timeline.FiscalQuarters
		}
		return timeline.Quarters
	}
	return timeline.Years
}

// painter holds the picture being drawn and its metrics.
type painter struct {
	img                       *image.RGBA
	s                         float64 // scale: 1 at DefaultWidth
	regular, bold, small, big font.Face
	ras                       *vector.Rasterizer
}

// Colours of the picture (a light page, for slides and print).
var (
	paper     = color.RGBA{0xff, 0xff, 0xff, 0xff}
	ink       = color.RGBA{0x21, 0x21, 0x21, 0xff}
	muted     = color.RGBA{0x61, 0x61, 0x61, 0xff}
	rule      = color.RGBA{0xe0, 0xe0, 0xe0, 0xff}
	band      = color.RGBA{0xf5, 0xf6, 0xf8, 0xff}
	headerBg  = color.RGBA{0xee, 0xf0, 0xf3, 0xff}
	milestone = timeline.MilestoneColor
	release   = timeline.ReleaseColor
)

// Render draws the plan over the options' range.
func Render(p *timeline.Plan, o Options) (*image.RGBA, error) {
	if o.Width == 0 {
		o.Width = DefaultWidth
	}
	if o.Width < 400 || o.Width > MaxWidth {
		return nil, fmt.Errorf("roadmap picture: width %d: want 400 to %d pixels", o.Width, MaxWidth)
	}
	if o.From.IsZero() || o.To.IsZero() {
		first, last := p.Span()
		cal := timeline.Calendar{Zoom: timeline.Months}
		if o.From.IsZero() {
			o.From = cal.UnitStart(first)
		}
		if o.To.IsZero() {
			o.To = cal.Add(cal.UnitStart(last), 1).AddDays(-1)
		}
	}
	if o.To.Before(o.From) {
		return nil, fmt.Errorf("roadmap picture: the range ends (%s) before it starts (%s)", o.To, o.From)
	}
	s := float64(o.Width) / DefaultWidth
	s = math.Max(0.8, math.Min(s, 3))
	pt, err := newPainter(s)
	if err != nil {
		return nil, err
	}
	margin := 32 * s
	laneW := math.Round(math.Min(300*s, float64(o.Width)*0.16))
	titleH, legendH := 64*s, 40*s
	majorH, minorH, markerH := 26*s, 24*s, 44*s // markers: a row of milestones over a row of releases
	headerH := majorH + minorH + markerH
	bodyX := margin + laneW
	bodyW := float64(o.Width) - bodyX - margin
	days := o.From.DaysUntil(o.To) + 1
	dayW := bodyW / float64(days)
	zoom := Zoom(dayW/s, o.Fiscal)
	f := p.Frame(timeline.Options{Zoom: zoom, FiscalYearStart: o.FiscalYearStart, From: o.From, To: o.To.AddDays(1),
		DayWidth: dayW, RowHeight: 34 * s, BarHeight: 26 * s, LanePad: 8 * s})
	bodyY := margin + titleH + legendH + headerH
	height := int(math.Ceil(bodyY + math.Max(f.Height, 60*s) + margin))
	if height > MaxHeight {
		return nil, fmt.Errorf("roadmap picture: %d lanes make it %d pixels high, more than %d", len(p.Lanes), height, MaxHeight)
	}
	pt.img = image.NewRGBA(image.Rect(0, 0, o.Width, height))
	draw.Draw(pt.img, pt.img.Bounds(), image.NewUniform(paper), image.Point{}, draw.Src)
	v := f.View(timeline.Rect{X: 0, Y: 0, W: f.Width, H: f.Height})
	X := func(x float64) float64 { return bodyX + x }
	Y := func(y float64) float64 { return bodyY + y }
	right := bodyX + bodyW

	// Title and range.
	title := o.Title
	if title == "" {
		title = "Roadmap"
	}
	pt.text(pt.big, margin, margin+34*s, title, ink)
	sub := o.From.Time().Format("January 2, 2006") + " – " + o.To.Time().Format("January 2, 2006") + " · " + zoom.String()
	if len(o.Whiskers) > 0 {
		sub += " · under an initiative, its forecast from P50 to P85 (red past its end)"
	}
	pt.text(pt.regular, margin, margin+58*s, sub, muted)
	pt.legend(margin, margin+titleH+24*s, float64(o.Width)-margin)

	// Lanes: bands, names, separators.
	top := margin + titleH + legendH
	for _, lb := range v.Lanes {
		if lb.Index%2 == 1 {
			pt.rect(margin, Y(lb.Y), right, Y(lb.Y+lb.H), band)
		}
		pt.rect(margin, Y(lb.Y+lb.H)-1, right, Y(lb.Y+lb.H), rule)
		name := pt.fit(pt.bold, p.Lanes[lb.Index].Name, laneW-16*s)
		pt.text(pt.bold, margin+10*s, Y(lb.Y)+8*s+pt.ascent(pt.bold), name, ink)
	}
	// Axis: majors above, ticks below, then the markers row.
	pt.rect(margin, top, right, top+headerH, headerBg)
	for _, mj := range v.Majors {
		x0, x1 := math.Max(X(mj.X), bodyX), math.Min(X(mj.X+mj.W), right)
		if x1 <= x0 {
			continue
		}
		pt.rect(X(mj.X), top, X(mj.X)+1, top+majorH, rule)
		if X(mj.X) >= bodyX {
			pt.rect(X(mj.X), bodyY, X(mj.X)+1, bodyY+f.Height, color.RGBA{0xbd, 0xbd, 0xbd, 0xff})
		}
		if label := pt.fit(pt.bold, mj.Label, x1-x0-12*s); label != "" {
			pt.text(pt.bold, x0+6*s, top+majorH-7*s, label, ink)
		}
	}
	for _, tk := range v.Ticks {
		x0, x1 := math.Max(X(tk.X), bodyX), math.Min(X(tk.X+tk.W), right)
		if X(tk.X) >= bodyX {
			pt.rect(X(tk.X), top+majorH, X(tk.X)+1, top+majorH+minorH, rule)
			pt.rect(X(tk.X), bodyY, X(tk.X)+1, bodyY+f.Height, rule)
		}
		if x1-x0 < 16*s {
			continue
		}
		if label := pt.fit(pt.small, tk.Label, x1-x0-8*s); label != "" {
			pt.text(pt.small, x0+4*s, top+majorH+minorH-7*s, label, muted)
		}
	}
	pt.rect(bodyX, top+majorH, right, top+majorH+1, rule)
	pt.rect(margin, bodyY-1, right, bodyY, rule)
	pt.rect(bodyX-1, top, bodyX, bodyY+f.Height, rule)

	// Marker lines, then arrows, then bars, then the labels above them.
	for _, m := range v.Markers {
		mk := &p.Markers[m.Index]
		c := withAlpha(milestone, 0x90)
		if mk.Kind == timeline.Release {
			c = withAlpha(release, 0x90)
		}
		pt.rect(X(m.X)-0.75*s, Y(m.Y), X(m.X)+0.75*s, Y(m.Y+m.H), c)
	}
	for _, a := range v.Arrows {
		c, w := color.Color(color.RGBA{0x75, 0x75, 0x75, 0xff}), 1.5*s
		if a.Late {
			c, w = timeline.LateColor, 2.5*s
		}
		for k := 1; k < len(a.Points); k++ {
			p0, p1 := a.Points[k-1], a.Points[k]
			x0, x1 := math.Max(math.Min(X(p0.X), X(p1.X)), bodyX), math.Min(math.Max(X(p0.X), X(p1.X)), right)
			y0, y1 := math.Min(Y(p0.Y), Y(p1.Y)), math.Max(Y(p0.Y), Y(p1.Y))
			if x1 < x0 {
				continue
			}
			pt.rect(x0-w/2, y0-w/2, x1+w/2, y1+w/2, c)
		}
		end := a.Points[len(a.Points)-1]
		if hx := X(end.X); hx > bodyX+7*s && hx <= right {
			pt.poly(c, hx, Y(end.Y), hx-8*s, Y(end.Y)-4.5*s, hx-8*s, Y(end.Y)+4.5*s)
		}
	}
	for _, bb := range v.Bars {
		b := &p.Bars[bb.Index]
		x0, x1 := math.Max(X(bb.X), bodyX), math.Min(X(bb.X+bb.W), right)
		if x1-x0 < 1 {
			x1 = x0 + 1
		}
		y0, y1 := Y(bb.Y), Y(bb.Y+bb.H)
		fill := color.Color(timeline.StatusColor(b.Status))
		if b.Late {
			fill = timeline.LateColor
		}
		pt.roundRect(x0, y0, x1, y1, math.Min(5*s, (x1-x0)/2), fill)
		if b.HasProgress && x1-x0 > 12*s {
			// Progress: a strip along the bottom, the done part lit.
			pt.rect(x0+4*s, y1-6*s, x1-4*s, y1-3*s, color.NRGBA{0, 0, 0, 0x50})
			pt.rect(x0+4*s, y1-6*s, x0+4*s+b.Progress*(x1-x0-8*s), y1-3*s, color.NRGBA{0xff, 0xff, 0xff, 0xe8})
		}
		if label := pt.fit(pt.regular, b.Name, x1-x0-14*s); label != "" {
			pt.text(pt.regular, x0+7*s, y0+(y1-y0)/2+pt.ascent(pt.regular)/2-2*s, label, color.White)
		}
	}
	drawWhiskers(pt, f, o.Whiskers, X, Y, bodyX, right)
	// Markers in their rows, labels where they do not run into the last
	// one of their row.
	lastRight := [2]float64{-1, -1}
	for _, m := range v.Markers {
		mk := &p.Markers[m.Index]
		x := X(m.X)
		row := 0
		my := top + majorH + minorH
		if mk.Kind == timeline.Milestone {
			pt.poly(milestone, x, my+4*s, x+6*s, my+10*s, x, my+16*s, x-6*s, my+10*s)
		} else {
			row = 1
			my += markerH / 2
			pt.rect(x-0.75*s, my+3*s, x+0.75*s, my+markerH/2-3*s, release)
			pt.rect(x, my+3*s, x+10*s, my+10*s, release)
		}
		lx := x + 10*s
		if lx < lastRight[row]+8*s {
			continue
		}
		label := pt.fit(pt.small, mk.Name, math.Min(260*s, right-lx))
		if label == "" {
			continue
		}
		pt.text(pt.small, lx, my+15*s, label, ink)
		lastRight[row] = lx + pt.measure(pt.small, label)
	}
	// Today.
	if v.HasToday {
		x := X(v.TodayX)
		pt.rect(x-1*s, top+majorH, x+1*s, bodyY+f.Height, withAlpha(timeline.LateColor, 0xd0))
		pt.text(pt.small, x+4*s, bodyY+f.Height+16*s, "Today", timeline.LateColor)
	}
	return pt.img, nil
}

// legend draws the colours of the statuses and the marker symbols.
func (pt *painter) legend(x, baseline, right float64) {
	s := pt.s
	item := func(c color.Color, label string, shape int) {
		w := 14 * s
		switch shape {
		case 0:
			pt.roundRect(x, baseline-11*s, x+w+6*s, baseline+1*s, 3*s, c)
			w += 6 * s
		case 1:
			pt.poly(c, x+6*s, baseline-12*s, x+12*s, baseline-6*s, x+6*s, baseline, x, baseline-6*s)
		case 2:
			pt.rect(x+1*s, baseline-12*s, x+2.5*s, baseline+1*s, c)
			pt.rect(x+2.5*s, baseline-12*s, x+12*s, baseline-5*s, c)
		case 3:
			pt.rect(x+5*s, baseline-13*s, x+7*s, baseline+2*s, c)
		}
		if x+w+8*s+pt.measure(pt.small, label) > right {
			return
		}
		pt.text(pt.small, x+w+6*s, baseline, label, ink)
		x += w + 6*s + pt.measure(pt.small, label) + 22*s
	}
	for _, st := range app.InitiativeStatuses {
		item(timeline.StatusColor(st), st.Title(), 0)
	}
	item(timeline.LateColor, "Starts before what it depends on ends", 0)
	item(milestone, "Milestone", 1)
	item(release, "Release", 2)
	item(timeline.LateColor, "Today", 3)
}

// newPainter makes a painter at scale s with the Go fonts, whose '-' is
// drawn as a short hyphen rather than their minus-wide one (see package
// assets/fonts).
func newPainter(s float64) (*painter, error) {
	parse := func(f fonts.Face) (*opentype.Font, error) {
		ttf, err := f.TTF()
		if err != nil {
			return nil, fmt.Errorf("roadmap picture: %w", err)
		}
		of, err := opentype.Parse(ttf)
		if err != nil {
			return nil, fmt.Errorf("roadmap picture: the %s font: %w", f, err)
		}
		return of, nil
	}
	reg, err := parse(fonts.Regular)
	if err != nil {
		return nil, err
	}
	bold, err := parse(fonts.Bold)
	if err != nil {
		return nil, err
	}
	face := func(f *opentype.Font, size float64) (font.Face, error) {
		return opentype.NewFace(f, &opentype.FaceOptions{Size: size * s, DPI: 72, Hinting: font.HintingFull})
	}
	pt := &painter{s: s, ras: vector.NewRasterizer(0, 0)}
	for _, f := range []struct {
		dst  *font.Face
		font *opentype.Font
		size float64
	}{{&pt.regular, reg, 15}, {&pt.bold, bold, 15}, {&pt.small, reg, 13}, {&pt.big, bold, 30}} {
		if *f.dst, err = face(f.font, f.size); err != nil {
			return nil, fmt.Errorf("roadmap picture: font: %w", err)
		}
	}
	return pt, nil
}

// rect fills the rectangle from (x0, y0) to (x1, y1), blending c over the
// picture, with antialiased edges.
func (pt *painter) rect(x0, y0, x1, y1 float64, c color.Color) {
	if x1 <= x0 || y1 <= y0 {
		return
	}
	pt.poly(c, x0, y0, x1, y0, x1, y1, x0, y1)
}

// roundRect fills a rectangle with round corners of radius r.
func (pt *painter) roundRect(x0, y0, x1, y1, r float64, c color.Color) {
	if x1 <= x0 || y1 <= y0 {
		return
	}
	r = math.Max(0, math.Min(r, math.Min((x1-x0)/2, (y1-y0)/2)))
	z := pt.begin(x0, y0, x1, y1)
	if z == nil {
		return
	}
	bx, by := z.Min.X, z.Min.Y
	f := func(x, y float64) (float32, float32) { return float32(x) - float32(bx), float32(y) - float32(by) }
	pt.ras.MoveTo(f(x0+r, y0))
	pt.ras.LineTo(f(x1-r, y0))
	qx, qy := f(x1, y0)
	ex, ey := f(x1, y0+r)
	pt.ras.QuadTo(qx, qy, ex, ey)
	pt.ras.LineTo(f(x1, y1-r))
	qx, qy = f(x1, y1)
	ex, ey = f(x1-r, y1)
	pt.ras.QuadTo(qx, qy, ex, ey)
	pt.ras.LineTo(f(x0+r, y1))
	qx, qy = f(x0, y1)
	ex, ey = f(x0, y1-r)
	pt.ras.QuadTo(qx, qy, ex, ey)
	pt.ras.LineTo(f(x0, y0+r))
	qx, qy = f(x0, y0)
	ex, ey = f(x0+r, y0)
	pt.ras.QuadTo(qx, qy, ex, ey)
	pt.ras.ClosePath()
	pt.ras.Draw(pt.img, *z, image.NewUniform(c), image.Point{})
}

// poly fills the polygon through the points (x, y pairs).
func (pt *painter) poly(c color.Color, xy ...float64) {
	x0, y0, x1, y1 := xy[0], xy[1], xy[0], xy[1]
	for i := 2; i < len(xy); i += 2 {
		x0, x1 = math.Min(x0, xy[i]), math.Max(x1, xy[i])
		y0, y1 = math.Min(y0, xy[i+1]), math.Max(y1, xy[i+1])
	}
	z := pt.begin(x0, y0, x1, y1)
	if z == nil {
		return
	}
	bx, by := float64(z.Min.X), float64(z.Min.Y)
	pt.ras.MoveTo(float32(xy[0]-bx), float32(xy[1]-by))
	for i := 2; i < len(xy); i += 2 {
		pt.ras.LineTo(float32(xy[i]-bx), float32(xy[i+1]-by))
	}
	pt.ras.ClosePath()
	pt.ras.Draw(pt.img, *z, image.NewUniform(c), image.Point{})
}

// begin readies the rasterizer for a shape in the box, returning the
// pixel rectangle it covers within the picture, or nil.
func (pt *painter) begin(x0, y0, x1, y1 float64) *image.Rectangle {
	z := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1)))
	if z.Empty() || !z.Overlaps(pt.img.Bounds()) {
		return nil
	}
	pt.ras.Reset(z.Dx(), z.Dy())
	pt.ras.DrawOp = draw.Over
	return &z
}

// text draws s with its baseline at y.
func (pt *painter) text(f font.Face, x, y float64, s string, c color.Color) {
	d := font.Drawer{Dst: pt.img, Src: image.NewUniform(c), Face: f,
		Dot: fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(y * 64)}}
	d.DrawString(s)
}

// measure returns the width of s.
func (pt *painter) measure(f font.Face, s string) float64 {
	return float64(font.MeasureString(f, s)) / 64
}

// ascent returns the height of capitals above the baseline.
func (pt *painter) ascent(f font.Face) float64 {
	return float64(f.Metrics().CapHeight) / 64
}

// fit returns s cut with an ellipsis to fit width, or "" when not even
// two letters fit.
func (pt *painter) fit(f font.Face, s string, width float64) string {
	if width <= 0 {
		return ""
	}
	if pt.measure(f, s) <= width {
		return s
	}
	rs := []rune(s)
	lo, hi := 0, len(rs)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if pt.measure(f, string(rs[:mid])+"…") <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo < 2 {
		return ""
	}
	return string(rs[:lo]) + "…"
}

// withAlpha returns c with the alpha a.
func withAlpha(c color.Color, a uint8) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}

// ParseWidth reads a width in pixels as the command line and the dialog
// take it.
func ParseWidth(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 400 || n > MaxWidth {
		return 0, fmt.Errorf("width %q: want a number of pixels from 400 to %d", s, MaxWidth)
	}
	return n, nil
}
