package board

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"canopy/app"
)

// Fyne has no drop targets: a Draggable only hears Dragged and a DragEnd
// without a position. So the board tracks the pointer in absolute canvas
// coordinates while a card is dragged, shows a ghost of the card in a layer
// above the columns, and on DragEnd finds the column and the row under the
// pointer from the columns' absolute positions.

// dragState is the drag in progress.
type dragState struct {
	id      string
	from    int // column index
	fromRow int
	// start is where the pointer went down, when the driver leaves
	// AbsolutePosition empty (the test driver does); sum adds up the
	// Dragged deltas since.
	start, sum fyne.Position
	pointer    fyne.Position // absolute
}

// ghost is the translucent label that follows the pointer.
type ghost struct {
	box  *fyne.Container
	bg   *canvas.Rectangle
	text *canvas.Text
	// marker is the line where the card would land.
	marker *canvas.Rectangle
}

const ghostW, ghostH = 280, 34

func newGhost() *ghost {
	g := &ghost{bg: canvas.NewRectangle(color.Transparent), text: canvas.NewText("", color.White),
		marker: canvas.NewRectangle(color.Transparent)}
	g.bg.CornerRadius = 6
	g.text.TextStyle.Bold = true
	g.marker.CornerRadius = 2
	g.marker.Hide()
	g.box = container.NewWithoutLayout(g.bg, g.text)
	g.box.Hide()
	return g
}

// hide removes the ghost and the marker.
func (g *ghost) hide() {
	g.box.Hide()
	g.marker.Hide()
}

func (g *ghost) show(title string, th fyne.Theme, v fyne.ThemeVariant) {
	p := th.Color(theme.ColorNamePrimary, v)
	r, gg, bb, _ := p.RGBA()
	g.bg.FillColor = color.NRGBA{R: uint8(r >> 8), G: uint8(gg >> 8), B: uint8(bb >> 8), A: 0xc0}
	g.text.Color = th.Color(theme.ColorNameForegroundOnPrimary, v)
	size := th.Size(theme.SizeNameText)
	g.text.Text = ellipsize(title, size, g.text.TextStyle, ghostW-16)
	g.text.TextSize = size
	g.bg.Resize(fyne.NewSize(ghostW, ghostH))
	g.text.Move(fyne.NewPos(8, (ghostH-g.text.MinSize().Height)/2))
	g.text.Resize(g.text.MinSize())
	g.box.Resize(fyne.NewSize(ghostW, ghostH))
	g.box.Show()
	g.bg.Refresh()
	g.text.Refresh()
	g.marker.FillColor = th.Color(theme.ColorNamePrimary, v)
	g.marker.Refresh()
}

// absPos returns the absolute position of o on its canvas.
func absPos(o fyne.CanvasObject) fyne.Position {
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
}

// onDragged follows a drag of card c.
func (b *Board) onDragged(c *card, e *fyne.DragEvent) {
	if b.env.ReadOnly() || c.id == "" {
		return
	}
	if b.drag == nil {
		from, row := b.find(c.id)
		if from == nil {
			return
		}
		b.drag = &dragState{id: c.id, from: b.colIndex(from), fromRow: row}
		b.drag.start = absPos(c).Add(e.Position)
		it := from.items[row]
		b.ghost.show(it.ID+"  "+it.Title, b.root.Theme(), fyne.CurrentApp().Settings().ThemeVariant())
	}
	d := b.drag
	d.sum = d.sum.Add(fyne.NewPos(e.Dragged.DX, e.Dragged.DY))
	if !e.AbsolutePosition.IsZero() {
		d.pointer = e.AbsolutePosition
	} else {
		d.pointer = d.start.Add(d.sum)
	}
	origin := absPos(b.layer)
	rel := d.pointer.Subtract(origin)
	b.ghost.box.Move(fyne.NewPos(rel.X+8, rel.Y+4))
	b.showMarker(origin)
}

// showMarker draws a line where the dragged card would land.
func (b *Board) showMarker(origin fyne.Position) {
	m := b.ghost.marker
	to, row, ok := b.dropTarget(b.drag.pointer)
	if !ok {
		m.Hide()
		return
	}
	l := b.cols[to].list
	pad := l.Theme().Size(theme.SizeNamePadding)
	y := absPos(l).Y - l.GetScrollOffset() + float32(row)*(b.cardH+pad) - pad/2
	y = max(absPos(l).Y, min(y, absPos(l).Y+l.Size().Height)) // in sight
	m.Move(fyne.NewPos(absPos(l).X-origin.X+4, y-origin.Y-2))
	m.Resize(fyne.NewSize(l.Size().Width-8, 4))
	m.Show()
}

// onDragEnd drops the dragged card where the pointer is.
func (b *Board) onDragEnd() {
	d := b.drag
	b.drag = nil
	b.ghost.hide()
	if d == nil {
		return
	}
	to, row, ok := b.dropTarget(d.pointer)
	if !ok {
		return
	}
	b.selected = d.id
	b.drop(d, to, row)
}

// dropTarget returns the column under the absolute position p and the row
// it falls before: a row counts as above p when p is below its middle.
func (b *Board) dropTarget(p fyne.Position) (col, row int, ok bool) {
	for i, c := range b.cols {
		pos, size := absPos(c.box), c.box.Size()
		if p.X < pos.X || p.X >= pos.X+size.Width || p.Y < pos.Y || p.Y >= pos.Y+size.Height {
			continue
		}
		stride := b.cardH + c.list.Theme().Size(theme.SizeNamePadding)
		y := p.Y - absPos(c.list).Y + c.list.GetScrollOffset()
		row := 0
		if y > b.cardH/2 {
			row = int((y-b.cardH/2)/stride) + 1
		}
		return i, min(row, len(c.items)), true
	}
	return 0, 0, false
}

// drop moves the dragged item to row of column to: between the items shown
// there, as one command.
func (b *Board) drop(d *dragState, to, row int) {
	target := b.cols[to]
	ids := make([]string, 0, len(target.items))
	for _, it := range target.items {
		if it.ID != d.id {
			ids = append(ids, it.ID)
		}
	}
	if to == d.from {
		if row == d.fromRow || row == d.fromRow+1 {
			return // dropped where it was
		}
		if row > d.fromRow {
			row--
		}
	}
	row = max(0, min(row, len(ids)))
	before, after := "", ""
	if row > 0 {
		before = ids[row-1]
	}
	if row < len(ids) {
		after = ids[row]
	}
	id := d.id
	if to == d.from {
		b.run(app.Reorder(id, before, after))
		return
	}
	b.withReason(id, target.status, func(reason string) error {
		return b.do(id, app.MoveCard(id, target.status, before, after, reason))
	})
}

func (b *Board) colIndex(c *column) int {
	for i, x := range b.cols {
		if x == c {
			return i
		}
	}
	return -1
}
