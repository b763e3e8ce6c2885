package brief

import (
	"fmt"
	"strings"

	"canopy/app"
)

// The most requested items and initiatives the brief lists, and the quotes
// it gives each.
const (
	briefDemandedItems = 8
	briefDemandedInits = 5
	briefQuotes        = 2
	briefQuoteRunes    = 220
)

// insights writes "What customers ask for": the items and initiatives with
// the most customer evidence, a quote or two each, and the insights counted
// by segment and by persona. Archived insights are left out, as from the
// evidence. Every text is the customers' own and drawn as text.
func (b *brief) insights() {
	d := b.d
	d.heading(SectionTitle(app.DocInsights), 0, 120)
	var live []*app.Insight
	customers := map[string]bool{}
	untriaged := 0
	for _, in := range b.ws.Insights() {
		if in.State == app.InsightArchived {
			continue
		}
		live = append(live, in)
		if c := in.Customer(); c != "" {
			customers[strings.ToLower(c)] = true
		}
		if in.State == app.InsightNew {
			untriaged++
		}
	}
	if len(live) == 0 {
		b.none("No customer insights recorded yet.")
		return
	}
	d.setFont("", sizeBody)
	d.color(colMuted)
	d.para(fmt.Sprintf("%d %s from %d %s (%d not yet triaged). Demand weighs each insight by its importance: "+
		"nice-to-have 1, important 2, critical 3.", len(live), plural(len(live), "insight", "insights"),
		len(customers), plural(len(customers), "customer", "customers"), untriaged), 0)
	d.color(colText)
	d.gap(4)
	items, inits := app.MostDemanded(b.ws, 0)
	b.demanded("Most requested items", items, briefDemandedItems, "Item")
	b.demanded("Most requested initiatives", inits, briefDemandedInits, "Initiative")
	seg, per := app.InsightTallies(b.ws)
	d.heading("By segment and persona", 1, 110)
	rows := make([][]cell, 0, max(len(seg), len(per)))
	for i := range max(len(seg), len(per)) {
		row := []cell{txt(""), txt(""), txt(""), txt("")}
		if i < len(seg) {
			row[0], row[1] = b.tallyName(seg[i].Name, "segment"), txt(fmt.Sprint(seg[i].Count))
		}
		if i < len(per) {
			row[2], row[3] = b.tallyName(per[i].Name, "persona"), txt(fmt.Sprint(per[i].Count))
		}
		rows = append(rows, row)
	}
	d.table([]tcol{{head: "Segment", w: 2.2}, {head: "Insights", w: 0.8, right: true},
		{head: "Persona", w: 2.6}, {head: "Insights", w: 0.8, right: true}}, rows)
}

// tallyName is a segment's or a persona's cell, "Not set" muted for none.
func (b *brief) tallyName(name, field string) cell {
	if name == "" {
		return cell{s: "Not set", muted: true}
	}
	return txt(b.d.g.clean("insights", field, name))
}

// demanded writes one part of the section: the first n entries of ds with
// their evidence and quotes.
func (b *brief) demanded(title string, ds []app.Demanded, n int, head string) {
	d := b.d
	d.heading(title, 1, 110)
	if len(ds) == 0 {
		b.none("No insight is linked to one yet.")
		return
	}
	rows := make([][]cell, 0, n)
	for _, dm := range ds[:min(n, len(ds))] {
		e, _ := b.ws.Get(dm.Key)
		var quotes []string
		for _, in := range app.InsightsFor(b.ws, dm.Key)[:min(briefQuotes, dm.Evidence.Insights)] {
			q := "“" + cutRunes(b.clean(in, "text", strings.Join(strings.Fields(in.Text), " ")), briefQuoteRunes) + "”"
			if c := in.Customer(); c != "" {
				q += " — " + b.clean(in, "customer", c)
			}
			quotes = append(quotes, q)
		}
		rows = append(rows, []cell{
			{s: b.clean(e, "name", dm.Name), bold: true},
			txt(fmt.Sprint(dm.Evidence.Insights)), txt(fmt.Sprint(dm.Evidence.Customers)), txt(fmt.Sprint(dm.Evidence.Demand)),
			txt(strings.Join(quotes, "\n")),
		})
	}
	d.table([]tcol{{head: head, w: 2.2}, {head: "Insights", w: 0.75, right: true}, {head: "Customers", w: 1.0, right: true},
		{head: "Demand", w: 0.75, right: true}, {head: "What they said", w: 4}}, rows)
	if len(ds) > n {
		d.setFont("", sizeSmall)
		d.color(colMuted)
		d.para(fmt.Sprintf("%d more with evidence.", len(ds)-n), 0)
		d.color(colText)
		d.setFont("", sizeBody)
	}
}
