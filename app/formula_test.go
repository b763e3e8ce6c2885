package app

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestCompileFormulaErrors(t *testing.T) {
	decls := []FieldDecl{
		{Key: "segment", Name: "Segment", Type: FieldSelect, Options: []string{"SMB"}, On: []FieldTarget{FieldOnItem}},
		{Key: "arr", Name: "ARR", Type: FieldNumber, On: []FieldTarget{FieldOnItem}},
		{Key: "region", Name: "Region", Type: FieldText, On: []FieldTarget{FieldOnInitiative}},
	}
	tests := []struct {
		src  string
		want string // "" compiles
	}{
		{`fields.arr / 1000 + (fields.segment == "Enterprise" ? 100 : 0)`, ""},
		{`rice.reach * rice.impact * rice.confidence / 100 / rice.effort`, ""},
		{`(wsjf.businessValue + wsjf.timeCriticality) / wsjf.jobSize + ice.ease + valueEffort.value + estimate`, ""},
		{`max(fields.arr, 1) + abs(-2)`, ""},
		{`fields.nosuch + 1`, "line 1, column"},
		{`fields.segment * 2`, "line 1, column"},
		{`fields.region`, "line 1, column"}, // declared on initiatives only
		{`rice.reach +`, "line 1, column 12: unexpected token EOF"},
		{`fields.segment`, "expected float64"},
		{`reach`, "unknown name reach"},
		{`now()`, "line 1, column"},
		{``, "is empty"},
		{strings.Repeat("1+", 1500) + "1", "longer than"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			_, err := CompileFormula(tt.src, decls)
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, ErrFormula) {
				t.Fatalf("error %v, want one mentioning %q", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "formula ") {
				t.Fatalf("error does not name the formula: %v", err)
			}
		})
	}
}

func TestFormulaScore(t *testing.T) {
	decls := []FieldDecl{
		{Key: "segment", Name: "Segment", Type: FieldSelect, Options: []string{"SMB", "Enterprise"}, On: []FieldTarget{FieldOnItem}},
		{Key: "arr", Name: "ARR", Type: FieldNumber, On: []FieldTarget{FieldOnItem}},
		{Key: "committed", Name: "Committed", Type: FieldCheckbox, On: []FieldTarget{FieldOnItem}},
	}
	tests := []struct {
		name   string
		src    string
		it     *Item
		want   float64
		scored bool
	}{
		{"issue example", `fields.arr / 1000 + (fields.segment == "Enterprise" ? 100 : 0)`,
			withFields(item("item-a", "A"), "arr", 120000.0, "segment", "Enterprise"), 220, true},
		{"missing field", `fields.arr / 1000`, item("item-a", "A"), 0, false},
		{"missing field compared", `fields.segment == "SMB" ? 1 : 0`, item("item-a", "A"), 0, false},
		{"missing field defaulted", `(fields.segment ?? "SMB") == "SMB" ? 1 : 0`, item("item-a", "A"), 1, true},
		{"missing model inputs", `rice.reach * 2`, item("item-a", "A"), 0, false},
		{"rice by json names", `rice.reach * rice.impact * rice.confidence / 100 / rice.effort`, withRICE(item("item-a", "A"), 50), 5, true},
		{"division by zero", `fields.arr / estimate`, withFields(item("item-a", "A"), "arr", 1.0), 0, false},
		{"zero by zero", `estimate / estimate`, item("item-a", "A"), 0, false},
		{"bounded memory", `len(1..100000000)`, item("item-a", "A"), 0, false},
		{"small range", `len(1..1000)`, item("item-a", "A"), 1000, true},
		{"checkbox", `fields.committed ? 10 : 1`, withFields(item("item-a", "A"), "committed", true), 10, true},
		{"wrong type in a hand-edited file", `fields.arr + 1`, withFields(item("item-a", "A"), "arr", "lots"), 0, false},
		{"wsjf as numbers", `(wsjf.businessValue + wsjf.timeCriticality + wsjf.riskReduction) / wsjf.jobSize`,
			func() *Item {
				it := item("item-a", "A")
				it.Scores.WSJF = &WSJF{BusinessValue: 8, TimeCriticality: 5, RiskReduction: 2, JobSize: 3}
				return it
			}(), 5, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := CompileFormula(tt.src, decls)
			if err != nil {
				t.Fatal(err)
			}
			got, ok := f.Scorer().Score(tt.it)
			if ok != tt.scored || got != tt.want || math.IsNaN(got) {
				t.Fatalf("score = %v, %v; want %v, %v", got, ok, tt.want, tt.scored)
			}
		})
	}
}

func TestFormulaModelRanksWhatNext(t *testing.T) {
	ws := fieldsWS(t)
	put(t, ws, withFields(item("item-a", "A"), "arr", 10.0), withFields(item("item-b", "B"), "arr", 30.0, "segment", "Enterprise"),
		item("item-c", "C"), withFields(groomed("item-d", "D"), "arr", 20.0))
	// An optional input reads with ?? so that its absence does not leave
	// the item unscored; fields.arr is required.
	if err := ws.Do(SetFormula(`fields.arr + ((fields.segment ?? "") == "Enterprise" ? 100 : 0)`)); err != nil {
		t.Fatal(err)
	}
	if err := ws.Do(EditProduct("Model", func(p *Product) error { p.ScoringModel = ModelFormula; return nil })); err != nil {
		t.Fatal(err)
	}
	next, err := Next(ws, ModelFormula)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range next {
		got = append(got, e.Item.ID)
	}
	if strings.Join(got, " ") != "item-b item-d item-a item-c" || next[3].Scored {
		t.Fatalf("next = %v", got)
	}
	b, _ := ws.Item("item-b")
	if s, ok := ws.ItemScore(b); !ok || s != 130 {
		t.Fatalf("ItemScore = %v, %v", s, ok)
	}
	p, err := PreviewFormula(ws, "fields.arr * -1", nil)
	if err != nil {
		t.Fatal(err)
	}
	if p.Open != 4 || p.Unscored != 1 || len(p.Top) != 3 || p.Top[0].Item.ID != "item-a" {
		t.Fatalf("preview = %+v", p)
	}
	if _, err := PreviewFormula(ws, "fields.nosuch", nil); !errors.Is(err, ErrFormula) {
		t.Fatalf("preview of a bad formula = %v", err)
	}
}

func TestFormulaSettingRules(t *testing.T) {
	ws := fieldsWS(t)
	wantErr(t, ws.Do(EditProduct("Model", func(p *Product) error { p.ScoringModel = ModelFormula; return nil })), "field formula: is required when the scoring model is formula")
	err := ws.Do(SetFormula("fields.segment * 2"))
	if !errors.Is(err, ErrFormula) {
		t.Fatalf("SetFormula of a type error = %v", err)
	}
	err = ws.Do(EditProduct("Formula", func(p *Product) error { p.Formula = "fields.nosuch"; return nil }))
	wantErr(t, err, `product settings: field formula: formula "fields.nosuch": line 1, column`)
}
