package settings

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"canopy/app"
	"canopy/ui/page"
)

// Tab is a tab the window adds to Settings for what only it can reach:
// the workspace's baselines, which are the store's files.
type Tab struct {
	Title  string
	Object fyne.CanvasObject
	// Reload reads what the tab shows again: when Settings comes into sight
	// and when the window has changed it (File ▸ Save baseline…).
	Reload func()
}

// Section describes the sidebar's Settings to the window: the product's
// editor, this machine's settings (your name, auto-sync), the custom
// fields, and the tabs extra builds (the baselines), each a tab.
func Section(extra ...func(env *page.Env, host page.Host) Tab) *page.Section {
	return &page.Section{ID: page.Settings, Title: "Settings", Lists: []app.Kind{app.KindProduct},
		Keys: func(*app.Workspace) []app.Key { return []app.Key{app.ProductKey} },
		New: func(sec *page.Section, env *page.Env, host page.Host) page.Page {
			return newPage(sec, env, host, extra)
		}}
}

// Page is Settings: its tabs, the product's editor first.
type Page struct {
	page.Page
	tabs    *container.AppTabs
	shown   fyne.CanvasObject // the tabs, legible (page.LegibleTabs)
	product *container.TabItem
	extra   []Tab
}

// newPage builds Settings on env, the window's tabs after its own.
func newPage(sec *page.Section, env *page.Env, host page.Host, extra []func(*page.Env, page.Host) Tab) *Page {
	p := &Page{Page: page.NewListPage(sec, env, host)}
	p.product = page.TabItem("Product", p.Page.Object())
	p.tabs = container.NewAppTabs(p.product)
	if m := newMachineTab(env, host); m != nil {
		p.tabs.Append(page.TabItem("On this machine", m.content))
	}
	for _, build := range extra {
		t := build(env, host)
		p.extra = append(p.extra, t)
		p.tabs.Append(page.TabItem(t.Title, t.Object))
	}
	p.tabs.Append(page.TabItem("Fields", newFieldsTab(env).obj))
	p.shown = page.LegibleTabs(p.tabs)
	return p
}

// Object returns the tabs.
func (p *Page) Object() fyne.CanvasObject { return p.shown }

// SetShown reads the window's tabs again when Settings comes into sight
// (File ▸ Save baseline… or git may have added baselines).
func (p *Page) SetShown(on bool) {
	p.Page.SetShown(on)
	if on {
		p.Reload()
	}
}

// Reload reads the window's tabs again.
func (p *Page) Reload() {
	for _, t := range p.extra {
		if t.Reload != nil {
			t.Reload()
		}
	}
}

// Show opens the product's editor.
func (p *Page) Show(k app.Key) {
	p.tabs.Select(p.product)
	p.Page.Show(k)
}

// ClosePanel closes the editor beside the list, if the list has one.
func (p *Page) ClosePanel() bool {
	if c, ok := p.Page.(page.PanelCloser); ok {
		return c.ClosePanel()
	}
	return false
}
