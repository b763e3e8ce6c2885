package insights

import (
	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/ui/page"
)

// Section is the sidebar's Insights.
func Section() *page.Section {
	return &page.Section{ID: page.Insights, Title: "Insights", Lists: []app.Kind{app.KindInsight}, Adds: []app.Kind{app.KindInsight},
		Keys: func(ws *app.Workspace) []app.Key { return page.KeysOf(app.Inbox(ws, app.InsightFilter{})) },
		New:  func(_ *page.Section, env *page.Env, _ page.Host) page.Page { return newInsightsPage(env) }}
}

// Kinds are what the inbox and the insight's editor read: the insights,
// and the personas, items and initiatives they name.
func (p *insightsPage) Kinds() []app.Kind {
	return []app.Kind{app.KindInsight, app.KindPersona, app.KindItem, app.KindInitiative}
}

// Object returns the inbox beside the editor panel.
func (p *insightsPage) Object() fyne.CanvasObject { return p.panel.Split }

// Refresh follows a change: the inbox now when in sight, else when shown.
func (p *insightsPage) Refresh(app.Change) {
	if !p.shown {
		p.stale = true
		return
	}
	p.refresh()
	p.panel.Refresh()
}

// SetShown tells the section whether it is in sight; shown, it catches up.
func (p *insightsPage) SetShown(on bool) {
	p.shown = on
	if on && p.stale {
		p.refresh()
		p.panel.Refresh()
	}
}

// Show selects the insight with key k in the inbox (clearing the filters
// that hide it) and opens its editor.
func (p *insightsPage) Show(k app.Key) {
	if k.Kind == app.KindInsight {
		if in, ok := p.env.WS.Insight(k.ID); ok && !p.filter.Match(in) {
			p.clearFilters()
		}
		if i := p.index(k.ID); i >= 0 {
			p.list.ScrollTo(i)
		}
	}
	p.panel.Show(k)
}

var _ page.Adder = (*insightsPage)(nil)

// ClosePanel closes the editor beside the inbox, if open.
func (p *insightsPage) ClosePanel() bool { return p.panel.CloseIfOpen() }

// AddNew is Edit ▸ New insight (Mod+N) here: the capture field at the top
// takes the focus, as typing the quote is how an insight begins.
func (p *insightsPage) AddNew() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(p.capture); c != nil {
		c.Focus(p.capture)
	}
}
