package market

import (
	"fmt"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// positioningPage places us and the competitors on two axes the PM names
// ("Price", "Ease of use"): drag a mark to move it, or type its place in
// the list beside the map, where the competitors not yet placed wait with
// a Place button rather than being drawn at a corner.
type positioningPage struct {
	env  *page.Env
	open func(app.Key)

	xName, yName *form.Entry
	chart        *positionMap
	places       *fyne.Container
	rows         map[string]*placeRow // by competitor ID; "" is us
	content      fyne.CanvasObject
}

// placeRow is the line of one mark in the list beside the map.
type placeRow struct {
	name        *widget.Label
	x, y        *form.Entry
	place, drop *widget.Button
	obj         fyne.CanvasObject
}

func newPositioningPage(env *page.Env, open func(app.Key)) *positioningPage {
	p := &positioningPage{env: env, open: open, rows: map[string]*placeRow{}}
	p.xName = form.NewEntry(func(v string) error {
		return env.Do(app.EditStrategy("Name the horizontal axis", func(s *app.Strategy) error { s.PositioningAxes.X = page.Trimmed(v); return nil }))
	})
	p.xName.SetPlaceHolder("e.g. Price")
	p.yName = form.NewEntry(func(v string) error {
		return env.Do(app.EditStrategy("Name the vertical axis", func(s *app.Strategy) error { s.PositioningAxes.Y = page.Trimmed(v); return nil }))
	})
	p.yName.SetPlaceHolder("e.g. Ease of use")
	p.chart = newPositionMap(p.onPlace)
	p.places = container.NewVBox()
	axes := container.NewGridWithColumns(2,
		container.NewBorder(nil, nil, widget.NewLabel("Horizontal axis →"), nil, p.xName),
		container.NewBorder(nil, nil, widget.NewLabel("Vertical axis ↑"), nil, p.yName))
	help := page.NewDim("Drag a mark to move it, or type its place from 0 (low) to 100 (high).", true)
	side := container.NewBorder(container.NewVBox(page.PageHeading("Places"), help), nil, nil, nil, container.NewVScroll(p.places))
	split := container.NewHSplit(container.NewPadded(p.chart), side)
	split.Offset = 0.62
	p.content = container.NewBorder(container.NewPadded(axes), nil, nil, nil, split)
	p.refresh()
	return p
}

// refresh shows the axes and places as they are now.
func (p *positioningPage) refresh() {
	ws := p.env.WS
	s := ws.Strategy()
	p.xName.SetValue(s.PositioningAxes.X)
	p.yName.SetValue(s.PositioningAxes.Y)
	marks := []mapMark{{id: "", name: page.NameOrUnnamed(ws.Product().Name), at: s.OurPosition, us: true}}
	for _, c := range ws.Competitors() {
		marks = append(marks, mapMark{id: c.ID, name: page.NameOrUnnamed(c.Name), at: c.Position})
	}
	p.chart.set(marks, s.PositioningAxes, !p.env.ReadOnly())

	p.places.Objects = nil
	seen := map[string]bool{}
	var unplaced []fyne.CanvasObject
	for _, m := range marks {
		seen[m.id] = true
		r := p.row(m.id)
		setLabelText(r.name, m.name, m.us)
		if m.at != nil {
			r.x.SetValue(form.FormatNumber(m.at.X))
			r.y.SetValue(form.FormatNumber(m.at.Y))
			r.x.Show()
			r.y.Show()
			r.drop.Show()
			r.place.Hide()
			p.places.Add(r.obj)
		} else {
			r.x.Hide()
			r.y.Hide()
			r.drop.Hide()
			r.place.Show()
			unplaced = append(unplaced, r.obj)
		}
		page.Enable(!p.env.ReadOnly(), r.x, r.y, r.place, r.drop)
	}
	if len(unplaced) > 0 {
		p.places.Add(page.PageHeading("Not on the map yet"))
		p.places.Objects = append(p.places.Objects, unplaced...)
	}
	for id := range p.rows {
		if !seen[id] {
			delete(p.rows, id)
		}
	}
	p.places.Refresh()
	page.Enable(!p.env.ReadOnly(), p.xName, p.yName)
}

func setLabelText(l *widget.Label, text string, bold bool) {
	if l.Text != text || l.TextStyle.Bold != bold {
		l.Text = text
		l.TextStyle.Bold = bold
		l.Refresh()
	}
}

// row returns the list line of mark id, made on first use.
func (p *positioningPage) row(id string) *placeRow {
	if r := p.rows[id]; r != nil {
		return r
	}
	r := &placeRow{name: page.NewTruncated(fyne.TextStyle{})}
	coord := func(axis string, set func(pt *app.Point, v float64)) *form.Entry {
		e := form.NewNumberEntry(func(v float64) error {
			at := p.placeOf(id)
			if at == nil {
				at = &app.Point{X: 50, Y: 50}
			}
			set(at, v)
			return p.env.Do(placeCommand(id, at, "Move on the positioning map"))
		})
		e.SetPlaceHolder(axis)
		e.OnError = func(err error) {
			if p.env.Window != nil {
				dialog.ShowError(err, p.env.Window)
			}
		}
		return e
	}
	r.x = coord("x", func(pt *app.Point, v float64) { pt.X = v })
	r.y = coord("y", func(pt *app.Point, v float64) { pt.Y = v })
	r.place = page.IconButton("Place", theme.ContentAddIcon(), func() {
		p.env.Do(placeCommand(id, &app.Point{X: 50, Y: 50}, "Place on the positioning map"))
	})
	r.drop = page.IconButton("", theme.ContentRemoveIcon(), func() {
		p.env.Do(placeCommand(id, nil, "Take off the positioning map"))
	})
	r.obj = container.NewBorder(nil, nil, nil,
		container.NewHBox(page.Sized(64, r.x), page.Sized(64, r.y), r.drop, r.place), r.name)
	p.rows[id] = r
	return r
}

// placeOf returns a copy of the place of mark id, or nil.
func (p *positioningPage) placeOf(id string) *app.Point {
	var at *app.Point
	if id == "" {
		at = p.env.WS.Strategy().OurPosition
	} else if c, ok := p.env.WS.Competitor(id); ok {
		at = c.Position
	}
	if at == nil {
		return nil
	}
	c := *at
	return &c
}

// onPlace commits a mark dropped on the map.
func (p *positioningPage) onPlace(id string, at app.Point) {
	p.env.Do(placeCommand(id, &at, "Move on the positioning map"))
	p.refresh() // a refused move puts the mark back
}

// placeCommand places competitor id, or us when id is "", at at (nil
// takes it off the map).
func placeCommand(id string, at *app.Point, desc string) app.Command {
	if id == "" {
		return app.EditStrategy(desc, func(s *app.Strategy) error { s.OurPosition = at; return nil })
	}
	return app.Func{Desc: desc, Fn: func(tx *app.Tx) error {
		c, err := app.Edit[*app.Competitor](tx, app.KindCompetitor, id)
		if err != nil {
			return err
		}
		c.Position = at
		return nil
	}}
}

// mapMark is one entity on the map: a competitor, or us.
type mapMark struct {
	id   string // the competitor's ID; "" for us
	name string
	at   *app.Point
	us   bool
}

// positionMap draws the two axes and a mark per placed entity; marks are
// dragged to move them, and onPlace receives where one was dropped.
type positionMap struct {
	widget.BaseWidget
	marks    []mapMark
	axes     app.Axes
	editable bool
	onPlace  func(id string, at app.Point)
	dots     []*mapDot
}

var _ fyne.Widget = (*positionMap)(nil)

func newPositionMap(onPlace func(string, app.Point)) *positionMap {
	m := &positionMap{onPlace: onPlace}
	m.ExtendBaseWidget(m)
	return m
}

// set shows marks on axes; only placed marks are drawn.
func (m *positionMap) set(marks []mapMark, axes app.Axes, editable bool) {
	m.marks, m.axes, m.editable = marks, axes, editable
	m.dots = m.dots[:0]
	for _, mk := range marks {
		if mk.at != nil {
			m.dots = append(m.dots, newMapDot(m, mk))
		}
	}
	m.Refresh()
}

// Margins of the plot inside the widget, for the axis names.
const (
	mapMarginX      = 24
	mapMarginTop    = 30
	mapMarginBottom = 34
	dotSize         = 14
	usDotSize       = 20
)

// plot returns the rectangle of the plot area for a widget of size s.
func plotRect(s fyne.Size) (fyne.Position, fyne.Size) {
	return fyne.NewPos(mapMarginX, mapMarginTop), fyne.NewSize(max(s.Width-2*mapMarginX, 10), max(s.Height-mapMarginTop-mapMarginBottom, 10))
}

// pointAt returns the place, 0–100 on each axis, of pixel pos (relative to
// the widget), clamped to the plot and rounded to whole numbers.
func (m *positionMap) pointAt(pos fyne.Position) app.Point {
	o, s := plotRect(m.Size())
	x := (pos.X - o.X) / s.Width * app.PositionMax
	y := (1 - (pos.Y-o.Y)/s.Height) * app.PositionMax
	clamp := func(v float32) float64 { return math.Round(math.Max(0, math.Min(app.PositionMax, float64(v)))) }
	return app.Point{X: clamp(x), Y: clamp(y)}
}

// pixelOf returns the pixel, relative to the widget, of place at.
func (m *positionMap) pixelOf(at app.Point) fyne.Position {
	o, s := plotRect(m.Size())
	return fyne.NewPos(o.X+float32(at.X/app.PositionMax)*s.Width, o.Y+float32(1-at.Y/app.PositionMax)*s.Height)
}

func (m *positionMap) CreateRenderer() fyne.WidgetRenderer {
	r := &positionMapRenderer{m: m,
		bg:     canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground)),
		frame:  canvas.NewRectangle(color.Transparent),
		midX:   canvas.NewLine(theme.Color(theme.ColorNameSeparator)),
		midY:   canvas.NewLine(theme.Color(theme.ColorNameSeparator)),
		xLabel: canvas.NewText("", theme.Color(theme.ColorNameForeground)),
		yLabel: canvas.NewText("", theme.Color(theme.ColorNameForeground)),
		xLow:   canvas.NewText("low", theme.Color(theme.ColorNamePlaceHolder)),
		xHigh:  canvas.NewText("high", theme.Color(theme.ColorNamePlaceHolder)),
		yHigh:  canvas.NewText("high", theme.Color(theme.ColorNamePlaceHolder)),
		empty:  canvas.NewText("", theme.Color(theme.ColorNamePlaceHolder)),
	}
	r.frame.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	r.frame.StrokeWidth = 1
	r.xLabel.TextStyle.Bold = true
	r.yLabel.TextStyle.Bold = true
	for _, t := range []*canvas.Text{r.xLow, r.xHigh, r.yHigh, r.empty} {
		t.TextSize = theme.Size(theme.SizeNameCaptionText)
	}
	r.Refresh()
	return r
}

func (m *positionMap) MinSize() fyne.Size {
	m.ExtendBaseWidget(m)
	return m.BaseWidget.MinSize()
}

type positionMapRenderer struct {
	m                           *positionMap
	bg, frame                   *canvas.Rectangle
	midX, midY                  *canvas.Line
	xLabel, yLabel, xLow, xHigh *canvas.Text
	yHigh, empty                *canvas.Text
	objs                        []fyne.CanvasObject
}

func (r *positionMapRenderer) Destroy() {}

// MinSize leaves the map about 200 px between its margins: on a window of
// 800×600, under the header, the map takes what is left instead of making
// the window taller (the Market section's height is its tallest tab's);
// larger, it grows.
func (r *positionMapRenderer) MinSize() fyne.Size {
	return fyne.NewSize(360, mapMarginTop+mapMarginBottom+200)
}

func (r *positionMapRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *positionMapRenderer) Layout(size fyne.Size) {
	o, s := plotRect(size)
	r.bg.Move(fyne.NewPos(0, 0))
	r.bg.Resize(size)
	r.frame.Move(o)
	r.frame.Resize(s)
	r.midX.Position1 = fyne.NewPos(o.X+s.Width/2, o.Y)
	r.midX.Position2 = fyne.NewPos(o.X+s.Width/2, o.Y+s.Height)
	r.midY.Position1 = fyne.NewPos(o.X, o.Y+s.Height/2)
	r.midY.Position2 = fyne.NewPos(o.X+s.Width, o.Y+s.Height/2)
	below := o.Y + s.Height + 4
	r.xLow.Move(fyne.NewPos(o.X, below))
	r.xHigh.Move(fyne.NewPos(o.X+s.Width-r.xHigh.MinSize().Width, below))
	r.xLabel.Move(fyne.NewPos(o.X+(s.Width-r.xLabel.MinSize().Width)/2, below))
	r.yLabel.Move(fyne.NewPos(o.X, o.Y-r.yLabel.MinSize().Height-2))
	r.yHigh.Move(fyne.NewPos(o.X+4, o.Y+2))
	r.empty.Move(fyne.NewPos(o.X+(s.Width-r.empty.MinSize().Width)/2, o.Y+s.Height/2+6))
	marks := make([]labelMark, len(r.m.dots))
	for i, d := range r.m.dots {
		c := r.m.pixelOf(*d.mark.at)
		rad := d.radius()
		d.Resize(fyne.NewSquareSize(2 * rad))
		d.Move(fyne.NewPos(c.X-rad, c.Y-rad))
		marks[i] = labelMark{center: c, radius: rad, size: d.label.MinSize()}
	}
	// Labels stay inside the widget, clear of every dot and of each other
	// where the room allows.
	for i, at := range placeMapLabels(fyne.NewPos(0, 0), size, marks) {
		l := r.m.dots[i].label
		l.Resize(marks[i].size)
		l.Move(at)
	}
}

func (r *positionMapRenderer) Refresh() {
	m := r.m
	// The colours are read again, so that the map follows a theme change.
	fg, dim, sep := theme.Color(theme.ColorNameForeground), theme.Color(theme.ColorNamePlaceHolder), theme.Color(theme.ColorNameInputBorder)
	r.bg.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.frame.StrokeColor, r.midX.StrokeColor, r.midY.StrokeColor = sep, sep, sep
	r.xLabel.Color, r.yLabel.Color = fg, fg
	r.xLow.Color, r.xHigh.Color, r.yHigh.Color, r.empty.Color = dim, dim, dim, dim
	r.xLabel.Text = orAxis(m.axes.X, "horizontal axis") + " →"
	r.yLabel.Text = "↑ " + orAxis(m.axes.Y, "vertical axis")
	r.empty.Text = ""
	if len(m.dots) == 0 {
		r.empty.Text = "Nothing placed yet: use Place beside the map."
	}
	r.objs = []fyne.CanvasObject{r.bg, r.frame, r.midX, r.midY, r.xLow, r.xHigh, r.yHigh, r.xLabel, r.yLabel, r.empty}
	for _, d := range m.dots {
		d.label.Color = fg
		d.label.Refresh()
		r.objs = append(r.objs, d.label)
	}
	for _, d := range m.dots {
		r.objs = append(r.objs, d)
	}
	for _, o := range r.objs[:10] {
		o.Refresh()
	}
	r.Layout(m.Size())
}

func orAxis(name, placeholder string) string {
	if name == "" {
		return "Name the " + placeholder
	}
	return name
}

// mapDot is one mark on the map, dragged to move it; its name is a text
// of the map's, placed clear of the other marks (see placeMapLabels), that
// follows the dot while it is dragged.
type mapDot struct {
	widget.BaseWidget
	m     *positionMap
	mark  mapMark
	label *canvas.Text
}

var (
	_ fyne.Draggable     = (*mapDot)(nil)
	_ desktop.Cursorable = (*mapDot)(nil)
)

// Cursor shows a hand over a mark that can be dragged.
func (d *mapDot) Cursor() desktop.Cursor {
	if d.m.editable {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

func newMapDot(m *positionMap, mk mapMark) *mapDot {
	label := canvas.NewText(mk.name+fmt.Sprintf(" (%s, %s)", form.FormatNumber(mk.at.X), form.FormatNumber(mk.at.Y)), theme.Color(theme.ColorNameForeground))
	label.TextStyle.Bold = mk.us
	label.TextSize = theme.Size(theme.SizeNameCaptionText)
	if mk.us {
		label.TextSize = theme.Size(theme.SizeNameText)
	}
	d := &mapDot{m: m, mark: mk, label: label}
	d.ExtendBaseWidget(d)
	return d
}

func (d *mapDot) radius() float32 {
	if d.mark.us {
		return usDotSize / 2
	}
	return dotSize / 2
}

func (d *mapDot) CreateRenderer() fyne.WidgetRenderer {
	dot := canvas.NewCircle(color.Transparent)
	dot.StrokeWidth = 2
	r := &dotRenderer{us: d.mark.us, dot: dot}
	r.Refresh()
	return r
}

// Dragged follows the pointer, within the plot; the name moves along.
func (d *mapDot) Dragged(e *fyne.DragEvent) {
	if !d.m.editable {
		return
	}
	o, s := plotRect(d.m.Size())
	rad := d.radius()
	p := d.Position().Add(e.Dragged)
	p.X = max(o.X-rad, min(p.X, o.X+s.Width-rad))
	p.Y = max(o.Y-rad, min(p.Y, o.Y+s.Height-rad))
	d.label.Move(d.label.Position().Add(p.Subtract(d.Position())))
	d.Move(p)
}

// DragEnd commits the place where the mark was dropped.
func (d *mapDot) DragEnd() {
	if !d.m.editable {
		return
	}
	c := d.Position().Add(fyne.NewPos(d.radius(), d.radius()))
	d.m.onPlace(d.mark.id, d.m.pointAt(c))
}

// dotRenderer draws a mark's dot, filling the widget.
type dotRenderer struct {
	us  bool
	dot *canvas.Circle
}

func (r *dotRenderer) Destroy() {}

// Refresh colours the dot from the theme: ours in the primary colour.
func (r *dotRenderer) Refresh() {
	r.dot.FillColor = theme.Color(theme.ColorNameForeground)
	if r.us {
		r.dot.FillColor = theme.Color(theme.ColorNamePrimary)
	}
	r.dot.StrokeColor = theme.Color(theme.ColorNameBackground)
	r.dot.Refresh()
}
func (r *dotRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.dot} }
func (r *dotRenderer) MinSize() fyne.Size           { return r.dot.Size() }

func (r *dotRenderer) Layout(size fyne.Size) {
	r.dot.Move(fyne.NewPos(0, 0))
	r.dot.Resize(size)
}
