package forecast

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/forecast"
)

// RangeBar shows one forecast: the headline ("P85: 12 Jan — 68 % chance by
// 21 Dec") over a histogram of the weeks the simulated futures finish in,
// with the P50, P85 and P95 dates marked and the planned date as a line,
// in the warning colour when the chance of making it is under one half;
// under the axis, where today, the P85 date and the planned date fall.
type RangeBar struct {
	widget.BaseWidget
	f     forecast.Forecast
	today app.Date
}

// NewRangeBar returns an empty range bar; Set fills it.
func NewRangeBar() *RangeBar {
	r := &RangeBar{}
	r.ExtendBaseWidget(r)
	return r
}

// Set shows forecast f, whose futures start from today. Call it on the UI
// goroutine (with fyne.Do from a worker).
func (r *RangeBar) Set(f forecast.Forecast, today app.Date) {
	r.f, r.today = f, today
	r.Refresh()
}

// Headline returns the line the bar shows above its histogram.
func (r *RangeBar) Headline() string { return forecast.Headline(&r.f, r.today) }

// CreateRenderer draws the bar.
func (r *RangeBar) CreateRenderer() fyne.WidgetRenderer {
	rr := &rangeRenderer{r: r, caption: canvas.NewText("", color.Black), base: canvas.NewLine(color.Black),
		marks:   [3]*canvas.Line{canvas.NewLine(color.Black), canvas.NewLine(color.Black), canvas.NewLine(color.Black)},
		planned: canvas.NewLine(color.Black)}
	rr.caption.TextStyle.Bold = true
	for i := range rr.axis {
		rr.axis[i] = canvas.NewText("", color.Black)
		rr.axis[i].TextSize = theme.CaptionTextSize()
	}
	rr.Refresh()
	return rr
}

// histogramHeight is the height of the histogram under the caption.
const histogramHeight = 28

type rangeRenderer struct {
	r       *RangeBar
	caption *canvas.Text
	cols    []*canvas.Rectangle
	base    *canvas.Line
	marks   [3]*canvas.Line // P50, P85, P95
	planned *canvas.Line
	// axis are the labels under the axis: the planned date, the P85 date
	// and today, in the order they give way when they would overlap.
	axis    [3]*canvas.Text
	objects []fyne.CanvasObject
	size    fyne.Size
}

func (rr *rangeRenderer) MinSize() fyne.Size {
	c := rr.caption.MinSize()
	return fyne.NewSize(max(c.Width, 120), c.Height+theme.Padding()+histogramHeight+rr.axisHeight())
}

// axisHeight is the height of the row of labels under the axis.
func (rr *rangeRenderer) axisHeight() float32 {
	return fyne.MeasureText("0", theme.CaptionTextSize(), fyne.TextStyle{}).Height + 2
}

func (rr *rangeRenderer) Layout(s fyne.Size) {
	rr.size = s
	top := rr.caption.MinSize().Height + theme.Padding()
	rr.caption.Move(fyne.NewPos(0, 0))
	rr.caption.Resize(fyne.NewSize(s.Width, top-theme.Padding()))
	h := max(s.Height-top-rr.axisHeight(), 1)
	l := layoutRange(&rr.r.f, rr.r.today, s.Width, h)
	rr.layoutAxis(l, top+h+2, s.Width)
	for i, c := range rr.cols {
		if i < len(l.cols) {
			b := l.cols[i]
			c.Move(fyne.NewPos(b.X, top+b.Y))
			c.Resize(fyne.NewSize(b.W, b.H))
			c.Show()
		} else {
			c.Hide()
		}
	}
	rr.base.Position1, rr.base.Position2 = fyne.NewPos(0, top+h), fyne.NewPos(s.Width, top+h)
	xs := [3]float32{l.x50, l.x85, l.x95}
	for i, m := range rr.marks {
		m.Position1, m.Position2 = fyne.NewPos(xs[i], top+h*0.35), fyne.NewPos(xs[i], top+h)
		m.Hidden = !rr.r.f.OK()
	}
	rr.planned.Position1, rr.planned.Position2 = fyne.NewPos(l.xPlanned, top), fyne.NewPos(l.xPlanned, top+h)
	rr.planned.Hidden = !l.hasPlanned
	rr.base.Hidden = !rr.r.f.OK()
}

// Refresh reads the forecast and the theme's colours again.
func (rr *rangeRenderer) Refresh() {
	r := rr.r
	th := r.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	rr.caption.Text = r.Headline()
	rr.caption.Color = th.Color(theme.ColorNameForeground, v)
	n := len(r.f.Spread)
	for len(rr.cols) < n {
		rr.cols = append(rr.cols, canvas.NewRectangle(color.Transparent))
	}
	rr.cols = rr.cols[:n]
	for _, c := range rr.cols {
		c.FillColor = th.Color(theme.ColorNamePrimary, v)
	}
	rr.base.StrokeColor, rr.base.StrokeWidth = th.Color(theme.ColorNameSeparator, v), 1
	for i, m := range rr.marks {
		m.StrokeColor, m.StrokeWidth = th.Color(theme.ColorNameForeground, v), 1
		if i == 1 {
			m.StrokeWidth = 2 // the P85 the headline names
		}
	}
	rr.planned.StrokeColor, rr.planned.StrokeWidth = th.Color(theme.ColorNameSuccess, v), 2
	if r.f.HasChance && r.f.Chance < 0.5 {
		rr.planned.StrokeColor = th.Color(theme.ColorNameWarning, v)
	}
	for _, t := range rr.axis {
		t.Color = th.Color(theme.ColorNamePlaceHolder, v)
	}
	rr.axis[0].Color = rr.planned.StrokeColor
	rr.objects = rr.objects[:0]
	rr.objects = append(rr.objects, rr.axis[0], rr.axis[1], rr.axis[2], rr.caption, rr.base)
	for _, c := range rr.cols {
		rr.objects = append(rr.objects, c)
	}
	rr.objects = append(rr.objects, rr.marks[0], rr.marks[1], rr.marks[2], rr.planned)
	rr.Layout(rr.size)
	canvas.Refresh(r)
}

func (rr *rangeRenderer) Objects() []fyne.CanvasObject { return rr.objects }
func (rr *rangeRenderer) Destroy()                     {}

// layoutAxis places the labels under the axis at y: the planned date at
// its line, the P85 date at its mark and "today" at the left end, each
// kept inside the width and left out where it would run into one placed
// before it (or without a forecast).
func (rr *rangeRenderer) layoutAxis(l rangeLayout, y, width float32) {
	f, today := &rr.r.f, rr.r.today
	texts := [3]string{"", "P85 " + forecast.Day(f.P85, today), "today"}
	xs := [3]float32{l.xPlanned, l.x85, 0}
	if l.hasPlanned {
		texts[0] = "planned " + forecast.Day(f.Planned, today)
	}
	var placed [][2]float32
	for i, t := range rr.axis {
		if t.Text != texts[i] {
			t.Text = texts[i]
			t.Refresh()
		}
		t.Hidden = true
		if !f.OK() || texts[i] == "" {
			continue
		}
		sz := t.MinSize()
		x := min(max(xs[i]-sz.Width/2, 0), width-sz.Width)
		if i == 2 {
			x = 0
		}
		clear := true
		for _, p := range placed {
			if x < p[1]+6 && x+sz.Width+6 > p[0] {
				clear = false
			}
		}
		if !clear {
			continue
		}
		placed = append(placed, [2]float32{x, x + sz.Width})
		t.Move(fyne.NewPos(x, y))
		t.Resize(sz)
		t.Hidden = false
	}
}
