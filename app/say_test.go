package app

import (
	"errors"
	"strings"
	"testing"
)

func TestRefusalsAreSaidWithTitles(t *testing.T) {
	long := item("item-m6a0hyse", "Live map shows the technician's van to the dispatcher")
	tests := []struct {
		name      string
		start     []Entity
		cmd       Command
		said, fix string
	}{
		{"ready needs an estimate", []Entity{func() Entity { it := item("item-x", "Export PDF"); it.Criteria = []Criterion{{Text: "ok"}}; return it }()},
			Move("item-x", StatusReady, ""), "Export PDF can't move to Ready yet: give it an estimate", "estimate"},
		{"a long title is cut", []Entity{func() Entity { it := *long; it.Criteria = []Criterion{{Text: "ok"}}; return &it }()},
			Move("item-m6a0hyse", StatusReady, ""), "Live map shows the technician's van to… can't move to Ready yet: give it an estimate", "estimate"},
		{"ready needs criteria", []Entity{item("item-x", "Export PDF")},
			Move("item-x", StatusReady, ""), "Export PDF can't move to Ready yet: give it an acceptance criterion and an estimate", "criteria"},
		{"a field rule", nil,
			Create(&Item{ID: "item-y", Title: "Sync", Type: TypeBug, Status: StatusNew, Estimate: -1}), "Sync: the estimate must be", "estimate"},
		{"a criterion's text", nil,
			Create(&Item{ID: "item-y", Title: "Sync", Type: TypeBug, Status: StatusNew, Criteria: []Criterion{{Text: "a"}, {Text: " "}}}), "Sync: acceptance criterion 2's text is required", "criteria[1].text"},
		{"no title: the ID", nil,
			Create(&Item{ID: "item-y", Title: " ", Type: TypeBug, Status: StatusNew}), "The item item-y: the title is required", "title"},
		{"a cycle by titles", []Entity{item("item-a", "Login"), func() Entity { it := item("item-b", "Profile"); it.DependsOn = []string{"item-a"}; return it }()},
			AddDependency("item-a", "item-b"), "Login can't depend on that: it would make a dependency cycle, Login → Profile → Login", "dependsOn"},
		{"a deletion still referred to", []Entity{item("item-a", "Login"), func() Entity { it := item("item-b", "Profile"); it.DependsOn = []string{"item-a"}; return it }()},
			Func{Desc: "drop", Fn: func(tx *Tx) error { return tx.Delete(Key{Kind: KindItem, ID: "item-a"}) }},
			"Profile still refers to the item “Login”, which is being deleted: change the dependencies first", "dependsOn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := newTestWS(t)
			put(t, ws, tt.start...)
			err := ws.Do(tt.cmd)
			var re *RuleError
			if !errors.As(err, &re) {
				t.Fatalf("got %v, want a *RuleError", err)
			}
			if got := re.Sentence(); !strings.HasPrefix(got, tt.said) {
				t.Errorf("said %q, want %q", got, tt.said)
			}
			if re.Fix() != tt.fix {
				t.Errorf("fix %q, want %q", re.Fix(), tt.fix)
			}
			if msg := err.Error(); strings.Contains(msg, "field ") || strings.Contains(msg, "item-a") || strings.Contains(msg, "item-x") {
				t.Errorf("the message %q shows a field name or an ID", msg)
			}
		})
	}
}

func TestFieldWords(t *testing.T) {
	for field, want := range map[string]string{
		"estimate":              "the estimate",
		"dependsOn":             "the dependencies",
		"criteria[2].text":      "acceptance criterion 3's text",
		"keyResults[0].target":  "key result 1's target",
		"tags[1]":               "tag 2",
		"scores.rice.reach":     "the RICE reach",
		"launchNotes":           "the launch notes",
		"ice":                   "the ICE formula",
		"wipLimits.in-progress": "the WIP limit of In progress",
		"":                      "",
	} {
		if got := FieldWords(field); got != want {
			t.Errorf("FieldWords(%q) = %q, want %q", field, got, want)
		}
	}
}

func TestShorten(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"Short", 40, "Short"},
		{"Live map shows the technician's van to the dispatcher", 30, "Live map shows the technician…"},
		{"First line\nsecond", 40, "First line…"},
		{"Übergrößenträger", 5, "Überg…"},
	} {
		if got := Shorten(tt.in, tt.n); got != tt.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
