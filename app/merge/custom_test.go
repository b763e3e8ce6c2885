package merge

import (
	"testing"

	"canopy/app"
)

// TestMergeCustomFields merges the schema-2 keys: custom field values on
// items and initiatives (a map by key) and the declarations, card fields
// and formula of the product settings.
func TestMergeCustomFields(t *testing.T) {
	item := func() *app.Item {
		it := baseItem()
		it.Fields = map[string]any{"segment": "SMB", "arr": 1000.0, "areas": []string{"api"}}
		return it
	}
	runCases(t, item, []mergeCase[*app.Item]{
		{name: "two different fields set on two sides",
			ours:   func(it *app.Item) { it.Fields["segment"] = "Enterprise" },
			theirs: func(it *app.Item) { it.Fields["arr"] = 2500.0 },
			want:   func(it *app.Item) { it.Fields["segment"] = "Enterprise"; it.Fields["arr"] = 2500.0 }},
		{name: "a value added, another removed",
			ours:   func(it *app.Item) { it.Fields["committed"] = true },
			theirs: func(it *app.Item) { delete(it.Fields, "arr") },
			want:   func(it *app.Item) { it.Fields["committed"] = true; delete(it.Fields, "arr") }},
		{name: "the first values of an item without any",
			ours:   func(it *app.Item) { it.Title = "Export it" },
			theirs: func(it *app.Item) { it.Fields["arr"] = 9.0 },
			want:   func(it *app.Item) { it.Title = "Export it"; it.Fields["arr"] = 9.0 }},
		{name: "one field given two values",
			ours:      func(it *app.Item) { it.Fields["arr"] = 1.0 },
			theirs:    func(it *app.Item) { it.Fields["arr"] = 2.0 },
			conflicts: []string{"fields.arr"}},
	})
	initiative := func() *app.Initiative {
		return &app.Initiative{ID: "init-00000001", Name: "Grow", Status: app.InitiativePlanned, Fields: map[string]any{"segment": "SMB"}}
	}
	runCases(t, initiative, []mergeCase[*app.Initiative]{
		{name: "a field and the name",
			ours:   func(in *app.Initiative) { in.Name = "Grow more" },
			theirs: func(in *app.Initiative) { in.Fields["arr"] = 5.0 },
			want:   func(in *app.Initiative) { in.Name = "Grow more"; in.Fields["arr"] = 5.0 }},
	})
	on := []app.FieldTarget{app.FieldOnItem}
	product := func() *app.Product {
		return &app.Product{Name: "Canopy", ScoringModel: app.ModelRICE, ICE: app.ICEProduct, FiscalYearStart: 1,
			Fields: []app.FieldDecl{{Key: "segment", Name: "Segment", Type: app.FieldSelect, Options: []string{"SMB"}, On: on}}}
	}
	runCases(t, product, []mergeCase[*app.Product]{
		{name: "a field declared on each side",
			ours: func(p *app.Product) {
				p.Fields = append(p.Fields, app.FieldDecl{Key: "arr", Name: "ARR", Type: app.FieldNumber, On: on})
			},
			theirs: func(p *app.Product) {
				p.Fields = append(p.Fields, app.FieldDecl{Key: "due", Name: "Due", Type: app.FieldDate, On: on})
			},
			want: func(p *app.Product) {
				p.Fields = append(p.Fields, app.FieldDecl{Key: "arr", Name: "ARR", Type: app.FieldNumber, On: on},
					app.FieldDecl{Key: "due", Name: "Due", Type: app.FieldDate, On: on})
			}},
		{name: "a field renamed, an option added, the formula written",
			ours: func(p *app.Product) { p.Fields[0].Name = "Market"; p.Formula = "estimate" },
			theirs: func(p *app.Product) {
				p.Fields[0].Options = append(p.Fields[0].Options, "Enterprise")
				p.CardFields = []string{"segment"}
			},
			want: func(p *app.Product) {
				p.Fields[0].Name = "Market"
				p.Formula = "estimate"
				p.Fields[0].Options = append(p.Fields[0].Options, "Enterprise")
				p.CardFields = []string{"segment"}
			}},
		{name: "the formula given two values",
			ours:      func(p *app.Product) { p.Formula = "estimate" },
			theirs:    func(p *app.Product) { p.Formula = "estimate * 2" },
			conflicts: []string{"product.formula"}},
	})
}
