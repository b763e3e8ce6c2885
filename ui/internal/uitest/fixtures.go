package uitest

import (
	"errors"
	"testing"
	"time"

	"canopy/app"
	"canopy/app/sample"
)

// TestProduct is the product name of the seeded workspace.
const TestProduct = "Orchard Planner"

// SeedWorkspace returns a small workspace: a strategy, one goal with two key
// results, and five items. Ranked by RICE, what next is:
//
//	1 item-a "Highest scored"   300
//	2 item-b "Runner-up"        100
//	3 item-c "Waits on work"     50, blocked by item-d (in progress)
//	4 item-e "Unscored idea"      —
func SeedWorkspace(t testing.TB) *app.Workspace {
	t.Helper()
	ws := app.NewWorkspace(app.Product{Name: TestProduct, Horizon: "2026", Owner: "Robin", Version: "1.2"})
	rice := func(reach float64) app.Scores {
		return app.Scores{RICE: &app.RICE{Reach: reach, Impact: 1, Confidence: 100, Effort: 1}}
	}
	ready := func(it *app.Item) *app.Item {
		it.Criteria = []app.Criterion{{Text: "it works"}}
		it.Estimate = 3
		return it
	}
	err := ws.Do(app.Func{Desc: "seed", Fn: func(tx *app.Tx) error {
		s := tx.EditStrategy()
		s.Vision = "See the whole forest."
		s.TargetCustomers = "Orchard owners"
		s.Positioning = app.Positioning{For: "growers", Who: "plan by hand", Unlike: "paper", OurProduct: "ranks the work"}
		s.NorthStar = app.Metric{Name: "Trees planted", Unit: "trees", Baseline: 0, Current: 50, Target: 200}
		ents := []app.Entity{
			&app.Goal{ID: "goal-grow", Title: "Grow the orchard", KeyResults: []app.Metric{
				{Name: "Latency", Unit: "ms", Baseline: 10, Current: 25, Target: 40},
				{Name: "Harvest", Unit: "t", Baseline: 0, Current: 100, Target: 100},
			}},
			&app.Item{ID: "item-b", Title: "Runner-up", Type: app.TypeStory, Status: app.StatusNew, Scores: rice(100)},
			&app.Item{ID: "item-a", Title: "Highest scored", Type: app.TypeFeature, Status: app.StatusNew, Scores: rice(300)},
			ready(&app.Item{ID: "item-d", Title: "Work in progress", Type: app.TypeChore, Status: app.StatusInProgress}),
			ready(&app.Item{ID: "item-c", Title: "Waits on work", Type: app.TypeBug, Status: app.StatusReady, Scores: rice(50), DependsOn: []string{"item-d"}}),
			&app.Item{ID: "item-e", Title: "Unscored idea", Type: app.TypeFeature, Status: app.StatusNew},
		}
		for _, e := range ents {
			if err := tx.Put(e); err != nil {
				return err
			}
		}
		return nil
	}})
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
	return ws
}

// PMToday is the date the PM's workspace is seen on.
var PMToday = time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)

// PMWorkspace extends the seeded workspace with what the PM's lens shows:
// a persona, two competitors (one placed, one not), an initiative serving
// the goal and one serving none, a risk, and a release with three launch
// tasks (one done, one overdue, one due later) and two items.
func PMWorkspace(t testing.TB) *app.Workspace {
	t.Helper()
	ws := SeedWorkspace(t)
	ws.SetClock(app.FixedClock{T: PMToday})
	err := ws.Do(app.Func{Desc: "seed the PM's lens", Fn: func(tx *app.Tx) error {
		s := tx.EditStrategy()
		s.Differentiators = []string{"Ranks the work"}
		s.NonGoals = []string{"Payroll"}
		s.MarketNotes = "Orchards are consolidating."
		s.Trends = []string{"Drones"}
		s.PositioningAxes = app.Axes{X: "Price", Y: "Ease of use"}
		s.OurPosition = &app.Point{X: 30, Y: 80}
		for _, e := range []app.Entity{
			&app.Persona{ID: "persona-gina", Name: "Gina the grower", Role: "Runs a 40-acre orchard", Needs: []string{"Know what to plant"}, Pains: []string{"Paper plans"}, Order: 1},
			&app.Competitor{ID: "comp-ledger", Name: "Ledger", Segment: "Large farms", Strengths: []string{"Reports"}, Weaknesses: []string{"Slow"}, Pricing: "$90", HowWeDiffer: "Faster", Position: &app.Point{X: 85, Y: 20}},
			&app.Competitor{ID: "comp-abacus", Name: "Abacus", Segment: "Hobbyists", Pricing: "Free", HowWeDiffer: "Plans ahead"},
			&app.Initiative{ID: "init-plant", Name: "Planting planner", Goals: []string{"goal-grow"}, Status: app.InitiativeActive, Horizon: app.HorizonNow},
			&app.Initiative{ID: "init-stray", Name: "Stray idea", Status: app.InitiativePlanned, Horizon: app.HorizonLater},
			&app.Risk{ID: "risk-frost", Description: "A late frost", Owner: "Robin", Likelihood: app.RiskMedium, Impact: app.RiskHigh, Assumption: "Spring is mild", Mitigation: "Covers", Initiatives: []string{"init-plant"}},
			&app.Release{ID: "rel-spring", Name: "Spring", Start: app.MustDate("2026-10-01"), Date: app.MustDate("2026-12-15"), Capacity: 10,
				Tasks: []app.LaunchTask{
					{Title: "Blog post", Owner: "Mo", Due: app.MustDate("2026-11-01"), Done: true},
					{Title: "Press kit", Owner: "Lu", Due: app.MustDate("2026-11-20")},
					{Title: "Webinar", Owner: "Mo", Due: app.MustDate("2026-12-10")},
				}},
		} {
			if err := tx.Put(e); err != nil {
				return err
			}
		}
		for _, id := range []string{"item-a", "item-d"} {
			it, err := app.Edit[*app.Item](tx, app.KindItem, id)
			if err != nil {
				return err
			}
			it.Initiative, it.Release = "init-plant", "rel-spring"
			if id == "item-a" {
				it.Estimate, it.MoSCoW = 3, app.MoSCoWMust
			}
		}
		return nil
	}})
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
	ws.MarkSaved(ws.Dirty())
	return ws
}

// BenchSample returns the sample workspace, on 2026-11-27, with 10 000
// generated items: what the UI's benchmarks measure on.
func BenchSample(b testing.TB) *app.Workspace {
	b.Helper()
	day := app.MustDate("2026-11-27")
	ws, err := sample.New(day, app.DayClock(day))
	if err != nil {
		b.Fatal(err)
	}
	if err := sample.Generate(ws, 10000, 1); err != nil {
		b.Fatal(err)
	}
	return ws
}

// ErrLocked is a read-only reason, as the store would give.
var ErrLocked = errors.New("locked by robin@laptop")

// Refresh names one refresh for BenchRefreshes.
type Refresh struct {
	Name string
	Func func()
}

// BenchRefreshes runs each refresh as a sub-benchmark of b.
func BenchRefreshes(b *testing.B, refreshes ...Refresh) {
	for _, r := range refreshes {
		b.Run(r.Name, func(b *testing.B) {
			for b.Loop() {
				r.Func()
			}
		})
	}
}
