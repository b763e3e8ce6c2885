package app

import (
	"fmt"
	"math"
	"testing"
)

func TestEntityRules(t *testing.T) {
	tests := []struct {
		name string
		e    Entity
		want string // "" for valid
	}{
		{"valid item", item("item-a1", "Export"), ""},
		{"item without title", item("item-a1", "  "), "item item-a1 (  ): field title: is required"},
		{"item bad type", &Item{ID: "item-a1", Title: "x", Type: "epic", Status: StatusNew}, "field type: must be feature, story, bug or chore"},
		{"item bad status", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: "doing"}, "field status: must be new, ready"},
		{"item bad moscow", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: StatusNew, MoSCoW: "maybe"}, "field moscow"},
		{"negative estimate", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: StatusNew, Estimate: -1}, "field estimate: must be between 0 and 1000000, got -1"},
		{"NaN estimate", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: StatusNew, Estimate: math.NaN()}, "field estimate: must be a finite number"},
		{"unknown initiative", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: StatusNew, Initiative: "init-zz"}, `field initiative: refers to unknown initiative "init-zz"`},
		{"unknown release", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: StatusNew, Release: "rel-zz"}, `field release: refers to unknown release`},
		{"unknown dependency", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: StatusNew, DependsOn: []string{"item-zz"}}, `field dependsOn[0]: refers to unknown item "item-zz"`},
		{"self dependency", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: StatusNew, DependsOn: []string{"item-a1"}}, "cannot depend on itself"},
		{"bad link", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: StatusNew, Links: []string{"javascript:alert(1)"}}, "field links[0]: must be an http"},
		{"good links", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: StatusNew, Links: []string{"https://example.com/a", "mailto:po@example.com"}}, ""},
		{"blank tag", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: StatusNew, Tags: []string{" ui"}}, "field tags[0]"},
		{"empty criterion", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: StatusNew, Criteria: []Criterion{{Text: ""}}}, "field criteria[0].text: is required"},
		{"rice impact", scored(Scores{RICE: &RICE{Reach: 10, Impact: 1.5, Confidence: 80, Effort: 1}}), "field scores.rice.impact: must be 0.25, 0.5, 1, 2 or 3, got 1.5"},
		{"rice confidence", scored(Scores{RICE: &RICE{Reach: 10, Impact: 1, Confidence: 120, Effort: 1}}), "field scores.rice.confidence: must be between 0 and 100"},
		{"rice effort zero", scored(Scores{RICE: &RICE{Reach: 10, Impact: 1, Confidence: 80, Effort: 0}}), "field scores.rice.effort: must be between 0.01 and 1000000, got 0"},
		{"rice valid", scored(Scores{RICE: &RICE{Reach: 10, Impact: 0.25, Confidence: 0, Effort: 0.5}}), ""},
		{"wsjf off scale", scored(Scores{WSJF: &WSJF{BusinessValue: 4, TimeCriticality: 1, RiskReduction: 1, JobSize: 1}}), "field scores.wsjf.businessValue: must be 1, 2, 3, 5, 8, 13 or 20, got 4"},
		{"wsjf valid", scored(Scores{WSJF: &WSJF{BusinessValue: 20, TimeCriticality: 13, RiskReduction: 1, JobSize: 8}}), ""},
		{"ice zero", scored(Scores{ICE: &ICE{Impact: 0, Confidence: 5, Ease: 5}}), "field scores.ice.impact: must be between 1 and 10, got 0"},
		{"ice eleven", scored(Scores{ICE: &ICE{Impact: 5, Confidence: 5, Ease: 11}}), "field scores.ice.ease"},
		{"value effort", scored(Scores{ValueEffort: &ValueEffort{Value: 11, Effort: 0}}), "field scores.valueEffort.value"},
		{"initiative end before start", &Initiative{ID: "init-a1", Name: "x", Status: InitiativePlanned, Start: MustDate("2026-05-01"), End: MustDate("2026-04-01")}, "field end: 2026-04-01 is before start 2026-05-01"},
		{"initiative half dated", &Initiative{ID: "init-a1", Name: "x", Status: InitiativePlanned, Start: MustDate("2026-05-01")}, "field end: set both start and end, or neither"},
		{"initiative undated", &Initiative{ID: "init-a1", Name: "x", Status: InitiativePlanned, Horizon: HorizonLater}, ""},
		{"initiative horizon", &Initiative{ID: "init-a1", Name: "x", Status: InitiativePlanned, Horizon: "soon"}, "field horizon"},
		{"initiative color", &Initiative{ID: "init-a1", Name: "x", Status: InitiativePlanned, Color: "red"}, "field color: must be #rrggbb"},
		{"initiative value", &Initiative{ID: "init-a1", Name: "x", Status: InitiativePlanned, Value: 11}, "field value: must be between 1 and 10"},
		{"initiative unknown lane", &Initiative{ID: "init-a1", Name: "x", Status: InitiativePlanned, Lane: "lane-zz"}, "field lane: refers to unknown lane"},
		{"release end before start", &Release{ID: "rel-a1", Name: "R1", Start: MustDate("2026-05-01"), Date: MustDate("2026-04-01")}, "field date: 2026-04-01 is before start"},
		{"release task title", &Release{ID: "rel-a1", Name: "R1", Tasks: []LaunchTask{{Title: ""}}}, "field tasks[0].title: is required"},
		{"milestone date", &Milestone{ID: "ms-a1", Name: "Beta"}, "field date: is required"},
		{"goal kr name", &Goal{ID: "goal-a1", Title: "Grow", KeyResults: []Metric{{Target: 3}}}, "field keyResults[0].name: is required"},
		{"risk description", &Risk{ID: "risk-a1"}, "field description: is required"},
		{"risk likelihood", &Risk{ID: "risk-a1", Description: "x", Likelihood: "likely"}, `field likelihood: must be low, medium or high (or absent), got "likely"`},
		{"risk impact", &Risk{ID: "risk-a1", Description: "x", Likelihood: RiskLow, Impact: "HIGH"}, `field impact: must be low, medium or high`},
		{"risk rated", &Risk{ID: "risk-a1", Description: "x", Likelihood: RiskLow, Impact: RiskHigh}, ""},
		{"persona name", &Persona{ID: "persona-a1"}, "field name: is required"},
		{"competitor name", &Competitor{ID: "comp-a1"}, "field name: is required"},
		{"lane name", &Lane{ID: "lane-a1"}, "field name: is required"},
		{"unsafe ID", &Lane{ID: "../etc", Name: "x"}, "want 2–64 lowercase letters"},
		{"reserved ID", &Lane{ID: "con", Name: "x"}, "reserved by Windows"},
		// Issue 14: empty references, plan dates, one table of ranges, control characters.
		{"empty dependency", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: StatusNew, DependsOn: []string{""}}, "field dependsOn[0]: is an empty reference to item: remove it"},
		{"empty goal", &Initiative{ID: "init-a1", Name: "x", Status: InitiativePlanned, Goals: []string{" "}}, "field goals[0]: is an empty reference to goal"},
		{"year 226", &Initiative{ID: "init-a1", Name: "x", Status: InitiativePlanned, Start: MustDate("0226-05-01"), End: MustDate("2026-06-01")}, "field start: 0226-05-01 is outside the years 1900 to 2199"},
		{"year 2200", &Milestone{ID: "ms-a1", Name: "Beta", Date: MustDate("2200-01-01")}, "field date: 2200-01-01 is outside the years 1900 to 2199"},
		{"release year 1899", &Release{ID: "rel-a1", Name: "R1", Start: MustDate("1899-12-31")}, "field start: 1899-12-31 is outside"},
		{"task due year", &Release{ID: "rel-a1", Name: "R1", Tasks: []LaunchTask{{Title: "t", Due: MustDate("9999-01-01")}}}, "field tasks[0].due: 9999-01-01 is outside"},
		{"plan edges", &Initiative{ID: "init-a1", Name: "x", Status: InitiativePlanned, Start: MustDate("1900-01-01"), End: MustDate("2199-12-31")}, ""},
		{"rice reach too large", scored(Scores{RICE: &RICE{Reach: 2e9, Impact: 1, Confidence: 80, Effort: 1}}), "field scores.rice.reach: must be between 0 and 1000000000, got 2000000000"},
		{"rice reach at the top", scored(Scores{RICE: &RICE{Reach: 1e9, Impact: 3, Confidence: 100, Effort: 0.01}}), ""},
		{"rice effort tiny", scored(Scores{RICE: &RICE{Reach: 10, Impact: 1, Confidence: 80, Effort: 1e-300}}), "field scores.rice.effort: must be between 0.01 and 1000000"},
		{"escape in title", item("item-a1", "Pay\x1b]0;pwned\x07"), "field title: holds the control character U+001B at character 4"},
		{"newline in title", item("item-a1", "One\nTwo"), "field title: holds the control character U+000A"},
		{"newline and tab in description", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: StatusNew, Description: "a\n\tb"}, ""},
		{"bell in description", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: StatusNew, Description: "a\ab"}, "field description: holds the control character U+0007"},
		{"C1 in name", &Lane{ID: "lane-a1", Name: "x\u009bz"}, "field name: holds the control character U+009B"},
		{"newline in tag", &Item{ID: "item-a1", Title: "x", Type: TypeBug, Status: StatusNew, Tags: []string{"a\nb"}}, "field tags[0]: holds the control character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := newTestWS(t)
			err := ws.Do(Create(tt.e))
			if tt.want == "" {
				wantErr(t, err, "")
				return
			}
			if err == nil {
				t.Fatalf("created, want an error mentioning %q", tt.want)
			}
			if got := detailed(err); !contains(got, tt.want) {
				t.Fatalf("error %q does not mention %q", got, tt.want)
			}
			if n := ws.Count(tt.e.EntityKind()); n != 0 {
				t.Fatalf("refused create left %d entities", n)
			}
		})
	}
}

func scored(s Scores) *Item {
	it := item("item-a1", "scored")
	it.Scores = s
	return it
}

func contains(s, sub string) bool { return len(sub) == 0 || indexOf(s, sub) >= 0 }

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestProductRules(t *testing.T) {
	tests := []struct {
		name string
		f    func(p *Product)
		want string
	}{
		{"valid", func(p *Product) { p.ScoringModel = ModelWSJF }, ""},
		{"no name", func(p *Product) { p.Name = "" }, "product settings: field name: is required"},
		{"model", func(p *Product) { p.ScoringModel = "kano" }, "field scoringModel"},
		{"ice", func(p *Product) { p.ICE = "sum" }, "field ice"},
		{"fiscal", func(p *Product) { p.FiscalYearStart = 13 }, "field fiscalYearStart"},
		{"wip status", func(p *Product) { p.WIPLimits = map[Status]int{"doing": 3} }, `unknown status "doing"`},
		{"wip negative", func(p *Product) { p.WIPLimits = map[Status]int{StatusInProgress: -1} }, "field wipLimits.in-progress"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := newTestWS(t)
			err := ws.Do(EditProduct("edit", func(p *Product) error { tt.f(p); return nil }))
			wantErr(t, err, tt.want)
			if err != nil && ws.Product().Name != "Test product" {
				t.Fatalf("refused edit changed the product: %+v", ws.Product())
			}
		})
	}
}

func TestDependencyCycleRefusedAndNamed(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws, item("item-a", "A"), item("item-b", "B"), item("item-c", "C"))
	for _, c := range []Command{AddDependency("item-a", "item-b"), AddDependency("item-b", "item-c")} {
		if err := ws.Do(c); err != nil {
			t.Fatal(err)
		}
	}
	err := ws.Do(AddDependency("item-c", "item-a"))
	wantErr(t, err, "would make a dependency cycle: item-c → item-a → item-b → item-c")
	if it, _ := ws.Item("item-c"); len(it.DependsOn) != 0 {
		t.Fatalf("refused dependency kept: %v", it.DependsOn)
	}
}

func TestInitiativeCycleRefused(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws,
		&Initiative{ID: "init-a", Name: "A", Status: InitiativePlanned},
		&Initiative{ID: "init-b", Name: "B", Status: InitiativePlanned, DependsOn: []string{"init-a"}})
	err := ws.Do(Func{Desc: "link", Fn: func(tx *Tx) error {
		in, err := Edit[*Initiative](tx, KindInitiative, "init-a")
		if err != nil {
			return err
		}
		in.DependsOn = []string{"init-b"}
		return nil
	}})
	wantErr(t, err, "init-a → init-b → init-a")
}

func TestValidateFindsProblemsFromDisk(t *testing.T) {
	// A merge can bring a cycle and a dangling reference that no edit allows.
	a, b := item("item-a", "A"), item("item-b", "B")
	a.DependsOn = []string{"item-b"}
	b.DependsOn = []string{"item-a"}
	c := item("item-c", "C")
	c.Release = "rel-gone"
	ws, dups := Restore(&Product{Name: "P"}, nil, []Entity{a, b, c, item("item-a", "again")})
	if len(dups) != 1 {
		t.Fatalf("duplicates = %d, want 1", len(dups))
	}
	got := Validate(ws)
	want := []struct{ said, detail, fix string }{
		{`C: the release refers to unknown release "rel-gone"`,
			`item item-c (C): field release: refers to unknown release "rel-gone"`, "release"},
		{"A is in a dependency cycle: A → B → A; remove one of these dependencies",
			"item item-a (A): field dependsOn: dependency cycle: item-a → item-b → item-a", "dependsOn"},
	}
	if len(got) != len(want) {
		t.Fatalf("Validate = %v, want %v", got, want)
	}
	for i, w := range want {
		if got[i].Error() != w.said || got[i].Detail() != w.detail || got[i].Fix() != w.fix {
			t.Errorf("problem %d = %q, %q, fix %q; want %q, %q, fix %q", i, got[i], got[i].Detail(), got[i].Fix(), w.said, w.detail, w.fix)
		}
	}
}

func TestLargeEditCycleCheck(t *testing.T) {
	// Many items linked in one command go through the one-pass check.
	ws := newTestWS(t)
	var es []Entity
	for i := range 40 {
		it := item(fmt.Sprintf("item-%02d", i), "x")
		if i > 0 {
			it.DependsOn = []string{fmt.Sprintf("item-%02d", i-1)}
		}
		es = append(es, it)
	}
	put(t, ws, es...)
	err := ws.Do(Func{Desc: "relink", Fn: func(tx *Tx) error {
		for i := range 40 {
			it, err := Edit[*Item](tx, KindItem, fmt.Sprintf("item-%02d", i))
			if err != nil {
				return err
			}
			it.DependsOn = []string{fmt.Sprintf("item-%02d", (i+39)%40)}
		}
		return nil
	}})
	wantErr(t, err, "would make a dependency cycle: item-00 → item-39 → item-38")
	if got, _ := ws.Item("item-00"); len(got.DependsOn) != 0 {
		t.Fatal("refused edit kept")
	}
}

func TestRiskExposure(t *testing.T) {
	for _, tc := range []struct {
		l, i  RiskLevel
		want  int
		title string
	}{
		{RiskUnrated, RiskUnrated, 0, ""},
		{RiskHigh, RiskUnrated, 0, ""},
		{RiskLow, RiskLow, 1, "Low"},
		{RiskLow, RiskMedium, 2, "Low"},
		{RiskLow, RiskHigh, 3, "Medium"},
		{RiskMedium, RiskMedium, 4, "Medium"},
		{RiskMedium, RiskHigh, 6, "High"},
		{RiskHigh, RiskHigh, 9, "High"},
		{"bogus", RiskHigh, 0, ""},
	} {
		r := &Risk{Likelihood: tc.l, Impact: tc.i}
		if got := r.Exposure(); got != tc.want {
			t.Errorf("Exposure(%q, %q) = %d, want %d", tc.l, tc.i, got, tc.want)
		}
		if got := r.ExposureTitle(); got != tc.title {
			t.Errorf("ExposureTitle(%q, %q) = %q, want %q", tc.l, tc.i, got, tc.title)
		}
	}
}
