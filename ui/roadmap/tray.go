package roadmap

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/timeline"
)

// tray lists the undated initiatives beside the timeline in one scrolling
// list, grouped by horizon (Now, Next, Later, then those with none), each
// group under a header row that names it and counts its initiatives. Its
// rows are dragged onto the timeline to give them dates; a bar dragged onto
// a group (its header, or any of its rows) loses its dates and takes that
// horizon, so an empty group, shown as its header alone, is still a target.
type tray struct {
	v      *View
	groups [4]trayGroup
	// entries are the list's rows in order: each group's header, then its
	// initiatives.
	entries []trayEntry
	list    *widget.List
	// rows are the row widgets the list made, to recolour the target's.
	rows []*trayRow
	// hot is the group highlighted as the drop target, or -1.
	hot int
	// rowH is the height of a row, as the list measures it.
	rowH float32
	box  fyne.CanvasObject
	drag *trayDrag
}

// trayGroup is the undated initiatives of one horizon.
type trayGroup struct {
	h     app.Horizon
	items []timeline.Undated
}

// trayEntry is a row of the tray: the header of group, when item is -1,
// else its initiative items[item].
type trayEntry struct {
	group, item int
}

// trayDrag is a row dragged out of the tray.
type trayDrag struct {
	id         string
	start, sum fyne.Position // start absolute
}

func newTray(v *View) *tray {
	tr := &tray{v: v, hot: -1}
	for gi, h := range timeline.TrayHorizons {
		tr.groups[gi].h = h
	}
	tr.list = widget.NewList(
		func() int { return len(tr.entries) },
		func() fyne.CanvasObject {
			r := newTrayRow(tr)
			tr.rows = append(tr.rows, r)
			return r
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(tr.entries) {
				o.(*trayRow).show(tr.entries[id])
			}
		},
	)
	// A header is not an item to select.
	tr.list.OnSelected = func(id widget.ListItemID) {
		if id < len(tr.entries) && tr.entries[id].item < 0 {
			tr.list.Unselect(id)
		}
	}
	tr.box = tr.list
	tr.refresh()
	return tr
}

// refresh shows the plan's undated initiatives.
func (tr *tray) refresh() {
	p := tr.v.Timeline.Plan()
	tr.entries = tr.entries[:0]
	for gi := range tr.groups {
		g := &tr.groups[gi]
		g.items = p.Tray[gi]
		tr.entries = append(tr.entries, trayEntry{group: gi, item: -1})
		for k := range g.items {
			tr.entries = append(tr.entries, trayEntry{group: gi, item: k})
		}
	}
	tr.list.UnselectAll()
	tr.list.Refresh()
}

// title is the header of group gi: its horizon and how many it holds.
func (tr *tray) title(gi int) string {
	g := &tr.groups[gi]
	name := "No horizon"
	if g.h != app.HorizonNone {
		name = g.h.Title()
	}
	return fmt.Sprintf("%s (%d)", name, len(g.items))
}

// header returns the index in entries of group gi's header.
func (tr *tray) header(gi int) int {
	for i, e := range tr.entries {
		if e.group == gi && e.item < 0 {
			return i
		}
	}
	return -1
}

// entryAt returns the index in entries of the row under the absolute
// position, or -1. The list's rows are all as tall, one padding apart, so
// the row follows from the list's position and scroll offset; a point in
// the padding between two rows belongs to the upper one.
func (tr *tray) entryAt(abs fyne.Position) int {
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(tr.list)
	s := tr.list.Size()
	if abs.X < p.X || abs.X >= p.X+s.Width || abs.Y < p.Y || abs.Y >= p.Y+s.Height {
		return -1
	}
	if tr.rowH == 0 {
		tr.rowH = newTrayRow(tr).MinSize().Height
	}
	step := tr.rowH + tr.list.Theme().Size(theme.SizeNamePadding)
	i := int((abs.Y - p.Y + tr.list.GetScrollOffset()) / step)
	if i < 0 || i >= len(tr.entries) {
		return -1
	}
	return i
}

// groupAt returns the group of the row under the absolute position, or -1.
func (tr *tray) groupAt(abs fyne.Position) int {
	if i := tr.entryAt(abs); i >= 0 {
		return tr.entries[i].group
	}
	return -1
}

// highlight marks the group under abs as the drop target: its header and
// its rows in sight.
func (tr *tray) highlight(abs fyne.Position, active bool) {
	at := -1
	if active {
		at = tr.groupAt(abs)
	}
	if at == tr.hot {
		return
	}
	tr.hot = at
	for _, r := range tr.rows {
		r.paint()
	}
}

// dropBar takes the dates of the bar's initiative away and puts it on the
// horizon of the group under abs; false when abs is over none.
func (tr *tray) dropBar(id string, abs fyne.Position) bool {
	gi := tr.groupAt(abs)
	if gi < 0 {
		return false
	}
	_ = tr.v.env.Do(Unschedule(id, tr.groups[gi].h))
	return true
}

// trayRow is one row of the tray: a group's header, or an undated
// initiative that is dragged onto the timeline or another group and
// double-tapped to open.
type trayRow struct {
	widget.BaseWidget
	tr    *tray
	entry trayEntry
	id    string // the initiative's, "" on a header
	bg    *canvas.Rectangle
	label *widget.Label
}

var (
	_ fyne.Draggable      = (*trayRow)(nil)
	_ fyne.DoubleTappable = (*trayRow)(nil)
)

func newTrayRow(tr *tray) *trayRow {
	r := &trayRow{tr: tr, entry: trayEntry{item: -1}, bg: canvas.NewRectangle(color.Transparent), label: widget.NewLabel("")}
	r.label.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

func (r *trayRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(r.bg, r.label))
}

// show binds the row to an entry of the tray.
func (r *trayRow) show(e trayEntry) {
	r.entry = e
	g := &r.tr.groups[e.group]
	if e.item < 0 {
		r.id = ""
		// Bold Foreground, not high-importance Primary: the blue on the
		// header's grey falls short of 4.5:1 in both themes.
		r.label.TextStyle.Bold = true
		r.label.Importance = widget.MediumImportance
		r.label.Text = r.tr.title(e.group)
	} else {
		r.id = g.items[e.item].ID
		r.label.TextStyle.Bold = false
		r.label.Importance = widget.MediumImportance
		r.label.Text = g.items[e.item].Name
	}
	r.label.Refresh()
	r.paint()
}

// paint colours the row's background: the drop target's rows in the
// primary colour, headers in the header colour.
func (r *trayRow) paint() {
	th := r.tr.v.Timeline.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	c := color.Color(color.Transparent)
	switch {
	case r.entry.group == r.tr.hot && r.tr.hot >= 0:
		c = withAlpha(th.Color(theme.ColorNamePrimary, v), 0x40)
	case r.entry.item < 0:
		c = th.Color(theme.ColorNameHeaderBackground, v)
	}
	if !sameColor(r.bg.FillColor, c) {
		r.bg.FillColor = c
		r.bg.Refresh()
	}
}

// DoubleTapped opens the initiative's editor.
func (r *trayRow) DoubleTapped(*fyne.PointEvent) {
	if r.id != "" && r.tr.v.env.Open != nil {
		r.tr.v.env.Open(app.Key{Kind: app.KindInitiative, ID: r.id})
	}
}

// Dragged follows the row to the timeline or another group.
func (r *trayRow) Dragged(e *fyne.DragEvent) {
	tr := r.tr
	if r.id == "" || tr.v.env.ReadOnly() {
		return
	}
	if tr.drag == nil {
		tr.drag = &trayDrag{id: r.id, start: fyne.CurrentApp().Driver().AbsolutePositionForObject(r).Add(e.Position)}
	}
	d := tr.drag
	d.sum = d.sum.Add(fyne.NewPos(e.Dragged.DX, e.Dragged.DY))
	abs := d.start.Add(d.sum)
	if !e.AbsolutePosition.IsZero() {
		abs = e.AbsolutePosition
		d.sum = abs.Subtract(d.start)
	}
	tr.v.Timeline.PreviewUndated(abs, true)
	tr.highlight(abs, tr.groupAt(abs) >= 0)
}

// DragEnd drops the row: on the timeline it gets dates, on a group its
// horizon.
func (r *trayRow) DragEnd() {
	tr := r.tr
	d := tr.drag
	tr.drag = nil
	tr.v.Timeline.PreviewUndated(fyne.Position{}, false)
	tr.highlight(fyne.Position{}, false)
	if d == nil {
		return
	}
	abs := d.start.Add(d.sum)
	if tr.v.Timeline.DropUndated(d.id, abs) {
		return
	}
	if gi := tr.groupAt(abs); gi >= 0 {
		in, ok := tr.v.env.WS.Initiative(d.id)
		if ok && in.Horizon != tr.groups[gi].h {
			_ = tr.v.env.Do(Unschedule(d.id, tr.groups[gi].h))
		}
	}
}
