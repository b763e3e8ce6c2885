package diff_test

import (
	"os"

	"canopy/app"
	"canopy/app/diff"
)

func Example() {
	plan := func(end string, estimate float64) *app.Workspace {
		ws, _ := app.Restore(&app.Product{Name: "Demo"}, &app.Strategy{}, []app.Entity{
			&app.Lane{ID: "lane-aaaaaaaa", Name: "Core"},
			&app.Initiative{ID: "init-aaaaaaaa", Name: "Mobile app", Lane: "lane-aaaaaaaa", Status: app.InitiativeActive,
				Start: app.MustDate("2026-01-05"), End: app.MustDate(end)},
			&app.Release{ID: "rel-aaaaaaaa", Name: "2.0", Date: app.MustDate("2026-03-30")},
			&app.Item{ID: "item-aaaaaaaa", Type: app.TypeStory, Title: "Offline mode", Status: app.StatusReady,
				Release: "rel-aaaaaaaa", Estimate: estimate},
		})
		return ws
	}
	d := diff.Compare(plan("2026-03-02", 5), plan("2026-03-23", 8))
	diff.WriteText(os.Stdout, d, "v1", "the files on disk")
	// Output:
	// 3 change(s) from v1 to the files on disk.
	//
	// Initiatives
	//   ~ Mobile app: end: "2026-03-02" → "2026-03-23" (slipped 3 w)
	//
	// Releases
	//   ~ 2.0: points: 5 → 8 (scope creep +3 pts)
	//
	// Backlog
	//   ~ Offline mode: estimate: 5 → 8
}
