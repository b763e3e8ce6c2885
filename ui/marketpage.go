package ui

import (
	"strconv"
	"strings"

	"canopy/app"
	"canopy/ui/edit"
)

// marketSection is the Market section: the competitors compared in a
// sortable table, and the positioning map of us and them on two axes the
// PM names; the editor of the competitor picked opens beside them.
type marketSection struct {
	*tabbedSection
	competitors *competitorsPage
	positioning *positioningPage
}

func newMarketSection(env *edit.Env) *marketSection {
	v := &marketSection{tabbedSection: newTabbedSection(env)}
	v.competitors = newCompetitorsPage(env, v.panel.show)
	v.positioning = newPositioningPage(env, v.panel.show)
	v.addTab("Competitors", v.competitors.content, v.competitors.refresh)
	v.addTab("Positioning", v.positioning.content, v.positioning.refresh)
	return v
}

// show opens the competitors' tab, selects k's row if it is one, and
// shows its editor.
func (v *marketSection) show(k app.Key) {
	v.tabs.SelectIndex(0)
	if k.Kind == app.KindCompetitor {
		v.competitors.selectRow(k.ID)
	}
	v.panel.show(k)
}

// competitorsPage compares the competitors in a table: name, segment,
// strengths, weaknesses, pricing and how we differ. A click on a header
// sorts by that column; a row opens its editor beside the table.
type competitorsPage struct {
	*tablePage[*app.Competitor]
}

func newCompetitorsPage(env *edit.Env, open func(app.Key)) *competitorsPage {
	list := func(ss []string) string { return strings.Join(ss, "\n") }
	p := &competitorsPage{newTablePage(env, tablePageSpec[*app.Competitor]{
		cols: []tableColumn[*app.Competitor]{
			{title: "Competitor", width: 180, text: func(c *app.Competitor) string { return c.Name }},
			{title: "Segment", width: 200, text: func(c *app.Competitor) string { return c.Segment }},
			{title: "Strengths", width: 240, text: func(c *app.Competitor) string { return list(c.Strengths) }},
			{title: "Weaknesses", width: 240, text: func(c *app.Competitor) string { return list(c.Weaknesses) }},
			{title: "Pricing", width: 200, text: func(c *app.Competitor) string { return c.Pricing }},
			{title: "How we differ", width: 320, text: func(c *app.Competitor) string { return c.HowWeDiffer }},
		},
		list:     env.WS.Competitors,
		get:      env.WS.Competitor,
		addLabel: "Add competitor",
		create:   func() *app.Competitor { return &app.Competitor{Name: "New competitor"} },
		name:     func(c *app.Competitor) string { return c.Name },
		count: func(n int) string {
			if n == 0 {
				return "No competitors yet: add the alternatives your customers weigh."
			}
			return strconv.Itoa(n) + " compared · select a row to edit it · click a header to sort"
		},
	}, open)}
	p.table.table.StickyColumnCount = 1
	return p
}
