package sample_test

import (
	"testing"

	"canopy/app"
	"canopy/app/sample"
)

func TestSampleHasFieldsAndAFormula(t *testing.T) {
	ws, err := sample.Build(sample.Anchor, sample.AnchorClock)
	if err != nil {
		t.Fatal(err)
	}
	p := ws.Product()
	want := map[string]app.FieldType{"Segment": app.FieldSelect, "ARR": app.FieldNumber, "Customer commitment": app.FieldCheckbox}
	if len(p.Fields) != len(want) {
		t.Fatalf("fields = %v", p.Fields)
	}
	for name, typ := range want {
		if d, ok := p.FieldByName(name); !ok || d.Type != typ {
			t.Errorf("field %s: %v %v", name, d, ok)
		}
	}
	withValues := 0
	for _, it := range ws.Items() {
		if it.Fields != nil {
			withValues++
		}
	}
	if withValues < 10 {
		t.Fatalf("%d items have field values", withValues)
	}
	if ps := app.Validate(ws); len(ps) != 0 {
		t.Fatalf("problems: %v", ps)
	}
	prev, err := app.PreviewFormula(ws, p.Formula, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(prev.Top) < 3 || prev.Unscored == 0 {
		t.Fatalf("preview of the sample formula: %+v", prev)
	}
	// The enterprise ask with a commitment and the most ARR ranks first.
	if top := prev.Top[0]; top.Item.Fields["segment"] != "Enterprise" || top.Score != 450+100+50 {
		t.Fatalf("top = %s %v %v", top.Item.Title, top.Item.Fields, top.Score)
	}
}
