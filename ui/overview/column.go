package overview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// sampleWidthLayout gives its objects the width of a sample text in a label, so
// that a column of list rows lines up whatever each row holds.
type sampleWidthLayout struct {
	sample string
	style  fyne.TextStyle
	size   fyne.ThemeSizeName
}

var _ fyne.Layout = (*sampleWidthLayout)(nil)

// Layout stacks the objects over the whole cell.
func (l *sampleWidthLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// MinSize is as wide as the sample in a label, or as the widest object.
func (l *sampleWidthLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	w := fyne.MeasureText(l.sample, theme.Size(l.size), l.style).Width + 2*theme.Size(theme.SizeNameInnerPadding)
	min := fyne.NewSize(w, 0)
	for _, o := range objects {
		if o.Visible() {
			min = min.Max(o.MinSize())
		}
	}
	return min
}
