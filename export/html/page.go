package html

import (
	"fmt"
	"html/template"

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
	Insights    *insightsPart

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
		p.Nav = append(p.Nav, navLink{ID: string(s), Title: SectionTitle(s)})
		switch s {
		case app.DocVision:
			st := ws.Strategy()
			p.Vision = &vision{Vision: st.Vision, Customers: st.TargetCustomers, Market: st.MarketNotes, Trends: st.Trends}
		case app.DocCustomers:
			p.WantPersonas = true
			for _, ps := range ws.Personas() {
				p.Personas = append(p.Personas, persona{Name: ps.Name, Role: ps.Role, Needs: ps.Needs, Pains: ps.Pains})
			}
		case app.DocPositioning:
			st := ws.Strategy()
			pos := st.Positioning
			p.Positioning = &positioning{For: pos.For, Who: pos.Who, Unlike: pos.Unlike, Ours: pos.OurProduct,
				Differentiators: st.Differentiators, NonGoals: st.NonGoals,
				HasStatement: pos.For != "" || pos.Who != "" || pos.Unlike != "" || pos.OurProduct != ""}
		case app.DocCompetitors:
			p.WantCompetitors = true
			for _, c := range ws.Competitors() {
				p.Competitors = append(p.Competitors, competitor{Name: c.Name, Segment: c.Segment, Pricing: c.Pricing,
					Differ: c.HowWeDiffer, Strengths: c.Strengths, Weaknesses: c.Weaknesses})
			}
		case app.DocGoals:
			p.Goals = buildGoals(ws)
		case app.DocInitiatives:
			p.Initiatives = buildInitiatives(ws, p.Internal)
		case app.DocRoadmap:
			p.Roadmap = buildRoadmap(ws, plan, opt)
		case app.DocGoToMarket:
			p.Releases = buildReleases(ws, opt.Date, p.Internal)
		case app.DocRisks:
			p.Risks = buildRisks(ws, p.Internal)
		case app.DocAppendix:
			p.Backlog = buildBacklog(ws)
		case app.DocInsights:
			p.Insights = buildInsights(ws)
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
