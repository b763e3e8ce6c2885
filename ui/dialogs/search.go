package dialogs

import (
	"cmp"
	"slices"
	"strings"

	"canopy/app"
	"canopy/ui/page"
)

// searchText is everything Find looks through for an entity.
func searchText(e app.Entity) string {
	var b strings.Builder
	add := func(ss ...string) {
		for _, s := range ss {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	add(e.EntityID(), page.TitleOf(e))
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

// Search returns the entities whose text holds every word of the query,
// those whose title matches first.
func Search(ws *app.Workspace, query string) []app.Entity {
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
		t := strings.ToLower(page.TitleOf(e))
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
