package page_test

import (
	"testing"

	"canopy/app"
	"canopy/ui/page"
)

// TestFollowSkipsOtherKindsAndStopsOnClose: a page hears only the changes
// to the kinds it reads, and nothing once its environment is closed.
func TestFollowSkipsOtherKindsAndStopsOnClose(t *testing.T) {
	ws := app.NewWorkspace(app.Product{Name: "P"})
	env := &page.Env{WS: ws, Do: ws.Do}
	var lanes, all int
	env.Follow([]app.Kind{app.KindLane}, func(app.Change) { lanes++ })
	env.Follow(nil, func(app.Change) { all++ })
	do := func(e app.Entity) {
		t.Helper()
		if err := ws.Do(app.Create(e)); err != nil {
			t.Fatal(err)
		}
	}
	do(&app.Lane{Name: "Lane"})
	do(&app.Competitor{Name: "Rival"})
	if lanes != 1 || all != 2 {
		t.Fatalf("lanes heard %d changes (want 1), all %d (want 2)", lanes, all)
	}
	env.Close()
	do(&app.Lane{Name: "Another"})
	if lanes != 1 || all != 2 {
		t.Fatalf("after Close: lanes %d, all %d; want no more", lanes, all)
	}
}
