package ui

import (
	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/ui/page"
)

// Ctrl+N (Cmd+N) and Edit ▸ New make something new where the user is: an
// item on the Backlog (into the board's New column when the board is in
// sight), an initiative on the Roadmap, a release on Releases, a
// competitor on Market, a persona on Strategy; elsewhere (Overview, Trash,
// Settings) an item, opened on the Backlog. New workspace is Ctrl+Shift+N.

// menuGap follows the label of the File menu's widest item: Fyne leaves
// only its inner padding between that item's label and its shortcut
// ("New workspace…Ctrl+Shift+N" read as one), and the menu is as wide as
// that item, so a little room there separates every label from its keys.
const menuGap = "\u00a0\u00a0\u00a0\u00a0"

// newMenuItem returns Edit ▸ New, named after what it makes.
func (s *shell) newMenuItem() *fyne.MenuItem {
	s.newItem = fyne.NewMenuItem("New item", s.onNew)
	s.newItem.Shortcut = shortcut(fyne.KeyN, 0)
	return s.newItem
}

// newKind is the kind Ctrl+N makes in the section shown.
func (s *shell) newKind() app.Kind {
	for _, sec := range s.secs {
		if sec.ID == s.current && len(sec.Adds) > 0 {
			return sec.Adds[0]
		}
	}
	return app.KindItem
}

// updateNewItem names Edit ▸ New after the section shown ("New
// initiative" on the Roadmap).
func (s *shell) updateNewItem() {
	if s.newItem == nil {
		return
	}
	s.newItem.Label = "New " + s.newKind().Singular()
	s.newItem.Disabled = s.ws.ReadOnly() != nil
	if m := s.win.MainMenu(); m != nil {
		m.Refresh()
	}
}

// onNew makes something new in the section shown and opens it.
func (s *shell) onNew() {
	if s.ws.ReadOnly() != nil {
		return
	}
	if a, ok := s.pages[s.current].(page.Adder); ok {
		a.AddNew()
		return
	}
	e := page.NewEntity(s.newKind(), s.ws)
	if s.do(app.Create(e)) != nil {
		return
	}
	s.open(app.KeyOf(e))
}
