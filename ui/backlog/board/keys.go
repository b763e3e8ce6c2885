package board

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// boardWidget holds the board's content and takes the keyboard once a card
// is tapped: the arrows change the selection, Alt+arrows move the selected
// card (the twins of a drag), Return opens it.
type boardWidget struct {
	widget.BaseWidget
	b       *Board
	content fyne.CanvasObject
}

var (
	_ fyne.Focusable    = (*boardWidget)(nil)
	_ fyne.Shortcutable = (*boardWidget)(nil)
)

func newBoardWidget(b *Board, content fyne.CanvasObject) *boardWidget {
	w := &boardWidget{b: b, content: content}
	w.ExtendBaseWidget(w)
	return w
}

func (w *boardWidget) CreateRenderer() fyne.WidgetRenderer {
	return &boardRenderer{WidgetRenderer: widget.NewSimpleRenderer(w.content), b: w.b}
}

// boardRenderer draws the board's content; a refresh of the widget (Fyne
// refreshes every widget when the theme changes) colours the column
// headers again, which are canvas shapes that keep their colours.
type boardRenderer struct {
	fyne.WidgetRenderer
	b *Board
}

func (r *boardRenderer) Refresh() {
	r.b.recolour()
	r.WidgetRenderer.Refresh()
}

func (w *boardWidget) FocusGained()   {}
func (w *boardWidget) FocusLost()     {}
func (w *boardWidget) TypedRune(rune) {}

// TypedKey moves the selection.
func (w *boardWidget) TypedKey(e *fyne.KeyEvent) {
	b := w.b
	col, row := b.find(b.selected)
	switch e.Name {
	case fyne.KeyUp:
		if col != nil && row > 0 {
			b.Select(col.items[row-1].ID)
		}
	case fyne.KeyDown:
		if col != nil && row < len(col.items)-1 {
			b.Select(col.items[row+1].ID)
		}
	case fyne.KeyLeft, fyne.KeyRight:
		step := 1
		if e.Name == fyne.KeyLeft {
			step = -1
		}
		i := 0
		if col != nil {
			i = b.colIndex(col) + step
		}
		for ; i >= 0 && i < len(b.cols); i += step {
			if c := b.cols[i]; len(c.items) > 0 {
				b.Select(c.items[min(max(row, 0), len(c.items)-1)].ID)
				return
			}
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		b.open(b.selected)
	}
}

// TypedShortcut moves the selected card: Alt+Up and Alt+Down within its
// column, Alt+Left and Alt+Right to the neighbouring status.
func (w *boardWidget) TypedShortcut(s fyne.Shortcut) {
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok || cs.Modifier != fyne.KeyModifierAlt {
		return
	}
	b := w.b
	switch cs.KeyName {
	case fyne.KeyUp:
		b.MoveSelectedUp()
	case fyne.KeyDown:
		b.MoveSelectedDown()
	case fyne.KeyLeft, fyne.KeyRight:
		col, _ := b.find(b.selected)
		if col == nil {
			return
		}
		i := col.status.Index() + 1
		if cs.KeyName == fyne.KeyLeft {
			i -= 2
		}
		if i >= 0 && i < len(app.Statuses) {
			b.MoveSelected(app.Statuses[i])
		}
	}
}
