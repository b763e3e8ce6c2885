package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// TestUserJourneyOnDisk follows the user through the window on a
// real workspace folder: create a story, give it criteria, an estimate and
// scores, accept a Done item, delete and restore an initiative, undo and
// redo, then reopen the folder and find all of it; a second window on the
// same workspace is read-only.
func TestUserJourneyOnDisk(t *testing.T) {
	s, op, dir := openSampleOnDisk(t, "Pat Owner")
	ws := s.ws

	// A second window on the same workspace is read-only.
	second, err := op.Open(dir)
	if err != nil || second.WS.ReadOnly() == nil {
		t.Fatalf("second window: read-only %v, %v", second.WS.ReadOnly(), err)
	}

	// Create a story with the Add button, then fill it in.
	s.showSection("backlog")
	test.Tap(s.backlogPage().Items().AddButton())
	story := s.backlogPage().Items().Selected().ID
	must := func(c app.Command) {
		t.Helper()
		if err := s.do(c); err != nil {
			t.Fatal(err)
		}
	}
	must(app.EditItem(story, "Edit title", func(it *app.Item) error { it.Title = "Dispatcher sees travel time"; return nil }))
	must(app.EditItem(story, "Add criterion", func(it *app.Item) error {
		it.Criteria = append(it.Criteria, app.Criterion{Text: "Shown on the board"})
		return nil
	}))
	must(app.EditItem(story, "Estimate", func(it *app.Item) error { it.Estimate = 5; return nil }))
	must(app.EditItem(story, "Add RICE inputs", func(it *app.Item) error {
		it.Scores.RICE = &app.RICE{Reach: 400, Impact: 2, Confidence: 80, Effort: 1}
		return nil
	}))
	// Accept a Done item whose criteria are all met, or with a reason.
	var done *app.Item
	for _, it := range ws.Items() {
		if it.Status == app.StatusDone {
			done = it
			break
		}
	}
	must(app.Accept(done.ID, "Verified in the field"))
	// Delete an initiative, save, restore it from the trash.
	init0 := ws.Initiatives()[0]
	must(app.Delete(app.KeyOf(init0)))
	if err := s.save(); err != nil {
		t.Fatal(err)
	}
	s.showSection("trash")
	if !s.trashShows("Initiative · " + init0.Name) {
		t.Fatalf("trash lists %q", uitest.Texts(s.pages[page.Trash].Object()))
	}
	s.restoreFirst(t)
	if !ws.Has(app.KindInitiative, init0.ID) {
		t.Fatal("the initiative was not restored")
	}
	// Undo the restore, redo it.
	pressShortcut(s, "Z", 0)
	if ws.Has(app.KindInitiative, init0.ID) {
		t.Fatal("undo did not take the restore back")
	}
	pressShortcut(s, "Y", 0)
	if !ws.Has(app.KindInitiative, init0.ID) {
		t.Fatal("redo did not restore again")
	}
	s.onQuit() // saves and releases the lock

	// After a restart, everything is on disk.
	again := reopenOnDisk(t, op, dir)
	it, ok := again.WS.Item(story)
	if !ok || it.Title != "Dispatcher sees travel time" || len(it.Criteria) != 1 || it.Estimate != 5 || it.Scores.RICE == nil {
		t.Fatalf("the story after a restart: %+v", it)
	}
	acc, _ := again.WS.Item(done.ID)
	if d, ok := acc.LastDecision(); acc.Status != app.StatusAccepted || !ok || d.By != "Pat Owner" || d.Reason != "Verified in the field" {
		t.Fatalf("the accepted item after a restart: %s %+v", acc.Status, d)
	}
	if !again.WS.Has(app.KindInitiative, init0.ID) {
		t.Fatal("the restored initiative is not on disk")
	}
	again.Close()
	second.Close()
}
