package roadmap

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// hint is what the status line says while no bar is under the pointer.
const hint = "Drag a bar to move it, its ends to resize it; drag undated work from the tray. Ctrl+wheel zooms."

// statusLine lays out the status line and the legend: side by side when
// the hint fits beside the legend, else the status on a line of its own
// above the legend, so that neither is cut. The choice follows the width
// only (not the text under the pointer), so the timeline does not jump as
// the pointer moves.
type statusLine struct {
	status *widget.Label
	legend fyne.CanvasObject
	// parent is refreshed when the number of lines changes, so that it
	// asks for the new height.
	parent   func() fyne.CanvasObject
	twoLines bool
}

var _ fyne.Layout = (*statusLine)(nil)

// need returns the width the hint and the legend take side by side.
func (l *statusLine) need() float32 {
	text := fyne.MeasureText(hint, theme.TextSize(), l.status.TextStyle).Width + 2*theme.InnerPadding()
	return text + theme.Padding() + l.legend.MinSize().Width
}

// Layout places the status and the legend on one line or two.
func (l *statusLine) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	two := size.Width < l.need()
	lh, sh := l.legend.MinSize(), l.status.MinSize()
	if two {
		l.status.Move(fyne.NewPos(0, 0))
		l.status.Resize(fyne.NewSize(size.Width, sh.Height))
		lw := min(lh.Width, size.Width)
		l.legend.Move(fyne.NewPos(size.Width-lw, sh.Height))
		l.legend.Resize(fyne.NewSize(lw, lh.Height))
	} else {
		h := max(sh.Height, lh.Height)
		l.legend.Move(fyne.NewPos(size.Width-lh.Width, (h-lh.Height)/2))
		l.legend.Resize(fyne.NewSize(lh.Width, lh.Height))
		l.status.Move(fyne.NewPos(0, (h-sh.Height)/2))
		l.status.Resize(fyne.NewSize(size.Width-lh.Width-theme.Padding(), sh.Height))
	}
	if two != l.twoLines {
		l.twoLines = two
		if l.parent != nil {
			if p := l.parent(); p != nil {
				p.Refresh() // it asks MinSize again: one line more or less
			}
		}
	}
}

// MinSize is one line, or two when the last layout needed two.
func (l *statusLine) MinSize([]fyne.CanvasObject) fyne.Size {
	lh, sh := l.legend.MinSize(), l.status.MinSize()
	if l.twoLines {
		return fyne.NewSize(max(lh.Width, sh.Width), sh.Height+lh.Height)
	}
	return fyne.NewSize(sh.Width+theme.Padding()+lh.Width, max(sh.Height, lh.Height))
}
