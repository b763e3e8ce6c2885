package board

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
)

func TestCardShowsChosenFieldsAndFormulaScore(t *testing.T) {
	test.NewTempApp(t)
	ws := boardWorkspace(t)
	for _, d := range []app.FieldDecl{
		{Key: "segment", Name: "Segment", Type: app.FieldSelect, Options: []string{"SMB", "Enterprise"}, On: []app.FieldTarget{app.FieldOnItem}},
		{Key: "arr", Name: "ARR", Type: app.FieldNumber, Unit: "$", On: []app.FieldTarget{app.FieldOnItem}},
		{Key: "note", Name: "Note", Type: app.FieldText, On: []app.FieldTarget{app.FieldOnItem}},
	} {
		if err := ws.Do(app.AddField(d)); err != nil {
			t.Fatal(err)
		}
	}
	r1 := app.Key{Kind: app.KindItem, ID: "r1"}
	for key, v := range map[string]any{"segment": "Enterprise", "arr": 120000.0, "note": "not on cards"} {
		if err := ws.Do(app.SetFieldValue(r1, key, v)); err != nil {
			t.Fatal(err)
		}
	}
	f := newFixture(t, ws)
	if err := ws.Do(app.SetCardFields([]string{"arr", "segment"})); err != nil {
		t.Fatal(err)
	}
	err := ws.Do(app.EditProduct("formula", func(p *app.Product) error {
		p.ScoringModel, p.Formula = app.ModelFormula, "fields.arr / 1000"
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	cards := map[string]*card{}
	for _, c := range f.cards() {
		cards[c.id] = c
	}
	if got := cards["r1"].tags; !strings.HasPrefix(got, "ARR: $120000  ·  Segment: Enterprise") || strings.Contains(got, "not on cards") || !strings.Contains(got, "#ui") {
		t.Fatalf("r1's fields line = %q", got)
	}
	if got := cards["r1"].meta; !strings.Contains(got, "Formula 120") {
		t.Fatalf("r1's meta = %q, want the formula's score", got)
	}
	if got := cards["r2"]; strings.Contains(got.tags, "ARR") || !strings.Contains(got.meta, "Formula —") {
		t.Fatalf("r2 without values: tags %q, meta %q", got.tags, got.meta)
	}
}
