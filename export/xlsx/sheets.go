package xlsx

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"canopy/app"
)

// sheet writes a small sheet cell by cell through the ordinary API; the first
// error sticks and is returned by done.
type sheet struct {
	b    *workbook
	name string
	row  int // the row being written, from 1
	err  error
}

func (b *workbook) sheet(name string, widths ...float64) *sheet {
	s := &sheet{b: b, name: name}
	for i, w := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		s.check(b.f.SetColWidth(name, col, col, w))
	}
	return s
}

func (s *sheet) check(err error) {
	if s.err == nil && err != nil {
		s.err = err
	}
}

// set writes v (a string, number, app.Date or nil) into column col of the
// current row with the style. Strings are cut to fit by texts.cell; who and
// field name the owner in a warning.
func (s *sheet) set(col int, v any, style int, who, field string) {
	if s.err != nil {
		return
	}
	ref, _ := excelize.CoordinatesToCellName(col, s.row)
	if style != 0 { // before the value, so a date keeps our format
		s.check(s.b.f.SetCellStyle(s.name, ref, ref, style))
	}
	switch v := v.(type) {
	case nil:
	case string:
		if v != "" {
			s.check(s.b.f.SetCellStr(s.name, ref, s.b.t.cell(who, field, v)))
		}
	case app.Date:
		if !v.IsZero() {
			s.check(s.b.f.SetCellValue(s.name, ref, v.Time()))
		}
	default:
		s.check(s.b.f.SetCellValue(s.name, ref, v))
	}
}

// header writes a header row of labels.
func (s *sheet) header(labels ...string) {
	s.row++
	for i, l := range labels {
		st := s.b.st.header
		if strings.HasSuffix(l, ComputedSuffix) {
			st = s.b.st.headerComputed
		}
		s.set(i+1, l, st, "", "")
	}
}

// section starts a titled part of a sheet after a blank row.
func (s *sheet) section(title string) {
	if s.row > 0 {
		s.row++
	}
	s.row++
	s.set(1, title, s.b.st.section, "", "")
}

// freeze keeps the first rows and columns in view.
func (s *sheet) freeze(cols, rows int) {
	ref, _ := excelize.CoordinatesToCellName(cols+1, rows+1)
	pane := "bottomLeft"
	if cols > 0 {
		pane = "bottomRight"
	}
	s.check(s.b.f.SetPanes(s.name, &excelize.Panes{Freeze: true, XSplit: cols, YSplit: rows, TopLeftCell: ref, ActivePane: pane}))
}

func dateOrNil(d app.Date) any {
	if d.IsZero() {
		return nil
	}
	return d
}

// roadmap writes the initiatives by lane with a month-by-month bar.
func (b *workbook) roadmap() error {
	const fixed = 10 // columns before the months
	s := b.sheet(SheetRoadmap, 18, 30, 11, 16, 11, 11, 9, 30, 10, 13)
	progress := app.Progress(b.ws)
	// The months the dated initiatives span, at most app.MaxPlanYears of
	// them (app.PlanWindow): a date a century away makes no sheet wider
	// than Excel allows.
	var dates []app.Date
	for _, in := range b.ws.Initiatives() {
		if in.Dated() {
			dates = append(dates, in.Start, in.End)
		}
	}
	var months []time.Time
	if first, last, ok := app.PlanWindow(dates); ok {
		ft, lt := first.Time(), last.Time()
		for m := time.Date(ft.Year(), ft.Month(), 1, 0, 0, 0, 0, time.UTC); !m.After(lt); m = m.AddDate(0, 1, 0) {
			months = append(months, m)
		}
	}
	labels := []string{"Lane", "Initiative", "Status", "Owner", "Start", "End", "Horizon", "Goals",
		"Progress" + ComputedSuffix, "Accepted / estimate" + ComputedSuffix}
	for _, m := range months {
		labels = append(labels, m.Format("Jan\n2006"))
	}
	s.header(labels...)
	if len(months) > 0 {
		from, _ := excelize.ColumnNumberToName(fixed + 1)
		to, _ := excelize.ColumnNumberToName(fixed + len(months))
		s.check(b.f.SetColWidth(SheetRoadmap, from, to, 5.5))
	}
	s.check(b.f.SetRowHeight(SheetRoadmap, 1, 45))
	s.freeze(2, 1)

	// One fill style per color, made once in the order colors first appear.
	fills := map[string]int{}
	fill := func(color string) int {
		if color == "" {
			color = "#7F8C8D"
		}
		if id, ok := fills[color]; ok {
			return id
		}
		id, err := b.f.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}})
		if err != nil { // a color excelize refuses: fall back to grey
			id, err = b.f.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#7F8C8D"}}})
			s.check(err)
		}
		fills[color] = id
		return id
	}

	byLane := map[string][]*app.Initiative{}
	for _, in := range b.ws.Initiatives() {
		lane := in.Lane
		if !b.ws.Has(app.KindLane, lane) {
			lane = ""
		}
		byLane[lane] = append(byLane[lane], in)
	}
	type group struct {
		name string
		ins  []*app.Initiative
	}
	var groups []group
	for _, l := range b.ws.Lanes() {
		groups = append(groups, group{l.Name, byLane[l.ID]})
	}
	if len(byLane[""]) > 0 {
		groups = append(groups, group{"(no lane)", byLane[""]})
	}
	st := &b.st
	for _, g := range groups {
		for _, in := range g.ins {
			who := in.Label()
			s.row++
			s.set(1, g.name, st.wrap, who, "lane")
			s.set(2, in.Name, st.wrap, who, "name")
			s.set(3, in.Status.Title(), st.text, who, "status")
			s.set(4, in.Owner, st.text, who, "owner")
			s.set(5, dateOrNil(in.Start), st.date, who, "start")
			s.set(6, dateOrNil(in.End), st.date, who, "end")
			s.set(7, in.Horizon.Title(), st.text, who, "horizon")
			s.set(8, b.goalTitles(in.Goals), st.wrap, who, "goals")
			p := progress[in.ID]
			if p.Estimate > 0 {
				s.set(9, p.Share(), st.percent, who, "")
			}
			if p.Items > 0 {
				s.set(10, fmt.Sprintf("%s / %s", num(p.AcceptedPoint), num(p.Estimate)), st.text, who, "")
			}
			if !in.Dated() {
				continue
			}
			style := fill(in.Color)
			for i, m := range months {
				end := m.AddDate(0, 1, -1)
				if in.Start.Time().After(end) || in.End.Time().Before(m) {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(fixed+1+i, s.row)
				s.check(b.f.SetCellStyle(SheetRoadmap, ref, ref, style))
			}
		}
	}
	return s.err
}

// num formats a number without trailing zeros.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func (b *workbook) goalTitles(ids []string) string {
	titles := make([]string, 0, len(ids))
	for _, id := range ids {
		if g, ok := b.ws.Goal(id); ok {
			titles = append(titles, g.Title)
		}
	}
	return strings.Join(titles, "\n")
}

// releases writes each release with its go-to-market tasks under it.
func (b *workbook) releases() error {
	s := b.sheet(SheetReleases, 24, 11, 11, 10, 11, 11, 11, 44, 16, 11, 8, 24, 24, 44)
	s.header("Release", "Start", "Date", "Capacity", "Estimate"+ComputedSuffix, "Musts share"+ComputedSuffix,
		"Readiness"+ComputedSuffix, "Go-to-market task", "Owner", "Due", "Done", "Audiences", "Channels", "Launch notes")
	s.check(b.f.SetRowHeight(SheetReleases, 1, 30))
	s.freeze(1, 1)
	loads := app.Load(b.ws)
	st := &b.st
	for _, r := range b.ws.Releases() {
		who := r.Label()
		l := loads[r.ID]
		s.row++
		s.set(1, r.Name, st.label, who, "name")
		s.set(2, dateOrNil(r.Start), st.date, who, "start")
		s.set(3, dateOrNil(r.Date), st.date, who, "date")
		if r.Capacity > 0 {
			s.set(4, r.Capacity, st.number, who, "")
		}
		s.set(5, l.Estimate, st.number, who, "")
		s.set(6, l.MustShare(), st.percent, who, "")
		if len(r.Tasks) > 0 {
			s.set(7, r.Readiness(), st.percent, who, "")
		}
		s.set(12, strings.Join(r.Audiences, "\n"), st.wrap, who, "audiences")
		s.set(13, strings.Join(r.Channels, "\n"), st.wrap, who, "channels")
		s.set(14, r.LaunchNotes, st.wrap, who, "launch notes")
		for _, task := range r.Tasks {
			s.row++
			done, style := "no", st.wrap
			if task.Done {
				done, style = "yes", st.done
			}
			s.set(8, task.Title, style, who, "task")
			s.set(9, task.Owner, style, who, "task owner")
			s.set(10, dateOrNil(task.Due), st.date, who, "")
			s.set(11, done, style, who, "")
		}
	}
	return s.err
}

// strategy writes the strategy document, goals, personas, competitors and risks.
func (b *workbook) strategy() error {
	s := b.sheet(SheetStrategy, 24, 50, 34, 34, 14, 34, 12, 12)
	st := &b.st
	sg := b.ws.Strategy()
	who := sg.Label()
	s.row++
	s.set(1, "Strategy — "+b.ws.Product().Name, st.title, "", "")
	pair := func(label string, v string) {
		s.row++
		s.set(1, label, st.label, "", "")
		s.set(2, v, st.wrap, who, strings.ToLower(label))
	}
	s.row++
	pair("Vision", sg.Vision)
	pair("Target customers", sg.TargetCustomers)
	pair("For", sg.Positioning.For)
	pair("Who", sg.Positioning.Who)
	pair("Unlike", sg.Positioning.Unlike)
	pair("Our product", sg.Positioning.OurProduct)
	pair("Positioning map x axis", sg.PositioningAxes.X)
	pair("Positioning map y axis", sg.PositioningAxes.Y)
	// Our place on the map: two numbers, both cells empty while unplaced.
	s.row++
	s.set(1, "Our position x", st.label, "", "")
	if p := sg.OurPosition; p != nil {
		s.set(2, p.X, st.number, who, "")
	}
	s.row++
	s.set(1, "Our position y", st.label, "", "")
	if p := sg.OurPosition; p != nil {
		s.set(2, p.Y, st.number, who, "")
	}
	pair("Differentiators", strings.Join(sg.Differentiators, "\n"))
	pair("Non-goals", strings.Join(sg.NonGoals, "\n"))
	pair("Market notes", sg.MarketNotes)
	pair("Trends", strings.Join(sg.Trends, "\n"))
	metric := func(m app.Metric, who string) {
		s.set(4, m.Unit, st.text, who, "unit")
		s.set(5, m.Baseline, st.number, who, "")
		s.set(6, m.Target, st.number, who, "")
		s.set(7, m.Current, st.number, who, "")
		s.set(8, m.Progress(), st.percent, who, "")
	}
	s.section("North-star metric")
	s.header("Metric", "", "", "Unit", "Baseline", "Target", "Current", "Progress"+ComputedSuffix)
	s.row++
	s.set(1, sg.NorthStar.Name, st.wrap, who, "north-star metric")
	metric(sg.NorthStar, who)

	s.section("Goals and key results")
	s.header("Goal", "Description", "Key result", "Unit", "Baseline", "Target", "Current", "Progress"+ComputedSuffix)
	for _, g := range b.ws.Goals() {
		who := g.Label()
		s.row++
		s.set(1, g.Title, st.label, who, "title")
		s.set(2, g.Description, st.wrap, who, "description")
		for i, kr := range g.KeyResults {
			if i > 0 {
				s.row++
			}
			s.set(3, kr.Name, st.wrap, who, "key result")
			metric(kr, who)
		}
	}

	s.section("Personas")
	s.header("Persona", "Role", "Needs", "Pains")
	for _, p := range b.ws.Personas() {
		who := p.Label()
		s.row++
		s.set(1, p.Name, st.label, who, "name")
		s.set(2, p.Role, st.wrap, who, "role")
		s.set(3, strings.Join(p.Needs, "\n"), st.wrap, who, "needs")
		s.set(4, strings.Join(p.Pains, "\n"), st.wrap, who, "pains")
	}

	s.section("Competitors")
	s.header("Competitor", "Segment", "Strengths", "Weaknesses", "Pricing", "How we differ",
		PositionHeader("x", sg.PositioningAxes.X), PositionHeader("y", sg.PositioningAxes.Y))
	for _, c := range b.ws.Competitors() {
		who := c.Label()
		s.row++
		s.set(1, c.Name, st.label, who, "name")
		s.set(2, c.Segment, st.wrap, who, "segment")
		s.set(3, strings.Join(c.Strengths, "\n"), st.wrap, who, "strengths")
		s.set(4, strings.Join(c.Weaknesses, "\n"), st.wrap, who, "weaknesses")
		s.set(5, c.Pricing, st.wrap, who, "pricing")
		s.set(6, c.HowWeDiffer, st.wrap, who, "how we differ")
		if c.Position != nil {
			s.set(7, c.Position.X, st.number, who, "")
			s.set(8, c.Position.Y, st.number, who, "")
		}
	}

	s.section("Risks")
	s.header("Risk", "Assumption", "Mitigation", "Owner", "Initiatives", "Likelihood", "Impact", "Exposure")
	for _, r := range b.ws.Risks() {
		who := r.Label()
		names := make([]string, 0, len(r.Initiatives))
		for _, id := range r.Initiatives {
			if in, ok := b.ws.Initiative(id); ok {
				names = append(names, in.Name)
			} else {
				names = append(names, id+" (missing)")
			}
		}
		s.row++
		s.set(1, r.Description, st.wrap, who, "description")
		s.set(2, r.Assumption, st.wrap, who, "assumption")
		s.set(3, r.Mitigation, st.wrap, who, "mitigation")
		s.set(4, r.Owner, st.wrap, who, "owner")
		s.set(5, strings.Join(names, "\n"), st.wrap, who, "initiatives")
		s.set(6, r.Likelihood.Title(), st.wrap, who, "likelihood")
		s.set(7, r.Impact.Title(), st.wrap, who, "impact")
		if e := r.Exposure(); e > 0 {
			s.set(8, e, st.number, who, "")
		}
	}
	return s.err
}

// PositionHeader is the Strategy sheet's header of a competitor's place on
// the positioning map along axis ("x" or "y"), named after the axis when it
// has a name: "Position x (Price)". An unplaced competitor leaves both
// cells empty.
func PositionHeader(axis, name string) string {
	h := "Position " + axis
	if name = strings.TrimSpace(name); name != "" {
		h += " (" + oneLine(name) + ")"
	}
	return h
}

// about writes what was exported, when, and how scores are computed.
func (b *workbook) about() error {
	s := b.sheet(SheetAbout, 24, 70)
	st := &b.st
	p := b.ws.Product()
	who := p.Label()
	s.row++
	s.set(1, "About this export", st.title, "", "")
	s.row++
	pair := func(label string, v any) {
		s.row++
		s.set(1, label, st.label, "", "")
		if str, ok := v.(string); ok {
			s.set(2, str, st.wrap, who, strings.ToLower(label))
			return
		}
		s.set(2, v, st.number, who, "")
	}
	pair("Product", p.Name)
	pair("Owner", p.Owner)
	pair("Version", p.Version)
	pair("Horizon", p.Horizon)
	pair("Exported", b.now.Format("2006-01-02 15:04 MST"))
	pair("Exported by", "Canopy")
	pair("Scoring model", p.ScoringModel.Title())
	pair("Formula", p.ScoringModel.Formula(p.ICE))
	pair("Items", b.ws.Count(app.KindItem))
	pair("Canopy schema version", app.SchemaVersion)
	pair("Computed columns", "Columns whose header ends in \"(computed)\" and has a grey fill are worked out by Canopy "+
		"(scores, blocked, goals through the initiative, the what-next position, the last decision). "+
		"Editing them changes nothing when the file is imported.")
	pair("Cut text", "A cell ending in \""+CutMarkerPrefix+"… characters in Canopy]\" held more than "+
		groupThousands(MaxCellChars)+" characters, a spreadsheet cell's limit; the full text stays in Canopy.")
	return s.err
}
