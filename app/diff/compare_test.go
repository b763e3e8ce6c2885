package diff

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"canopy/app"
)

// plan is one side's entities, built fresh for each side so that an edit
// of the new side leaves the old one alone.
type plan struct {
	strategy *app.Strategy
	lanes    map[string]*app.Lane
	goals    map[string]*app.Goal
	inits    map[string]*app.Initiative
	miles    map[string]*app.Milestone
	rels     map[string]*app.Release
	items    map[string]*app.Item
}

func rice(reach float64) app.Scores {
	return app.Scores{RICE: &app.RICE{Reach: reach, Impact: 1, Confidence: 100, Effort: 1}}
}

func basePlan() *plan {
	p := &plan{
		strategy: &app.Strategy{Vision: "Plans people read", Differentiators: []string{"local-first"},
			NorthStar: app.Metric{Name: "Weekly planners", Baseline: 0, Target: 100, Current: 20}},
		lanes: map[string]*app.Lane{
			"lane-aaaaaaaa": {ID: "lane-aaaaaaaa", Name: "Core", Order: 1},
			"lane-bbbbbbbb": {ID: "lane-bbbbbbbb", Name: "Growth", Order: 2},
		},
		goals: map[string]*app.Goal{
			"goal-aaaaaaaa": {ID: "goal-aaaaaaaa", Title: "Retain teams", KeyResults: []app.Metric{
				{Name: "Churn", Unit: "%", Baseline: 10, Target: 5, Current: 8},
			}},
			"goal-bbbbbbbb": {ID: "goal-bbbbbbbb", Title: "Grow revenue"},
		},
		inits: map[string]*app.Initiative{
			"init-aaaaaaaa": {ID: "init-aaaaaaaa", Name: "Mobile app", Lane: "lane-aaaaaaaa", Goals: []string{"goal-aaaaaaaa"},
				Start: app.MustDate("2026-01-05"), End: app.MustDate("2026-03-02"), Status: app.InitiativeActive},
			"init-bbbbbbbb": {ID: "init-bbbbbbbb", Name: "Billing", Lane: "lane-bbbbbbbb", Horizon: app.HorizonNext, Status: app.InitiativePlanned},
		},
		miles: map[string]*app.Milestone{
			"mile-aaaaaaaa": {ID: "mile-aaaaaaaa", Name: "Beta", Date: app.MustDate("2026-02-02")},
		},
		rels: map[string]*app.Release{
			"rel-aaaaaaaa": {ID: "rel-aaaaaaaa", Name: "1.0", Date: app.MustDate("2026-03-02"), Capacity: 20,
				Tasks: []app.LaunchTask{{Title: "Blog post"}, {Title: "Docs"}}},
		},
		items: map[string]*app.Item{},
	}
	for i, t := range []string{"Login", "Search", "Export", "Sync", "Share"} {
		id := fmt.Sprintf("item-%08d", i)
		it := &app.Item{ID: id, Type: app.TypeStory, Title: t, Status: app.StatusReady, Rank: float64(i),
			Estimate: float64(i + 1), Scores: rice(float64(100 - 10*i))}
		if i < 3 {
			it.Release = "rel-aaaaaaaa"
		}
		p.items[id] = it
	}
	return p
}

func (p *plan) workspace() *app.Workspace {
	var ents []app.Entity
	for _, e := range p.lanes {
		ents = append(ents, e)
	}
	for _, e := range p.goals {
		ents = append(ents, e)
	}
	for _, e := range p.inits {
		ents = append(ents, e)
	}
	for _, e := range p.miles {
		ents = append(ents, e)
	}
	for _, e := range p.rels {
		ents = append(ents, e)
	}
	for _, e := range p.items {
		ents = append(ents, e)
	}
	ws, _ := app.Restore(&app.Product{Name: "Test"}, p.strategy, ents)
	return ws
}

// lines prints each change as "section | title | summary".
func lines(d *Diff) []string {
	var out []string
	for _, c := range d.Changes {
		out = append(out, c.Section()+" | "+c.Title+" | "+c.Summary())
	}
	return out
}

func TestCompare(t *testing.T) {
	at := time.Date(2026, 2, 3, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		edit func(p *plan)
		want []string
	}{
		{"nothing", func(p *plan) {}, nil},
		{"initiative rescheduled", func(p *plan) {
			p.inits["init-aaaaaaaa"].End = app.MustDate("2026-04-13")
		}, []string{`Initiatives | Mobile app | end: "2026-03-02" → "2026-04-13" (slipped 6 w)`}},
		{"initiative pulled in", func(p *plan) {
			p.inits["init-aaaaaaaa"].Start = app.MustDate("2026-01-02")
		}, []string{`Initiatives | Mobile app | start: "2026-01-05" → "2026-01-02" (pulled in 3 d)`}},
		{"initiative renamed, not added and removed", func(p *plan) {
			p.inits["init-aaaaaaaa"].Name = "Mobile apps"
		}, []string{`Initiatives | Mobile apps | name: "Mobile app" → "Mobile apps"`}},
		{"initiative moved between lanes and horizons", func(p *plan) {
			p.inits["init-bbbbbbbb"].Lane = "lane-aaaaaaaa"
			p.inits["init-bbbbbbbb"].Horizon = app.HorizonNow
		}, []string{
			`Initiatives | Billing | lane: "Growth" → "Core"`,
			`Initiatives | Billing | horizon: "Next" → "Now"`,
		}},
		{"initiative status and goals", func(p *plan) {
			p.inits["init-aaaaaaaa"].Status = app.InitiativeAtRisk
			p.inits["init-aaaaaaaa"].Goals = []string{"goal-aaaaaaaa", "goal-bbbbbbbb"}
		}, []string{
			`Initiatives | Mobile app | status: "Active" → "At risk"`,
			`Initiatives | Mobile app | goals: Retain teams → Retain teams, Grow revenue`,
		}},
		{"initiative added and removed", func(p *plan) {
			delete(p.inits, "init-bbbbbbbb")
			p.inits["init-cccccccc"] = &app.Initiative{ID: "init-cccccccc", Name: "Reports", Lane: "lane-aaaaaaaa",
				Start: app.MustDate("2026-04-06"), End: app.MustDate("2026-05-04"), Status: app.InitiativePlanned}
		}, []string{
			`Initiatives | Reports | added (2026-04-06 – 2026-05-04)`,
			`Initiatives | Billing | removed (Next)`,
		}},
		{"milestone moved", func(p *plan) {
			p.miles["mile-aaaaaaaa"].Date = app.MustDate("2026-02-09")
		}, []string{`Milestones | Beta | date: "2026-02-02" → "2026-02-09" (slipped 7 d)`}},
		{"release date and capacity", func(p *plan) {
			p.rels["rel-aaaaaaaa"].Date = app.MustDate("2026-03-16")
			p.rels["rel-aaaaaaaa"].Capacity = 15
		}, []string{
			`Releases | 1.0 | date: "2026-03-02" → "2026-03-16" (slipped 2 w)`,
			`Releases | 1.0 | capacity: 20 → 15`,
		}},
		{"scope creep in points", func(p *plan) {
			p.items["item-00000003"].Release = "rel-aaaaaaaa" // Sync, 4 points, in
			p.items["item-00000000"].Release = ""             // Login, 1 point, out
		}, []string{
			`Releases | 1.0 | scope added: Sync (+4 pts)`,
			`Releases | 1.0 | scope removed: Login (−1 pts)`,
			`Releases | 1.0 | points: 6 → 9 (scope creep +3 pts)`,
		}},
		{"scope cut by an estimate", func(p *plan) {
			p.items["item-00000002"].Estimate = 1
		}, []string{
			`Releases | 1.0 | points: 6 → 4 (scope cut −2 pts)`,
			`Backlog | Export | estimate: 3 → 1`,
		}},
		{"launch tasks", func(p *plan) {
			r := p.rels["rel-aaaaaaaa"]
			r.Tasks = []app.LaunchTask{{Title: "Blog post", Done: true}, {Title: "Press kit"}}
		}, []string{
			`Releases | 1.0 | done of Blog post: no → yes`,
			`Releases | 1.0 | task added: Press kit`,
			`Releases | 1.0 | task removed: Docs`,
		}},
		{"item status with who and when", func(p *plan) {
			it := p.items["item-00000004"]
			it.Status = app.StatusInProgress
			it.History = []app.Decision{{At: at, By: "Ada", Kind: app.DecisionMoved, From: app.StatusReady, To: app.StatusInProgress}}
		}, []string{
			`Backlog | Share | status: "Ready" → "In progress" (by Ada on 2026-02-03)`,
			`Priority | Share | priority: "#5" → "In progress" (out of the top 20)`,
		}},
		{"item title, estimate and score", func(p *plan) {
			it := p.items["item-00000004"]
			it.Title = "Share links"
			it.Estimate = 8
			it.Scores = rice(55)
		}, []string{
			`Backlog | Share links | title: "Share" → "Share links"`,
			`Backlog | Share links | estimate: 5 → 8`,
			`Backlog | Share links | score: 60 → 55`,
		}},
		{"item added and removed", func(p *plan) {
			delete(p.items, "item-00000004")
			p.items["item-00000009"] = &app.Item{ID: "item-00000009", Type: app.TypeBug, Title: "Crash", Status: app.StatusNew, Rank: 9, Estimate: 2}
		}, []string{
			`Backlog | Crash | added (Bug, New, 2 pts)`,
			`Backlog | Share | removed (Story, Ready, 5 pts)`,
			`Priority | Crash | priority: — → "#5" (into the top 20)`,
			`Priority | Share | priority: "#5" → "removed" (out of the top 20)`,
		}},
		{"priority move, not the items pushed down", func(p *plan) {
			p.items["item-00000003"].Scores = rice(95) // Sync, 4th → 2nd
		}, []string{
			`Backlog | Sync | score: 70 → 95`,
			`Priority | Sync | priority: "#4" → "#2" (up 2)`,
		}},
		{"key result target and progress", func(p *plan) {
			kr := &p.goals["goal-aaaaaaaa"].KeyResults[0]
			kr.Target = 4
			kr.Current = 6
		}, []string{
			`Goals and key results | Retain teams | target of Churn: 5 → 4`,
			`Goals and key results | Retain teams | current of Churn: 8 → 6 (progress 40 % → 67 %)`,
		}},
		{"key results added and removed, goal renamed", func(p *plan) {
			g := p.goals["goal-aaaaaaaa"]
			g.Title = "Keep teams"
			g.KeyResults = []app.Metric{{Name: "NPS", Baseline: 0, Target: 50, Current: 25}}
		}, []string{
			`Goals and key results | Keep teams | title: "Retain teams" → "Keep teams"`,
			`Goals and key results | Keep teams | key result added: NPS (progress 50 %)`,
			`Goals and key results | Keep teams | key result removed: Churn`,
		}},
		{"strategy parts", func(p *plan) {
			p.strategy.Vision = "Plans everyone reads"
			p.strategy.Positioning.Unlike = "spreadsheets"
			p.strategy.Differentiators = []string{"local-first", "git"}
			p.strategy.NorthStar.Current = 40
		}, []string{
			`Strategy | Strategy | vision: "Plans people read" → "Plans everyone reads"`,
			`Strategy | Strategy | positioning: unlike: (empty) → "spreadsheets"`,
			`Strategy | Strategy | differentiators: local-first → local-first, git`,
			`Strategy | North star Weekly planners | current: 20 → 40 (progress 20 % → 40 %)`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			newPlan := basePlan()
			tt.edit(newPlan)
			got := lines(Compare(basePlan().workspace(), newPlan.workspace()))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestCompareSamePointers: entities shared by both sides (a side loaded by
// reusing the other's unchanged files) are no change, and an unchanged
// plan compares empty.
func TestCompareSamePointers(t *testing.T) {
	p := basePlan()
	a, b := p.workspace(), p.workspace()
	if d := Compare(a, b); !d.Empty() {
		t.Fatalf("the same entities on both sides: %v", lines(d))
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		name string
		edit func(p *plan)
		want string
	}{
		{"nothing", func(p *plan) {}, "no changes"},
		{"a review's worth", func(p *plan) {
			p.inits["init-aaaaaaaa"].End = app.MustDate("2026-03-23")
			p.miles["mile-aaaaaaaa"].Date = app.MustDate("2026-01-30")
			p.items["item-00000003"].Release = "rel-aaaaaaaa"
			p.items["item-00000004"].Status = app.StatusDone
			p.items["item-00000009"] = &app.Item{ID: "item-00000009", Type: app.TypeBug, Title: "Crash", Status: app.StatusInProgress, Rank: 9}
			p.strategy.Vision = "New"
		}, "1 slipped (up to 3 w), 1 pulled in, 1 added, scope +4 pts, 1 status change, 1 priority move, strategy: vision"},
		{"a rename only", func(p *plan) { p.goals["goal-bbbbbbbb"].Title = "Grow" }, "1 change(s)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := basePlan()
			tt.edit(p)
			if got := Compare(basePlan().workspace(), p.workspace()).Headline(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFor(t *testing.T) {
	p := basePlan()
	p.items["item-00000003"].Release = "rel-aaaaaaaa"
	p.rels["rel-aaaaaaaa"].Capacity = 25
	d := Compare(basePlan().workspace(), p.workspace())
	var got []string
	for _, c := range d.For(EntityRelease, "rel-aaaaaaaa") {
		got = append(got, c.Summary())
	}
	want := []string{"capacity: 20 → 25", "scope added: Sync (+4 pts)", "points: 6 → 10 (scope creep +4 pts)"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if n := len(d.For(EntityRelease, "rel-zzzzzzzz")); n != 0 {
		t.Errorf("%d changes for a release that is not there", n)
	}
}
