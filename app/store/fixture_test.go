package store

import (
	"reflect"
	"testing"
	"time"

	"canopy/app"
)

var fixedNow = time.Date(2026, 11, 27, 9, 30, 0, 0, time.UTC)

// fullWorkspace returns a workspace in which every field of every entity is
// set, so that a round trip through the disk proves each one survives.
func fullWorkspace(t *testing.T) *app.Workspace {
	t.Helper()
	ws := app.NewWorkspace(app.Product{
		Name: "Canopy <Test> & Co", Horizon: "FY2027", Owner: "Ada", Version: "2.1",
		ScoringModel: app.ModelWSJF, ICE: app.ICEMean, FiscalYearStart: 4,
		WIPLimits: map[app.Status]int{app.StatusInProgress: 5, app.StatusDone: 8},
		Fields: []app.FieldDecl{
			{Key: "segment", Name: "Segment", Type: app.FieldSelect, Options: []string{"SMB", "Enterprise"}, On: []app.FieldTarget{app.FieldOnItem, app.FieldOnInitiative}},
			{Key: "arr", Name: "ARR", Type: app.FieldNumber, Min: new(1.0), Max: new(1e9), Unit: "$", On: []app.FieldTarget{app.FieldOnItem}},
			{Key: "areas", Name: "Areas", Type: app.FieldMultiselect, Options: []string{"api", "ui"}, On: []app.FieldTarget{app.FieldOnItem}},
			{Key: "committed", Name: "Customer commitment", Type: app.FieldCheckbox, On: []app.FieldTarget{app.FieldOnItem}},
		},
		CardFields: []string{"segment", "arr"},
		Formula:    `fields.arr / 1000 + ((fields.segment ?? "") == "Enterprise" ? 100 : 0)`,
	})
	ws.SetClock(app.FixedClock{T: fixedNow})
	ws.SetUser("Po Owner")
	ents := []app.Entity{
		&app.Persona{ID: "persona-ana", Name: "Ana", Role: "Dispatcher", Needs: []string{"see the day"}, Pains: []string{"phone tag"}, Order: 1},
		&app.Goal{ID: "goal-grow", Title: "Grow", Description: "More teams", Order: 2,
			KeyResults: []app.Metric{{Name: "Active teams", Unit: "teams", Baseline: 10, Target: 50, Current: 20.5}}},
		&app.Competitor{ID: "comp-acme", Name: "Acme", Segment: "Enterprise", Strengths: []string{"brand"}, Weaknesses: []string{"price"}, Pricing: "$99/seat", HowWeDiffer: "local-first",
			Position: &app.Point{X: 80, Y: 25.5}},
		&app.Lane{ID: "lane-core", Name: "Core", Description: "The engine", Order: 1},
		&app.Initiative{ID: "init-base", Name: "Base", Description: "d", Lane: "lane-core", Goals: []string{"goal-grow"},
			Start: app.MustDate("2026-10-01"), End: app.MustDate("2026-12-31"), Horizon: app.HorizonNow, Status: app.InitiativeActive,
			Color: "#2a9d8f", Owner: "Ada", Value: 8, Effort: 3, Confidence: 80, Fields: map[string]any{"segment": "SMB"}},
		&app.Initiative{ID: "init-next", Name: "Next", Description: "e", Lane: "lane-core", Goals: []string{"goal-grow"},
			Horizon: app.HorizonLater, Status: app.InitiativePlanned, Color: "#e76f51", Owner: "Bo", DependsOn: []string{"init-base"},
			Value: 5, Effort: 5, Confidence: 50},
		&app.Risk{ID: "risk-late", Description: "Late", Assumption: "Team stays", Mitigation: "Cut scope", Owner: "Ada", Likelihood: app.RiskMedium, Impact: app.RiskHigh, Initiatives: []string{"init-base"}},
		&app.Milestone{ID: "ms-beta", Name: "Beta", Date: app.MustDate("2026-11-15"), Lane: "lane-core", Initiative: "init-base", Description: "Public beta"},
		&app.Release{ID: "rel-one", Name: "1.0", Start: app.MustDate("2026-10-01"), Date: app.MustDate("2026-12-15"), Capacity: 40,
			Audiences: []string{"admins"}, Channels: []string{"blog"}, LaunchNotes: "Big day",
			Tasks: []app.LaunchTask{{Title: "Post", Owner: "Mo", Due: app.MustDate("2026-12-10"), Done: true},
				{Title: "Email", Owner: "Mo", Due: app.MustDate("2026-12-12")}}},
		&app.Item{ID: "item-dep", Type: app.TypeChore, Title: "Dependency", Description: "First", Status: app.StatusNew, Rank: 1},
		&app.Item{ID: "item-full", Type: app.TypeFeature, Title: "Export \"PDF\" <now>", Description: "Line 1\nLine 2 — ünïcode",
			Status: app.StatusReady, Rank: 2.5, Assignee: "Bo", Initiative: "init-base", Release: "rel-one", Estimate: 5,
			MoSCoW: app.MoSCoWMust, Tags: []string{"pdf", "export"}, Links: []string{"https://example.com/spec?a=1&b=2"},
			DependsOn: []string{"item-dep"}, Criteria: []app.Criterion{{Text: "Opens", Met: true}, {Text: "Prints"}},
			Scores: app.Scores{
				RICE:        &app.RICE{Reach: 500, Impact: 2, Confidence: 80, Effort: 1.5},
				WSJF:        &app.WSJF{BusinessValue: 8, TimeCriticality: 5, RiskReduction: 3, JobSize: 5},
				ICE:         &app.ICE{Impact: 7, Confidence: 6, Ease: 5},
				ValueEffort: &app.ValueEffort{Value: 8, Effort: 3},
			},
			Notes: "Ask legal", Fields: map[string]any{"segment": "Enterprise", "arr": 120000.0, "areas": []string{"ui", "api"}, "committed": true}},
		&app.Insight{ID: "insight-pdf", Text: "We print the plan for the board — \"=SUM(A1)\" <b>", Person: "Kim", Company: "Acme",
			Segment: "Mid-market", Source: "support ticket", Link: "https://help.example.com/t/42", Date: app.MustDate("2026-11-02"),
			Importance: app.ImportanceCritical, Persona: "persona-ana", Items: []string{"item-full"}, Initiatives: []string{"init-base"},
			Tags: []string{"pdf"}, State: app.InsightTriaged},
	}
	err := ws.Do(app.Func{Desc: "seed", Fn: func(tx *app.Tx) error {
		s := tx.EditStrategy()
		*s = app.Strategy{Vision: "Plan together", TargetCustomers: "Product teams",
			Positioning:     app.Positioning{For: "PMs", Who: "plan", Unlike: "clouds", OurProduct: "is local"},
			Differentiators: []string{"git-friendly"}, NonGoals: []string{"time tracking"},
			NorthStar:   app.Metric{Name: "Weekly planners", Unit: "users", Baseline: 1, Target: 100, Current: 12},
			MarketNotes: "Growing", Trends: []string{"AI"},
			PositioningAxes: app.Axes{X: "Price", Y: "Ease of use"}, OurPosition: &app.Point{X: 30, Y: 90}}
		for _, e := range ents {
			if err := tx.Put(e); err != nil {
				return err
			}
		}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []app.Command{
		app.Move("item-full", app.StatusDone, ""),
		app.Reject("item-full", "Prints blank pages"),
	} {
		if err := ws.Do(c); err != nil {
			t.Fatal(err)
		}
	}
	return ws
}

// coverage records which leaf fields, by path, are set in at least one
// value passed to it; leaves lists every leaf field of a type. Together they
// prove that the fixture sets every field, so the round trip covers it and a
// field added later must be added to the fixture too.
func coverage(set map[string]bool, path string, v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			coverage(set, path, v.Elem())
		}
	case reflect.Struct:
		if isLeaf(v.Type()) {
			if !v.IsZero() {
				set[path] = true
			}
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				coverage(set, path+"."+v.Type().Field(i).Name, v.Field(i))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			coverage(set, path+"[]", v.Index(i))
		}
	case reflect.Map:
		if v.Len() > 0 {
			set[path] = true
		}
	case reflect.Bool:
		if v.Bool() {
			set[path+"=true"] = true
		} else {
			set[path+"=false"] = true
		}
	default:
		if !v.IsZero() {
			set[path] = true
		}
	}
}

func isLeaf(t reflect.Type) bool {
	return t == reflect.TypeOf(app.Date{}) || t == reflect.TypeOf(time.Time{})
}

func leaves(out []string, path string, t reflect.Type) []string {
	switch t.Kind() {
	case reflect.Pointer:
		return leaves(out, path, t.Elem())
	case reflect.Struct:
		if isLeaf(t) {
			return append(out, path)
		}
		for i := range t.NumField() {
			if t.Field(i).IsExported() {
				out = leaves(out, path+"."+t.Field(i).Name, t.Field(i).Type)
			}
		}
		return out
	case reflect.Slice:
		return leaves(out, path+"[]", t.Elem())
	case reflect.Bool:
		return append(out, path+"=true", path+"=false")
	}
	return append(out, path)
}
