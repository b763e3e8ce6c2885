package timeline

import (
	"testing"

	"canopy/app"
)

var today = app.MustDate("2027-03-10")

// workspace builds a workspace from entities without rules, as the store
// restores one.
func workspace(t testing.TB, ents ...app.Entity) *app.Workspace {
	t.Helper()
	ws, dups := app.Restore(&app.Product{Name: "Test"}, &app.Strategy{}, ents)
	if len(dups) > 0 {
		t.Fatalf("duplicate entities: %v", dups)
	}
	ws.SetClock(app.DayClock(today))
	return ws
}

func lane(id string, order float64) *app.Lane {
	return &app.Lane{ID: id, Name: "Lane " + id, Order: order}
}

// bar returns a dated initiative in a lane from start to end ("MM-DD" in 2027).
func bar(id, laneID, start, end string, deps ...string) *app.Initiative {
	return &app.Initiative{ID: id, Name: "Initiative " + id, Lane: laneID, Status: app.InitiativePlanned,
		Start: app.MustDate("2027-" + start), End: app.MustDate("2027-" + end), DependsOn: deps}
}

// barIndex returns the index of the bar of the initiative id, failing the test without it.
func barIndex(t *testing.T, p *Plan, id string) int {
	t.Helper()
	i, ok := p.Bar(id)
	if !ok {
		t.Fatalf("no bar for %s", id)
	}
	return i
}
