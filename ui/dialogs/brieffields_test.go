package dialogs

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

// TestBriefDialogFields: the brief dialog offers the item fields, the
// cards' ticked at first; a fourth cannot be ticked while three are; the
// options carry the keys ticked. A product without item fields is offered
// none and the brief shows the cards' fields (nil).
func TestBriefDialogFields(t *testing.T) {
	test.NewTempApp(t)
	p := &app.Product{Name: "P", CardFields: []string{"arr"}, Fields: []app.FieldDecl{
		{Key: "segment", Name: "Segment", Type: app.FieldText, On: []app.FieldTarget{app.FieldOnItem}},
		{Key: "arr", Name: "ARR", Type: app.FieldNumber, On: []app.FieldTarget{app.FieldOnItem}},
		{Key: "budget", Name: "Budget", Type: app.FieldNumber, On: []app.FieldTarget{app.FieldOnInitiative}},
		{Key: "region", Name: "Region", Type: app.FieldText, On: []app.FieldTarget{app.FieldOnItem}},
		{Key: "tier", Name: "Tier", Type: app.FieldText, On: []app.FieldTarget{app.FieldOnItem}},
	}}
	b := newBriefDialog(nil)
	b.offerFields(p)
	if !uitest.HasText(b.content, "Fields in the backlog excerpt") || uitest.HasText(b.content, "Budget") {
		t.Fatalf("offered: %q", uitest.Texts(b.content))
	}
	check := func(name string) bool {
		for i, k := range b.fields.keys {
			if k == name {
				return b.fields.checks[i].Checked
			}
		}
		t.Fatalf("no box for %s", name)
		return false
	}
	box := func(key string) int { return slices.Index(b.fields.keys, key) }
	if !check("arr") || check("segment") {
		t.Fatalf("at first: %v", b.fields.chosen())
	}
	b.fields.checks[box("segment")].SetChecked(true)
	b.fields.checks[box("region")].SetChecked(true)
	if !b.fields.checks[box("tier")].Disabled() {
		t.Error("a fourth field can be ticked")
	}
	opt, err := b.options()
	if err != nil || !slices.Equal(opt.Fields, []string{"segment", "arr", "region"}) {
		t.Fatalf("options: %v, %v", opt.Fields, err)
	}
	b.fields.checks[box("arr")].SetChecked(false)
	if b.fields.checks[box("tier")].Disabled() {
		t.Error("with two ticked, the others stay disabled")
	}

	none := newBriefDialog(nil)
	none.offerFields(&app.Product{Name: "Q"})
	if opt, err := none.options(); err != nil || opt.Fields != nil || uitest.HasText(none.content, "Fields in the backlog excerpt") {
		t.Errorf("no item fields: %v, %v, %q", opt.Fields, err, uitest.Texts(none.content))
	}
}
