package ui

import (
	"testing"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"canopy/ui/internal/uitest"

	"canopy/ui/page"
	"canopy/ui/roadmap"
)

// The pages of a shell, as the tests reach them (built when first shown).

// trashShows says whether the Trash section shows, built when first shown.
func (s *shell) trashShows(sub string) bool { return uitest.HasText(s.pages[page.Trash].Object(), sub) }

// restoreFirst taps Restore on the Trash's first row.
func (s *shell) restoreFirst(t *testing.T) {
	t.Helper()
	b := uitest.Button(s.pages[page.Trash].Object(), "Restore")
	if b == nil {
		t.Fatal("the trash shows no Restore")
	}
	test.Tap(b)
}

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
