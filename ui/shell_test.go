package ui

import "canopy/ui/page"

// The pages of a shell, as the tests reach them (built when first shown).

func (s *shell) backlogPage() *backlogView    { return s.pages[page.Backlog].(*backlogView) }
func (s *shell) roadmapPage() *roadmapView    { return s.pages[page.Roadmap].(*roadmapView) }
func (s *shell) trashPage() *trashView        { return s.pages[page.Trash].(*trashView) }
func (s *shell) settingsPage() *page.ListPage { return s.pages[page.Settings].(*page.ListPage) }

// tabbedOf returns the tabs and the panel of a tabbed section, or nil.
func tabbedOf(p page.Page) *page.Tabbed {
	if t, ok := p.(interface{ Base() *page.Tabbed }); ok {
		return t.Base()
	}
	return nil
}
