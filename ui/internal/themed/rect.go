package themed

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// Rect is a rectangle filled with a theme colour, optionally outlined with
// another and rounded by a theme size. It has no minimum size of its own:
// it takes the size its container gives it, as a background.
type Rect struct {
	widget.BaseWidget
	Fill, Stroke fyne.ThemeColorName // Stroke "" draws no outline
	StrokeWidth  float32
	Radius       fyne.ThemeSizeName // "" for square corners
}

// NewRect returns a rectangle filled with the theme colour fill.
func NewRect(fill fyne.ThemeColorName) *Rect {
	r := &Rect{Fill: fill}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer draws the rectangle.
func (r *Rect) CreateRenderer() fyne.WidgetRenderer {
	rr := &rectRenderer{r: r, rect: canvas.NewRectangle(color.Transparent)}
	rr.Refresh()
	return rr
}

type rectRenderer struct {
	r    *Rect
	rect *canvas.Rectangle
}

func (rr *rectRenderer) Layout(s fyne.Size)           { rr.rect.Resize(s) }
func (rr *rectRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (rr *rectRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{rr.rect} }
func (rr *rectRenderer) Destroy()                     {}

// Refresh reads the colours and the radius from the theme again.
func (rr *rectRenderer) Refresh() {
	th := rr.r.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	rr.rect.FillColor = th.Color(rr.r.Fill, v)
	rr.rect.StrokeColor, rr.rect.StrokeWidth = color.Color(color.Transparent), 0
	if rr.r.Stroke != "" {
		rr.rect.StrokeColor, rr.rect.StrokeWidth = th.Color(rr.r.Stroke, v), rr.r.StrokeWidth
	}
	rr.rect.CornerRadius = 0
	if rr.r.Radius != "" {
		rr.rect.CornerRadius = th.Size(rr.r.Radius)
	}
	rr.rect.Refresh()
}
