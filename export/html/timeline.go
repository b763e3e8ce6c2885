package html

import (
	"fmt"
	"html/template"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"canopy/app"
	"canopy/app/timeline"
)

// The timeline's metrics, in CSS pixels. Rows, bars and lane padding are
// the window's (timeline's defaults); the chart is drawn at a day width
// that fits the range in chartTarget pixels when that leaves the units
// readable, and scrolls sideways when it does not.
const (
	laneColW    = 128 // the lane names, left of the chart: narrow enough for a phone
	majorH      = 22  // the axis: years (or months) above
	minorH      = 22  // months (or weeks, quarters) below
	stripRowH   = 18  // a row of milestones, then one of releases
	headH       = majorH + minorH + 2*stripRowH
	footH       = 24 // the today label below the lanes
	chartTarget = 1060
	maxChartW   = 24000 // the widest chart, however long the range
	charW       = 6.6   // a rough width of a 12-pixel character
	smallCharW  = 6.1   // of an 11-pixel one
)

// chart is the roadmap timeline, ready for the template: four SVGs (the
// corner, the axis, the lane names and the body) in a grid whose axis and
// lane names stay in sight while the body scrolls.
type chart struct {
	Empty                  bool
	Caption                string
	W, BodyH, LaneW, HeadH string
	// y positions in the axis: the tick labels, the strip rows.
	MajorY, MinorY, MinorLine, MsY, RelY, MsLabelY, RelLabelY string
	Majors, Ticks                                             []tick
	Lanes                                                     []laneBand
	Markers                                                   []marker
	Arrows                                                    []arrow
	Bars                                                      []bar
	Today                                                     *today
	// UndatedNote says how many initiatives have no dates, or is "".
	UndatedNote string
}

type tick struct{ X, LX, Label string }

type laneBand struct {
	Y, H, Bottom string
	Alt          bool
	Lines        []textLine
	Title        string
}

type textLine struct{ Y, Text string }

type marker struct {
	Release              bool
	X, Y0, Y1            string
	Label, LX            string
	Title                string
	Diamond, Flag, Stick string // the symbol's points or path
}

type arrow struct {
	D    string
	Late bool
}

// bar is an initiative on the timeline. Its name (Title, Label) and ID go
// through the template's escaping; Shapes (the bar and its progress strip)
// and LabelAt are numbers written here, in one piece each, as 2 000 bars of
// single attributes would cost the template much more.
type bar struct {
	ID, Class, Title, Label string
	Shapes                  template.HTML
	LabelAt                 template.HTMLAttr
}

type today struct{ X, LX, LY, Label string }

// num formats a coordinate with at most one decimal.
func num(v float64) string {
	v = math.Round(v*10) / 10
	if v == 0 {
		v = 0 // no "-0"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// fit cuts s to what fits in w pixels at cw per character, with "…".
func fit(s string, w, cw float64) string {
	n := int(w / cw)
	if n < 4 {
		return "" // "Ab…" says nothing: the hover title does
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

// chooseZoom picks the zoom level and day width for a range of days: the
// finest unit whose labels fit when the range spans chartTarget pixels,
// and a readable minimum width per day beyond that.
func chooseZoom(days int, fiscal bool) (timeline.Zoom, float64) {
	dw := chartTarget / float64(max(days, 1))
	quarters := timeline.Quarters
	if fiscal {
		quarters = timeline.FiscalQuarters
	}
	switch {
	case dw >= minDayWidth(timeline.Weeks):
		return timeline.Weeks, math.Min(dw, 40)
	case dw >= minDayWidth(timeline.Months) || float64(days)*minDayWidth(timeline.Months) <= 4*chartTarget:
		return timeline.Months, math.Max(dw, minDayWidth(timeline.Months))
	case dw >= minDayWidth(quarters) || float64(days)*minDayWidth(quarters) <= 4*chartTarget:
		return quarters, math.Max(dw, minDayWidth(quarters))
	}
	return timeline.Years, math.Max(dw, minDayWidth(timeline.Years))
}

// newChart lays the plan out over the options' range.
func newChart(ws *app.Workspace, plan *timeline.Plan, opt Options) *chart {
	c := &chart{}
	switch n := plan.TrayCount(); n {
	case 0:
	case 1:
		c.UndatedNote = "1 undated initiative is not on the timeline: see Now, Next, Later."
	default:
		c.UndatedNote = fmt.Sprintf("%d undated initiatives are not on the timeline: see Now, Next, Later.", n)
	}
	if len(plan.Bars) == 0 && len(plan.Markers) == 0 {
		c.Empty = true
		return c
	}
	f := plan.Frame(frameOptions(plan, opt, ws.Product().FiscalYearStart))
	from, end := f.Opt.From, f.Opt.To
	zoom := f.Opt.Zoom
	v := f.View(timeline.Rect{X: 0, Y: 0, W: f.Width - 0.01, H: f.Height})
	c.Caption = fmt.Sprintf("%s – %s · %s", longDay(from), longDay(end.AddDays(-1)), zoom)
	c.W, c.BodyH, c.LaneW, c.HeadH = num(f.Width), num(f.Height+footH), num(laneColW), num(headH)
	c.MajorY, c.MinorY, c.MinorLine = num(majorH-7), num(majorH+minorH-7), num(majorH)
	c.MsY, c.RelY = num(majorH+minorH), num(majorH+minorH+stripRowH)
	c.MsLabelY, c.RelLabelY = num(majorH+minorH+13), num(majorH+minorH+stripRowH+13)

	for _, m := range v.Majors {
		x0 := math.Max(m.X, 0)
		x1 := math.Min(m.X+m.W, f.Width)
		c.Majors = append(c.Majors, tick{X: num(m.X), LX: num(x0 + 6), Label: fit(m.Label, x1-x0-8, charW)})
	}
	for _, t := range v.Ticks {
		w := math.Min(t.X+t.W, f.Width) - math.Max(t.X, 0)
		c.Ticks = append(c.Ticks, tick{X: num(t.X), LX: num(math.Max(t.X, 0) + 4), Label: fit(t.Label, w-6, smallCharW)})
	}
	for _, l := range v.Lanes {
		name := l.Name
		b := laneBand{Y: num(l.Y), H: num(l.H), Bottom: num(l.Y + l.H), Alt: l.Index%2 == 1, Title: name}
		lines := wrap(name, laneColW-18, 7.2)
		maxLines := max(1, int((l.H-8)/15))
		if len(lines) > maxLines {
			lines = lines[:maxLines]
			lines[maxLines-1] = fit(lines[maxLines-1]+"……", laneColW-18, 7.2)
		}
		for i, s := range lines {
			b.Lines = append(b.Lines, textLine{Y: num(l.Y + 20 + float64(i)*15), Text: s})
		}
		c.Lanes = append(c.Lanes, b)
	}
	// Markers: a line through their lane (or all), a symbol and a label in
	// their strip row where it does not run into the last one.
	lastEnd := [2]float64{-1e9, -1e9}
	// next[k] is the x of the next marker in the same strip row as marker k:
	// a label stops before it.
	next := make([]float64, len(v.Markers))
	nextX := [2]float64{math.Inf(1), math.Inf(1)}
	for k := len(v.Markers) - 1; k >= 0; k-- {
		row := 0
		if plan.Markers[v.Markers[k].Index].Kind == timeline.Release {
			row = 1
		}
		next[k] = nextX[row]
		nextX[row] = v.Markers[k].X
	}
	for k, mb := range v.Markers {
		mk := &plan.Markers[mb.Index]
		rel := mk.Kind == timeline.Release
		row, kind := 0, "Milestone"
		if rel {
			row, kind = 1, "Release"
		}
		x := mb.X
		m := marker{Release: rel, X: num(x), Y0: num(mb.Y), Y1: num(mb.Y + mb.H),
			Title: fmt.Sprintf("%s: %s\n%s", kind, mk.Name, longDay(mk.Date))}
		if rel {
			y := float64(majorH + minorH + stripRowH)
			m.Flag = fmt.Sprintf("%s,%s %s,%s %s,%s", num(x), num(y+3), num(x+9), num(y+6.5), num(x), num(y+10))
			m.Stick = fmt.Sprintf("M%s %sV%s", num(x), num(y+3), num(y+stripRowH-2))
		} else {
			y := float64(majorH+minorH) + stripRowH/2
			m.Diamond = fmt.Sprintf("%s,%s %s,%s %s,%s %s,%s", num(x), num(y-6), num(x+6), num(y), num(x), num(y+6), num(x-6), num(y))
		}
		lx := x + 10
		if lx > lastEnd[row]+8 {
			if label := fit(mk.Name, math.Min(math.Min(220, f.Width-lx-2), next[k]-lx-10), smallCharW); label != "" {
				m.Label, m.LX = label, num(lx)
				lastEnd[row] = lx + float64(utf8.RuneCountInString(label))*smallCharW
			}
		}
		c.Markers = append(c.Markers, m)
	}
	for _, a := range v.Arrows {
		var d strings.Builder
		for i, p := range a.Points {
			if i == 0 {
				d.WriteString("M")
			} else {
				d.WriteString("L")
			}
			if i == len(a.Points)-1 {
				p.X -= 2 // the head's tip on the bar's edge
			}
			d.WriteString(num(p.X))
			d.WriteByte(' ')
			d.WriteString(num(p.Y))
		}
		c.Arrows = append(c.Arrows, arrow{D: d.String(), Late: a.Late})
	}
	for _, bb := range v.Bars {
		b := &plan.Bars[bb.Index]
		x0, x1 := math.Max(bb.X, 0), math.Min(bb.X+bb.W, f.Width)
		if x1-x0 < 2 {
			x1 = x0 + 2
		}
		class := "s-" + string(b.Status)
		if b.Late {
			class = "late"
		}
		title := fmt.Sprintf("%s\n%s (%d days)\n%s", b.Name, dayRange(b.Start, b.End), b.Start.DaysUntil(b.End)+1, b.Status.Title())
		if b.HasProgress {
			title += fmt.Sprintf(" · %s accepted", percent(b.Progress))
		}
		if b.Late {
			title += "\nStarts before what it depends on ends"
		}
		title += "\nLane: " + plan.Lanes[b.Lane].Name
		el := bar{ID: b.ID, Class: class, Title: title}
		shapes := `<rect x="` + num(x0) + `" y="` + num(bb.Y) + `" width="` + num(x1-x0) + `" height="` + num(bb.H) + `" rx="4"/>`
		if b.HasProgress && x1-x0 > 14 {
			at := `x="` + num(x0+4) + `" y="` + num(bb.Y+bb.H-4) + `" width="`
			shapes += `<rect class="pt" ` + at + num(x1-x0-8) + `" height="2"/><rect class="pd" ` + at + num(b.Progress*(x1-x0-8)) + `" height="2"/>`
		}
		el.Shapes = template.HTML(shapes)
		if label := fit(b.Name, x1-x0-12, charW); label != "" {
			el.Label, el.LabelAt = label, template.HTMLAttr(`x="`+num(x0+6)+`" y="`+num(bb.Y+bb.H/2+3.5)+`"`)
		}
		c.Bars = append(c.Bars, el)
	}
	if v.HasToday {
		c.Today = &today{X: num(v.TodayX), LX: num(v.TodayX + 4), LY: num(f.Height + 16), Label: "Today · " + shortDay(plan.Today)}
	}
	return c
}

// frameOptions scales the plan for the page: the options' range, or the
// units of the zoom that hold work, at a day width that fits the range in
// chartTarget pixels when its labels stay readable there.
func frameOptions(plan *timeline.Plan, opt Options, fy int) timeline.Options {
	first, last := plan.Span()
	from, to := opt.From, opt.To
	if from.IsZero() {
		from = first
	}
	if to.IsZero() {
		to = last
	}
	if to.Before(from) {
		to = from
	}
	days := from.DaysUntil(to) + 1
	zoom, dw := chooseZoom(days, fy > 1)
	cal := timeline.Calendar{Zoom: zoom, FiscalYearStart: fy}
	if opt.From.IsZero() {
		from = cal.UnitStart(from)
	}
	end := to.AddDays(1) // the frame's range ends before To
	if opt.To.IsZero() {
		end = cal.Add(cal.UnitStart(to), 1)
	}
	// Whole units widen the range: the chart still fits when its labels
	// can take the narrower days.
	if fit := chartTarget / float64(from.DaysUntil(end)); fit < dw && fit >= minDayWidth(zoom) {
		dw = fit
	}
	// A plan spanning centuries (a typo in a year, a file edited by hand)
	// stays a chart a browser can scroll.
	dw = math.Min(dw, maxChartW/float64(from.DaysUntil(end)))
	return timeline.Options{Zoom: zoom, FiscalYearStart: fy, From: from, To: end, DayWidth: dw}
}

// minDayWidth is the narrowest day at which the zoom's labels read.
func minDayWidth(z timeline.Zoom) float64 {
	switch z {
	case timeline.Weeks:
		return 95.0 / 7
	case timeline.Months:
		return 44.0 / 30
	case timeline.Quarters, timeline.FiscalQuarters:
		return 40.0 / 91
	}
	return 40.0 / 365
}

// wrap breaks s into lines of at most w pixels at cw per character.
func wrap(s string, w, cw float64) []string {
	n := max(1, int(w/cw))
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		switch {
		case line == "":
			line = word
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) <= n:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
		for utf8.RuneCountInString(line) > n {
			r := []rune(line)
			lines = append(lines, string(r[:n]))
			line = string(r[n:])
		}
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}
