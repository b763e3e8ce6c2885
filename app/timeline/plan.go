package timeline

import (
	"cmp"
	"slices"

	"canopy/app"
)

// NoLane is the name of the lane that holds initiatives whose lane is unset
// or unknown, so that no dated initiative vanishes from the roadmap.
const NoLane = "No lane"

// Plan is the roadmap in dates and sub-rows: what to draw, before any scale.
// Build it with NewPlan after each change of the workspace; it does not
// change with the zoom or the viewport.
type Plan struct {
	// Today is the day of the today line.
	Today app.Date
	// Lanes are the rows of the roadmap in their order; a last lane named
	// NoLane (ID "") holds dated initiatives without a known lane.
	Lanes []Lane
	// Bars are the dated initiatives, by lane, then sub-row, then start.
	Bars []Bar
	// Markers are the milestones and releases by date.
	Markers []Marker
	// Arrows are the dependencies between dated initiatives.
	Arrows []Arrow
	// Tray holds the initiatives without both dates, by horizon: Now, Next,
	// Later, and those with no horizon either.
	Tray [4][]Undated

	byID map[string]int
	// geo holds each bar's dates, lane and sub-row, packed: what laying out
	// a view reads of a bar, 16 bytes of it, not the Bar's 150.
	geo   []barGeo
	first app.Date
	last  app.Date
	// dates are the days holding work, for Span's window.
	dates []app.Date
	// arrowCells index the arrows by lane and by span of bucketDays days
	// (cells per lane, from the plan's first day): an arrow is listed in every
	// cell its bounding box covers, so a view visits only the arrows near
	// what it shows.
	arrowCells [][]int32
	// arrowStarts lists, per lane and cell, the arrows of arrowCells whose
	// first cell it is.
	arrowStarts [][]int32
	cells       int
	// cellFrom is the first day of the first cell: the first bar's start
	// (the milestones and releases, added later, may widen the span).
	cellFrom app.Date
	// arrowSpan holds each arrow's first and last day and lowest and highest
	// lane, for a cheap test before its route is computed.
	arrowSpan []arrowSpan
}

// barGeo is where a bar goes: Plan.Bars[i]'s Start, End, Lane and Row.
type barGeo struct {
	start, end app.Date
	lane, row  int32
}

// bucketDays is the width of an arrow index cell.
const bucketDays = 32

// arrowSpan is an arrow's bounding box in days and lanes.
type arrowSpan struct {
	first, last  app.Date
	lane0, lane1 int
}

// TrayHorizons are the horizons of the Plan's Tray groups, in order; the
// last group holds undated initiatives without a horizon.
var TrayHorizons = [4]app.Horizon{app.HorizonNow, app.HorizonNext, app.HorizonLater, app.HorizonNone}

// Lane is a row of the roadmap.
type Lane struct {
	ID   string
	Name string
	// Rows is the number of sub-rows its bars need (at least 1).
	Rows int
	// rows holds, per sub-row, the indexes of its bars by start date. Bars in
	// one sub-row never overlap, so their ends are in order too.
	rows [][]int
}

// Bar is a dated initiative.
type Bar struct {
	ID     string
	Name   string
	Lane   int // index in Plan.Lanes
	Row    int // sub-row within the lane
	Start  app.Date
	End    app.Date // the last day, included
	Status app.InitiativeStatus
	// Color is the initiative's own colour ("#rrggbb"), or "".
	Color string
	Goals []string
	// Progress is the accepted share of the estimate of its items (0..1);
	// HasProgress is false when it has no estimated item.
	Progress    float64
	HasProgress bool
	// Late is set when the bar starts on or before the end of an initiative
	// it depends on.
	Late bool
}

// MarkerKind tells milestones from releases.
type MarkerKind int

// The kinds of marker.
const (
	Milestone MarkerKind = iota
	Release
)

// Marker is a milestone or a release: a dated point.
type Marker struct {
	Kind MarkerKind
	ID   string
	Name string
	Date app.Date
	// Lane is the lane the marker belongs to, or -1 when it spans them all.
	Lane int
}

// Arrow is a dependency: To depends on From (indexes in Plan.Bars).
type Arrow struct {
	From, To int
	// Late is set when To starts on or before From ends.
	Late bool
}

// Undated is an initiative without both dates, shown in the tray.
type Undated struct {
	ID      string
	Name    string
	Horizon app.Horizon
	Status  app.InitiativeStatus
	Lane    string
}

// NewPlan builds the plan of ws with the today line on today.
func NewPlan(ws *app.Workspace, today app.Date) *Plan {
	p := &Plan{Today: today, byID: map[string]int{}}
	lanes := ws.Lanes()
	laneIdx := make(map[string]int, len(lanes))
	for i, l := range lanes {
		laneIdx[l.ID] = i
		p.Lanes = append(p.Lanes, Lane{ID: l.ID, Name: l.Name})
	}
	noLane := -1
	progress := app.Progress(ws)
	for _, in := range ws.Initiatives() {
		if !in.Dated() {
			g := 3
			for i, h := range TrayHorizons[:3] {
				if in.Horizon == h {
					g = i
				}
			}
			p.Tray[g] = append(p.Tray[g], Undated{ID: in.ID, Name: in.Name, Horizon: in.Horizon, Status: in.Status, Lane: in.Lane})
			continue
		}
		lane, ok := laneIdx[in.Lane]
		if !ok {
			if noLane < 0 {
				noLane = len(p.Lanes)
				p.Lanes = append(p.Lanes, Lane{Name: NoLane})
			}
			lane = noLane
		}
		// Dates outside app.PlanYears (a typo a validate reports) are drawn
		// at its edge, so the plan stays bounded whatever the file holds.
		b := Bar{ID: in.ID, Name: in.Name, Lane: lane, Start: app.ClampPlanDate(in.Start), End: app.ClampPlanDate(in.End), Status: in.Status, Color: in.Color, Goals: in.Goals}
		if b.End.Before(b.Start) {
			b.Start, b.End = b.End, b.Start
		}
		if pr := progress[in.ID]; pr.Estimate > 0 {
			b.Progress, b.HasProgress = pr.Share(), true
		}
		p.Bars = append(p.Bars, b)
		p.extend(b.Start)
		p.extend(b.End)
	}
	p.stack()
	p.geo = make([]barGeo, len(p.Bars))
	for i, b := range p.Bars {
		p.byID[b.ID] = i
		p.geo[i] = barGeo{start: b.Start, end: b.End, lane: int32(b.Lane), row: int32(b.Row)}
	}
	p.link(ws)
	p.mark(ws, laneIdx)
	return p
}

// extend widens the plan's span to hold d.
func (p *Plan) extend(d app.Date) {
	if d.IsZero() {
		return
	}
	d = app.ClampPlanDate(d)
	p.dates = append(p.dates, d)
	if p.first.IsZero() || d.Before(p.first) {
		p.first = d
	}
	if p.last.IsZero() || d.After(p.last) {
		p.last = d
	}
}

// stack orders the bars by lane and start and puts each in the first
// sub-row of its lane where it overlaps nothing.
func (p *Plan) stack() {
	slices.SortStableFunc(p.Bars, func(a, b Bar) int {
		if c := cmp.Compare(a.Lane, b.Lane); c != 0 {
			return c
		}
		if a.Start != b.Start {
			return -a.Start.DaysUntil(b.Start)
		}
		if a.End != b.End {
			return a.End.DaysUntil(b.End) // the longer first
		}
		return cmp.Compare(a.Name, b.Name)
	})
	var ends []app.Date // last end per sub-row of the current lane
	for i := range p.Bars {
		b := &p.Bars[i]
		if i == 0 || p.Bars[i-1].Lane != b.Lane {
			ends = ends[:0]
		}
		row := -1
		for r, e := range ends {
			if e.Before(b.Start) {
				row = r
				break
			}
		}
		if row < 0 {
			row = len(ends)
			ends = append(ends, app.Date{})
		}
		ends[row] = b.End
		b.Row = row
		l := &p.Lanes[b.Lane]
		for len(l.rows) <= row {
			l.rows = append(l.rows, nil)
		}
		l.rows[row] = append(l.rows[row], i)
	}
	for i := range p.Lanes {
		p.Lanes[i].Rows = max(1, len(p.Lanes[i].rows))
	}
	// Bars sorted by lane then start; sub-row order follows from that, but
	// the bars array itself is reordered so each sub-row is contiguous in
	// reading order for drawing (lane, row, start).
	order := make([]int, len(p.Bars))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		x, y := &p.Bars[a], &p.Bars[b]
		if c := cmp.Compare(x.Lane, y.Lane); c != 0 {
			return c
		}
		return cmp.Compare(x.Row, y.Row)
	})
	bars := make([]Bar, len(p.Bars))
	newIdx := make([]int, len(p.Bars))
	for n, o := range order {
		bars[n] = p.Bars[o]
		newIdx[o] = n
	}
	p.Bars = bars
	for li := range p.Lanes {
		for _, row := range p.Lanes[li].rows {
			for k, o := range row {
				row[k] = newIdx[o]
			}
		}
	}
}

// link adds an arrow per dependency between two dated initiatives and marks
// the bars that start before what they depend on ends.
func (p *Plan) link(ws *app.Workspace) {
	for to := range p.Bars {
		in, ok := ws.Initiative(p.Bars[to].ID)
		if !ok {
			continue
		}
		for _, dep := range in.DependsOn {
			from, ok := p.byID[dep]
			if !ok {
				continue
			}
			late := !p.Bars[from].End.Before(p.Bars[to].Start)
			if late {
				p.Bars[to].Late = true
			}
			p.Arrows = append(p.Arrows, Arrow{From: from, To: to, Late: late})
		}
	}
	for _, a := range p.Arrows {
		f, t := &p.Bars[a.From], &p.Bars[a.To]
		sp := arrowSpan{first: t.Start, last: f.End, lane0: min(f.Lane, t.Lane), lane1: max(f.Lane, t.Lane)}
		if f.End.Before(t.Start) {
			sp.first, sp.last = f.End, t.Start
		}
		p.arrowSpan = append(p.arrowSpan, sp)
	}
	if len(p.Arrows) > 0 {
		p.cellFrom = p.first
		p.cells = p.first.DaysUntil(p.last)/bucketDays + 1
		p.arrowCells = make([][]int32, p.cells*len(p.Lanes))
		p.arrowStarts = make([][]int32, p.cells*len(p.Lanes))
		for i, sp := range p.arrowSpan {
			for l := sp.lane0; l <= sp.lane1; l++ {
				c0 := p.cell(sp.first)
				p.arrowStarts[l*p.cells+c0] = append(p.arrowStarts[l*p.cells+c0], int32(i))
				for c := c0; c <= p.cell(sp.last); c++ {
					p.arrowCells[l*p.cells+c] = append(p.arrowCells[l*p.cells+c], int32(i))
				}
			}
		}
	}
}

// cell returns the index of the arrow cell holding d, clamped to the cells.
func (p *Plan) cell(d app.Date) int {
	c := p.cellFrom.DaysUntil(d) / bucketDays
	if c < 0 {
		return 0
	}
	return min(c, p.cells-1)
}

// mark adds the milestones and releases, by date.
func (p *Plan) mark(ws *app.Workspace, laneIdx map[string]int) {
	for _, m := range ws.Milestones() {
		if m.Date.IsZero() {
			continue
		}
		lane := -1
		if i, ok := laneIdx[m.Lane]; ok && m.Lane != "" {
			lane = i
		} else if b, ok := p.byID[m.Initiative]; ok {
			lane = p.Bars[b].Lane
		}
		p.Markers = append(p.Markers, Marker{Kind: Milestone, ID: m.ID, Name: m.Name, Date: app.ClampPlanDate(m.Date), Lane: lane})
		p.extend(m.Date)
	}
	for _, r := range ws.Releases() {
		if r.Date.IsZero() {
			continue
		}
		p.Markers = append(p.Markers, Marker{Kind: Release, ID: r.ID, Name: r.Name, Date: app.ClampPlanDate(r.Date), Lane: -1})
		p.extend(r.Date)
	}
	slices.SortStableFunc(p.Markers, func(a, b Marker) int {
		if a.Date != b.Date {
			return -a.Date.DaysUntil(b.Date)
		}
		if a.Kind != b.Kind {
			return cmp.Compare(a.Kind, b.Kind)
		}
		return cmp.Compare(a.Name, b.Name)
	})
}

// Bar returns the index of the bar of the initiative with the ID.
func (p *Plan) Bar(id string) (int, bool) {
	i, ok := p.byID[id]
	return i, ok
}

// Span returns the first and last day holding work: bars, milestones and
// releases. With none, it is today and the 90 days after. Work spread
// over more than app.MaxPlanYears gives the years holding most of it
// (app.PlanWindow), so every renderer stays bounded.
func (p *Plan) Span() (first, last app.Date) {
	if p.first.IsZero() {
		return p.Today, p.Today.AddDays(90)
	}
	if p.first.DaysUntil(p.last) <= app.MaxPlanYears*365 {
		return p.first, p.last
	}
	first, last, _ = app.PlanWindow(p.dates)
	return first, last
}

// TrayCount returns the number of undated initiatives.
func (p *Plan) TrayCount() int {
	n := 0
	for _, g := range p.Tray {
		n += len(g)
	}
	return n
}
