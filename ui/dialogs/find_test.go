package dialogs

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

// TestFindWalksWithArrows: in Find, Down and Up walk the results from the
// search field without opening them, Enter opens the one walked to, and
// Enter alone opens the first.
func TestFindWalksWithArrows(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	h := newTestHost(t, ws)
	var opened []app.Key
	find := func(q string) (*findEntry, []app.Entity) {
		ShowFind(h.Win, ws, func(k app.Key) { opened = append(opened, k) })
		top := uitest.WaitForDialog(t, h.Win, "Find")
		e := uitest.Find[*findEntry](t, top)
		test.Type(e, q)
		hits := Search(ws, q)
		if len(hits) < 3 {
			t.Fatalf("%q finds %d, want 3 or more for this test", q, len(hits))
		}
		return e, hits
	}
	e, hits := find("e")
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyDown, fyne.KeyUp} {
		e.TypedKey(&fyne.KeyEvent{Name: k})
	}
	if len(opened) != 0 {
		t.Fatalf("walking opened %v", opened)
	}
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if want := app.KeyOf(hits[1]); len(opened) != 1 || opened[0] != want {
		t.Fatalf("Enter after Down, Down, Down, Up opened %v, want %v", opened, want)
	}
	if top := h.Win.Canvas().Overlays().Top(); top != nil && uitest.HasText(top, "Find") {
		t.Error("Find stays open after opening a result")
	}
	e, hits = find("e")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if want := app.KeyOf(hits[0]); len(opened) != 2 || opened[1] != want {
		t.Errorf("Enter alone opened %v, want %v", opened[1:], want)
	}
}
