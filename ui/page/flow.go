package page

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// NewFlow returns a toolbar whose objects run left to right at their
// minimum width and wrap onto another line when the window is too narrow
// for one: a toolbar then never forces its width on the window. Its
// minimum width is its widest object's; its minimum height is that of
// the lines it needed at the width it was last given.
func NewFlow(objs ...fyne.CanvasObject) *fyne.Container {
	l := &flowLayout{}
	c := container.New(l, objs...)
	l.c = c
	return c
}

type flowLayout struct {
	c *fyne.Container
	// width is the width last laid out at (0 before the first layout,
	// when the minimum is one line).
	width float32
}

var _ fyne.Layout = (*flowLayout)(nil)

// lines places objs in lines within width and returns each one's place and
// the height of all.
func (l *flowLayout) lines(objs []fyne.CanvasObject, width float32) ([]fyne.Position, float32) {
	gap := theme.Padding()
	pos := make([]fyne.Position, len(objs))
	x, y, lineH := float32(0), float32(0), float32(0)
	for i, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if x > 0 && width > 0 && x+m.Width > width {
			x, y, lineH = 0, y+lineH+gap, 0
		}
		pos[i] = fyne.NewPos(x, y)
		x += m.Width + gap
		lineH = max(lineH, m.Height)
	}
	return pos, y + lineH
}

// Layout places the objects in lines; when that changes the height, the
// container asks the window to lay it out again.
func (l *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	_, before := l.lines(objs, l.width)
	l.width = size.Width
	pos, after := l.lines(objs, size.Width)
	for i, o := range objs {
		o.Move(pos[i])
		o.Resize(o.MinSize())
	}
	if after != before && l.c != nil {
		canvas.Refresh(l.c)
	}
}

// MinSize is the widest object by the lines needed at the last width.
func (l *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := float32(0)
	for _, o := range objs {
		if o.Visible() {
			w = max(w, o.MinSize().Width)
		}
	}
	_, h := l.lines(objs, l.width)
	return fyne.NewSize(w, h)
}
