package roadmap

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/timeline"
	"canopy/ui/page"
)

// Horizons is the Now / Next / Later board: every initiative in a column
// by horizon, the dated ones placed by their dates relative to today
// (timeline.HorizonOf), for audiences who do not want dates. A card opens
// the initiative's editor.
type Horizons struct {
	env     *page.Env
	cols    [4]*horizonColumn
	content fyne.CanvasObject
}

// horizonColumn is the list of one horizon.
type horizonColumn struct {
	h     app.Horizon
	items []*app.Initiative
	title *widget.Label
	list  *widget.List
}

// NewHorizons builds the board of env's workspace.
func NewHorizons(env *page.Env) *Horizons {
	b := &Horizons{env: env}
	grid := container.NewGridWithColumns(len(b.cols))
	for ci, h := range timeline.TrayHorizons {
		c := &horizonColumn{h: h, title: widget.NewLabel("")}
		c.title.TextStyle.Bold = true
		c.list = widget.NewList(
			func() int { return len(c.items) },
			func() fyne.CanvasObject { return newHorizonCard() },
			func(id widget.ListItemID, o fyne.CanvasObject) { o.(*horizonCard).show(env.WS, c.items[id]) },
		)
		c.list.OnSelected = func(id widget.ListItemID) {
			c.list.UnselectAll()
			if id < len(c.items) && env.Open != nil {
				env.Open(app.Key{Kind: app.KindInitiative, ID: c.items[id].ID})
			}
		}
		b.cols[ci] = c
		grid.Add(container.NewBorder(c.title, nil, nil, nil, c.list))
	}
	intro := widget.NewLabel("Every initiative by horizon: dated work by when it starts (started or within a month: Now; within three months: Next), undated work by its horizon.")
	intro.Wrapping = fyne.TextWrapWord
	b.content = container.NewBorder(intro, nil, nil, nil, grid)
	b.Refresh()
	return b
}

// Object returns the board.
func (b *Horizons) Object() fyne.CanvasObject { return b.content }

// Refresh follows a change of the workspace.
func (b *Horizons) Refresh() {
	ws := b.env.WS
	today := ws.Today()
	for _, c := range b.cols {
		c.items = c.items[:0]
	}
	for _, in := range ws.Initiatives() {
		h := timeline.HorizonOf(in, today)
		for _, c := range b.cols {
			if c.h == h {
				c.items = append(c.items, in)
			}
		}
	}
	for _, c := range b.cols {
		name := "No horizon"
		if c.h != app.HorizonNone {
			name = c.h.Title()
		}
		c.title.SetText(fmt.Sprintf("%s (%d)", name, len(c.items)))
		c.list.Refresh()
	}
}

// Column returns the IDs of the initiatives in the column of horizon h.
func (b *Horizons) Column(h app.Horizon) []string {
	for _, c := range b.cols {
		if c.h == h {
			out := make([]string, len(c.items))
			for i, in := range c.items {
				out[i] = in.ID
			}
			return out
		}
	}
	return nil
}

// horizonCard is an initiative on the board: a status stripe, its name,
// its lane and dates or status.
type horizonCard struct {
	widget.BaseWidget
	stripe *canvas.Rectangle
	name   *widget.Label
	info   *widget.Label
}

func newHorizonCard() *horizonCard {
	c := &horizonCard{stripe: canvas.NewRectangle(color.Transparent), name: widget.NewLabel(""), info: widget.NewLabel("")}
	c.name.TextStyle.Bold = true
	c.name.Truncation = fyne.TextTruncateEllipsis
	c.info.Truncation = fyne.TextTruncateEllipsis
	c.stripe.SetMinSize(fyne.NewSize(5, 0))
	c.ExtendBaseWidget(c)
	return c
}

func (c *horizonCard) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, c.stripe, nil,
		container.New(&tightVBox{}, c.name, c.info)))
}

// show fills the card with the initiative.
func (c *horizonCard) show(ws *app.Workspace, in *app.Initiative) {
	c.stripe.FillColor = timeline.StatusColor(in.Status)
	c.stripe.Refresh()
	c.name.SetText(in.Name)
	info := in.Status.Title()
	if in.Dated() {
		info = shortRange(in.Start, in.End) + " · " + info
	}
	if l, ok := ws.Lane(in.Lane); ok {
		info += " · " + l.Name
	}
	c.info.SetText(info)
}

// shortRange formats dates for a card ("Oct 1 – Nov 28", "Dec 1 – Feb 28 '27").
func shortRange(start, end app.Date) string {
	s, e := start.Time(), end.Time()
	if s.Year() == e.Year() {
		return s.Format("Jan 2") + " – " + e.Format("Jan 2")
	}
	return s.Format("Jan 2") + " – " + e.Format("Jan 2 '06")
}

// tightVBox stacks its objects with no gap, so a card takes two lines.
type tightVBox struct{}

func (*tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height - 8
	}
	return s
}

func (*tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(-4)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - 8
	}
}

var _ fyne.Layout = (*tightVBox)(nil)
