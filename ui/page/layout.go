package page

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Column gives o the container's width up to max, aligned leading: lines
// longer than that are hard to read.
func Column(max float32, o fyne.CanvasObject) *fyne.Container {
	return container.New(&maxWidthLayout{max: max}, o)
}

// maxWidthLayout gives its objects the container's width up to max, aligned
// leading.
type maxWidthLayout struct{ max float32 }

var _ fyne.Layout = (*maxWidthLayout)(nil)

func (l *maxWidthLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := min(size.Width, l.max)
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(w, size.Height))
	}
}

func (l *maxWidthLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// widthLayout makes its objects at least w wide: a number beside its label.
type widthLayout struct{ w float32 }

var _ fyne.Layout = (*widthLayout)(nil)

func (l *widthLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *widthLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(l.w, 0)
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// Sized gives o a width of at least w: a number beside its label.
func Sized(w float32, o fyne.CanvasObject) *fyne.Container {
	return container.New(&widthLayout{w: w}, o)
}

// FixedHeight makes o exactly h tall: a virtual list inside a scrolling
// page, or a table's cell.
func FixedHeight(h float32, o fyne.CanvasObject) *fyne.Container {
	return container.New(&HeightLayout{H: h}, o)
}

// HeightLayout makes its objects exactly H tall: a virtual list inside a
// scrolling page.
type HeightLayout struct{ H float32 }

var _ fyne.Layout = (*HeightLayout)(nil)

func (l *HeightLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *HeightLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(0, l.H)
	for _, o := range objs {
		s.Width = max(s.Width, o.MinSize().Width)
	}
	return s
}

// SetLabel changes a label's text and importance, refreshing only on change.
func SetLabel(l *widget.Label, text string, imp widget.Importance) {
	if l.Text == text && l.Importance == imp {
		return
	}
	l.Text = text
	l.Importance = imp
	l.Refresh()
}
