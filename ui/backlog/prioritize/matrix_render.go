package prioritize

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"canopy/app"
)

// quadrants lists the quadrants in the order of the renderer's rectangles.
var quadrants = []app.Quadrant{app.QuickWins, app.BigBets, app.FillIns, app.MoneyPits}

var quadrantTitles = map[app.Quadrant]string{
	app.QuickWins: "Quick wins",
	app.BigBets:   "Big bets",
	app.FillIns:   "Fill-ins",
	app.MoneyPits: "Money pits",
}

var quadrantFills = map[app.Quadrant]color.NRGBA{
	app.QuickWins: {R: 0x4c, G: 0xaf, B: 0x50, A: 0x30},
	app.BigBets:   {R: 0x21, G: 0x96, B: 0xf3, A: 0x24},
	app.FillIns:   {R: 0x9e, G: 0x9e, B: 0x9e, A: 0x20},
	app.MoneyPits: {R: 0xf4, G: 0x43, B: 0x36, A: 0x24},
}

// chartRenderer draws a chart with a fixed set of canvas objects, whatever
// the number of points: the dots are painted into one raster.
type chartRenderer struct {
	c        *chart
	quads    [4]*canvas.Rectangle
	qLabels  [4]*canvas.Text
	xAxis    *canvas.Line
	yAxis    *canvas.Line
	xTicks   [10]*canvas.Line
	yTicks   [10]*canvas.Line
	xNums    [10]*canvas.Text
	yNums    [10]*canvas.Text
	xTitle   *canvas.Text
	yTitle   *canvas.Text
	dots     *canvas.Raster
	ring     *canvas.Circle
	tipBg    *canvas.Rectangle
	tip      *canvas.Text
	objects  []fyne.CanvasObject
	drawn    int // chart version the raster shows
	drawnFor fyne.Size
}

var _ fyne.WidgetRenderer = (*chartRenderer)(nil)

// CreateRenderer builds the chart's canvas objects once.
func (c *chart) CreateRenderer() fyne.WidgetRenderer {
	r := &chartRenderer{c: c, drawn: -1}
	for i, q := range quadrants {
		r.quads[i] = canvas.NewRectangle(quadrantFills[q])
		r.qLabels[i] = canvas.NewText(quadrantTitles[q], color.Black)
		r.qLabels[i].TextStyle.Bold = true
		r.objects = append(r.objects, r.quads[i])
	}
	r.xAxis, r.yAxis = canvas.NewLine(color.Black), canvas.NewLine(color.Black)
	r.objects = append(r.objects, r.xAxis, r.yAxis)
	for i := range 10 {
		r.xTicks[i], r.yTicks[i] = canvas.NewLine(color.Black), canvas.NewLine(color.Black)
		r.xNums[i], r.yNums[i] = canvas.NewText(fmt.Sprint(i+1), color.Black), canvas.NewText(fmt.Sprint(i+1), color.Black)
		r.xNums[i].Alignment, r.yNums[i].Alignment = fyne.TextAlignCenter, fyne.TextAlignTrailing
		r.objects = append(r.objects, r.xTicks[i], r.yTicks[i], r.xNums[i], r.yNums[i])
	}
	r.xTitle = canvas.NewText("Effort →", color.Black)
	r.xTitle.Alignment = fyne.TextAlignCenter
	r.yTitle = canvas.NewText("Value ↑", color.Black)
	r.dots = canvas.NewRaster(r.paint)
	r.ring = canvas.NewCircle(color.Transparent)
	r.ring.StrokeWidth = 2
	r.tipBg = canvas.NewRectangle(color.Black)
	r.tipBg.CornerRadius = 4
	r.tip = canvas.NewText("", color.White)
	r.objects = append(r.objects, r.xTitle, r.yTitle, r.dots)
	// The quadrants' names over the dots, which a large backlog piles into
	// the corners.
	for i := range quadrants {
		r.objects = append(r.objects, r.qLabels[i])
	}
	r.objects = append(r.objects, r.ring, r.tipBg, r.tip)
	r.applyTheme()
	return r
}

func (r *chartRenderer) applyTheme() {
	fg := theme.Color(theme.ColorNameForeground)
	for _, t := range r.qLabels {
		t.Color = fg
	}
	for i := range 10 {
		r.xTicks[i].StrokeColor, r.yTicks[i].StrokeColor = fg, fg
		r.xNums[i].Color, r.yNums[i].Color = fg, fg
		r.xNums[i].TextSize, r.yNums[i].TextSize = theme.CaptionTextSize(), theme.CaptionTextSize()
	}
	r.xAxis.StrokeColor, r.yAxis.StrokeColor = fg, fg
	r.xTitle.Color, r.yTitle.Color = fg, fg
	r.ring.StrokeColor = fg
	r.tipBg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	r.tipBg.StrokeColor = theme.Color(theme.ColorNameShadow)
	r.tipBg.StrokeWidth = 1
	r.tip.Color = fg
}

// Layout places the axes, quadrants and labels for the chart's size.
func (r *chartRenderer) Layout(size fyne.Size) {
	o, a := plot(size)
	for i, q := range quadrants {
		pos, sz := quadrantRect(size, q)
		r.quads[i].Move(pos)
		r.quads[i].Resize(sz)
		l := r.qLabels[i]
		ls := l.MinSize()
		x := pos.X + 6
		if q == app.BigBets || q == app.MoneyPits {
			x = pos.X + sz.Width - ls.Width - 6
		}
		y := pos.Y + 4
		if q == app.FillIns || q == app.MoneyPits {
			y = pos.Y + sz.Height - ls.Height - 4
		}
		l.Move(fyne.NewPos(x, y))
		l.Resize(ls)
	}
	bottom := o.Y + a.Height
	r.xAxis.Position1, r.xAxis.Position2 = fyne.NewPos(o.X, bottom), fyne.NewPos(o.X+a.Width, bottom)
	r.yAxis.Position1, r.yAxis.Position2 = fyne.NewPos(o.X, o.Y), fyne.NewPos(o.X, bottom)
	for i := range 10 {
		v := float32(i + 1)
		p := toScreen(size, v, v)
		r.xTicks[i].Position1, r.xTicks[i].Position2 = fyne.NewPos(p.X, bottom), fyne.NewPos(p.X, bottom+5)
		r.yTicks[i].Position1, r.yTicks[i].Position2 = fyne.NewPos(o.X-5, p.Y), fyne.NewPos(o.X, p.Y)
		xs := r.xNums[i].MinSize()
		r.xNums[i].Move(fyne.NewPos(p.X-xs.Width/2, bottom+6))
		r.xNums[i].Resize(xs)
		ys := r.yNums[i].MinSize()
		r.yNums[i].Move(fyne.NewPos(o.X-8-ys.Width, p.Y-ys.Height/2))
		r.yNums[i].Resize(ys)
	}
	ts := r.xTitle.MinSize()
	r.xTitle.Move(fyne.NewPos(o.X+a.Width/2-ts.Width/2, bottom+22))
	r.xTitle.Resize(ts)
	// The value title sits above the value axis.
	ys := r.yTitle.MinSize()
	r.yTitle.Move(fyne.NewPos(max(o.X-ys.Width/2, 0), o.Y-ys.Height-4))
	r.yTitle.Resize(ys)
	r.dots.Move(fyne.NewPos(0, 0))
	r.dots.Resize(size)
	r.layoutHover(size)
}

// layoutHover places the ring and the label of the hovered point.
func (r *chartRenderer) layoutHover(size fyne.Size) {
	c := r.c
	if c.hover < 0 || c.hover >= len(c.pts) {
		r.ring.Hide()
		r.tipBg.Hide()
		r.tip.Hide()
		return
	}
	p := c.pts[c.hover]
	s := toScreen(size, p.x, p.y)
	const rr = dotRadius + 3
	r.ring.Move(fyne.NewPos(s.X-rr, s.Y-rr))
	r.ring.Resize(fyne.NewSize(2*rr, 2*rr))
	r.tip.Text = c.hoverText(c.hover)
	ts := r.tip.MinSize()
	pad := float32(6)
	w, h := ts.Width+2*pad, ts.Height+2*pad/2
	x := clamp(s.X+10, 0, size.Width-w)
	y := s.Y - h - 8
	if y < 0 {
		y = s.Y + 10
	}
	r.tipBg.Move(fyne.NewPos(x, y))
	r.tipBg.Resize(fyne.NewSize(w, h))
	r.tip.Move(fyne.NewPos(x+pad, y+pad/2))
	r.tip.Resize(ts)
	r.ring.Show()
	r.tipBg.Show()
	r.tip.Show()
}

// MinSize leaves the plot about 80 px between its margins: on a window of
// 800×600, under the header and the backlog's filters, the chart takes
// what is left instead of making the window taller; larger, it grows.
func (r *chartRenderer) MinSize() fyne.Size {
	return fyne.NewSize(320, marginTop+marginBottom+80)
}

// Refresh redraws the dots only when the points or the size changed; a
// hover only moves the ring and the label.
func (r *chartRenderer) Refresh() {
	r.applyTheme()
	size := r.c.Size()
	r.Layout(size)
	if r.drawn != r.c.version || r.drawnFor != size {
		r.drawn, r.drawnFor = r.c.version, size
		r.dots.Refresh()
	}
	for _, o := range r.objects {
		if o != r.dots {
			o.Refresh()
		}
	}
}

// Objects returns the fixed set of canvas objects.
func (r *chartRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Destroy has nothing to release.
func (r *chartRenderer) Destroy() {}

// paint draws every point as an anti-aliased disc with a darker rim into an
// image of w×h pixels; points outside the image are skipped.
func (r *chartRenderer) paint(w, h int) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	size := r.c.Size()
	if size.Width <= 0 || size.Height <= 0 || w <= 0 || h <= 0 {
		return img
	}
	scale := float64(w) / float64(size.Width)
	rad := dotRadius * scale
	rim := math.Max(1, scale)
	for _, p := range r.c.pts {
		s := toScreen(size, p.x, p.y)
		cx, cy := float64(s.X)*scale, float64(s.Y)*scale
		if cx < -rad || cy < -rad || cx > float64(w)+rad || cy > float64(h)+rad {
			continue
		}
		fill := statusColor(p.it.Status)
		edge := color.NRGBA{R: fill.R / 2, G: fill.G / 2, B: fill.B / 2, A: 0xff}
		x0, x1 := int(math.Floor(cx-rad-1)), int(math.Ceil(cx+rad+1))
		y0, y1 := int(math.Floor(cy-rad-1)), int(math.Ceil(cy+rad+1))
		for y := max(y0, 0); y < min(y1, h); y++ {
			for x := max(x0, 0); x < min(x1, w); x++ {
				d := math.Hypot(float64(x)+0.5-cx, float64(y)+0.5-cy)
				cov := rad + 0.5 - d // coverage of the disc's edge
				if cov <= 0 {
					continue
				}
				col := fill
				if d > rad-rim {
					col = edge
				}
				blend(img, x, y, col, math.Min(cov, 1))
			}
		}
	}
	return img
}

// blend paints c over the pixel at (x, y) with coverage a.
func blend(img *image.NRGBA, x, y int, c color.NRGBA, a float64) {
	i := img.PixOffset(x, y)
	px := img.Pix[i : i+4 : i+4]
	sa := a * float64(c.A) / 255
	da := float64(px[3]) / 255
	oa := sa + da*(1-sa)
	if oa == 0 {
		return
	}
	mix := func(s, d uint8) uint8 {
		return uint8((float64(s)*sa + float64(d)*da*(1-sa)) / oa)
	}
	px[0], px[1], px[2], px[3] = mix(c.R, px[0]), mix(c.G, px[1]), mix(c.B, px[2]), uint8(oa*255+0.5)
}
