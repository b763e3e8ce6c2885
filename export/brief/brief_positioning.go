package brief

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"canopy/app"
)

// mapStyle is the geometry of a positioning map, in points: the full
// brief's (fullMap) or a smaller one for the executive summary.
type mapStyle struct {
	side     float64 // the square plot
	arrow    float64 // how far the axes' arrows reach past the plot
	inset    float64 // labels keep this far inside the plot
	ourR     float64 // our mark's radius
	theirR   float64 // a competitor's mark's radius
	axisSize float64 // the axis names
	tickSize float64 // "low", "high" and the competitors' labels
	ourSize  float64 // our label
	labelGap float64 // between a mark and its label
	// labelShare is the widest a label may be, as a share of the side.
	labelShare float64
}

// fullMap is the full brief's map: a square plot of 9.5 cm.
var fullMap = mapStyle{side: 9.5 / 2.54 * 72, arrow: 7, inset: 3, ourR: 5.5, theirR: 3.6, axisSize: 8.5,
	tickSize: sizeSmall, ourSize: 9, labelGap: 2.5, labelShare: 0.42}

// Bounds of the executive summary's map's plot, in points.
const (
	summaryMapMinSide = 110.0 // smaller reads badly: the map is left out
	summaryMapMaxSide = 190.0
)

// summaryMap is the executive summary's map with a plot side points wide:
// smaller marks, and type at the sizes a reader still reads (7 points and up).
func summaryMap(side float64) mapStyle {
	return mapStyle{side: side, arrow: 5, inset: 2, ourR: 4, theirR: 2.8, axisSize: 7.5,
		tickSize: 7, ourSize: 8, labelGap: 2, labelShare: 0.8}
}

// gutter is the room left of the plot: the vertical axis's name turned up,
// then its low and high.
func (st mapStyle) gutter(d *pdfDoc) float64 {
	d.setFont("", st.tickSize)
	return st.axisSize + 6 + max(d.strWidth("low"), d.strWidth("high")) + 5
}

// figWidth is the width of the whole figure: gutter, plot and arrow.
func (st mapStyle) figWidth(d *pdfDoc) float64 { return st.gutter(d) + st.side + st.arrow }

// height is the height the positioning map takes below its caption: the
// arrow above the plot, the plot, the low/high line and the horizontal
// axis's name.
func (st mapStyle) height() float64 {
	return st.arrow + 3 + st.side + 4 + st.tickSize*leading + 2 + st.axisSize*leading
}

// dotTouch is the distance, in units of the axes, within which two
// competitors' dots touch on the plot: they then share one label.
func (st mapStyle) dotTouch() float64 { return 2 * st.theirR / st.side * app.PositionMax }

// rect is a box on the page: x, y its top left corner.
type rect struct{ x, y, w, h float64 }

// overlaps reports whether r and o share more than a hairline.
func (r rect) overlaps(o rect) bool {
	return r.x < o.x+o.w && o.x < r.x+r.w && r.y < o.y+o.h && o.y < r.y+r.h
}

// within reports whether r lies inside o.
func (r rect) within(o rect) bool {
	return r.x >= o.x && r.y >= o.y && r.x+r.w <= o.x+o.w && r.y+r.h <= o.y+o.h
}

// grow returns r with m more on every side.
func (r rect) grow(m float64) rect { return rect{r.x - m, r.y - m, r.w + 2*m, r.h + 2*m} }

// placedPlot is a positioning map as drawn, for the layout tests: its plot
// area and the labels (names or numbers) drawn beside its marks.
type placedPlot struct {
	page   int
	box    rect
	labels []string
}

// mapMark is a mark of the positioning map with its label: our product, or
// the competitors whose dots would touch, drawn as their dots under one
// label.
type mapMark struct {
	names  []string    // our product's name, or the competitors'
	ours   bool        // the mark is ours
	places []app.Point // each one's place, 0–100 on each axis
	dots   [][2]float64
	// cx, cy and r are the circle around all its dots on the page, which
	// its label keeps clear of.
	cx, cy, r float64
}

// groupPlaces groups the places whose dots touch, directly or through
// others, keeping the order of each group's first place; each group lists
// the indexes of its places in order. Places within touch of each other
// touch.
func groupPlaces(ps []app.Point, touch float64) [][]int {
	parent := make([]int, len(ps))
	for i := range parent {
		parent[i] = i
	}
	var root func(int) int
	root = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range ps {
		for j := range i {
			if math.Hypot(ps[i].X-ps[j].X, ps[i].Y-ps[j].Y) <= touch {
				ri, rj := root(i), root(j)
				parent[max(ri, rj)] = min(ri, rj) // the earlier place stays the root
			}
		}
	}
	var groups [][]int
	at := map[int]int{}
	for i := range ps {
		r := root(i)
		g, ok := at[r]
		if !ok {
			g = len(groups)
			at[r] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
	}
	return groups
}

// where says where a mark is for the key under the map: "at 30, 25" for one
// place, "around 61, 41" for several.
func (m mapMark) where() string {
	var x, y float64
	for _, p := range m.places {
		x += p.X
		y += p.Y
	}
	n := float64(len(m.places))
	for _, p := range m.places[1:] {
		if p != m.places[0] {
			return fmt.Sprintf("around %s, %s", fmtNum(math.Round(x/n)), fmtNum(math.Round(y/n)))
		}
	}
	return fmt.Sprintf("at %s, %s", fmtNum(m.places[0].X), fmtNum(m.places[0].Y))
}

// labelSpots returns where a label w wide and h high may go around a mark,
// best first: right, left, above, below, the diagonals, then the same
// further away by each of the extra distances.
func (st mapStyle) labelSpots(m mapMark, w, h float64, extras []float64) []rect {
	var out []rect
	for _, extra := range extras {
		g := m.r + st.labelGap + extra
		d := g * 0.72 // the diagonals keep the same distance from the centre
		out = append(out,
			rect{m.cx + g, m.cy - h/2, w, h},
			rect{m.cx - g - w, m.cy - h/2, w, h},
			rect{m.cx - w/2, m.cy - g - h, w, h},
			rect{m.cx - w/2, m.cy + g, w, h},
			rect{m.cx + d, m.cy - d - h, w, h},
			rect{m.cx + d, m.cy + d, w, h},
			rect{m.cx - d - w, m.cy - d - h, w, h},
			rect{m.cx - d - w, m.cy + d, w, h},
		)
	}
	return out
}

// Rings of spots around a mark: a name stays close to its mark; a number,
// being small, may go a little further.
var (
	nameRings   = []float64{0, 7}
	numberRings = []float64{0, 5, 10}
)

// placeLabel returns the first spot around m, in the rings, for a label
// w × h that stays inside area and clear of the taken boxes; ok is false
// when none is.
func (st mapStyle) placeLabel(m mapMark, w, h float64, rings []float64, area rect, taken []rect) (rect, bool) {
	for _, spot := range st.labelSpots(m, w, h, rings) {
		if !spot.within(area) {
			continue
		}
		free := true
		for _, t := range taken {
			if spot.grow(1).overlaps(t) {
				free = false
				break
			}
		}
		if free {
			return spot, true
		}
	}
	return rect{}, false
}

// mapMarks returns the marks of the positioning map, without their places
// on the page: ours when we are placed, then the placed competitors, those
// whose dots touch at st's scale grouped under one mark; and the names of
// the competitors not placed.
func (b *brief) mapMarks(st mapStyle) (marks []mapMark, unplaced []string) {
	s := b.ws.Strategy()
	var names []string
	var places []app.Point
	if s.OurPosition != nil {
		marks = append(marks, mapMark{names: []string{app.OneLine(b.name, 80)}, ours: true, places: []app.Point{*s.OurPosition}})
	}
	for _, c := range b.ws.Competitors() {
		name := app.OneLine(b.clean(c, "name", c.Name), 80)
		if name == "" {
			name = "Unnamed competitor"
		}
		if c.Position == nil {
			unplaced = append(unplaced, name)
			continue
		}
		names = append(names, name)
		places = append(places, *c.Position)
	}
	for _, g := range groupPlaces(places, st.dotTouch()) {
		m := mapMark{}
		for _, i := range g {
			m.names = append(m.names, names[i])
			m.places = append(m.places, places[i])
		}
		marks = append(marks, m)
	}
	return marks, unplaced
}

// axisNames returns the names of the map's axes, "Horizontal axis" and
// "Vertical axis" for an unnamed one.
func (b *brief) axisNames() (x, y string) {
	s := b.ws.Strategy()
	x = b.clean(s, "positioning map x axis", strings.TrimSpace(s.PositioningAxes.X))
	y = b.clean(s, "positioning map y axis", strings.TrimSpace(s.PositioningAxes.Y))
	if x == "" {
		x = "Horizontal axis"
	}
	if y == "" {
		y = "Vertical axis"
	}
	return x, y
}

// positioningMap draws the positioning map when we or a competitor are
// placed: a square plot of the two named axes from low to high with its
// quadrants, our mark in the accent colour, each placed competitor as a
// labelled dot, and under it the competitors not placed. It reports whether
// it drew anything.
func (b *brief) positioningMap() bool {
	d := b.d
	st := fullMap
	marks, unplaced := b.mapMarks(st)
	if len(marks) == 0 {
		return false
	}
	xName, yName := b.axisNames()
	// The figure, centred: the vertical axis's name turned up the left
	// side, then its low and high, then the plot.
	gutter, figW := st.gutter(d), st.figWidth(d)
	d.need(sizeSmall*leading + 2 + st.height())
	d.label("Positioning map")
	x0 := d.left + (d.width()-figW)/2 + gutter
	y0 := d.y + st.arrow + 3
	key, bottom := b.drawMap(st, marks, x0, y0, xName, yName)
	d.y = bottom + 10

	d.setFont("", sizeBody)
	d.color(colText)
	if len(key) > 0 {
		d.setFont("", sizeSmall)
		d.color(colMuted)
		d.para("Crowded marks: "+strings.Join(key, " · ")+".", 0)
		d.gap(2)
	}
	if len(unplaced) > 0 {
		d.setFont("I", sizeSmall+0.5)
		d.color(colMuted)
		d.para("Not placed: "+strings.Join(unplaced, ", ")+".", 0)
	}
	d.setFont("", sizeBody)
	d.color(colText)
	return true
}

// mapLabel is a label of the map as placed: its box and its text.
type mapLabel struct {
	box  rect
	text string
	ours bool
}

// layout places the marks on a plot whose top left corner is at (x0, y0)
// and their labels beside them: each beside its mark (a group of touching
// dots shares one), inside the plot, clear of every mark and label, ours
// first. A mark without room for its name gets a number, and one without
// room even for that is named only in the key with its place. It returns
// the marks with their places on the page, the labels, and the key under
// the map: the numbered marks, then the marks named only there.
func (st mapStyle) layout(d *pdfDoc, in []mapMark, x0, y0 float64) ([]mapMark, []mapLabel, []string) {
	marks := make([]mapMark, len(in))
	for i, m := range in {
		m.dots, m.cx, m.cy, m.r = nil, 0, 0, 0
		dotR := st.theirR
		if m.ours {
			dotR = st.ourR + 3 // with its ring
		}
		for _, p := range m.places {
			// A file edited by hand may place a mark off the axes (the
			// rules report it): draw it at the edge, not off the page.
			px, py := min(max(p.X, 0), app.PositionMax), min(max(p.Y, 0), app.PositionMax)
			x, y := x0+st.side*px/app.PositionMax, y0+st.side*(1-py/app.PositionMax)
			m.dots = append(m.dots, [2]float64{x, y})
			m.cx += x / float64(len(m.places))
			m.cy += y / float64(len(m.places))
		}
		for _, dot := range m.dots {
			m.r = max(m.r, math.Hypot(dot[0]-m.cx, dot[1]-m.cy)+dotR)
		}
		marks[i] = m
	}
	area := rect{x0 + st.inset, y0 + st.inset, st.side - 2*st.inset, st.side - 2*st.inset}
	taken := make([]rect, 0, 2*len(marks))
	for _, m := range marks {
		if m.ours {
			taken = append(taken, rect{m.cx - m.r, m.cy - m.r, 2 * m.r, 2 * m.r})
			continue
		}
		for _, dot := range m.dots {
			taken = append(taken, rect{dot[0] - st.theirR, dot[1] - st.theirR, 2 * st.theirR, 2 * st.theirR})
		}
	}
	var key, elsewhere []string
	var labels []mapLabel
	numbered := 0
	for _, m := range marks {
		style, size := "", st.tickSize
		if m.ours {
			style, size = "B", st.ourSize
		}
		d.setFont(style, size)
		text := d.namesLabel(m.names, st.side*st.labelShare)
		all := strings.Join(m.names, ", ")
		box, ok := st.placeLabel(m, d.strWidth(text), size, nameRings, area, taken)
		if ok && text != all && len(m.names) > 1 {
			elsewhere = append(elsewhere, all+" "+m.where())
		}
		if !ok {
			text = strconv.Itoa(numbered + 1)
			if box, ok = st.placeLabel(m, d.strWidth(text), size, numberRings, area, taken); ok {
				numbered++
				key = append(key, text+" "+all)
			} else {
				elsewhere = append(elsewhere, all+" "+m.where())
			}
		}
		if !ok {
			continue
		}
		taken = append(taken, box)
		labels = append(labels, mapLabel{box: box, text: text, ours: m.ours})
	}
	return marks, labels, append(key, elsewhere...)
}

// drawMap draws the map in style st with its plot's top left corner at
// (x0, y0): the vertical axis's name, low and high left of it, the
// horizontal one's under it. It returns the key to print under the map
// (see layout) and the bottom of what it drew.
func (b *brief) drawMap(st mapStyle, in []mapMark, x0, y0 float64, xName, yName string) (key []string, bottom float64) {
	d := b.d
	gutter := st.gutter(d)
	marks, labels, key := st.layout(d, in, x0, y0)
	side, arrow := st.side, st.arrow
	pdf := d.pdf
	// The plot's ground and its quadrants.
	d.fill(colStripe)
	pdf.Rect(x0, y0, side, side, "F")
	d.stroke(colRule)
	pdf.SetLineWidth(0.6)
	pdf.SetDashPattern([]float64{3, 2.5}, 0)
	pdf.Line(x0+side/2, y0, x0+side/2, y0+side)
	pdf.Line(x0, y0+side/2, x0+side, y0+side/2)
	pdf.SetDashPattern([]float64{}, 0)
	// The axes, low at the corner, each with an arrow towards high.
	d.stroke(colMuted)
	d.fill(colMuted)
	pdf.SetLineWidth(0.9)
	pdf.Line(x0, y0+side, x0+side+arrow-3, y0+side)
	pdf.Line(x0, y0+side, x0, y0-arrow+3)
	pdf.Polygon([]fpdf.PointType{{X: x0 + side + arrow, Y: y0 + side}, {X: x0 + side + arrow - 6, Y: y0 + side - 3},
		{X: x0 + side + arrow - 6, Y: y0 + side + 3}}, "F")
	pdf.Polygon([]fpdf.PointType{{X: x0, Y: y0 - arrow}, {X: x0 - 3, Y: y0 - arrow + 6}, {X: x0 + 3, Y: y0 - arrow + 6}}, "F")

	// Low and high at the ends of each axis, muted.
	d.setFont("", st.tickSize)
	d.color(colMuted)
	d.textRight(x0-5, y0+st.tickSize*0.8, "high")
	d.textRight(x0-5, y0+side, "low")
	tickBase := y0 + side + 4 + st.tickSize
	d.text(x0, tickBase, "low")
	d.textRight(x0+side, tickBase, "high")
	// The axes' names: the horizontal one centred under the plot, the
	// vertical one turned up the left side.
	d.setFont("B", st.axisSize)
	d.color(colText)
	xName = d.ellipsize(xName, side)
	nameBase := tickBase + 2 + st.axisSize*leading
	d.text(x0+(side-d.strWidth(xName))/2, nameBase, xName)
	yName = d.ellipsize(yName, side-2*(st.tickSize+4))
	d.textUp(x0-gutter+st.axisSize*0.8, y0+(side+d.strWidth(yName))/2, yName)

	// The marks: competitors first, so ours is drawn on top.
	pdf.SetLineWidth(0.8)
	d.stroke(rgb{255, 255, 255})
	d.fill(colMuted)
	for _, m := range marks {
		for _, dot := range m.dots {
			if !m.ours {
				pdf.Circle(dot[0], dot[1], st.theirR, "FD")
			}
		}
	}
	for _, m := range marks {
		if m.ours {
			d.stroke(colAccent)
			pdf.SetLineWidth(0.7)
			pdf.Circle(m.cx, m.cy, st.ourR+3, "D")
			d.stroke(rgb{255, 255, 255})
			pdf.SetLineWidth(1.2)
			d.fill(colAccent)
			pdf.Circle(m.cx, m.cy, st.ourR, "FD")
		}
	}
	// The labels, each on a knock-out, so a quadrant line never runs
	// through it.
	drawn := make([]string, 0, len(labels))
	for _, l := range labels {
		style, size := "", st.tickSize
		if l.ours {
			style, size = "B", st.ourSize
		}
		d.setFont(style, size)
		d.fill(colStripe)
		pdf.Rect(l.box.x-1, l.box.y, l.box.w+2, l.box.h, "F")
		if l.ours {
			d.color(colAccent)
		} else {
			d.color(colText)
		}
		d.text(l.box.x, l.box.y+0.8*size, l.text)
		drawn = append(drawn, l.text)
	}
	if d.rec != nil {
		d.rec.plots = append(d.rec.plots, placedPlot{page: pdf.PageNo(), box: rect{x0, y0, side, side}, labels: drawn})
	}
	d.setFont("", sizeBody)
	d.color(colText)
	return key, nameBase + st.axisSize*0.2
}

// namesLabel returns the label of a mark: its one name cut to w, or as many
// of its names as fit in w followed by "+3 more".
func (d *pdfDoc) namesLabel(names []string, w float64) string {
	if len(names) == 1 {
		return d.ellipsize(names[0], w)
	}
	if all := strings.Join(names, ", "); d.strWidth(all) <= w {
		return all
	}
	for n := len(names) - 1; n > 1; n-- {
		s := strings.Join(names[:n], ", ") + " +" + strconv.Itoa(len(names)-n) + " more"
		if d.strWidth(s) <= w {
			return s
		}
	}
	return d.ellipsize(names[0], w-d.strWidth(" +"+strconv.Itoa(len(names)-1)+" more")) + " +" + strconv.Itoa(len(names)-1) + " more"
}

// textUp draws s turned a quarter to read upwards, starting at baseline
// point (x, y): it covers x−0.8·size to x+0.2·size across and y−width to y
// down the page.
func (d *pdfDoc) textUp(x, y float64, s string) {
	if s == "" {
		return
	}
	w := d.strWidth(s)
	if d.rec != nil {
		d.rec.texts = append(d.rec.texts, placedText{page: d.pdf.PageNo(), x: x - d.size*0.8, y: y - w, w: d.size, h: w, s: s})
	}
	d.pdf.TransformBegin()
	d.pdf.TransformRotate(90, x, y)
	d.pdf.Text(x, y, d.tr(s))
	d.pdf.TransformEnd()
}
