package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/edit"
)

// marketSection is the Market section: the competitors compared in a
// sortable table, and the positioning map of us and them on two axes the
// PM names; the editor of the competitor picked opens beside them.
type marketSection struct {
	env         *edit.Env
	competitors *competitorsPage
	positioning *positioningPage
	tabs        *container.AppTabs
	panel       *sidePanel
}

func newMarketSection(env *edit.Env) *marketSection {
	v := &marketSection{env: env}
	v.tabs = container.NewAppTabs()
	v.panel = withSidePanel(env, v.tabs)
	v.competitors = newCompetitorsPage(env, v.panel.show)
	v.positioning = newPositioningPage(env, v.panel.show)
	v.tabs.Append(container.NewTabItem("Competitors", v.competitors.content))
	v.tabs.Append(container.NewTabItem("Positioning", v.positioning.content))
	return v
}

func (v *marketSection) object() fyne.CanvasObject { return v.panel.split }

func (v *marketSection) refresh() {
	v.competitors.refresh()
	v.positioning.refresh()
	v.panel.refresh()
}

func (v *marketSection) show(k app.Key) {
	v.tabs.SelectIndex(0)
	if k.Kind == app.KindCompetitor {
		v.competitors.selectCompetitor(k.ID)
	}
	v.panel.show(k)
}

// competitorsPage compares the competitors in a table: name, segment,
// strengths, weaknesses, pricing and how we differ. A click on a header
// sorts by that column; a row opens its editor beside the table.
type competitorsPage struct {
	env      *edit.Env
	open     func(app.Key)
	table    *entityTable[*app.Competitor]
	selected string
	add      *widget.Button
	remove   *widget.Button
	count    *widget.Label
	content  fyne.CanvasObject
}

func newCompetitorsPage(env *edit.Env, open func(app.Key)) *competitorsPage {
	p := &competitorsPage{env: env, open: open}
	list := func(ss []string) string { return strings.Join(ss, "\n") }
	p.table = newEntityTable([]tableColumn[*app.Competitor]{
		{"Competitor", 180, func(c *app.Competitor) string { return c.Name }},
		{"Segment", 200, func(c *app.Competitor) string { return c.Segment }},
		{"Strengths", 240, func(c *app.Competitor) string { return list(c.Strengths) }},
		{"Weaknesses", 240, func(c *app.Competitor) string { return list(c.Weaknesses) }},
		{"Pricing", 200, func(c *app.Competitor) string { return c.Pricing }},
		{"How we differ", 320, func(c *app.Competitor) string { return c.HowWeDiffer }},
	}, env.WS.Competitors, func(c *app.Competitor) {
		p.selected = c.ID
		enable(!env.ReadOnly(), p.remove)
		open(app.KeyOf(c))
	})
	p.table.table.StickyColumnCount = 1
	p.add = widget.NewButtonWithIcon("Add competitor", theme.ContentAddIcon(), p.onAdd)
	p.remove = widget.NewButtonWithIcon("Remove", theme.DeleteIcon(), p.onRemove)
	p.count = widget.NewLabel("")
	top := container.NewBorder(nil, nil, container.NewHBox(p.add, p.remove), p.count)
	p.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, p.table.table)
	p.refresh()
	return p
}

func (p *competitorsPage) refresh() {
	p.table.refresh()
	if p.table.index(p.selected) < 0 {
		p.selected = ""
		p.table.table.UnselectAll()
	}
	switch n := len(p.table.rows); n {
	case 0:
		p.count.SetText("No competitors yet: add the alternatives your customers weigh.")
	default:
		p.count.SetText(strconv.Itoa(n) + " compared · select a row to edit it · click a header to sort")
	}
	enable(!p.env.ReadOnly(), p.add)
	enable(!p.env.ReadOnly() && p.selected != "", p.remove)
}

func (p *competitorsPage) onAdd() {
	c := &app.Competitor{Name: "New competitor"}
	if err := p.env.Do(app.Create(c)); err != nil {
		return
	}
	p.selectCompetitor(c.ID)
}

// selectCompetitor selects the competitor's row, which opens its editor.
func (p *competitorsPage) selectCompetitor(id string) {
	if i := p.table.index(id); i >= 0 {
		p.table.table.Select(widget.TableCellID{Row: i, Col: 0})
		p.table.table.ScrollTo(widget.TableCellID{Row: i, Col: 0})
	}
}

func (p *competitorsPage) onRemove() {
	c, ok := p.env.WS.Competitor(p.selected)
	if !ok {
		return
	}
	confirmRemove(p.env, app.KeyOf(c), c.Name)
}
