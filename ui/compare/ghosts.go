package compare

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app/timeline"
)

// Ghost is a ghost bar: an outline at an initiative's old place on the
// roadmap, with its label ("+3 w", "new", "removed"). Its colours come
// from the theme: a slip later is the error colour, a removed initiative's
// outline too; anything else is the disabled colour.
type Ghost struct {
	widget.BaseWidget
	G timeline.Ghost
	// LabelAt is where the label starts, relative to the ghost's position.
	LabelAt fyne.Position
}

// NewGhost returns the ghost bar of g.
func NewGhost(g timeline.Ghost) *Ghost {
	w := &Ghost{G: g}
	w.ExtendBaseWidget(w)
	return w
}

// Label returns the text the ghost shows.
func (w *Ghost) Label() string {
	if w.G.Kind == timeline.GhostRemoved {
		return "removed: " + w.G.Name
	}
	return w.G.Label
}

// CreateRenderer draws the outline and the label.
func (w *Ghost) CreateRenderer() fyne.WidgetRenderer {
	r := &ghostRenderer{w: w, rect: canvas.NewRectangle(color.Transparent), text: canvas.NewText("", color.Black)}
	r.text.TextSize = theme.CaptionTextSize()
	r.text.TextStyle = fyne.TextStyle{Bold: true}
	r.Refresh()
	return r
}

type ghostRenderer struct {
	w    *Ghost
	rect *canvas.Rectangle
	text *canvas.Text
}

func (r *ghostRenderer) Layout(s fyne.Size) {
	if r.w.G.Kind == timeline.GhostNew {
		r.rect.Resize(fyne.Size{}) // the bar itself is there: only the label
	} else {
		r.rect.Resize(s)
	}
	ts := r.text.MinSize()
	r.text.Move(r.w.LabelAt.SubtractXY(0, ts.Height/2))
	r.text.Resize(ts)
}

func (r *ghostRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (r *ghostRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.rect, r.text} }
func (r *ghostRenderer) Destroy()                     {}

// Refresh reads the colours from the theme.
func (r *ghostRenderer) Refresh() {
	th := r.w.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	outline := th.Color(theme.ColorNameDisabled, v)
	label := th.Color(theme.ColorNamePrimary, v)
	switch {
	case r.w.G.Kind == timeline.GhostRemoved:
		outline, label = th.Color(theme.ColorNameError, v), th.Color(theme.ColorNameError, v)
	case r.w.G.Slip > 0:
		label = th.Color(theme.ColorNameError, v)
	}
	r.rect.FillColor, r.rect.StrokeColor, r.rect.StrokeWidth = color.Transparent, outline, 1.5
	r.text.Color = label
	r.text.Text = r.w.Label()
	r.rect.Refresh()
	r.text.Refresh()
	r.Layout(r.w.Size())
}

// Layer returns the ghost bars of the frame that the view shows, each
// placed and sized in view coordinates (the view's top left at 0, 0), to
// lay over the roadmap's bars: the outline at the old dates, the label
// beside the bar.
func Layer(f *timeline.Frame, ghosts []timeline.Ghost, view timeline.Rect) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, g := range ghosts {
		r, ok := f.GhostRect(g)
		if !ok || !r.Overlaps(view) {
			continue
		}
		w := NewGhost(g)
		at, _ := f.GhostLabelAt(g)
		if g.Kind == timeline.GhostRemoved {
			at = timeline.Point{X: r.X + 4, Y: r.Y + r.H/2}
		}
		w.LabelAt = fyne.NewPos(float32(at.X-r.X), float32(at.Y-r.Y))
		w.Move(fyne.NewPos(float32(r.X-view.X), float32(r.Y-view.Y)))
		w.Resize(fyne.NewSize(float32(r.W), float32(r.H)))
		out = append(out, w)
	}
	return out
}
