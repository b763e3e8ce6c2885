package html

import (
	"cmp"
	"fmt"
	stdhtml "html"
	"html/template"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"canopy/app"
	"canopy/app/timeline"
)

// page is everything the template shows; a nil part is left out.
type page struct {
	Product, AsOf, Horizon, Version, Owner string
	Internal                               bool
	Generated                              string
	Nav                                    []navLink
	Glance                                 []stat

	Vision      *vision
	Personas    []persona
	Positioning *positioning
	Competitors []competitor
	Goals       *goals
	Initiatives *initiatives
	Roadmap     *roadmap
	Releases    *releases
	Risks       *risks
	Backlog     *backlog

	// What the wanted sections are, for the "nothing here" notes.
	WantPersonas, WantCompetitors bool
}

type navLink struct{ ID, Title string }

type stat struct{ Value, Label, Note string }

type vision struct {
	Vision, Customers, Market string
	Trends                    []string
}

type persona struct {
	Name, Role   string
	Needs, Pains []string
}

type positioning struct {
	For, Who, Unlike, Ours    string
	Differentiators, NonGoals []string
	AxisX, AxisY              string
	HasStatement              bool
}

type competitor struct {
	Name, Segment, Pricing, Differ string
	Strengths, Weaknesses          []string
}

type goals struct {
	NorthStar *metric
	Goals     []goal
}

type goal struct {
	Title, Description, Progress string
	Value                        string
	KeyResults                   []metric
}

type metric struct {
	Name, Detail, Progress, Value string
}

type initiatives struct {
	Rows     []initiativeRow
	Statuses []option
	Lanes    []option
	Owner    bool
}

// initiativeRow is a row of the initiatives table; as in itemRow, Cells
// (status and dates) and ProgressCell hold Canopy's own words and numbers,
// escaped here.
type initiativeRow struct {
	ID, Name, Lane, LaneID, Status, Goals, Owner string
	Cells, ProgressCell                          template.HTML
}

type option struct{ Value, Label string }

type roadmap struct {
	Chart      *chart
	Legend     []legendItem
	Now        [3]horizonCol
	Milestones []milestoneRow
}

type legendItem struct{ Class, Label string }

type horizonCol struct {
	Title string
	Names []string
}

type milestoneRow struct{ Date, Name, Where, Notes string }

type releases struct {
	Releases []release
	Owner    bool
}

type release struct {
	ID, Name, Dates, Ready, ReadyValue, Tasks, Load string
	Audiences, Channels                             string
	Notes                                           string
	ReadyClass                                      string
	TaskRows                                        []taskRow
	Warnings                                        []string
}

type taskRow struct{ Title, Owner, Due, State, StateClass string }

type risks struct {
	Rows   []riskRow
	Late   []depRow
	Owner  bool
	Cycles []string
}

type riskRow struct {
	Description, Exposure, ExposureClass, ExposureSort, Rating, Assumption, Mitigation, Owner, Initiatives string
}

type depRow struct{ Name, WaitsOn, State string }

type backlog struct {
	Rows         []itemRow
	Total, Shown int
	Cut          bool
	Statuses     []option
	Releases     []option
	Initiatives  []option
	Model        string
}

// itemRow is a row of the backlog table. User text (the title, the names
// of its initiative and release, the assignee) goes through the
// template's escaping; Cells holds the cells of Canopy's own words and
// numbers (status, type, MoSCoW, estimate, score), escaped here, in one
// piece: 10 000 rows of single cells cost the template as much as the
// rest of the page.
type itemRow struct {
	Rank, Title, Link, Status, Initiative, InitiativeID, Release, ReleaseID, Assignee string
	Cells                                                                             template.HTML
}

// build gathers the page's contents from the workspace.
func build(ws *app.Workspace, opt Options) *page {
	pr := ws.Product()
	p := &page{Product: pr.Name, AsOf: longDay(opt.Date), Horizon: pr.Horizon, Version: pr.Version, Owner: pr.Owner,
		Internal: opt.Audience == Internal}
	if p.Product == "" {
		p.Product = "Untitled product"
	}
	p.Generated = longDay(opt.Date)
	plan := timeline.NewPlan(ws, opt.Date)
	p.glance(ws, opt.Date)
	for _, s := range Sections {
		if !opt.wants(s) {
			continue
		}
		p.Nav = append(p.Nav, navLink{ID: string(s), Title: s.Title()})
		switch s {
		case SectionVision:
			st := ws.Strategy()
			p.Vision = &vision{Vision: st.Vision, Customers: st.TargetCustomers, Market: st.MarketNotes, Trends: st.Trends}
		case SectionCustomers:
			p.WantPersonas = true
			for _, ps := range ws.Personas() {
				p.Personas = append(p.Personas, persona{Name: ps.Name, Role: ps.Role, Needs: ps.Needs, Pains: ps.Pains})
			}
		case SectionPositioning:
			st := ws.Strategy()
			pos := st.Positioning
			p.Positioning = &positioning{For: pos.For, Who: pos.Who, Unlike: pos.Unlike, Ours: pos.OurProduct,
				Differentiators: st.Differentiators, NonGoals: st.NonGoals,
				HasStatement: pos.For != "" || pos.Who != "" || pos.Unlike != "" || pos.OurProduct != ""}
		case SectionCompetitors:
			p.WantCompetitors = true
			for _, c := range ws.Competitors() {
				p.Competitors = append(p.Competitors, competitor{Name: c.Name, Segment: c.Segment, Pricing: c.Pricing,
					Differ: c.HowWeDiffer, Strengths: c.Strengths, Weaknesses: c.Weaknesses})
			}
		case SectionGoals:
			p.Goals = buildGoals(ws)
		case SectionInitiatives:
			p.Initiatives = buildInitiatives(ws, p.Internal)
		case SectionRoadmap:
			p.Roadmap = buildRoadmap(ws, plan, opt)
		case SectionGoToMarket:
			p.Releases = buildReleases(ws, opt.Date, p.Internal)
		case SectionRisks:
			p.Risks = buildRisks(ws, p.Internal)
		case SectionAppendix:
			p.Backlog = buildBacklog(ws)
		}
	}
	return p
}

// glance is the strip of numbers under the header.
func (p *page) glance(ws *app.Workspace, today app.Date) {
	ins := ws.Initiatives()
	active, atRisk := 0, 0
	for _, in := range ins {
		switch in.Status {
		case app.InitiativeActive:
			active++
		case app.InitiativeAtRisk:
			atRisk++
		}
	}
	p.Glance = append(p.Glance, stat{Value: fmtNum(float64(len(ins))), Label: "initiatives",
		Note: fmt.Sprintf("%d active, %d at risk", active, atRisk)})
	var next *app.Release
	for _, r := range ws.Releases() {
		if !r.Date.IsZero() && !r.Date.Before(today) && (next == nil || r.Date.Before(next.Date)) {
			next = r
		}
	}
	if next != nil {
		p.Glance = append(p.Glance, stat{Value: shortDay(next.Date), Label: "next release: " + next.Name,
			Note: percent(next.Readiness()) + " ready to launch"})
	}
	if ns := ws.Strategy().NorthStar; ns.Name != "" {
		p.Glance = append(p.Glance, stat{Value: percent(ns.Progress()), Label: "north star: " + ns.Name,
			Note: fmt.Sprintf("%s of %s%s", fmtNum(ns.Current), fmtNum(ns.Target), unit(ns.Unit))})
	}
	if gs := ws.Goals(); len(gs) > 0 {
		var sum float64
		for _, g := range gs {
			sum += g.Progress()
		}
		p.Glance = append(p.Glance, stat{Value: percent(sum / float64(len(gs))), Label: "goals on average",
			Note: fmt.Sprintf("%d goals with key results", len(gs))})
	}
}

func buildGoals(ws *app.Workspace) *goals {
	g := &goals{}
	if ns := ws.Strategy().NorthStar; ns.Name != "" {
		m := newMetric(ns)
		g.NorthStar = &m
	}
	for _, gl := range ws.Goals() {
		out := goal{Title: gl.Title, Description: gl.Description, Progress: percent(gl.Progress()), Value: frac(gl.Progress())}
		for _, kr := range gl.KeyResults {
			out.KeyResults = append(out.KeyResults, newMetric(kr))
		}
		g.Goals = append(g.Goals, out)
	}
	return g
}

func newMetric(m app.Metric) metric {
	return metric{Name: m.Name, Progress: percent(m.Progress()), Value: frac(m.Progress()),
		Detail: fmt.Sprintf("%s → %s%s, now %s", fmtNum(m.Baseline), fmtNum(m.Target), unit(m.Unit), fmtNum(m.Current))}
}

func unit(u string) string {
	if u == "" {
		return ""
	}
	if u == "%" {
		return u
	}
	return " " + u
}

func buildInitiatives(ws *app.Workspace, internal bool) *initiatives {
	out := &initiatives{Owner: internal}
	progress := app.Progress(ws)
	goalNames := map[string]string{}
	for _, g := range ws.Goals() {
		goalNames[g.ID] = g.Title
	}
	laneNames := map[string]string{}
	for _, l := range ws.Lanes() {
		laneNames[l.ID] = l.Name
		out.Lanes = append(out.Lanes, option{Value: l.ID, Label: l.Name})
	}
	for _, s := range app.InitiativeStatuses {
		out.Statuses = append(out.Statuses, option{Value: string(s), Label: s.Title()})
	}
	ins := ws.Initiatives()
	out.Rows = make([]initiativeRow, 0, len(ins))
	for _, in := range ins {
		r := initiativeRow{ID: in.ID, Name: in.Name, Lane: laneNames[in.Lane], LaneID: in.Lane, Status: string(in.Status)}
		if r.Lane == "" {
			r.LaneID = ""
		}
		whenSort := "~9"
		switch {
		case in.Dated():
			whenSort = in.Start.String()
		case in.Horizon != app.HorizonNone:
			whenSort = "~" + strconv.Itoa(slices.Index(app.Horizons, in.Horizon))
		}
		esc := stdhtml.EscapeString
		r.Cells = template.HTML(`<td><span class="st s-` + esc(string(in.Status)) + `">` + esc(in.Status.Title()) +
			`</span></td><td data-v="` + esc(whenSort) + `">` + esc(when(in)) + `</td>`)
		var gs []string
		for _, id := range in.Goals {
			if n, ok := goalNames[id]; ok {
				gs = append(gs, n)
			}
		}
		r.Goals = strings.Join(gs, "; ")
		if internal {
			r.Owner = in.Owner
		}
		if pg := progress[in.ID]; pg.Estimate > 0 {
			r.ProgressCell = template.HTML(`<td data-v="` + frac(pg.Share()) + `"><progress max="1" value="` + frac(pg.Share()) + `">` +
				percent(pg.Share()) + `</progress> ` + percent(pg.Share()) + `</td>`)
		} else {
			r.ProgressCell = `<td data-v="-1"><span class="muted">—</span></td>`
		}
		out.Rows = append(out.Rows, r)
	}
	return out
}

// when says when an initiative runs: its dates or its horizon.
func when(in *app.Initiative) string {
	switch {
	case in.Dated():
		return dayRange(in.Start, in.End)
	case in.Horizon != app.HorizonNone:
		return in.Horizon.Title()
	}
	return "Unscheduled"
}

func buildRoadmap(ws *app.Workspace, plan *timeline.Plan, opt Options) *roadmap {
	r := &roadmap{Chart: newChart(ws, plan, opt)}
	for _, s := range app.InitiativeStatuses {
		r.Legend = append(r.Legend, legendItem{Class: "s-" + string(s), Label: s.Title()})
	}
	r.Legend = append(r.Legend, legendItem{Class: "late", Label: "Starts before what it depends on ends"})
	cols := [3][]string{}
	for _, in := range ws.Initiatives() {
		if in.Status == app.InitiativeDone || in.Status == app.InitiativeCancelled || (in.Dated() && in.End.Before(opt.Date)) {
			continue
		}
		if i := slices.Index(app.Horizons, timeline.HorizonOf(in, opt.Date)); i >= 0 {
			cols[i] = append(cols[i], in.Name)
		}
	}
	for i, h := range app.Horizons {
		r.Now[i] = horizonCol{Title: h.Title(), Names: cols[i]}
	}
	laneNames := map[string]string{}
	for _, l := range ws.Lanes() {
		laneNames[l.ID] = l.Name
	}
	ms := ws.Milestones()
	slices.SortStableFunc(ms, func(a, b *app.Milestone) int { return -a.Date.DaysUntil(b.Date) })
	for _, m := range ms {
		where := laneNames[m.Lane]
		if in, ok := ws.Initiative(m.Initiative); ok {
			where = strings.TrimPrefix(where+" · "+in.Name, " · ")
		}
		r.Milestones = append(r.Milestones, milestoneRow{Date: shortDay(m.Date), Name: m.Name, Where: where, Notes: m.Description})
	}
	return r
}

func buildReleases(ws *app.Workspace, today app.Date, internal bool) *releases {
	out := &releases{Owner: internal}
	loads := app.Load(ws)
	warnings := map[string][]string{}
	for _, w := range app.Warnings(ws) {
		warnings[w.Key.ID] = append(warnings[w.Key.ID], w.Msg)
	}
	for _, r := range ws.Releases() {
		l := loads[r.ID]
		ready := r.Readiness()
		done := 0
		for _, t := range r.Tasks {
			if t.Done {
				done++
			}
		}
		rel := release{ID: r.ID, Name: r.Name, Dates: dayRange(r.Start, r.Date), Ready: percent(ready), ReadyValue: frac(ready),
			Tasks:     fmt.Sprintf("%d of %d launch tasks done", done, len(r.Tasks)),
			Load:      fmt.Sprintf("%d items, %s points", l.Items, fmtNum(l.Estimate)),
			Audiences: strings.Join(r.Audiences, ", "), Channels: strings.Join(r.Channels, ", "), Notes: r.LaunchNotes,
			ReadyClass: "ok", Warnings: warnings[r.ID]}
		if l.Capacity > 0 {
			rel.Load += fmt.Sprintf(" of a capacity of %s", fmtNum(l.Capacity))
		}
		if ready < 0.5 {
			rel.ReadyClass = "warn"
		}
		for _, t := range r.Tasks {
			row := taskRow{Title: t.Title, Due: shortDay(t.Due), State: "Open", StateClass: "muted"}
			if internal {
				row.Owner = t.Owner
			}
			switch {
			case t.Done:
				row.State, row.StateClass = "Done", "good"
			case !t.Due.IsZero() && t.Due.Before(today):
				row.State, row.StateClass = "Overdue", "bad"
			}
			rel.TaskRows = append(rel.TaskRows, row)
		}
		out.Releases = append(out.Releases, rel)
	}
	return out
}

func buildRisks(ws *app.Workspace, internal bool) *risks {
	out := &risks{Owner: internal}
	rs := ws.Risks()
	slices.SortStableFunc(rs, func(a, b *app.Risk) int { return b.Exposure() - a.Exposure() })
	for _, r := range rs {
		var ins []string
		for _, id := range r.Initiatives {
			if in, ok := ws.Initiative(id); ok {
				ins = append(ins, in.Name)
			}
		}
		row := riskRow{Description: r.Description, Exposure: "Not rated", ExposureClass: "muted", ExposureSort: strconv.Itoa(r.Exposure()),
			Assumption: r.Assumption, Mitigation: r.Mitigation, Initiatives: strings.Join(ins, "; ")}
		if r.Exposure() > 0 {
			row.Exposure = r.ExposureTitle()
			row.ExposureClass = "x-" + strings.ToLower(r.ExposureTitle())
			row.Rating = r.Likelihood.Title() + " likelihood × " + strings.ToLower(r.Impact.Title()) + " impact"
		}
		if internal {
			row.Owner = r.Owner
		}
		out.Rows = append(out.Rows, row)
	}
	for _, in := range ws.Initiatives() {
		for _, id := range in.DependsOn {
			on, ok := ws.Initiative(id)
			if !ok || !in.Dated() || !on.Dated() || on.End.Before(in.Start) {
				continue
			}
			out.Late = append(out.Late, depRow{Name: in.Name, WaitsOn: on.Name,
				State: fmt.Sprintf("starts %s, before %s ends (%s)", shortDay(in.Start), on.Name, shortDay(on.End))})
		}
	}
	for _, c := range app.InitiativeCycles(ws) {
		names := make([]string, len(c))
		for i, id := range c {
			names[i] = id
			if in, ok := ws.Initiative(id); ok {
				names[i] = in.Name
			}
		}
		out.Cycles = append(out.Cycles, strings.Join(names, " → "))
	}
	return out
}

func buildBacklog(ws *app.Workspace) *backlog {
	pr := ws.Product()
	items := ws.Items()
	out := &backlog{Total: len(items), Model: pr.ScoringModel.Title()}
	for _, s := range app.Statuses {
		out.Statuses = append(out.Statuses, option{Value: string(s), Label: s.Title()})
	}
	relNames := map[string]string{}
	for _, r := range ws.Releases() {
		relNames[r.ID] = r.Name
		out.Releases = append(out.Releases, option{Value: r.ID, Label: r.Name})
	}
	inNames := map[string]string{}
	ins := ws.Initiatives()
	for _, in := range ins {
		inNames[in.ID] = in.Name
	}
	// The initiatives filter lists those that hold items, by name.
	used := map[string]bool{}
	for _, it := range items {
		used[it.Initiative] = true
	}
	for _, in := range ins {
		if used[in.ID] {
			out.Initiatives = append(out.Initiatives, option{Value: in.ID, Label: in.Name})
		}
	}
	slices.SortStableFunc(out.Initiatives, func(a, b option) int { return cmp.Compare(a.Label, b.Label) })
	if len(items) > MaxBacklogRows {
		items, out.Cut = items[:MaxBacklogRows], true
	}
	out.Shown = len(items)
	out.Rows = make([]itemRow, 0, len(items))
	var cells strings.Builder
	for i, it := range items {
		r := itemRow{Rank: strconv.Itoa(i + 1), Title: it.Title, Status: string(it.Status),
			Initiative: inNames[it.Initiative], Release: relNames[it.Release], Assignee: it.Assignee}
		if r.Initiative != "" {
			r.InitiativeID = it.Initiative
		}
		if r.Release != "" {
			r.ReleaseID = it.Release
		}
		estimate, score, scoreSort := "", "", "-1"
		if it.Estimate != 0 {
			estimate = fmtNum(it.Estimate)
		}
		if s, ok := ws.ItemScore(it); ok {
			score, scoreSort = app.FormatScore(s, true), strconv.FormatFloat(s, 'g', 6, 64)
		}
		cells.Reset()
		td(&cells, "", it.Status.Title())
		td(&cells, "", it.Type.Title())
		td(&cells, "", it.MoSCoW.Title())
		td(&cells, "", estimate)
		cells.WriteString(`<td data-v="`)
		cells.WriteString(stdhtml.EscapeString(scoreSort))
		cells.WriteString(`">`)
		cells.WriteString(stdhtml.EscapeString(score))
		cells.WriteString("</td>")
		r.Cells = template.HTML(cells.String())
		for _, l := range it.Links {
			if u, ok := SafeLink(l); ok {
				r.Link = u
				break
			}
		}
		out.Rows = append(out.Rows, r)
	}
	return out
}

// SafeLink returns s as a link when it is an http, https or mailto
// address, and false for anything else (javascript:, data:, file:,
// relative paths, text with spaces or control characters).
func SafeLink(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f || r == ' ' }) {
		return "", false
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return "", false
		}
	case "mailto":
		if u.Opaque == "" {
			return "", false
		}
	default:
		return "", false
	}
	return u.String(), true
}

// longDay formats "December 6, 2026".
func longDay(d app.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format("January 2, 2006")
}

// shortDay formats "Dec 6, 2026", or "" for no date.
func shortDay(d app.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format("Jan 2, 2006")
}

// dayRange formats "Jan 5 – Mar 31, 2027", or across years "Dec 1, 2026 –
// Feb 28, 2027"; one side alone when the other is missing.
func dayRange(a, b app.Date) string {
	switch {
	case a.IsZero():
		return shortDay(b)
	case b.IsZero():
		return "from " + shortDay(a)
	case a.Time().Year() == b.Time().Year():
		return a.Time().Format("Jan 2") + " – " + shortDay(b)
	}
	return shortDay(a) + " – " + shortDay(b)
}

// percent formats a share as "45%".
func percent(v float64) string {
	if math.IsNaN(v) {
		v = 0
	}
	return strconv.Itoa(int(math.Round(v*100))) + "%"
}

// frac formats a share (0..1) for a progress element's value.
func frac(v float64) string {
	if math.IsNaN(v) || v < 0 {
		v = 0
	}
	return strconv.FormatFloat(math.Min(v, 1), 'f', 3, 64)
}

// fmtNum formats a number without needless decimals ("12", "2.5").
func fmtNum(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	// Group the thousands of the whole part: 21,900.
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, dec, _ := strings.Cut(s, ".")
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	if dec != "" {
		whole += "." + dec
	}
	if neg {
		whole = "-" + whole
	}
	return whole
}

// td writes a cell holding text, escaped, with a class when not "".
func td(b *strings.Builder, class, text string) {
	b.WriteString("<td")
	if class != "" {
		b.WriteString(` class="`)
		b.WriteString(stdhtml.EscapeString(class))
		b.WriteByte('"')
	}
	b.WriteByte('>')
	b.WriteString(stdhtml.EscapeString(text))
	b.WriteString("</td>")
}
