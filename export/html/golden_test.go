package html

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"canopy/app"
)

var update = flag.Bool("update", false, "rewrite the golden pages under testdata/")

// small is a workspace of every kind of thing the page shows, with fixed
// IDs: two lanes, a late dependency, a milestone, a release, a goal, a
// risk, a persona, a competitor and three items.
func small(t *testing.T) *app.Workspace {
	t.Helper()
	d := app.MustDate
	p := &app.Product{Name: "Trailhead", Horizon: "2027", Owner: "Ana Silva", Version: "1.2", ScoringModel: "rice"}
	st := &app.Strategy{Vision: "Every hiker finds the right trail.", TargetCustomers: "Weekend hikers.",
		Positioning:     app.Positioning{For: "weekend hikers", Who: "want a safe day out", Unlike: "paper maps", OurProduct: "plans the day"},
		Differentiators: []string{"Offline maps"}, NonGoals: []string{"Climbing"},
		NorthStar: app.Metric{Name: "Trips planned", Unit: "per week", Baseline: 100, Target: 1100, Current: 600}}
	ents := []app.Entity{
		&app.Lane{ID: "lane-app", Name: "App", Order: 1},
		&app.Lane{ID: "lane-web", Name: "Web", Order: 2},
		&app.Goal{ID: "goal-1", Title: "Grow trips", KeyResults: []app.Metric{{Name: "Weekly trips", Baseline: 0, Target: 10, Current: 4}}},
		&app.Initiative{ID: "ini-maps", Name: "Offline maps", Lane: "lane-app", Goals: []string{"goal-1"}, Start: d("2027-01-04"), End: d("2027-03-26"),
			Status: app.InitiativeActive, Owner: "Ben Okoro"},
		&app.Initiative{ID: "ini-share", Name: "Share a route", Lane: "lane-web", Start: d("2027-03-01"), End: d("2027-05-28"),
			Status: app.InitiativePlanned, DependsOn: []string{"ini-maps"}},
		&app.Initiative{ID: "ini-later", Name: "Trail reviews", Horizon: app.HorizonLater, Status: app.InitiativePlanned},
		&app.Milestone{ID: "ms-beta", Name: "Beta", Date: d("2027-02-15"), Lane: "lane-app"},
		&app.Release{ID: "rel-1", Name: "Spring", Start: d("2027-01-04"), Date: d("2027-04-30"), Audiences: []string{"Hikers"},
			Tasks: []app.LaunchTask{{Title: "Blog post", Owner: "Cleo Park", Due: d("2027-04-20")}, {Title: "Store listing", Done: true}}},
		&app.Risk{ID: "risk-1", Description: "Map data licence", Likelihood: app.RiskMedium, Impact: app.RiskHigh, Owner: "Dev Rao", Initiatives: []string{"ini-maps"}},
		&app.Persona{ID: "per-1", Name: "Sam, the weekend hiker", Needs: []string{"A safe route"}},
		&app.Competitor{ID: "comp-1", Name: "PaperMap", Strengths: []string{"Cheap"}},
		&app.Item{ID: "item-1", Type: app.TypeFeature, Title: "Download a region", Status: app.StatusAccepted, Rank: 1, Initiative: "ini-maps",
			Release: "rel-1", Estimate: 5, Assignee: "Eli Moss", Links: []string{"https://example.com/spec"}},
		&app.Item{ID: "item-2", Type: app.TypeStory, Title: "Share by link", Status: app.StatusReady, Rank: 2, Initiative: "ini-share", Estimate: 3,
			Scores: app.Scores{RICE: &app.RICE{Reach: 100, Impact: 2, Confidence: 80, Effort: 1}}},
		&app.Item{ID: "item-3", Type: app.TypeBug, Title: "Crash on start", Status: app.StatusNew, Rank: 3},
	}
	ws, dups := app.Restore(p, st, ents)
	if len(dups) > 0 {
		t.Fatalf("%d duplicates", len(dups))
	}
	ws.SetClock(app.DayClock(app.MustDate("2027-02-01")))
	return ws
}

// TestGolden compares the pages of a small workspace with the files under
// testdata/; `go test -run TestGolden -update` rewrites them.
func TestGolden(t *testing.T) {
	ws := small(t)
	for _, a := range []Audience{External, Internal} {
		got := writePage(t, ws, Options{Audience: a})
		path := filepath.Join("testdata", "small-"+string(a)+".html")
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update to write it)", err)
		}
		if got != string(want) {
			failed := filepath.Join(t.TempDir(), filepath.Base(path))
			_ = os.WriteFile(failed, []byte(got), 0o644)
			t.Errorf("the %s page differs from %s; it is in %s (run with -update if the change is meant)", a, path, failed)
		}
	}
}
