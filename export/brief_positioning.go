package export

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"canopy/app"
)

// The positioning map's geometry, in points.
const (
	mapSide     = 9.5 / 2.54 * 72 // the square plot: 9.5 cm
	mapArrow    = 7.0             // how far the axes' arrows reach past the plot
	mapInset    = 3.0             // labels keep this far inside the plot
	mapOurR     = 5.5             // our mark's radius
	mapTheirR   = 3.6             // a competitor's mark's radius
	mapAxisSize = 8.5             // the axis names
	mapTickSize = sizeSmall       // "low", "high" and the competitors' labels
	mapOurSize  = 9.0             // our label
	mapLabelGap = 2.5             // between a mark and its label
)

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

// dotTouch is the distance, in units of the axes, within which two
// competitors' dots touch on the plot: they then share one label.
const dotTouch = 2 * mapTheirR / mapSide * app.PositionMax

// groupPlaces groups the places whose dots touch, directly or through
// others, keeping the order of each group's first place; each group lists
// the indexes of its places in order.
func groupPlaces(ps []app.Point) [][]int {
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
			if math.Hypot(ps[i].X-ps[j].X, ps[i].Y-ps[j].Y) <= dotTouch {
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
func labelSpots(m mapMark, w, h float64, extras []float64) []rect {
	var out []rect
	for _, extra := range extras {
		g := m.r + mapLabelGap + extra
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
func placeLabel(m mapMark, w, h float64, rings []float64, area rect, taken []rect) (rect, bool) {
	for _, spot := range labelSpots(m, w, h, rings) {
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

// mapHeight is the height the positioning map takes below its caption: the
// arrow above the plot, the plot, the low/high line and the horizontal
// axis's name.
func mapHeight() float64 {
	return mapArrow + 3 + mapSide + 4 + mapTickSize*leading + 2 + mapAxisSize*leading
}

// positioningMap draws the positioning map when we or a competitor are
// placed: a square plot of the two named axes from low to high with its
// quadrants, our mark in the accent colour, each placed competitor as a
// labelled dot, and under it the competitors not placed. It reports whether
// it drew anything.
func (b *brief) positioningMap() bool {
	d := b.d
	s := b.ws.Strategy()
	var marks []mapMark
	var unplaced, names []string
	var places []app.Point
	if s.OurPosition != nil {
		marks = append(marks, mapMark{names: []string{oneLine(b.name)}, ours: true, places: []app.Point{*s.OurPosition}})
	}
	for _, c := range b.ws.Competitors() {
		name := oneLine(b.clean(c, "name", c.Name))
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
	for _, g := range groupPlaces(places) {
		m := mapMark{}
		for _, i := range g {
			m.names = append(m.names, names[i])
			m.places = append(m.places, places[i])
		}
		marks = append(marks, m)
	}
	if len(marks) == 0 {
		return false
	}

	xName := b.clean(s, "positioning map x axis", strings.TrimSpace(s.PositioningAxes.X))
	yName := b.clean(s, "positioning map y axis", strings.TrimSpace(s.PositioningAxes.Y))
	if xName == "" {
		xName = "Horizontal axis"
	}
	if yName == "" {
		yName = "Vertical axis"
	}

	// The figure, centred: the vertical axis's name turned up the left
	// side, then its low and high, then the plot.
	d.setFont("", mapTickSize)
	tickW := max(d.strWidth("low"), d.strWidth("high"))
	gutter := mapAxisSize + 6 + tickW + 5
	figW := gutter + mapSide + mapArrow
	d.need(sizeSmall*leading + 2 + mapHeight())
	d.label("Positioning map")
	x0 := d.left + (d.width()-figW)/2 + gutter
	y0 := d.y + mapArrow + 3
	for i := range marks {
		m := &marks[i]
		dotR := mapTheirR
		if m.ours {
			dotR = mapOurR + 3 // with its ring
		}
		for _, p := range m.places {
			// A file edited by hand may place a mark off the axes (the
			// rules report it): draw it at the edge, not off the page.
			px, py := min(max(p.X, 0), app.PositionMax), min(max(p.Y, 0), app.PositionMax)
			x, y := x0+mapSide*px/app.PositionMax, y0+mapSide*(1-py/app.PositionMax)
			m.dots = append(m.dots, [2]float64{x, y})
			m.cx += x / float64(len(m.places))
			m.cy += y / float64(len(m.places))
		}
		for _, dot := range m.dots {
			m.r = max(m.r, math.Hypot(dot[0]-m.cx, dot[1]-m.cy)+dotR)
		}
	}

	pdf := d.pdf
	// The plot's ground and its quadrants.
	d.fill(colStripe)
	pdf.Rect(x0, y0, mapSide, mapSide, "F")
	d.stroke(colRule)
	pdf.SetLineWidth(0.6)
	pdf.SetDashPattern([]float64{3, 2.5}, 0)
	pdf.Line(x0+mapSide/2, y0, x0+mapSide/2, y0+mapSide)
	pdf.Line(x0, y0+mapSide/2, x0+mapSide, y0+mapSide/2)
	pdf.SetDashPattern([]float64{}, 0)
	// The axes, low at the corner, each with an arrow towards high.
	d.stroke(colMuted)
	d.fill(colMuted)
	pdf.SetLineWidth(0.9)
	pdf.Line(x0, y0+mapSide, x0+mapSide+mapArrow-3, y0+mapSide)
	pdf.Line(x0, y0+mapSide, x0, y0-mapArrow+3)
	pdf.Polygon([]fpdf.PointType{{X: x0 + mapSide + mapArrow, Y: y0 + mapSide}, {X: x0 + mapSide + mapArrow - 6, Y: y0 + mapSide - 3},
		{X: x0 + mapSide + mapArrow - 6, Y: y0 + mapSide + 3}}, "F")
	pdf.Polygon([]fpdf.PointType{{X: x0, Y: y0 - mapArrow}, {X: x0 - 3, Y: y0 - mapArrow + 6}, {X: x0 + 3, Y: y0 - mapArrow + 6}}, "F")

	// Low and high at the ends of each axis, muted.
	d.setFont("", mapTickSize)
	d.color(colMuted)
	d.textRight(x0-5, y0+mapTickSize*0.8, "high")
	d.textRight(x0-5, y0+mapSide, "low")
	tickBase := y0 + mapSide + 4 + mapTickSize
	d.text(x0, tickBase, "low")
	d.textRight(x0+mapSide, tickBase, "high")
	// The axes' names: the horizontal one centred under the plot, the
	// vertical one turned up the left side.
	d.setFont("B", mapAxisSize)
	d.color(colText)
	xName = d.ellipsize(xName, mapSide)
	nameBase := tickBase + 2 + mapAxisSize*leading
	d.text(x0+(mapSide-d.strWidth(xName))/2, nameBase, xName)
	yName = d.ellipsize(yName, mapSide-2*(mapTickSize+4))
	d.textUp(x0-gutter+mapAxisSize*0.8, y0+(mapSide+d.strWidth(yName))/2, yName)

	// The marks: competitors first, so ours is drawn on top.
	pdf.SetLineWidth(0.8)
	d.stroke(rgb{255, 255, 255})
	d.fill(colMuted)
	for _, m := range marks {
		for _, dot := range m.dots {
			if !m.ours {
				pdf.Circle(dot[0], dot[1], mapTheirR, "FD")
			}
		}
	}
	for _, m := range marks {
		if m.ours {
			d.stroke(colAccent)
			pdf.SetLineWidth(0.7)
			pdf.Circle(m.cx, m.cy, mapOurR+3, "D")
			d.stroke(rgb{255, 255, 255})
			pdf.SetLineWidth(1.2)
			d.fill(colAccent)
			pdf.Circle(m.cx, m.cy, mapOurR, "FD")
		}
	}

	// The labels, ours first: each beside its mark (a group of touching
	// dots shares one), inside the plot, clear of every mark and label; a
	// mark without room for its name gets a number explained under the map,
	// and one without room even for that is named there with its place.
	area := rect{x0 + mapInset, y0 + mapInset, mapSide - 2*mapInset, mapSide - 2*mapInset}
	taken := make([]rect, 0, 2*len(marks))
	for _, m := range marks {
		if m.ours {
			taken = append(taken, rect{m.cx - m.r, m.cy - m.r, 2 * m.r, 2 * m.r})
			continue
		}
		for _, dot := range m.dots {
			taken = append(taken, rect{dot[0] - mapTheirR, dot[1] - mapTheirR, 2 * mapTheirR, 2 * mapTheirR})
		}
	}
	// The key under the map: the numbered marks, then the marks named
	// only there.
	var key, elsewhere []string
	numbered := 0
	var drawn []string
	for _, m := range marks {
		style, size := "", float64(mapTickSize)
		if m.ours {
			style, size = "B", mapOurSize
		}
		d.setFont(style, size)
		text := d.namesLabel(m.names, mapSide*0.42)
		all := strings.Join(m.names, ", ")
		box, ok := placeLabel(m, d.strWidth(text), size, nameRings, area, taken)
		if ok && text != all && len(m.names) > 1 {
			elsewhere = append(elsewhere, all+" "+m.where())
		}
		if !ok {
			text = strconv.Itoa(numbered + 1)
			if box, ok = placeLabel(m, d.strWidth(text), size, numberRings, area, taken); ok {
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
		drawn = append(drawn, text)
		// A knock-out behind the text, so a quadrant line never runs through it.
		d.fill(colStripe)
		pdf.Rect(box.x-1, box.y, box.w+2, box.h, "F")
		if m.ours {
			d.color(colAccent)
		} else {
			d.color(colText)
		}
		d.text(box.x, box.y+0.8*size, text)
	}
	if d.rec != nil {
		d.rec.plots = append(d.rec.plots, placedPlot{page: pdf.PageNo(), box: rect{x0, y0, mapSide, mapSide}, labels: drawn})
	}
	d.y = nameBase + mapAxisSize*0.2 + 10

	d.setFont("", sizeBody)
	d.color(colText)
	if key = append(key, elsewhere...); len(key) > 0 {
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
