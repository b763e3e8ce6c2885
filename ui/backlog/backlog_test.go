package backlog

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

// TestBacklogViewsOutOfSightCatchUp: an edit refreshes only the backlog's
// view in sight; a tab out of sight, or the whole section while hidden,
// catches up when shown.
func TestBacklogViewsOutOfSightCatchUp(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	test.NewTempApp(t)
	v := newBacklogView(Section(), uitest.Env(ws), nil, "")
	uitest.ShowInWindow(t, v.Object())
	v.SetShown(true)
	add := func(title string) {
		t.Helper()
		if err := ws.Do(app.Create(&app.Item{Type: app.TypeStory, Title: title, Status: app.StatusNew})); err != nil {
			t.Fatal(err)
		}
	}
	add("Prune in March")
	if v.lazy.Stale(0) || !v.lazy.Stale(1) {
		t.Fatalf("after an edit on the board, stale = %v; want the board fresh, the others stale", v.lazy.Stale(1))
	}
	if !uitest.HasText(v.views[0].Object(), "Prune in March") {
		t.Error("the board in sight does not show the new item")
	}
	v.tabs.SelectIndex(1)
	if v.lazy.Stale(1) || !uitest.HasText(v.views[1].Object(), "Prune in March") {
		t.Errorf("the prioritized list did not catch up: %q", uitest.Texts(v.views[1].Object()))
	}
	v.SetShown(false)
	add("Graft in April")
	if !v.lazy.Stale(1) {
		t.Fatal("the hidden section's view in sight was refreshed")
	}
	v.SetShown(true)
	if v.lazy.Stale(1) || !uitest.HasText(v.views[1].Object(), "Graft in April") {
		t.Errorf("showing the backlog again did not catch up: %q", uitest.Texts(v.views[1].Object()))
	}
}
