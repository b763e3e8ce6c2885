package merge

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"canopy/app"
	"canopy/app/store"
)

// baseItem is a full item every item case starts from.
func baseItem() *app.Item {
	return &app.Item{ID: "item-00000001", Type: app.TypeStory, Title: "Export the backlog", Description: "As a PO…",
		Status: app.StatusReady, Rank: 10, Assignee: "Ada", Estimate: 3, Tags: []string{"export", "xlsx"},
		Links: []string{"https://a.example/1", "https://a.example/2"}, DependsOn: []string{"item-00000002"},
		Criteria: []app.Criterion{{Text: "every column", Met: false}, {Text: "opens in Excel", Met: true}, {Text: "dates as dates"}},
		Scores:   app.Scores{ICE: &app.ICE{Impact: 5, Confidence: 5, Ease: 5}},
		History:  []app.Decision{{At: time.Date(2026, 1, 2, 10, 0, 0, 0, time.UTC), By: "Ada", Kind: app.DecisionMoved, From: app.StatusNew, To: app.StatusReady}}}
}

// mergeCase is one three-way merge of an entity: ours and theirs edit a
// copy of the base; want edits a copy into the expected result.
type mergeCase[E app.Entity] struct {
	name             string
	ours, theirs     func(E)
	want             func(E)
	conflicts        []string // the expected conflicted paths; nil: clean
	noBase, fallback bool
}

// runCases merges each case both ways round and checks the result.
func runCases[E app.Entity](t *testing.T, fresh func() E, cases []mergeCase[E]) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, o, th := fresh(), fresh(), fresh()
			if c.ours != nil {
				c.ours(o)
			}
			if c.theirs != nil {
				c.theirs(th)
			}
			rel := store.Path(app.KeyOf(b))
			base := enc(t, b)
			if c.noBase {
				base = nil
			}
			for round, pair := range [][2]E{{o, th}, {th, o}} {
				res, err := Merge(rel, base, enc(t, pair[0]), enc(t, pair[1]), Options{})
				if err != nil {
					t.Fatalf("round %d: %v", round, err)
				}
				var got []string
				for _, cf := range res.Conflicts {
					got = append(got, cf.Path)
				}
				if !slices.Equal(got, c.conflicts) {
					t.Fatalf("round %d: conflicts %v, want %v\n%s", round, got, c.conflicts, res.Data)
				}
				if c.conflicts != nil {
					checkMarkers(t, res.Data, len(c.conflicts))
					continue
				}
				w := fresh()
				if c.want != nil {
					c.want(w)
				}
				if want := enc(t, w); !bytes.Equal(res.Data, want) {
					t.Fatalf("round %d: got\n%s\nwant\n%s", round, res.Data, want)
				}
			}
		})
	}
}

func enc(t *testing.T, e app.Entity) []byte {
	t.Helper()
	app.Normalize(e)
	data, err := store.Encode(e)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// checkMarkers checks that the file holds n marked regions, each with a
// base section, and that outside them it is one line per field.
func checkMarkers(t *testing.T, data []byte, n int) {
	t.Helper()
	for _, m := range []string{markOurs, markBase, markSplit, markTheirs} {
		if got := strings.Count(string(data), "\n"+m+"\n"); got != n {
			t.Fatalf("%d %q markers, want %d:\n%s", got, m, n, data)
		}
	}
}

func TestMergeItemFields(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2026, 2, 1, h, 0, 0, 0, time.UTC) }
	runCases(t, baseItem, []mergeCase[*app.Item]{
		{name: "unchanged", want: nil},
		{name: "one side changes a scalar", ours: func(i *app.Item) { i.Title = "Export all" }, want: func(i *app.Item) { i.Title = "Export all" }},
		{name: "neighbouring scalars", ours: func(i *app.Item) { i.Status = app.StatusInProgress }, theirs: func(i *app.Item) { i.Assignee = "Grace" },
			want: func(i *app.Item) { i.Status = app.StatusInProgress; i.Assignee = "Grace" }},
		{name: "the same change on both", ours: func(i *app.Item) { i.Estimate = 5 }, theirs: func(i *app.Item) { i.Estimate = 5 }, want: func(i *app.Item) { i.Estimate = 5 }},
		{name: "rank moved on both takes the smaller", ours: func(i *app.Item) { i.Rank = 4 }, theirs: func(i *app.Item) { i.Rank = 7 }, want: func(i *app.Item) { i.Rank = 4 }},
		{name: "a tag each", ours: func(i *app.Item) { i.Tags = append(i.Tags, "pm") }, theirs: func(i *app.Item) { i.Tags = append(i.Tags, "beta") },
			want: func(i *app.Item) { i.Tags = []string{"beta", "export", "pm", "xlsx"} }},
		{name: "a tag removed, one added", ours: func(i *app.Item) { i.Tags = []string{"xlsx"} }, theirs: func(i *app.Item) { i.Tags = append(i.Tags, "beta") },
			want: func(i *app.Item) { i.Tags = []string{"beta", "xlsx"} }},
		{name: "links inserted after their predecessor", ours: func(i *app.Item) {
			i.Links = []string{"https://a.example/1", "https://o.example", "https://a.example/2"}
		},
			theirs: func(i *app.Item) {
				i.Links = []string{"https://a.example/1", "https://a.example/2", "https://t.example"}
			},
			want: func(i *app.Item) {
				i.Links = []string{"https://a.example/1", "https://o.example", "https://a.example/2", "https://t.example"}
			}},
		{name: "links inserted at one place ordered by value", ours: func(i *app.Item) { i.Links = append(i.Links, "https://z.example") },
			theirs: func(i *app.Item) { i.Links = append(i.Links, "https://b.example") },
			want:   func(i *app.Item) { i.Links = append(i.Links, "https://b.example", "https://z.example") }},
		{name: "a link removed, another added", ours: func(i *app.Item) { i.Links = i.Links[1:] }, theirs: func(i *app.Item) { i.Links = append(i.Links, "https://t.example") },
			want: func(i *app.Item) { i.Links = []string{"https://a.example/2", "https://t.example"} }},
		{name: "a criterion met, another edited in place", ours: func(i *app.Item) { i.Criteria[0].Met = true }, theirs: func(i *app.Item) { i.Criteria[1].Text = "opens in Excel and Calc" },
			want: func(i *app.Item) { i.Criteria[0].Met = true; i.Criteria[1].Text = "opens in Excel and Calc" }},
		{name: "a criterion added on each side", ours: func(i *app.Item) { i.Criteria = append(i.Criteria, app.Criterion{Text: "fast"}) },
			theirs: func(i *app.Item) { i.Criteria = append([]app.Criterion{{Text: "first"}}, i.Criteria...) },
			want: func(i *app.Item) {
				i.Criteria = append(append([]app.Criterion{{Text: "first"}}, i.Criteria...), app.Criterion{Text: "fast"})
			}},
		{name: "a criterion removed, another met", ours: func(i *app.Item) { i.Criteria = slices.Delete(i.Criteria, 2, 3) }, theirs: func(i *app.Item) { i.Criteria[0].Met = true },
			want: func(i *app.Item) { i.Criteria = slices.Delete(i.Criteria, 2, 3); i.Criteria[0].Met = true }},
		{name: "a criterion removed on one side, met on the other, is kept", ours: func(i *app.Item) { i.Criteria = i.Criteria[1:] }, theirs: func(i *app.Item) { i.Criteria[0].Met = true },
			want: func(i *app.Item) { i.Criteria[0].Met = true }},
		{name: "both moved it: history is the union in time order",
			ours: func(i *app.Item) {
				i.Status = app.StatusInProgress
				i.History = append(i.History, app.Decision{At: at(9), By: "PM", Kind: app.DecisionMoved, From: app.StatusReady, To: app.StatusInProgress})
			},
			theirs: func(i *app.Item) {
				i.Status = app.StatusInProgress
				i.History = append(i.History, app.Decision{At: at(8), By: "PO", Kind: app.DecisionMoved, From: app.StatusReady, To: app.StatusInProgress})
			},
			want: func(i *app.Item) {
				i.Status = app.StatusInProgress
				i.History = append(i.History, app.Decision{At: at(8), By: "PO", Kind: app.DecisionMoved, From: app.StatusReady, To: app.StatusInProgress},
					app.Decision{At: at(9), By: "PM", Kind: app.DecisionMoved, From: app.StatusReady, To: app.StatusInProgress})
			}},
		{name: "scores of two models", ours: func(i *app.Item) { i.Scores.ICE.Ease = 8 }, theirs: func(i *app.Item) {
			i.Scores.WSJF = &app.WSJF{BusinessValue: 3, TimeCriticality: 2, RiskReduction: 1, JobSize: 5}
		},
			want: func(i *app.Item) {
				i.Scores.ICE.Ease = 8
				i.Scores.WSJF = &app.WSJF{BusinessValue: 3, TimeCriticality: 2, RiskReduction: 1, JobSize: 5}
			}},
		{name: "a title given two values", ours: func(i *app.Item) { i.Title = "Ours" }, theirs: func(i *app.Item) { i.Title = "Theirs"; i.Estimate = 8 }, conflicts: []string{"title"}},
		{name: "a status and a date-like field", ours: func(i *app.Item) { i.Status = app.StatusDone; i.Estimate = 2 }, theirs: func(i *app.Item) { i.Status = app.StatusNew; i.Estimate = 1 },
			conflicts: []string{"status", "estimate"}},
		{name: "one score input given two values", ours: func(i *app.Item) { i.Scores.ICE.Ease = 8 }, theirs: func(i *app.Item) { i.Scores.ICE.Ease = 2 }, conflicts: []string{"scores.ice.ease"}},
		{name: "a criterion's text given two values", ours: func(i *app.Item) { i.Criteria[0].Text = "every column, in order" },
			theirs: func(i *app.Item) { i.Criteria[0].Text = "all columns" }, conflicts: []string{"criteria[0].text"}},
		{name: "without a base every difference conflicts", noBase: true, ours: func(i *app.Item) { i.Title = "Ours"; i.Tags = []string{"a"} },
			theirs: func(i *app.Item) { i.Title = "Theirs" }, conflicts: []string{"title", "tags"}},
	})
}

func TestMergeStrategyAndManifest(t *testing.T) {
	strategy := func() *app.Strategy {
		return &app.Strategy{Vision: "Plan", Differentiators: []string{"local", "git"}, NonGoals: []string{"server"},
			Trends: []string{"ai"}, NorthStar: app.Metric{Name: "WAU", Target: 100}}
	}
	runCases(t, strategy, []mergeCase[*app.Strategy]{
		{name: "vision and a differentiator", ours: func(s *app.Strategy) { s.Vision = "Plan together" }, theirs: func(s *app.Strategy) { s.Differentiators = append(s.Differentiators, "fast") },
			want: func(s *app.Strategy) {
				s.Vision = "Plan together"
				s.Differentiators = append(s.Differentiators, "fast")
			}},
		{name: "a non-goal removed, a trend added", ours: func(s *app.Strategy) { s.NonGoals = []string{} }, theirs: func(s *app.Strategy) { s.Trends = append(s.Trends, "remote") },
			want: func(s *app.Strategy) { s.NonGoals = []string{}; s.Trends = append(s.Trends, "remote") }},
		{name: "the map placed on one side, named on the other", ours: func(s *app.Strategy) { s.OurPosition = &app.Point{X: 10, Y: 20} },
			theirs: func(s *app.Strategy) { s.PositioningAxes = app.Axes{X: "Price", Y: "Ease"} },
			want: func(s *app.Strategy) {
				s.OurPosition = &app.Point{X: 10, Y: 20}
				s.PositioningAxes = app.Axes{X: "Price", Y: "Ease"}
			}},
		{name: "the north star's target and current", ours: func(s *app.Strategy) { s.NorthStar.Target = 200 }, theirs: func(s *app.Strategy) { s.NorthStar.Current = 40 },
			want: func(s *app.Strategy) { s.NorthStar.Target = 200; s.NorthStar.Current = 40 }},
		{name: "positioning's for given two values", ours: func(s *app.Strategy) { s.Positioning.For = "PMs" }, theirs: func(s *app.Strategy) { s.Positioning.For = "POs" },
			conflicts: []string{"positioning.for"}},
		{name: "our position placed twice", ours: func(s *app.Strategy) { s.OurPosition = &app.Point{X: 1, Y: 2} }, theirs: func(s *app.Strategy) { s.OurPosition = &app.Point{X: 3, Y: 2} },
			conflicts: []string{"ourPosition.x"}},
	})
	product := func() *app.Product {
		return &app.Product{Name: "Canopy", Owner: "Ada", ScoringModel: app.ModelRICE, ICE: app.ICEProduct, FiscalYearStart: 1, WIPLimits: map[app.Status]int{app.StatusInProgress: 3}}
	}
	runCases(t, product, []mergeCase[*app.Product]{
		{name: "owner and a WIP limit", ours: func(p *app.Product) { p.Owner = "Grace" }, theirs: func(p *app.Product) { p.WIPLimits[app.StatusDone] = 5 },
			want: func(p *app.Product) { p.Owner = "Grace"; p.WIPLimits[app.StatusDone] = 5 }},
		{name: "a WIP limit removed, another changed", ours: func(p *app.Product) { delete(p.WIPLimits, app.StatusInProgress) }, theirs: func(p *app.Product) { p.WIPLimits[app.StatusReady] = 2 },
			want: func(p *app.Product) { p.WIPLimits = map[app.Status]int{app.StatusReady: 2} }},
		{name: "the scoring model given two values", ours: func(p *app.Product) { p.ScoringModel = app.ModelICE }, theirs: func(p *app.Product) { p.ScoringModel = app.ModelWSJF },
			conflicts: []string{"product.scoringModel"}},
	})
}

func TestMergeOtherKinds(t *testing.T) {
	runCases(t, func() *app.Persona {
		return &app.Persona{ID: "persona-00000001", Name: "Pat", Needs: []string{"a", "b"}, Pains: []string{"x"}, Order: 2}
	}, []mergeCase[*app.Persona]{
		{name: "needs and pains", ours: func(p *app.Persona) { p.Needs = []string{"a", "n", "b"} }, theirs: func(p *app.Persona) { p.Pains = nil; p.Order = 1 },
			want: func(p *app.Persona) { p.Needs = []string{"a", "n", "b"}; p.Pains = []string{}; p.Order = 1 }},
		{name: "order moved on both", ours: func(p *app.Persona) { p.Order = 5 }, theirs: func(p *app.Persona) { p.Order = 3 }, want: func(p *app.Persona) { p.Order = 3 }},
	})
	runCases(t, func() *app.Goal {
		return &app.Goal{ID: "goal-00000001", Title: "Grow", KeyResults: []app.Metric{{Name: "WAU", Target: 10}, {Name: "NPS", Target: 40}}}
	}, []mergeCase[*app.Goal]{
		{name: "two key results moved", ours: func(g *app.Goal) { g.KeyResults[0].Current = 4 }, theirs: func(g *app.Goal) { g.KeyResults[1].Current = 20 },
			want: func(g *app.Goal) { g.KeyResults[0].Current = 4; g.KeyResults[1].Current = 20 }},
		{name: "a key result renamed, another added", ours: func(g *app.Goal) { g.KeyResults[1].Name = "Net promoter score" },
			theirs: func(g *app.Goal) { g.KeyResults = append(g.KeyResults, app.Metric{Name: "Churn"}) },
			want: func(g *app.Goal) {
				g.KeyResults[1].Name = "Net promoter score"
				g.KeyResults = append(g.KeyResults, app.Metric{Name: "Churn"})
			}},
		{name: "one key result's current given two values", ours: func(g *app.Goal) { g.KeyResults[0].Current = 4 }, theirs: func(g *app.Goal) { g.KeyResults[0].Current = 5 },
			conflicts: []string{"keyResults[0].current"}},
	})
	runCases(t, func() *app.Competitor {
		return &app.Competitor{ID: "competitor-00000001", Name: "Jira", Strengths: []string{"big"}, Weaknesses: []string{"slow"}}
	}, []mergeCase[*app.Competitor]{
		{name: "a strength each and placed", ours: func(c *app.Competitor) { c.Strengths = append(c.Strengths, "known") },
			theirs: func(c *app.Competitor) {
				c.Strengths = append(c.Strengths, "cheap")
				c.Position = &app.Point{X: 5, Y: 5}
			},
			want: func(c *app.Competitor) {
				c.Strengths = append(c.Strengths, "cheap", "known")
				c.Position = &app.Point{X: 5, Y: 5}
			}},
	})
	runCases(t, func() *app.Risk {
		return &app.Risk{ID: "risk-00000001", Description: "Late", Initiatives: []string{"initiative-00000001"}}
	}, []mergeCase[*app.Risk]{
		{name: "rated on one side, linked on the other", ours: func(r *app.Risk) { r.Likelihood = app.RiskHigh },
			theirs: func(r *app.Risk) { r.Initiatives = append(r.Initiatives, "initiative-00000002") },
			want: func(r *app.Risk) {
				r.Likelihood = app.RiskHigh
				r.Initiatives = append(r.Initiatives, "initiative-00000002")
			}},
	})
	runCases(t, func() *app.Lane { return &app.Lane{ID: "lane-00000001", Name: "Core", Order: 1} }, []mergeCase[*app.Lane]{
		{name: "renamed twice", ours: func(l *app.Lane) { l.Name = "Platform" }, theirs: func(l *app.Lane) { l.Name = "Base" }, conflicts: []string{"name"}},
	})
	runCases(t, func() *app.Initiative {
		return &app.Initiative{ID: "initiative-00000001", Name: "Sync", Goals: []string{"goal-00000001"}, Start: app.MustDate("2026-01-01"),
			End: app.MustDate("2026-03-31"), Status: app.InitiativePlanned, Color: "#336699", Confidence: 50}
	}, []mergeCase[*app.Initiative]{
		{name: "rescheduled and a goal linked", ours: func(in *app.Initiative) { in.Start, in.End = app.MustDate("2026-02-01"), app.MustDate("2026-04-30") },
			theirs: func(in *app.Initiative) {
				in.Goals = append(in.Goals, "goal-00000002")
				in.Status = app.InitiativeActive
			},
			want: func(in *app.Initiative) {
				in.Start, in.End = app.MustDate("2026-02-01"), app.MustDate("2026-04-30")
				in.Goals = append(in.Goals, "goal-00000002")
				in.Status = app.InitiativeActive
			}},
		{name: "end given two values", ours: func(in *app.Initiative) { in.End = app.MustDate("2026-04-30") }, theirs: func(in *app.Initiative) { in.End = app.MustDate("2026-05-31") },
			conflicts: []string{"end"}},
		{name: "start moved past the other side's new end breaks a rule: a conflict", ours: func(in *app.Initiative) { in.Start = app.MustDate("2026-03-01") },
			theirs: func(in *app.Initiative) { in.End = app.MustDate("2026-02-01") }, conflicts: []string{"end"}},
	})
	runCases(t, func() *app.Milestone {
		return &app.Milestone{ID: "milestone-00000001", Name: "Beta", Date: app.MustDate("2026-05-01")}
	}, []mergeCase[*app.Milestone]{
		{name: "renamed and moved", ours: func(m *app.Milestone) { m.Name = "Public beta" }, theirs: func(m *app.Milestone) { m.Date = app.MustDate("2026-05-08") },
			want: func(m *app.Milestone) { m.Name = "Public beta"; m.Date = app.MustDate("2026-05-08") }},
	})
	runCases(t, func() *app.Release {
		return &app.Release{ID: "release-00000001", Name: "1.0", Date: app.MustDate("2026-06-01"), Audiences: []string{"PMs"},
			Tasks: []app.LaunchTask{{Title: "Blog post", Owner: "Ada"}, {Title: "Docs"}}}
	}, []mergeCase[*app.Release]{
		{name: "a task done, another added, a channel", ours: func(r *app.Release) { r.Tasks[0].Done = true },
			theirs: func(r *app.Release) {
				r.Tasks = append(r.Tasks, app.LaunchTask{Title: "Webinar"})
				r.Channels = []string{"email"}
			},
			want: func(r *app.Release) {
				r.Tasks[0].Done = true
				r.Tasks = append(r.Tasks, app.LaunchTask{Title: "Webinar"})
				r.Channels = []string{"email"}
			}},
		{name: "a task's owner given two values", ours: func(r *app.Release) { r.Tasks[1].Owner = "Ada" }, theirs: func(r *app.Release) { r.Tasks[1].Owner = "Grace" },
			conflicts: []string{"tasks[1].owner"}},
	})
}

func TestConflictMarksOnlyTheFieldsLines(t *testing.T) {
	b, o, th := baseItem(), baseItem(), baseItem()
	o.Title, o.Tags = "Ours", []string{"pm"}
	th.Title, th.Assignee = "Theirs", "Grace"
	res, err := Merge("items/item-00000001.json", enc(t, b), enc(t, o), enc(t, th), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "  \"type\": \"story\",\n" + markOurs + "\n  \"title\": \"Ours\",\n" + markBase + "\n  \"title\": \"Export the backlog\",\n" +
		markSplit + "\n  \"title\": \"Theirs\",\n" + markTheirs + "\n  \"description\""
	if !strings.Contains(string(res.Data), want) {
		t.Fatalf("markers not around the title's line alone:\n%s", res.Data)
	}
	// Outside the markers, the rest is merged: Grace and the tag are in.
	if !strings.Contains(string(res.Data), `"assignee": "Grace"`) || !strings.Contains(string(res.Data), "\"pm\"") {
		t.Fatalf("the rest is not merged:\n%s", res.Data)
	}
	c := res.Conflicts[0]
	if c.Base != `"Export the backlog"` || c.Ours != `"Ours"` || c.Theirs != `"Theirs"` || res.Label != "item item-00000001 (Ours)" {
		t.Fatalf("conflict %+v, label %q", c, res.Label)
	}
	// Take settles it either way into a canonical file.
	for _, side := range []Side{Ours, Theirs} {
		res, err := Merge("items/item-00000001.json", enc(t, b), enc(t, o), enc(t, th), Options{Take: func(Conflict) Side { return side }})
		if err != nil || !res.Clean() {
			t.Fatalf("take %d: %v %v", side, err, res.Conflicts)
		}
		w := baseItem()
		w.Title, w.Tags, w.Assignee = "Ours", []string{"pm"}, "Grace"
		if side == Theirs {
			w.Title = "Theirs"
		}
		if !bytes.Equal(res.Data, enc(t, w)) {
			t.Fatalf("take %d:\n%s", side, res.Data)
		}
	}
}

func TestFallback(t *testing.T) {
	b := enc(t, baseItem())
	newer := bytes.Replace(b, []byte(`"notes": "",`), []byte(`"notes": "",
  "points": 8,`), 1)
	if bytes.Equal(newer, b) {
		t.Fatal("no notes line in the item")
	}
	manifest := []byte("{\n  \"schema\": 99,\n  \"product\": {\"name\": \"X\"}\n}\n")
	for _, c := range []struct {
		name, rel          string
		base, ours, theirs []byte
		want               string
	}{
		{"a key this build does not know", "items/item-00000001.json", b, b, newer, "field points: unknown"},
		{"a newer schema", "canopy.json", manifest, manifest, manifest, "written by a newer version"},
		{"not a Canopy file of that path", "items/item-00000002.json", b, b, b, "does not match the file name"},
		{"not a Canopy path", "notes/readme.json", b, b, b, "not a file of a Canopy workspace"},
		{"not JSON", "items/item-00000001.json", b, []byte("hello"), b, "ours of items/item-00000001.json"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Merge(c.rel, c.base, c.ours, c.theirs, Options{})
			if !errors.Is(err, ErrFallback) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want ErrFallback with %q", err, c.want)
			}
		})
	}
}

// TestInsertionsAtOnePlace: what both sides insert at one place of a list
// merges to the same list whichever side is ours (the fuzzer found a link
// inserted twice on one side and once on the other kept twice one way and
// once the other): the side whose values sort first, then what the other
// inserts more often or only.
func TestInsertionsAtOnePlace(t *testing.T) {
	tests := []struct {
		name, a, b, want string
	}{
		{"one each", `["x"]`, `["y"]`, `["x","y"]`},
		{"the same", `["x"]`, `["x"]`, `["x"]`},
		{"twice on one side", `["x","x"]`, `["x"]`, `["x","x"]`},
		{"same first, different after", `["x","b"]`, `["x","a"]`, `["x","a","b"]`},
		{"a prefix", `["x"]`, `["x","y"]`, `["x","y"]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, errA := parse([]byte(tc.a))
			b, errB := parse([]byte(tc.b))
			if errA != nil || errB != nil {
				t.Fatal(errA, errB)
			}
			for _, got := range [][]*node{insertions(a.vals, b.vals), insertions(b.vals, a.vals)} {
				if s := compact(&node{kind: 'a', vals: got}); s != tc.want {
					t.Errorf("got %s, want %s", s, tc.want)
				}
			}
		})
	}
}
