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

// tray lists the undated initiatives beside the timeline, one list per
// horizon (Now, Next, Later, then those with none). Its rows are dragged
// onto the timeline to give them dates; a bar dragged onto a group loses
// its dates and takes that horizon.
type tray struct {
	v      *View
	groups [4]*trayGroup
	box    *fyne.Container
	drag   *trayDrag
}

// trayGroup is the list of one horizon.
type trayGroup struct {
	h     app.Horizon
	items []timeline.Undated
	title *widget.Label
	list  *widget.List
	bg    *canvas.Rectangle
	box   *fyne.Container
}

// trayDrag is a row dragged out of the tray.
type trayDrag struct {
	id         string
	start, sum fyne.Position // start absolute
}

func newTray(v *View) *tray {
	tr := &tray{v: v}
	grid := container.New(&trayLayout{tr: tr})
	for gi, h := range timeline.TrayHorizons {
		g := &trayGroup{h: h, title: widget.NewLabel(""), bg: canvas.NewRectangle(color.Transparent)}
		g.title.TextStyle.Bold = true
		g.bg.CornerRadius = 6
		g.list = widget.NewList(
			func() int { return len(g.items) },
			func() fyne.CanvasObject { return newTrayRow(tr) },
			func(id widget.ListItemID, o fyne.CanvasObject) {
				row := o.(*trayRow)
				row.id = g.items[id].ID
				row.label.SetText(g.items[id].Name)
			},
		)
		g.box = container.NewStack(g.bg, container.NewBorder(g.title, nil, nil, nil, g.list))
		tr.groups[gi] = g
		grid.Add(g.box)
	}
	tr.box = grid
	tr.refresh()
	return tr
}

// refresh shows the plan's undated initiatives.
func (tr *tray) refresh() {
	p := tr.v.Timeline.Plan()
	for gi, g := range tr.groups {
		g.items = p.Tray[gi]
		name := "No horizon"
		if g.h != app.HorizonNone {
			name = g.h.Title()
		}
		g.title.SetText(fmt.Sprintf("%s (%d)", name, len(g.items)))
		g.list.Refresh()
	}
	if tr.box != nil {
		tr.box.Refresh() // the groups' shares follow their counts
	}
}

// groupAt returns the group under the absolute position, or -1.
func (tr *tray) groupAt(abs fyne.Position) int {
	d := fyne.CurrentApp().Driver()
	for gi, g := range tr.groups {
		p, s := d.AbsolutePositionForObject(g.box), g.box.Size()
		if abs.X >= p.X && abs.X < p.X+s.Width && abs.Y >= p.Y && abs.Y < p.Y+s.Height {
			return gi
		}
	}
	return -1
}

// highlight marks the group under abs as the drop target.
func (tr *tray) highlight(abs fyne.Position, active bool) {
	at := -1
	if active {
		at = tr.groupAt(abs)
	}
	th := tr.v.Timeline.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	for gi, g := range tr.groups {
		c := color.Color(color.Transparent)
		if gi == at {
			c = withAlpha(th.Color(theme.ColorNamePrimary, v), 0x40)
		}
		if g.bg.FillColor != c {
			g.bg.FillColor = c
			g.bg.Refresh()
		}
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

// trayRow is one undated initiative in the tray: dragged onto the timeline
// or another group, double-tapped to open.
type trayRow struct {
	widget.BaseWidget
	tr    *tray
	id    string
	label *widget.Label
}

var (
	_ fyne.Draggable      = (*trayRow)(nil)
	_ fyne.DoubleTappable = (*trayRow)(nil)
)

func newTrayRow(tr *tray) *trayRow {
	r := &trayRow{tr: tr, label: widget.NewLabel("")}
	r.label.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

func (r *trayRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(r.label)
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

// trayLayout stacks the tray's groups. Each keeps at least its minimum
// height, enough for its title and a row, so that an empty group stays a
// drop target; the rest of the height is shared by the number of
// initiatives each holds, so a long Now list is not shown two rows at a
// time beside an empty one.
type trayLayout struct{ tr *tray }

var _ fyne.Layout = (*trayLayout)(nil)

// MinSize is the widest group's width by the groups' minimum heights.
func (l *trayLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
	}
	return s
}

// Layout gives each group its minimum height plus a share of what is left
// by its number of initiatives (one for an empty group).
func (l *trayLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	extra := size.Height
	weights := make([]float32, len(objs))
	var total float32
	for i, o := range objs {
		extra -= o.MinSize().Height
		weights[i] = 1
		if i < len(l.tr.groups) {
			weights[i] = float32(max(1, len(l.tr.groups[i].items)))
		}
		total += weights[i]
	}
	extra = max(0, extra)
	y := float32(0)
	for i, o := range objs {
		h := o.MinSize().Height + extra*weights[i]/total
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
}
