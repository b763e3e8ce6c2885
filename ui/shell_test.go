package ui

import (
	"fyne.io/fyne/v2/container"

	"canopy/ui/page"
	"canopy/ui/roadmap"
)

// The pages of a shell, as the tests reach them (built when first shown).

func (s *shell) trashPage() *trashView { return s.pages[page.Trash].(*trashView) }

// tabbedOf returns the tabs and the panel of a tabbed section, or nil.
func tabbedOf(p page.Page) *page.Tabbed {
	if t, ok := p.(interface{ Base() *page.Tabbed }); ok {
		return t.Base()
	}
	return nil
}

// backlogPage returns the Backlog's tabs and its list of items.
func (s *shell) backlogPage() backlogPage {
	return s.pages[page.Backlog].(backlogPage)
}

// backlogPage is what the window's tests reach of the Backlog section.
type backlogPage interface {
	page.Page
	Tabs() *container.AppTabs
	Items() *page.List
}

// roadmapPage returns what the window's tests reach of the Roadmap.
func (s *shell) roadmapPage() roadmapPage { return s.pages[page.Roadmap].(roadmapPage) }

// roadmapPage is what the window's tests reach of the Roadmap section.
type roadmapPage interface {
	page.Page
	Timeline() *roadmap.View
	Beside() *page.SidePanel
	Tabs() *container.AppTabs
	TimelineTab() *container.TabItem
	ListTab() *container.TabItem
	Items() *page.List
}
