package forecast

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app/forecast"
)

// Sparkline shows the throughput of the past weeks, oldest first, as small
// columns; a zero week is a flat line. Its tooltip-free caption says the
// range ("2–4 a week").
type Sparkline struct {
	widget.BaseWidget
	weeks []forecast.Week
}

// NewSparkline returns an empty sparkline; Set fills it.
func NewSparkline() *Sparkline {
	s := &Sparkline{}
	s.ExtendBaseWidget(s)
	return s
}

// Set shows the weeks (forecast.Result.Throughput). Call it on the UI
// goroutine.
func (s *Sparkline) Set(weeks []forecast.Week) {
	s.weeks = append(s.weeks[:0], weeks...)
	s.Refresh()
}

// Caption is what the sparkline says beside its columns: the weeks and
// the range of the throughput.
func (s *Sparkline) Caption() string {
	if len(s.weeks) == 0 {
		return "no throughput yet"
	}
	lo, hi := s.weeks[0].Done, s.weeks[0].Done
	for _, w := range s.weeks {
		lo, hi = min(lo, w.Done), max(hi, w.Done)
	}
	return fmt.Sprintf("%d weeks: %d–%d done a week", len(s.weeks), lo, hi)
}

// CreateRenderer draws the sparkline.
func (s *Sparkline) CreateRenderer() fyne.WidgetRenderer {
	r := &sparkRenderer{s: s, caption: canvas.NewText("", color.Black)}
	r.caption.TextSize = theme.CaptionTextSize()
	r.Refresh()
	return r
}

// sparkColumn is the width of a week's column at the minimum size.
const sparkColumn = 6

type sparkRenderer struct {
	s       *Sparkline
	cols    []*canvas.Rectangle
	caption *canvas.Text
	objects []fyne.CanvasObject
	size    fyne.Size
}

func (r *sparkRenderer) MinSize() fyne.Size {
	c := r.caption.MinSize()
	return fyne.NewSize(float32(sparkColumn*max(len(r.s.weeks), 1))+theme.Padding()+c.Width, max(c.Height, 18))
}

func (r *sparkRenderer) Layout(size fyne.Size) {
	r.size = size
	c := r.caption.MinSize()
	w := max(size.Width-c.Width-theme.Padding(), 0)
	for i, b := range layoutSpark(r.s.weeks, w, size.Height) {
		r.cols[i].Move(fyne.NewPos(b.X, b.Y))
		r.cols[i].Resize(fyne.NewSize(b.W, b.H))
	}
	r.caption.Move(fyne.NewPos(w+theme.Padding(), (size.Height-c.Height)/2))
	r.caption.Resize(c)
}

// Refresh reads the weeks and the theme's colours again.
func (r *sparkRenderer) Refresh() {
	th := r.s.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	for len(r.cols) < len(r.s.weeks) {
		r.cols = append(r.cols, canvas.NewRectangle(color.Transparent))
	}
	r.cols = r.cols[:len(r.s.weeks)]
	for i, c := range r.cols {
		c.FillColor = th.Color(theme.ColorNamePrimary, v)
		if r.s.weeks[i].Done == 0 {
			c.FillColor = th.Color(theme.ColorNameDisabled, v)
		}
	}
	r.caption.Text = r.s.Caption()
	r.caption.Color = th.Color(theme.ColorNameForeground, v)
	r.objects = r.objects[:0]
	for _, c := range r.cols {
		r.objects = append(r.objects, c)
	}
	r.objects = append(r.objects, r.caption)
	r.Layout(r.size)
	canvas.Refresh(r.s)
}

func (r *sparkRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *sparkRenderer) Destroy()                     {}
