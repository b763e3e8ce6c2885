package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// TestUndoElsewhereShowsIt: an undo, or a redo, of an edit made in another
// section shows that section and says what was undone; one in the section
// shown stays put without a notice.
func TestUndoElsewhereShowsIt(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	s.showSection(page.Market)
	c := &app.Competitor{Name: "Hedgerow"}
	if err := s.do(app.Create(c)); err != nil {
		t.Fatal(err)
	}
	s.showSection(page.Backlog)
	pressShortcut(s, fyne.KeyZ, 0)
	if _, ok := ws.Competitor(c.ID); ok || s.current != page.Market {
		t.Fatalf("undo: the competitor is still there (%v) or the window shows %s", ok, s.current)
	}
	top := s.win.Canvas().Overlays().Top()
	if top == nil || !uitest.HasText(top, "Undone: Add competitor — shown in Market") {
		t.Fatalf("the notice says %q", uitest.Texts(top))
	}
	s.showSection(page.Overview)
	pressShortcut(s, fyne.KeyZ, fyne.KeyModifierShift)
	if _, ok := ws.Competitor(c.ID); !ok || s.current != page.Market {
		t.Fatalf("redo: the competitor is back (%v), the window shows %s", ok, s.current)
	}
	if top := s.win.Canvas().Overlays().Top(); top == nil || !uitest.HasText(top, "Redone: Add competitor") {
		t.Errorf("the redo's notice says %q", uitest.Texts(top))
	}
	s.noticePop.Hide()
	pressShortcut(s, fyne.KeyZ, 0) // in Market itself
	if s.current != page.Market || s.win.Canvas().Overlays().Top() != nil {
		t.Errorf("an undo in the section shown moved to %s or showed %q", s.current, uitest.Texts(s.win.Canvas().Overlays().Top()))
	}
}
