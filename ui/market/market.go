package market

import (
	"strconv"
	"strings"

	"canopy/app"
	"canopy/ui/page"
)

// marketSection is the Market section: the competitors compared in a
// sortable table, and the positioning map of us and them on two axes the
// PM names; the editor of the competitor picked opens beside them.
type marketSection struct {
	*page.Tabbed
	competitors *competitorsPage
	positioning *positioningPage
}

// Section is the sidebar's Market.
func Section() *page.Section {
	return &page.Section{ID: page.Market, Title: "Market", Lists: []app.Kind{app.KindCompetitor}, Adds: []app.Kind{app.KindCompetitor},
		Keys: func(ws *app.Workspace) []app.Key { return page.KeysOf(ws.Competitors()) },
		New:  func(_ *page.Section, env *page.Env, _ page.Host) page.Page { return newMarketSection(env) }}
}

func newMarketSection(env *page.Env) *marketSection {
	v := &marketSection{Tabbed: page.NewTabbed(env)}
	v.competitors = newCompetitorsPage(env, v.Panel.Show)
	v.positioning = newPositioningPage(env, v.Panel.Show)
	v.AddTab("Competitors", v.competitors.Content, v.competitors.Refresh)
	v.AddTab("Positioning", v.positioning.content, v.positioning.refresh)
	page.Subscribe(env, v)
	return v
}

// Kinds are what the table, the map and the competitor's editor read: our
// name and place come from the product and the strategy.
func (v *marketSection) Kinds() []app.Kind {
	return []app.Kind{app.KindCompetitor, app.KindStrategy, app.KindProduct}
}

// Show opens the competitors' tab, selects k's row if it is one, and
// shows its editor.
func (v *marketSection) Show(k app.Key) {
	v.Tabs.SelectIndex(0)
	if k.Kind == app.KindCompetitor {
		v.competitors.SelectRow(k.ID)
	}
	v.Panel.Show(k)
}

// competitorsPage compares the competitors in a table: name, segment,
// strengths, weaknesses, pricing and how we differ. A click on a header
// sorts by that column; a row opens its editor beside the table.
type competitorsPage struct {
	*page.TablePage[*app.Competitor]
}

func newCompetitorsPage(env *page.Env, open func(app.Key)) *competitorsPage {
	list := func(ss []string) string { return strings.Join(ss, "\n") }
	p := &competitorsPage{page.NewTablePage(env, page.TablePageSpec[*app.Competitor]{
		Cols: []page.TableColumn[*app.Competitor]{
			{Title: "Competitor", Width: 180, Text: func(c *app.Competitor) string { return c.Name }},
			{Title: "Segment", Width: 200, Text: func(c *app.Competitor) string { return c.Segment }},
			{Title: "Strengths", Width: 240, Text: func(c *app.Competitor) string { return list(c.Strengths) }},
			{Title: "Weaknesses", Width: 240, Text: func(c *app.Competitor) string { return list(c.Weaknesses) }},
			{Title: "Pricing", Width: 200, Text: func(c *app.Competitor) string { return c.Pricing }},
			{Title: "How we differ", Width: 320, Text: func(c *app.Competitor) string { return c.HowWeDiffer }},
		},
		List:     env.WS.Competitors,
		Get:      env.WS.Competitor,
		AddLabel: "Add competitor",
		Create:   func() *app.Competitor { return &app.Competitor{Name: "New competitor"} },
		Name:     func(c *app.Competitor) string { return c.Name },
		Count: func(n int) string {
			if n == 0 {
				return "No competitors yet: add the alternatives your customers weigh."
			}
			return strconv.Itoa(n) + " compared · select a row to edit it · click a header to sort"
		},
	}, open)}
	p.Table.Widget.StickyColumnCount = 1
	return p
}
