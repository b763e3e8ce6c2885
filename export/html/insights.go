package html

import (
	"fmt"
	"strings"

	"canopy/app"
)

// The most requested items and initiatives the page lists, and the quotes
// it gives each.
const (
	pageDemanded = 10
	pageQuotes   = 2
)

// insightsPart is "What customers ask for", on internal pages only: it
// names customers and quotes them.
type insightsPart struct {
	Summary     string
	Items, Inis []demandRow
	Segments    []tallyRow
	Personas    []tallyRow
}

type demandRow struct {
	Name, Insights, Customers, Demand string
	Quotes                            []string
}

type tallyRow struct{ Name, Count string }

// buildInsights gathers the most requested items and initiatives with their
// evidence and quotes, and the insights by segment and by persona. Archived
// insights are left out, as from the evidence. The template escapes every
// text.
func buildInsights(ws *app.Workspace) *insightsPart {
	p := &insightsPart{}
	live, customers, untriaged := 0, map[string]bool{}, 0
	for _, in := range ws.Insights() {
		if in.State == app.InsightArchived {
			continue
		}
		live++
		if c := in.Customer(); c != "" {
			customers[strings.ToLower(c)] = true
		}
		if in.State == app.InsightNew {
			untriaged++
		}
	}
	if live == 0 {
		return p
	}
	p.Summary = fmt.Sprintf("%d insights from %d customers (%d not yet triaged). Demand weighs each insight by its importance: nice-to-have 1, important 2, critical 3.",
		live, len(customers), untriaged)
	items, inits := app.MostDemanded(ws, pageDemanded)
	rows := func(ds []app.Demanded) []demandRow {
		out := make([]demandRow, 0, len(ds))
		for _, d := range ds {
			r := demandRow{Name: d.Name, Insights: fmt.Sprint(d.Evidence.Insights), Customers: fmt.Sprint(d.Evidence.Customers),
				Demand: fmt.Sprint(d.Evidence.Demand)}
			for _, in := range app.InsightsFor(ws, d.Key)[:min(pageQuotes, d.Evidence.Insights)] {
				q := "“" + in.Excerpt(220) + "”"
				if c := in.Customer(); c != "" {
					q += " — " + c
				}
				r.Quotes = append(r.Quotes, q)
			}
			out = append(out, r)
		}
		return out
	}
	p.Items, p.Inis = rows(items), rows(inits)
	seg, per := app.InsightTallies(ws)
	tally := func(ts []app.Tally) []tallyRow {
		out := make([]tallyRow, len(ts))
		for i, t := range ts {
			out[i] = tallyRow{Name: t.Name, Count: fmt.Sprint(t.Count)}
			if t.Name == "" {
				out[i].Name = "Not set"
			}
		}
		return out
	}
	p.Segments, p.Personas = tally(seg), tally(per)
	return p
}
