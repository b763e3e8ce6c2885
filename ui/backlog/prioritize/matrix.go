package prioritize

import (
	"fmt"
	"hash/fnv"
	"image/color"
	"math"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// Matrix is the value vs effort chart of the backlog items that have
// value/effort inputs, with a legend of the status colors.
type Matrix struct {
	env    *page.Env
	filter app.Filter
	chart  *chart
	info   *widget.Label
	obj    fyne.CanvasObject
}

// NewMatrix returns the value vs effort matrix of env's workspace; a tap
// on a point opens its item.
func NewMatrix(env *page.Env) *Matrix {
	m := &Matrix{env: env, info: widget.NewLabel("")}
	m.info.Truncation = fyne.TextTruncateEllipsis
	m.chart = newChart(func(it *app.Item) { env.Open(app.KeyOf(it)) })
	// The legend wraps on a narrow window.
	parts := []fyne.CanvasObject{widget.NewLabel("Status:")}
	for _, s := range app.Statuses {
		dot := canvas.NewText("●", statusColor(s))
		dot.TextSize = 18
		parts = append(parts, container.NewHBox(dot, widget.NewLabel(s.Title())))
	}
	legend := page.NewFlow(parts...)
	m.obj = container.NewBorder(m.info, legend, nil, nil, m.chart)
	m.Refresh()
	return m
}

// Object returns the matrix's content.
func (m *Matrix) Object() fyne.CanvasObject { return m.obj }

// SetFilter shows only the items that pass f.
func (m *Matrix) SetFilter(f app.Filter) {
	m.filter = f
	m.Refresh()
}

// Refresh shows the workspace as it is now.
func (m *Matrix) Refresh() {
	ws := m.env.WS
	match := m.filter.Matcher(ws)
	pts := m.chart.pts[:0]
	without := 0
	for _, it := range ws.Items() {
		if !match.Match(it) {
			continue
		}
		ve := it.Scores.ValueEffort
		if ve == nil || ve.Value <= 0 || ve.Effort <= 0 {
			without++
			continue
		}
		jx, jy := jitter(it.ID)
		pts = append(pts, point{it: it, x: float32(ve.Effort) + jx, y: float32(ve.Value) + jy})
	}
	// Items further along the board are drawn first, so that the New and
	// Ready items, which the product owner is choosing among, lie on top.
	slices.SortStableFunc(pts, func(a, b point) int { return b.it.Status.Index() - a.it.Status.Index() })
	m.chart.setPoints(pts)
	s := fmt.Sprintf("%d items by value (1–10) and effort (1–10)", len(pts))
	if without > 0 {
		s += fmt.Sprintf("; %d without value/effort scores are not shown", without)
	}
	m.info.SetText(s + ". Hover a point for its title, click it to open.")
}

// jitterSpan is the largest shift of a point from its value and effort,
// small enough to keep it in its quadrant.
const jitterSpan = 0.3

// jitter returns a small shift for the item's point, the same every time
// for the same ID, so that items with equal inputs do not hide each other.
func jitter(id string) (dx, dy float32) {
	h := fnv.New64a()
	h.Write([]byte(id))
	v := h.Sum64()
	f := func(bits uint64) float32 { return (float32(bits&0xffff)/0xffff*2 - 1) * jitterSpan }
	return f(v), f(v >> 32)
}

// statusColor is the color of a status in the chart and its legend: each
// stands at 3:1 or better on the light and the dark background.
func statusColor(s app.Status) color.NRGBA {
	switch s {
	case app.StatusNew:
		return color.NRGBA{R: 0x78, G: 0x90, B: 0x9c, A: 0xff}
	case app.StatusReady:
		return color.NRGBA{R: 0x1e, G: 0x88, B: 0xe5, A: 0xff}
	case app.StatusInProgress:
		return color.NRGBA{R: 0xd8, G: 0x64, B: 0x00, A: 0xff}
	case app.StatusDone:
		return color.NRGBA{R: 0x43, G: 0xa0, B: 0x47, A: 0xff}
	case app.StatusAccepted:
		return color.NRGBA{R: 0xb0, G: 0x50, B: 0xc8, A: 0xff}
	}
	return color.NRGBA{R: 0x80, G: 0x80, B: 0x80, A: 0xff}
}

// point is one item on the chart, in data coordinates (effort x, value y).
type point struct {
	it   *app.Item
	x, y float32
}

// chart draws the points; all of them share one raster, so the number of
// canvas objects does not grow with the backlog.
type chart struct {
	widget.BaseWidget
	pts     []point
	version int // counts setPoints, so the renderer redraws the dots only when they change
	hover   int // index in pts, -1 when none
	onTap   func(*app.Item)
}

var (
	_ fyne.Tappable     = (*chart)(nil)
	_ desktop.Hoverable = (*chart)(nil)
)

func newChart(onTap func(*app.Item)) *chart {
	c := &chart{hover: -1, onTap: onTap}
	c.ExtendBaseWidget(c)
	return c
}

func (c *chart) setPoints(pts []point) {
	c.pts = pts
	c.version++
	c.hover = -1
	c.Refresh()
}

// Chart geometry, in Fyne units: margins around the plot area, the data
// range shown and the pick distance.
const (
	marginLeft   = 44
	marginTop    = 28
	marginRight  = 14
	marginBottom = 46
	dataLo       = 0.5
	dataHi       = 10.5
	dotRadius    = 4
	pickDistance = 7
)

// plot returns the plot area of a chart of the given size.
func plot(size fyne.Size) (origin fyne.Position, area fyne.Size) {
	return fyne.NewPos(marginLeft, marginTop),
		fyne.NewSize(max(size.Width-marginLeft-marginRight, 1), max(size.Height-marginTop-marginBottom, 1))
}

// toScreen returns where data point (x, y) lies in a chart of the given size.
func toScreen(size fyne.Size, x, y float32) fyne.Position {
	o, a := plot(size)
	return fyne.NewPos(o.X+(x-dataLo)/(dataHi-dataLo)*a.Width, o.Y+a.Height-(y-dataLo)/(dataHi-dataLo)*a.Height)
}

// pointPos returns where the item's point is drawn, relative to the chart.
func (c *chart) pointPos(id string) (fyne.Position, bool) {
	for _, p := range c.pts {
		if p.it.ID == id {
			return toScreen(c.Size(), p.x, p.y), true
		}
	}
	return fyne.Position{}, false
}

// nearest returns the index of the point closest to pos within the pick
// distance, the topmost one among equals, or -1.
func (c *chart) nearest(pos fyne.Position) int {
	best, bestD := -1, float32(pickDistance*pickDistance)
	size := c.Size()
	for i, p := range c.pts {
		s := toScreen(size, p.x, p.y)
		dx, dy := s.X-pos.X, s.Y-pos.Y
		if d := dx*dx + dy*dy; d <= bestD {
			best, bestD = i, d
		}
	}
	return best
}

func (c *chart) setHover(i int) {
	if i != c.hover {
		c.hover = i
		c.Refresh()
	}
}

// Tapped opens the item under the pointer.
func (c *chart) Tapped(ev *fyne.PointEvent) {
	i := c.nearest(ev.Position)
	c.setHover(i)
	if i >= 0 && c.onTap != nil {
		c.onTap(c.pts[i].it)
	}
}

// MouseIn shows the label of the point under the pointer.
func (c *chart) MouseIn(ev *desktop.MouseEvent) { c.setHover(c.nearest(ev.Position)) }

// MouseMoved shows the label of the point under the pointer.
func (c *chart) MouseMoved(ev *desktop.MouseEvent) { c.setHover(c.nearest(ev.Position)) }

// MouseOut hides the label.
func (c *chart) MouseOut() { c.setHover(-1) }

// hoverText is the label of point i.
func (c *chart) hoverText(i int) string {
	p := c.pts[i]
	ve := p.it.Scores.ValueEffort
	return fmt.Sprintf("%s · value %d, effort %d · %s", p.it.Title, ve.Value, ve.Effort, p.it.Status.Title())
}

// quadrantRect returns the rectangle of a quadrant in a chart of the given size.
func quadrantRect(size fyne.Size, q app.Quadrant) (fyne.Position, fyne.Size) {
	o, a := plot(size)
	split := toScreen(size, app.QuadrantSplit, app.QuadrantSplit)
	right, bottom := o.X+a.Width, o.Y+a.Height
	switch q {
	case app.QuickWins:
		return o, fyne.NewSize(split.X-o.X, split.Y-o.Y)
	case app.BigBets:
		return fyne.NewPos(split.X, o.Y), fyne.NewSize(right-split.X, split.Y-o.Y)
	case app.FillIns:
		return fyne.NewPos(o.X, split.Y), fyne.NewSize(split.X-o.X, bottom-split.Y)
	}
	return split, fyne.NewSize(right-split.X, bottom-split.Y)
}

// clamp keeps v within lo..hi (lo wins when they cross).
func clamp(v, lo, hi float32) float32 {
	return float32(math.Max(float64(lo), math.Min(float64(v), float64(hi))))
}
