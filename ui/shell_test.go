package ui

import "canopy/ui/page"

// The pages of a shell, as the tests reach them (built when first shown).

func (s *shell) backlogPage() *backlogView    { return s.pages[page.Backlog].(*backlogView) }
func (s *shell) roadmapPage() *roadmapView    { return s.pages[page.Roadmap].(*roadmapView) }
func (s *shell) trashPage() *trashView        { return s.pages[page.Trash].(*trashView) }
func (s *shell) overviewPage() *overview      { return s.pages[page.Overview].(*overview) }
func (s *shell) settingsPage() *page.ListPage { return s.pages[page.Settings].(*page.ListPage) }
