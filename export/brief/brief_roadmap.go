package brief

import (
	"fmt"
	"image/color"
	"math"

	"codeberg.org/go-pdf/fpdf"

	"canopy/app"
	"canopy/app/timeline"
)

// The roadmap chart's metrics, in points.
const (
	chartRow      = 26  // a sub-row: the label above, the bar below
	chartBar      = 10  // a bar's height
	chartPad      = 5   // space above and below a lane's sub-rows
	chartLabel    = 7   // bar and marker labels
	chartAxis     = 26  // the axis: years above months
	chartStripRow = 11  // a row of the milestone and release strip
	minMonthWidth = 34  // a month narrower than this is too small to read
	minQuarter    = 40  // the same for a quarter
	laneColumn    = 86  // the lane names, left of the chart
	laneColumnL   = 104 // the same in landscape
)

// roadmap writes the roadmap section: the timeline chart, Now / Next /
// Later, the milestones and the releases.
func (b *brief) roadmap() {
	b.timelineChart()
	b.nowNextLater()
	b.milestonesAndReleases()
}

// chartSlice is a date range of the chart that fits the page's width.
type chartSlice struct {
	from, to app.Date // to excluded
}

// timelineChart draws the roadmap as a vector timeline from the timeline
// package's geometry: lanes, bars coloured by status with their progress,
// milestones, releases, the today line and dependency arrows (late ones
// red). The date range is the options' or the months that hold work; when
// it is too long for one page width at a readable scale it is cut into
// slices of whole months, and lanes too tall for a page continue on the next
// one, cut between sub-rows.
func (b *brief) timelineChart() {
	d := b.d
	plan := timeline.NewPlan(b.ws, b.today)
	if len(plan.Bars) == 0 && len(plan.Markers) == 0 {
		d.heading(SectionTitle(app.DocRoadmap), 0, 160)
		b.none("No dated initiatives, milestones or releases: Now, Next and Later below list the undated work.")
		return
	}
	laneW := float64(laneColumn)
	if d.pw > d.ph {
		laneW = laneColumnL
	}
	chartW := d.width() - laneW
	// The range, in whole units of the zoom.
	zoom := timeline.Months
	first, last := plan.Span()
	from, to := b.opt.From, b.opt.To
	if from.IsZero() {
		from = first
	}
	if to.IsZero() {
		to = last
	}
	if to.Before(from) { // a range set on one side only, past the work
		to = from
	}
	cal := timeline.Calendar{Zoom: zoom}
	units := func(c timeline.Calendar) []app.Date {
		var us []app.Date
		for u := c.UnitStart(from); !u.After(to); u = c.Add(u, 1) {
			us = append(us, u)
		}
		return us
	}
	us := units(cal)
	minW := float64(minMonthWidth)
	if per := int(chartW / minW); len(us) > 3*per {
		// More than three page widths of months: quarters read better.
		zoom, cal, minW = timeline.Quarters, timeline.Calendar{Zoom: timeline.Quarters}, minQuarter
		us = units(cal)
	}
	per := max(1, int(chartW/minW))
	n := (len(us) + per - 1) / per
	per = (len(us) + n - 1) / n // balance the slices
	var slices []chartSlice
	maxDays := 0
	for i := 0; i < len(us); i += per {
		s := chartSlice{from: us[i], to: cal.Add(us[min(i+per, len(us))-1], 1)}
		slices = append(slices, s)
		maxDays = max(maxDays, s.from.DaysUntil(s.to))
	}
	f := plan.Frame(timeline.Options{Zoom: zoom, From: us[0], To: slices[len(slices)-1].to,
		DayWidth: chartW / float64(maxDays), RowHeight: chartRow, BarHeight: chartBar, LanePad: chartPad})
	c := &chart{b: b, f: f, plan: plan, laneW: laneW, chartW: chartW}
	// The chart starts on a page of its own unless all of it fits below.
	whole := sizeH1*leading + 24 + 40 + 16 + chartAxis + c.stripRows(slices[0])*chartStripRow + f.Height + 10
	if d.y > d.top+1 && (len(slices) > 1 || whole > d.room()) {
		d.newPage()
	}
	d.heading(SectionTitle(app.DocRoadmap), 0, 160)
	d.mark("Timeline", 1)
	b.chartLegend()
	// Row boundaries: where a page may cut the lanes.
	var cuts []float64
	for i, l := range plan.Lanes {
		r := f.LaneRect(i)
		cuts = append(cuts, r.Y)
		for k := 1; k < l.Rows; k++ {
			cuts = append(cuts, r.Y+chartPad+float64(k)*chartRow)
		}
	}
	cuts = append(cuts, f.Height)

	pages := 0
	type part struct {
		s      chartSlice
		y0, y1 float64
	}
	var parts []part
	// A first pass finds the parts, so that each page can say "part 2 of 5".
	// Page heights differ only on the first page (the heading and legend).
	room := d.room()
	for _, s := range slices {
		strip := c.stripRows(s) * chartStripRow
		if f.Height < 0.5 { // no lanes: the axis and the markers alone
			parts = append(parts, part{s, 0, 0})
			continue
		}
		for y0 := 0.0; y0 < f.Height-0.5; {
			avail := room - 16 - chartAxis - strip - 8
			if avail < 2*chartRow {
				room = d.bottom - d.top
				continue
			}
			y1 := y0
			for _, cut := range cuts {
				if cut > y0+0.5 && cut-y0 <= avail {
					y1 = cut
				}
			}
			if y1 <= y0 { // one sub-row taller than a page: cannot happen at these sizes
				y1 = math.Min(y0+avail, f.Height)
			}
			parts = append(parts, part{s, y0, y1})
			pages++
			y0 = y1
			room = d.bottom - d.top
		}
	}
	for i, p := range parts {
		caption := fmt.Sprintf("%s – %s", monthYear(p.s.from), monthYear(p.s.to.AddDays(-1)))
		if len(parts) > 1 {
			caption += fmt.Sprintf(" · part %d of %d", i+1, len(parts))
			if p.y0 > 0 || p.y1 < f.Height-0.5 {
				caption += ", lanes " + c.laneRange(p.y0, p.y1)
			}
		}
		c.drawPart(p.s, p.y0, p.y1, caption)
	}
	b.trayNote(plan)
}

// monthYear formats "Jan 2026".
func monthYear(d app.Date) string { return d.Time().Format("Jan 2006") }

// trayNote says how many initiatives have no dates and where they are.
func (b *brief) trayNote(plan *timeline.Plan) {
	if n := plan.TrayCount(); n > 0 {
		d := b.d
		d.setFont("I", sizeSmall)
		d.color(colMuted)
		d.para(fmt.Sprintf("%d undated %s not on the timeline: see Now, Next, Later.", n, plural(n, "initiative is", "initiatives are")), 0)
		d.setFont("", sizeBody)
		d.color(colText)
	}
}

// chartLegend explains the chart's marks in one line.
func (b *brief) chartLegend() {
	d := b.d
	d.need(40)
	d.setFont("", sizeSmall)
	x := d.left
	y := d.y + 4
	item := func(draw func(x float64), label string) {
		w := d.strWidth(label)
		if x+18+w > d.right {
			x = d.left
			y += 13
		}
		draw(x)
		d.color(colMuted)
		d.text(x+16, y+7, label)
		x += 16 + w + 12
	}
	for _, s := range app.InitiativeStatuses {
		c := statusColor(s)
		item(func(x float64) {
			d.fill(c)
			d.pdf.Rect(x, y+1, 12, 7, "F")
		}, s.Title())
	}
	item(func(x float64) {
		c := statusColor(app.InitiativeActive)
		d.fill(tint(c, 0.3))
		d.pdf.Rect(x, y+1, 12, 7, "F")
		d.fill(c)
		d.pdf.Rect(x, y+1, 5, 7, "F")
	}, "progress (accepted estimate)")
	item(func(x float64) { diamond(d, x+6, y+4.5, 3.5, colMilestone) }, "milestone")
	item(func(x float64) { releaseFlag(d, x+4, y+1, colRelease) }, "release")
	item(func(x float64) {
		d.stroke(colRed)
		d.pdf.SetLineWidth(1)
		d.pdf.Line(x+6, y-1, x+6, y+10)
	}, "today")
	item(func(x float64) {
		arrowLine(d, []timeline.Point{{X: x, Y: y + 4.5}, {X: x + 12, Y: y + 4.5}}, colArrow, 0)
	}, "depends on")
	item(func(x float64) {
		arrowLine(d, []timeline.Point{{X: x, Y: y + 4.5}, {X: x + 12, Y: y + 4.5}}, colRed, 0)
	}, "late dependency")
	d.y = y + 18
	d.setFont("", sizeBody)
	d.color(colText)
}

// The chart's own colours.
var (
	colMilestone = fromNRGBA(timeline.MilestoneColor)
	colRelease   = fromNRGBA(timeline.ReleaseColor)
	colArrow     = rgb{0x8a, 0x96, 0xa3}
	colGrid      = rgb{0xe3, 0xe8, 0xec}
)

// tint mixes c with white: share 1 is c, 0 is white.
func tint(c rgb, share float64) rgb {
	mix := func(v int) int { return int(math.Round(255 - (255-float64(v))*share)) }
	return rgb{mix(c.r), mix(c.g), mix(c.b)}
}

// fromNRGBA converts a palette colour of the timeline package.
func fromNRGBA(c color.NRGBA) rgb { return rgb{int(c.R), int(c.G), int(c.B)} }

// diamond draws a milestone mark centred on x, y.
func diamond(d *pdfDoc, x, y, r float64, c rgb) {
	d.fill(c)
	d.pdf.Polygon([]fpdf.PointType{{X: x, Y: y - r}, {X: x + r, Y: y}, {X: x, Y: y + r}, {X: x - r, Y: y}}, "F")
}

// releaseFlag draws a release mark: a pole at x from y down 8 points with a pennant.
func releaseFlag(d *pdfDoc, x, y float64, c rgb) {
	d.stroke(c)
	d.pdf.SetLineWidth(0.8)
	d.pdf.Line(x, y, x, y+8)
	d.fill(c)
	d.pdf.Polygon([]fpdf.PointType{{X: x, Y: y}, {X: x + 6, Y: y + 2.2}, {X: x, Y: y + 4.4}}, "F")
}

// arrowLine draws a polyline ending in an arrow head pointing right, unless
// the head lies beyond clipRight (0 for none).
func arrowLine(d *pdfDoc, pts []timeline.Point, c rgb, clipRight float64) {
	if len(pts) < 2 {
		return
	}
	d.stroke(c)
	d.pdf.SetLineWidth(0.7)
	end := pts[len(pts)-1]
	for i := 1; i < len(pts); i++ {
		a, z := pts[i-1], pts[i]
		if i == len(pts)-1 {
			z.X -= 3 // the head covers the line's end
		}
		d.pdf.Line(a.X, a.Y, z.X, z.Y)
	}
	if clipRight > 0 && end.X > clipRight {
		return
	}
	d.fill(c)
	d.pdf.Polygon([]fpdf.PointType{{X: end.X, Y: end.Y}, {X: end.X - 4.5, Y: end.Y - 2.6}, {X: end.X - 4.5, Y: end.Y + 2.6}}, "F")
}

// chart draws the parts of one timeline.
type chart struct {
	b             *brief
	f             *timeline.Frame
	plan          *timeline.Plan
	laneW, chartW float64
}

// laneRange names the lanes a band of the frame shows ("Dispatch – Platform").
func (c *chart) laneRange(y0, y1 float64) string {
	a := c.f.LaneAt(y0)
	z := c.f.LaneAt(y1 - 0.5)
	if a < 0 || z < 0 {
		return ""
	}
	if a == z {
		return fmt.Sprintf("%d", a+1)
	}
	return fmt.Sprintf("%d–%d", a+1, z+1)
}

// stripLabel is a marker's or the today line's label on the strip.
type stripLabel struct {
	x    float64 // the mark, in frame units
	text string
	kind int // 0 today, 1 milestone, 2 release
	row  int
	w    float64
	tx   float64 // where the text starts, in frame units
}

// stripLabels places the labels of the markers in a slice on rows so that
// none overlaps another; a label finding no row among maxRows is left out
// (its mark stays).
func (c *chart) stripLabels(s chartSlice) []stripLabel {
	d := c.b.d
	const maxRows = 8
	x0, x1 := c.f.X(s.from), c.f.X(s.to)
	var out []stripLabel
	if t := c.plan.Today; !t.Before(s.from) && t.Before(s.to) {
		out = append(out, stripLabel{x: c.f.X(t) + c.f.Opt.DayWidth/2, text: "Today " + t.Time().Format("2 Jan"), kind: 0})
	}
	for _, m := range c.plan.Markers {
		if m.Date.Before(s.from) || !m.Date.Before(s.to) {
			continue
		}
		kind := 1
		var e app.Entity
		if m.Kind == timeline.Release {
			kind = 2
			if r, ok := c.b.ws.Release(m.ID); ok {
				e = r
			}
		} else if ms, ok := c.b.ws.Milestone(m.ID); ok {
			e = ms
		}
		name := m.Name
		if e != nil {
			name = c.b.clean(e, "name", m.Name)
		}
		out = append(out, stripLabel{x: c.f.X(m.Date) + c.f.Opt.DayWidth/2, text: name + " · " + m.Date.Time().Format("2 Jan"), kind: kind})
	}
	d.setFont("", chartLabel)
	var ends []float64
	for i := range out {
		l := &out[i]
		if l.kind == 0 {
			d.setFont("B", chartLabel)
		}
		l.w = math.Min(d.strWidth(l.text), 170)
		d.setFont("", chartLabel)
		// The text follows the mark, or precedes it near the slice's end.
		l.tx = l.x + 6
		if l.tx+l.w+2 > x1 {
			l.tx = l.x - 6 - l.w
		}
		l.tx = math.Max(l.tx, x0+2)
		start, end := math.Min(l.tx, l.x-4), math.Max(l.tx+l.w, l.x+4)
		l.row = -1
		for r, e := range ends {
			if e+6 < start {
				l.row = r
				break
			}
		}
		if l.row < 0 && len(ends) < maxRows {
			l.row = len(ends)
			ends = append(ends, 0)
		}
		if l.row >= 0 {
			ends[l.row] = end
		}
	}
	return out
}

// stripRows is the number of strip rows a slice needs.
func (c *chart) stripRows(s chartSlice) float64 {
	rows := 0
	for _, l := range c.stripLabels(s) {
		rows = max(rows, l.row+1)
	}
	return float64(rows)
}

// drawPart draws the slice s of the chart, lanes from y0 to y1 of the frame,
// with its caption, axis and strip, starting a page when this one is full.
func (c *chart) drawPart(s chartSlice, y0, y1 float64, caption string) {
	b, d, f := c.b, c.b.d, c.f
	labels := c.stripLabels(s)
	strip := c.stripRows(s) * chartStripRow
	need := 16 + chartAxis + strip + (y1 - y0) + 4
	if d.y+need > d.bottom {
		d.newPage()
	}
	// Caption.
	d.setFont("B", sizeSmall)
	d.color(colMuted)
	d.text(d.left, d.y+sizeSmall, caption)
	d.y += 16
	left := d.left + c.laneW
	sx, sw := f.X(s.from), f.X(s.to)-f.X(s.from)
	px := func(x float64) float64 { return left + x - sx }
	axisTop := d.y
	stripTop := axisTop + chartAxis
	lanesTop := stripTop + strip
	py := func(y float64) float64 { return lanesTop + y - y0 }
	v := f.View(timeline.Rect{X: sx, Y: y0, W: sw - 0.01, H: y1 - y0})
	right := px(sx + sw)

	// Lane bands and names.
	d.setFont("B", 7.5)
	for _, l := range v.Lanes {
		top, bot := math.Max(py(l.Y), lanesTop), math.Min(py(l.Y+l.H), py(y1))
		if l.Index%2 == 0 {
			d.fill(colStripe)
			d.pdf.Rect(d.left, top, right-d.left, bot-top, "F")
		}
		d.stroke(colRule)
		d.pdf.SetLineWidth(0.4)
		d.pdf.Line(d.left, bot, right, bot)
		name := l.Name
		if ln, ok := b.ws.Lane(c.plan.Lanes[l.Index].ID); ok {
			name = b.clean(ln, "name", ln.Name)
		}
		if py(l.Y) < lanesTop-0.5 {
			name += " (continued)"
		}
		d.color(colText)
		lines := d.wrap(name, c.laneW-10)
		maxLines := int((bot - top - 4) / 9)
		if len(lines) > maxLines && maxLines > 0 {
			lines = append(lines[:maxLines-1], d.ellipsize(lines[maxLines-1]+" …", c.laneW-10))
		}
		for i, ln := range lines[:min(len(lines), max(maxLines, 1))] {
			d.text(d.left+4, top+10+float64(i)*9, ln)
		}
	}
	// Axis: years (or the major unit) above the months, and a grid.
	d.fill(colHeadRow)
	d.pdf.Rect(left, axisTop, sw, chartAxis-2, "F")
	d.setFont("B", 7.5)
	d.color(colText)
	for _, m := range v.Majors {
		x := math.Max(px(m.X), left)
		if x < right-20 {
			d.text(x+3, axisTop+9, m.Label)
		}
	}
	d.setFont("", 7.5)
	bottom := py(y1)
	for _, t := range v.Ticks {
		x := px(t.X)
		if x < left-0.1 || x >= right-0.1 {
			continue
		}
		d.stroke(colGrid)
		d.pdf.SetLineWidth(0.5)
		d.pdf.Line(x, stripTop, x, bottom)
		d.stroke(colRule)
		d.pdf.Line(x, axisTop+12, x, axisTop+chartAxis-2)
		if w := math.Min(t.W, right-x); d.strWidth(t.Label)+4 <= w {
			d.color(colMuted)
			d.text(x+(w-d.strWidth(t.Label))/2, axisTop+20.5, t.Label)
		}
	}
	d.pdf.ClipRect(left, stripTop-1, sw, bottom-stripTop+2, false)
	// Marker guide lines through their lanes and the today line.
	d.pdf.SetDashPattern([]float64{2, 2}, 0)
	d.pdf.SetLineWidth(0.5)
	for _, m := range v.Markers {
		mk := c.plan.Markers[m.Index]
		col := colMilestone
		if mk.Kind == timeline.Release {
			col = colRelease
		}
		d.stroke(tint(col, 0.6))
		top := stripTop
		if mk.Lane >= 0 {
			top = math.Max(py(m.Y), lanesTop)
			d.pdf.SetLineWidth(0.4)
			d.pdf.Line(px(m.X), stripTop, px(m.X), lanesTop)
			d.pdf.SetLineWidth(0.5)
		}
		d.pdf.Line(px(m.X), top, px(m.X), math.Min(py(m.Y+m.H), bottom))
	}
	d.pdf.SetDashPattern(nil, 0)
	if v.HasToday {
		d.stroke(colRed)
		d.pdf.SetLineWidth(1)
		d.pdf.Line(px(v.TodayX), stripTop, px(v.TodayX), bottom)
	}
	c.ghostsBehind(v.Rect, px, py)
	// Bars: a tint of the status colour, the accepted share in full colour,
	// a red outline when late; the name above, as far as the next bar.
	d.setFont("", chartLabel)
	for i, bb := range v.Bars {
		bar := &c.plan.Bars[bb.Index]
		col := fromNRGBA(timeline.StatusColor(bar.Status))
		x, y := px(bb.X), py(bb.Y)
		w := bb.W
		d.fill(tint(col, 0.32))
		d.pdf.Rect(x, y, w, bb.H, "F")
		if bar.HasProgress && bar.Progress > 0 {
			d.fill(col)
			d.pdf.Rect(x, y, w*math.Min(bar.Progress, 1), bb.H, "F")
		}
		d.stroke(col)
		d.pdf.SetLineWidth(0.5)
		if bar.Late {
			d.stroke(colRed)
			d.pdf.SetLineWidth(1)
		}
		d.pdf.Rect(x, y, w, bb.H, "D")
		// The label runs from the bar's start (or the slice's) to the next
		// bar of the same sub-row.
		lx := math.Max(x, left) + 1
		limit := right
		if i+1 < len(v.Bars) {
			nb := &c.plan.Bars[v.Bars[i+1].Index]
			if nb.Lane == bar.Lane && nb.Row == bar.Row {
				limit = px(v.Bars[i+1].X)
			}
		}
		name := bar.Name
		if in, ok := b.ws.Initiative(bar.ID); ok {
			name = b.clean(in, "name", in.Name)
		}
		if x < left {
			name = "← " + name
		}
		if bar.HasProgress {
			name += fmt.Sprintf(" · %.0f %%", 100*bar.Progress)
		}
		if limit-lx > 12 {
			d.color(colText)
			if bar.Late {
				d.color(colRed)
			}
			d.text(lx, y-2.2, d.ellipsize(name, limit-lx-4))
		}
	}
	c.ghostsOnTop(v.Rect, px, py)
	// Arrows on top.
	for _, a := range v.Arrows {
		pts := make([]timeline.Point, len(a.Points))
		for i, p := range a.Points {
			pts[i] = timeline.Point{X: px(p.X), Y: py(p.Y)}
		}
		col := colArrow
		if a.Late {
			col = colRed
		}
		arrowLine(d, pts, col, right)
	}
	d.pdf.ClipEnd()
	// The strip's marks and labels, drawn unclipped but inside the slice.
	d.setFont("", chartLabel)
	for _, l := range labels {
		if l.row < 0 {
			continue
		}
		x := px(l.x)
		y := stripTop + float64(l.row)*chartStripRow + 1
		tx := px(l.tx)
		switch l.kind {
		case 0:
			d.color(colRed)
		case 1:
			diamond(d, x, y+4, 3.2, colMilestone)
			d.color(colMilestone)
		case 2:
			releaseFlag(d, x, y, colRelease)
			d.color(colRelease)
		}
		if l.kind == 0 {
			d.setFont("B", chartLabel)
		}
		// A white ground keeps the guide lines of other marks off the text.
		d.pdf.SetFillColor(255, 255, 255)
		d.pdf.Rect(tx-1, y, l.w+2, 9, "F")
		d.text(tx, y+7, d.ellipsize(l.text, l.w+0.5))
		d.setFont("", chartLabel)
	}
	d.y = bottom + 10
	d.setFont("", sizeBody)
	d.color(colText)
}
