package app

import (
	"testing"
)

// TestFastPathAgreesWithTheVM scores items of every shape (inputs present,
// absent, of the wrong type) with formulas of every supported form, on the
// fast path and on expr's virtual machine: the answers must be the same.
func TestFastPathAgreesWithTheVM(t *testing.T) {
	decls := []FieldDecl{
		{Key: "segment", Name: "Segment", Type: FieldSelect, Options: []string{"SMB", "Enterprise"}, On: []FieldTarget{FieldOnItem}},
		{Key: "arr", Name: "ARR", Type: FieldNumber, On: []FieldTarget{FieldOnItem}},
		{Key: "committed", Name: "Committed", Type: FieldCheckbox, On: []FieldTarget{FieldOnItem}},
		{Key: "areas", Name: "Areas", Type: FieldMultiselect, Options: []string{"api"}, On: []FieldTarget{FieldOnItem}},
	}
	formulas := []struct {
		src  string
		fast bool // compiled to closures
	}{
		{`fields.arr / 1000 + ((fields.segment ?? "") == "Enterprise" ? 100 : 0)`, true},
		{`fields.arr / 1000 + (fields.segment == "Enterprise" ? 100 : 0)`, true},
		{`rice.reach * rice.impact * rice.confidence / 100 / rice.effort`, true},
		{`(wsjf.businessValue + wsjf.timeCriticality + wsjf.riskReduction) / wsjf.jobSize`, true},
		{`ice.impact * ice.confidence * ice.ease - valueEffort.value / valueEffort.effort`, true},
		{`estimate > 0 && (fields.committed ?? false) ? 2 ** estimate : -estimate`, true},
		{`not (fields.committed ?? true) || fields.arr >= 10 ? abs(-estimate) + round(1.5) + floor(fields.arr ?? 2.5) + ceil(0.2) : 0`, true},
		{`fields.segment < "M" ? 1 : fields.segment + "x" != "SMBx" ? 2 : 3`, true},
		{`fields.arr == 5 ? 1 : 0`, true},
		{`(fields.arr ?? rice.reach ?? 7) / estimate`, true},
		{`"api" in fields.areas ? 1 : 0`, false},
		{`max(fields.arr, estimate)`, false},
		{`len(fields.areas)`, false},
	}
	items := []*Item{
		item("item-a", "empty"),
		withFields(withRICE(item("item-b", "full"), 30), "segment", "Enterprise", "arr", 12000.0, "committed", true, "areas", []string{"api"}),
		withFields(item("item-c", "SMB"), "segment", "SMB", "arr", 5.0, "committed", false),
		withFields(item("item-d", "wrong types"), "segment", 3.0, "arr", "lots", "committed", "yes", "areas", "api"),
	}
	items[1].Estimate = 3
	items[2].Estimate = 0
	items[2].Scores = Scores{WSJF: &WSJF{BusinessValue: 8, TimeCriticality: 5, RiskReduction: 2, JobSize: 3},
		ICE: &ICE{Impact: 2, Confidence: 3, Ease: 4}, ValueEffort: &ValueEffort{Value: 6, Effort: 2}}
	fastOnes := 0
	for _, f := range formulas {
		compiled, err := CompileFormula(f.src, decls)
		if err != nil {
			t.Fatalf("%s: %v", f.src, err)
		}
		if (compiled.fast != nil) != f.fast {
			t.Fatalf("%s: fast path %v, want %v", f.src, compiled.fast != nil, f.fast)
		}
		sc := compiled.Scorer()
		for _, it := range items {
			gotV, gotOK := sc.Score(it)
			wantV, wantOK := sc.run(it)
			if gotV != wantV || gotOK != wantOK {
				t.Errorf("%s on %s: fast %v %v, VM %v %v", f.src, it.Title, gotV, gotOK, wantV, wantOK)
			}
			if compiled.fast != nil {
				if _, st := compiled.fast(it); st == fOK {
					fastOnes++
				}
			}
		}
	}
	if fastOnes < 15 {
		t.Fatalf("only %d scores were decided on the fast path", fastOnes)
	}
}
