package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// TestNewInContext: Ctrl+N makes what the section shown lists — on the
// Backlog's board it asks for a title and adds the item to New, on the
// Roadmap an initiative, on the Overview an item opened on the Backlog —
// and Edit ▸ New is named after it; Ctrl+Shift+N is New workspace and
// makes nothing here.
func TestNewInContext(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	s.showSection(page.Backlog)
	if s.newItem.Label != "New item" {
		t.Errorf("on the Backlog, Edit ▸ %q", s.newItem.Label)
	}
	items := ws.Count(app.KindItem)
	pressShortcut(s, fyne.KeyN, fyne.KeyModifierShift)
	if ws.Count(app.KindItem) != items || s.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Ctrl+Shift+N made something or opened a dialog without an opener")
	}
	pressShortcut(s, fyne.KeyN, 0)
	top := uitest.WaitForDialog(t, s.win, "New item in New")
	uitest.Find[*widget.Entry](t, top).SetText("Offline banner")
	test.Tap(uitest.Button(top, "Add"))
	if ws.Count(app.KindItem) != items+1 {
		t.Fatalf("the board's New item made %d items", ws.Count(app.KindItem)-items)
	}
	found := false
	for _, it := range app.Column(ws, app.StatusNew, nil) {
		found = found || it.Title == "Offline banner"
	}
	if !found {
		t.Error("the new item is not in the New column")
	}

	s.showSection(page.Roadmap)
	if s.newItem.Label != "New initiative" {
		t.Errorf("on the Roadmap, Edit ▸ %q", s.newItem.Label)
	}
	inits := ws.Count(app.KindInitiative)
	pressShortcut(s, fyne.KeyN, 0)
	if ws.Count(app.KindInitiative) != inits+1 || ws.Count(app.KindItem) != items+1 {
		t.Errorf("Ctrl+N on the Roadmap: %d initiatives, %d items made", ws.Count(app.KindInitiative)-inits, ws.Count(app.KindItem)-items-1)
	}

	s.showSection(page.Overview)
	s.newItem.Action() // Edit ▸ New item
	if ws.Count(app.KindItem) != items+2 || s.current != page.Backlog {
		t.Errorf("Edit ▸ New on the Overview: %d more items, shows %s", ws.Count(app.KindItem)-items-1, s.current)
	}
}
