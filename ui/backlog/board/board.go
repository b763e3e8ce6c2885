package board

import (
	"image/color"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// Board is the view of the backlog as columns of cards.
type Board struct {
	env    *page.Env
	filter app.Filter

	cols     []*column
	selected string // item ID, or ""
	cardH    float32

	root    *boardWidget
	toolbar *fyne.Container
	info    *widget.Label
	moveTo  *widget.Button
	up      *widget.Button
	down    *widget.Button
	openBtn *widget.Button

	refusal *page.Refusal // the last refused change, in its card's column (refusal.go)

	layer *fyne.Container // holds the ghost above the columns
	ghost *ghost
	drag  *dragState
}

// column is the board column of one status.
type column struct {
	status app.Status
	items  []*app.Item
	list   *widget.List
	title  *canvas.Text
	count  *canvas.Text
	headBg *canvas.Rectangle
	add    *widget.Button // "+": a new item in this column
	box    *fyne.Container
	note   *fyne.Container // the board's refusal, under the cards it is about
	over   bool
}

// New builds the board of env's workspace.
func New(env *page.Env) *Board {
	b := &Board{env: env, refusal: page.NewRefusal(env)}
	b.cardH = newCard(b).MinSize().Height
	grid := container.NewGridWithColumns(len(app.Statuses))
	for i, s := range app.Statuses {
		col := b.newColumn(i, s)
		b.cols = append(b.cols, col)
		grid.Add(col.box)
	}
	b.info = widget.NewLabel("")
	b.info.Truncation = fyne.TextTruncateEllipsis
	b.moveTo = widget.NewButtonWithIcon("Move to…", theme.MailForwardIcon(), b.showMoveMenu)
	b.up = widget.NewButtonWithIcon("Move up", theme.MoveUpIcon(), b.MoveSelectedUp)
	b.down = widget.NewButtonWithIcon("Move down", theme.MoveDownIcon(), b.MoveSelectedDown)
	b.openBtn = widget.NewButtonWithIcon("Open", theme.DocumentIcon(), func() { b.open(b.selected) })
	b.toolbar = container.NewBorder(nil, nil, nil,
		container.NewHBox(b.moveTo, b.up, b.down, b.openBtn), b.info)
	b.ghost = newGhost()
	b.layer = container.NewWithoutLayout(b.ghost.marker, b.ghost.box)
	b.root = newBoardWidget(b, container.NewStack(
		// Narrower than its five columns, the board scrolls sideways.
		container.NewPadded(container.NewBorder(b.toolbar, nil, nil, nil, container.NewHScroll(grid))),
		b.layer))
	b.Refresh()
	return b
}

func (b *Board) newColumn(i int, s app.Status) *column {
	col := &column{status: s}
	col.title = canvas.NewText(s.Title(), color.Black)
	col.title.TextStyle.Bold = true
	col.count = canvas.NewText("", color.Black)
	col.headBg = canvas.NewRectangle(color.Transparent)
	col.headBg.CornerRadius = 4
	col.add = b.newItemButton(s)
	head := container.NewStack(col.headBg, container.NewPadded(container.NewBorder(nil, nil, col.title,
		container.NewHBox(container.NewCenter(col.count), col.add))))
	col.list = widget.NewList(
		func() int { return len(col.items) },
		func() fyne.CanvasObject { return newCard(b) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(col.items) {
				o.(*card).set(i, id, col.items[id])
			}
		},
	)
	// The cards select themselves; the list's own selection is not used.
	col.list.OnSelected = func(id widget.ListItemID) {
		col.list.Unselect(id)
		if id < len(col.items) {
			b.Select(col.items[id].ID)
		}
	}
	col.note = container.NewStack()
	col.note.Hide()
	col.box = container.NewBorder(head, col.note, nil, nil, col.list)
	return col
}

// Object returns the board's content.
func (b *Board) Object() fyne.CanvasObject { return b.root }

// SetFilter shows only the items that pass f.
func (b *Board) SetFilter(f app.Filter) {
	b.filter = f
	b.Refresh()
}

// Refresh shows the workspace as it is now: call it after any change,
// undo or redo.
func (b *Board) Refresh() {
	ws := b.env.WS
	var m *app.Matcher
	if !b.filter.Empty() {
		m = b.filter.Matcher(ws)
	}
	counts := app.StatusCounts(ws)
	limits := ws.Product().WIPLimits
	th := b.root.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	found := false
	for _, col := range b.cols {
		col.items = app.Column(ws, col.status, m)
		if !found && b.selected != "" {
			found = slices.ContainsFunc(col.items, func(it *app.Item) bool { return it.ID == b.selected })
		}
		n := counts[col.status]
		text := strconv.Itoa(n)
		if l := limits[col.status]; l > 0 {
			text += " / " + strconv.Itoa(l)
		}
		if m != nil {
			text = strconv.Itoa(len(col.items)) + " of " + text
		}
		col.count.Text = text
		col.over = app.OverWIP(ws, col.status, counts)
		b.colourHeader(col, th, v)
		col.list.Refresh()
	}
	if !found {
		b.selected = ""
	}
	b.updateActions()
}

// colourHeader colours a column's header from the theme: its title, its
// count (in the error colour, bold, when over the WIP limit) and its
// background (outlined then).
func (b *Board) colourHeader(col *column, th fyne.Theme, v fyne.ThemeVariant) {
	col.title.Color = th.Color(theme.ColorNameForeground, v)
	col.count.Color = th.Color(theme.ColorNamePlaceHolder, v)
	col.headBg.FillColor = th.Color(theme.ColorNameHeaderBackground, v)
	if col.over {
		if !strings.HasSuffix(col.count.Text, " · over") {
			col.count.Text += " · over"
		}
		col.count.Color = th.Color(theme.ColorNameError, v)
		col.count.TextStyle.Bold = true
		col.headBg.StrokeColor = th.Color(theme.ColorNameError, v)
		col.headBg.StrokeWidth = 2
	} else {
		col.count.TextStyle.Bold = false
		col.headBg.StrokeWidth = 0
	}
	col.title.Refresh()
	col.count.Refresh()
	col.headBg.Refresh()
}

// recolour colours every column's header again, after a change of theme.
func (b *Board) recolour() {
	th, v := b.root.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	for _, col := range b.cols {
		b.colourHeader(col, th, v)
	}
}

// Selected returns the ID of the selected item, or "".
func (b *Board) Selected() string { return b.selected }

// Select selects the item with the ID ("" for none) and scrolls it into
// view.
func (b *Board) Select(id string) {
	b.selected = id
	// A list not laid out yet would scroll as if it had no height.
	if c, row := b.find(id); c != nil && c.list.Size().Height > 0 {
		c.list.ScrollTo(row)
	}
	for _, c := range b.cols {
		c.list.Refresh()
	}
	b.updateActions()
}

// find returns the column showing item id and its row, or nil.
func (b *Board) find(id string) (*column, int) {
	if id == "" {
		return nil, -1
	}
	for _, c := range b.cols {
		for i, it := range c.items {
			if it.ID == id {
				return c, i
			}
		}
	}
	return nil, -1
}

// updateActions enables the move buttons for the selection.
func (b *Board) updateActions() {
	col, row := b.find(b.selected)
	enable := func(w fyne.Disableable, on bool) {
		if on && !b.env.ReadOnly() {
			w.Enable()
		} else {
			w.Disable()
		}
	}
	enable(b.moveTo, col != nil)
	enable(b.up, col != nil && row > 0)
	enable(b.down, col != nil && row < len(col.items)-1)
	if col != nil {
		b.openBtn.Enable()
		it := col.items[row]
		b.info.SetText(it.Title + " · " + it.ID) // the ID as a suffix only
	} else {
		b.openBtn.Disable()
		b.info.SetText("Drag a card to move it, or select one and use Alt+arrows.")
	}
}

func (b *Board) open(id string) {
	if id != "" && b.env.Open != nil {
		b.env.Open(app.Key{Kind: app.KindItem, ID: id})
	}
}

func (b *Board) focus() {
	if b.env.Window != nil {
		b.env.Window.Canvas().Focus(b.root)
	}
}

// showMoveMenu pops up the statuses the selected item can be moved to.
func (b *Board) showMoveMenu() {
	col, _ := b.find(b.selected)
	if col == nil || b.env.Window == nil {
		return
	}
	var items []*fyne.MenuItem
	for _, s := range app.Statuses {
		mi := fyne.NewMenuItem(s.Title(), func() { b.MoveSelected(s) })
		mi.Disabled = s == col.status
		items = append(items, mi)
	}
	widget.ShowPopUpMenuAtRelativePosition(fyne.NewMenu("", items...), b.env.Window.Canvas(),
		fyne.NewPos(0, b.moveTo.Size().Height), b.moveTo)
}

// MoveMenu returns the "Move to…" menu items for the shell's main menu.
func (b *Board) MoveMenu() []*fyne.MenuItem {
	items := make([]*fyne.MenuItem, len(app.Statuses))
	for i, s := range app.Statuses {
		items[i] = fyne.NewMenuItem(s.Title(), func() { b.MoveSelected(s) })
	}
	return items
}

// MoveSelected moves the selected item to status to, keeping its place in
// the rank order: the twin of dragging it to another column. A move that
// needs a reason asks for one.
func (b *Board) MoveSelected(to app.Status) {
	col, _ := b.find(b.selected)
	if col == nil || col.status == to {
		return
	}
	id := b.selected
	b.withReason(id, to, func(reason string) error { return b.do(id, app.Move(id, to, reason)) })
}

// MoveSelectedUp moves the selected item one place up its column.
func (b *Board) MoveSelectedUp() {
	col, row := b.find(b.selected)
	if col == nil || row == 0 {
		return
	}
	before := ""
	if row >= 2 {
		before = col.items[row-2].ID
	}
	b.run(app.Reorder(b.selected, before, col.items[row-1].ID))
}

// MoveSelectedDown moves the selected item one place down its column.
func (b *Board) MoveSelectedDown() {
	col, row := b.find(b.selected)
	if col == nil || row >= len(col.items)-1 {
		return
	}
	after := ""
	if row+2 < len(col.items) {
		after = col.items[row+2].ID
	}
	b.run(app.Reorder(b.selected, col.items[row+1].ID, after))
}

// run does c and shows the result, keeping the selection in sight.
func (b *Board) run(c app.Command) error {
	err := b.do(b.selected, c)
	b.Refresh()
	b.Select(b.selected)
	return err
}

// withReason runs do with the reason the move of item id to status to
// needs: none when the rules allow it without one, what the user types
// when they require one. A move refused either way runs without a reason,
// so the domain refuses it and Do shows why.
func (b *Board) withReason(id string, to app.Status, do func(reason string) error) {
	ws := b.env.WS
	if app.CanMove(ws, id, to, "") == nil || app.CanMove(ws, id, to, "reason") != nil || b.env.Window == nil {
		do("")
		b.Refresh()
		b.Select(b.selected)
		return
	}
	it, _ := ws.Item(id)
	name := "“" + app.Called(it) + "”"
	title, verb := "Move "+name, "Move"
	switch {
	case to == app.StatusAccepted:
		title, verb = "Accept "+name+" with unmet criteria", "Accept"
	case it.Status == app.StatusAccepted:
		title, verb = "Reopen "+name, "Reopen"
	case it.Status == app.StatusDone && to == app.StatusInProgress:
		title, verb = "Reject "+name, "Reject"
	}
	reason := widget.NewMultiLineEntry()
	reason.SetPlaceHolder("Why? The reason is kept in the item's history.")
	reason.Validator = func(s string) error {
		if app.CanMove(ws, id, to, s) != nil {
			return errReasonNeeded
		}
		return nil
	}
	d := dialog.NewForm(title, verb, "Cancel", []*widget.FormItem{widget.NewFormItem("Reason", reason)},
		func(ok bool) {
			if ok {
				do(reason.Text)
			}
			b.Refresh()
			b.Select(b.selected)
		}, b.env.Window)
	d.Resize(fyne.NewSize(460, 240))
	d.Show()
	b.env.Window.Canvas().Focus(reason)
}

type reasonError struct{}

func (reasonError) Error() string { return "a reason is needed" }

var errReasonNeeded = reasonError{}
