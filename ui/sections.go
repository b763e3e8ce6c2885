package ui

import (
	"cmp"
	"slices"
	"strings"

	"canopy/app"
)

// section is one entry of the sidebar: a list of entities and the editor of
// the one selected, or a view of its own.
type section struct {
	id    string
	title string
	// keys lists the entities the section shows, in order.
	keys func(ws *app.Workspace) []app.Key
	// adds are the kinds its Add button creates.
	adds []app.Kind
}

// sections returns the sidebar in order. The overview and the trash have
// views of their own.
func sections() []*section {
	return []*section{
		{id: "overview", title: "Overview"},
		{id: "strategy", title: "Strategy", adds: []app.Kind{app.KindPersona, app.KindGoal, app.KindRisk},
			keys: func(ws *app.Workspace) []app.Key {
				out := []app.Key{app.StrategyKey}
				out = append(out, keysOf(ws.Personas())...)
				out = append(out, keysOf(ws.Goals())...)
				return append(out, keysOf(ws.Risks())...)
			}},
		{id: "market", title: "Market", adds: []app.Kind{app.KindCompetitor},
			keys: func(ws *app.Workspace) []app.Key { return keysOf(ws.Competitors()) }},
		// Risks live in Strategy ▸ Risks, not in the roadmap's list.
		{id: "roadmap", title: "Roadmap", adds: []app.Kind{app.KindInitiative, app.KindLane, app.KindMilestone},
			keys: func(ws *app.Workspace) []app.Key {
				out := keysOf(ws.Lanes())
				out = append(out, keysOf(ws.Initiatives())...)
				return append(out, keysOf(ws.Milestones())...)
			}},
		{id: "releases", title: "Releases", adds: []app.Kind{app.KindRelease},
			keys: func(ws *app.Workspace) []app.Key { return keysOf(ws.Releases()) }},
		{id: "backlog", title: "Backlog", adds: []app.Kind{app.KindItem},
			keys: func(ws *app.Workspace) []app.Key { return keysOf(ws.Items()) }},
		{id: "trash", title: "Trash"},
		{id: "settings", title: "Settings",
			keys: func(*app.Workspace) []app.Key { return []app.Key{app.ProductKey} }},
	}
}

// sectionOf returns the id of the section that lists entities of kind k.
func sectionOf(k app.Kind) string {
	switch k {
	case app.KindStrategy, app.KindPersona, app.KindGoal, app.KindRisk:
		return "strategy"
	case app.KindCompetitor:
		return "market"
	case app.KindLane, app.KindInitiative, app.KindMilestone:
		return "roadmap"
	case app.KindRelease:
		return "releases"
	case app.KindItem:
		return "backlog"
	}
	return "settings"
}

func keysOf[E app.Entity](es []E) []app.Key {
	out := make([]app.Key, len(es))
	for i, e := range es {
		out[i] = app.KeyOf(e)
	}
	return out
}

// titleOf returns the name of an entity in the lists; the two settings
// pages have names of their own.
func titleOf(e app.Entity) string {
	switch e.(type) {
	case *app.Product:
		return "Product settings"
	case *app.Strategy:
		return "Vision and positioning"
	}
	return app.Name(e)
}

// subtitleOf is the short fact shown beside an entity in a list: an
// item's status, an initiative's dates or horizon, a release's date.
func subtitleOf(e app.Entity) string {
	switch v := e.(type) {
	case *app.Item:
		return v.Status.Title()
	case *app.Initiative:
		if v.Dated() {
			return v.Start.Time().Format("Jan 2") + " – " + v.End.Time().Format("Jan 2 '06")
		}
		return v.Horizon.Title()
	case *app.Milestone:
		return v.Date.Time().Format("Jan 2, 2006")
	case *app.Release:
		if !v.Date.IsZero() {
			return v.Date.Time().Format("Jan 2, 2006")
		}
	}
	return ""
}

// kindTitle names a kind in the list ("Persona").
func kindTitle(k app.Kind) string {
	s := k.Singular()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// searchText is everything Find looks through for an entity.
func searchText(e app.Entity) string {
	var b strings.Builder
	add := func(ss ...string) {
		for _, s := range ss {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	add(e.EntityID(), titleOf(e))
	switch v := e.(type) {
	case *app.Strategy:
		add(v.Vision, v.TargetCustomers, v.Positioning.For, v.Positioning.Who, v.Positioning.Unlike, v.Positioning.OurProduct, v.MarketNotes)
		add(v.Differentiators...)
		add(v.NonGoals...)
		add(v.Trends...)
	case *app.Persona:
		add(v.Role)
		add(v.Needs...)
		add(v.Pains...)
	case *app.Goal:
		add(v.Description)
		for _, kr := range v.KeyResults {
			add(kr.Name)
		}
	case *app.Competitor:
		add(v.Segment, v.Pricing, v.HowWeDiffer)
		add(v.Strengths...)
		add(v.Weaknesses...)
	case *app.Risk:
		add(v.Assumption, v.Mitigation, v.Owner)
	case *app.Lane:
		add(v.Description)
	case *app.Initiative:
		add(v.Description, v.Owner)
	case *app.Milestone:
		add(v.Description)
	case *app.Release:
		add(v.LaunchNotes)
		for _, t := range v.Tasks {
			add(t.Title, t.Owner)
		}
	case *app.Item:
		add(v.Description, v.Assignee, v.Notes)
		add(v.Tags...)
		for _, c := range v.Criteria {
			add(c.Text)
		}
	}
	return strings.ToLower(b.String())
}

// findEntities returns the entities whose text holds every word of the query,
// those whose title matches first.
func findEntities(ws *app.Workspace, query string) []app.Entity {
	words := strings.Fields(strings.ToLower(query))
	if len(words) == 0 {
		return nil
	}
	var hits []app.Entity
	consider := func(e app.Entity) {
		text := searchText(e)
		for _, w := range words {
			if !strings.Contains(text, w) {
				return
			}
		}
		hits = append(hits, e)
	}
	consider(ws.Strategy())
	for _, k := range app.Kinds {
		for _, e := range ws.Entities(k) {
			consider(e)
		}
	}
	inTitle := func(e app.Entity) int {
		t := strings.ToLower(titleOf(e))
		for _, w := range words {
			if !strings.Contains(t, w) {
				return 1
			}
		}
		return 0
	}
	slices.SortStableFunc(hits, func(a, b app.Entity) int { return cmp.Compare(inTitle(a), inTitle(b)) })
	return hits
}
