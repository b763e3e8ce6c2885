package edit

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/internal/uitest"
)

// declareFields declares one field of each kind the editor shows.
func declareFields(t *testing.T, ws *app.Workspace) {
	t.Helper()
	item := []app.FieldTarget{app.FieldOnItem}
	for _, d := range []app.FieldDecl{
		{Key: "segment", Name: "Segment", Type: app.FieldSelect, Options: []string{"SMB", "Enterprise"}, On: []app.FieldTarget{app.FieldOnItem, app.FieldOnInitiative}},
		{Key: "arr", Name: "ARR", Type: app.FieldNumber, Unit: "$", On: item},
		{Key: "commitment", Name: "Customer commitment", Type: app.FieldCheckbox, On: item},
		{Key: "launch", Name: "Launch", Type: app.FieldDate, On: item},
		{Key: "regions", Name: "Regions", Type: app.FieldMultiselect, Options: []string{"EU", "US"}, On: item},
	} {
		if err := ws.Do(app.AddField(d)); err != nil {
			t.Fatal(err)
		}
	}
}

// fieldControl returns the control of the custom field named name.
func fieldControl[T any](t *testing.T, c *customFields, name string) T {
	t.Helper()
	for i, n := range c.names {
		if n == name {
			w := c.form.Objects[2*i+1]
			var found T
			var ok bool
			uitest.Visit(w, func(o fyne.CanvasObject) bool {
				if !ok {
					found, ok = o.(T)
				}
				return !ok
			})
			if ok {
				return found
			}
		}
	}
	t.Fatalf("no control %T for field %s", *new(T), name)
	panic("unreachable")
}

func TestItemEditorCustomFields(t *testing.T) {
	f := newItemFixture(t, "item-a")
	if !uitest.HasText(f.ed.Object(), "No custom fields") {
		t.Fatal("no hint without fields")
	}
	declareFields(t, f.ws)
	f.ed.Refresh()
	c := f.ed.fields
	if len(c.names) != 5 {
		t.Fatalf("%d controls, want 5", len(c.names))
	}
	fieldControl[*widget.Select](t, c, "Segment").SetSelected("Enterprise")
	f.typeInto(fieldControl[*form.Entry](t, c, "ARR"), "$120000")
	fieldControl[*widget.Check](t, c, "Customer commitment").SetChecked(true)
	f.typeInto(fieldControl[*form.Entry](t, c, "Launch"), "2027-02-01")
	fieldControl[*widget.CheckGroup](t, c, "Regions").SetSelected([]string{"US", "EU"})
	got := f.item("item-a").Fields
	if got["segment"] != "Enterprise" || got["arr"] != 120000.0 || got["commitment"] != true || got["launch"] != "2027-02-01" ||
		!slices.Equal(got["regions"].([]string), []string{"EU", "US"}) {
		t.Fatalf("fields = %#v", got)
	}
	// Bad text is refused by the field's name and the entry shows the value again.
	arr := fieldControl[*form.Entry](t, c, "ARR")
	f.typeInto(arr, "lots")
	if len(f.Errs) == 0 || !strings.Contains(f.Errs[len(f.Errs)-1].Error(), "ARR") || arr.Text != "120000" {
		t.Fatalf("bad number: errors %v, entry %q", f.Errs, arr.Text)
	}
	f.typeInto(fieldControl[*form.Entry](t, c, "Launch"), "soon")
	if f.item("item-a").Fields["launch"] != "2027-02-01" {
		t.Fatalf("bad date saved: %v", f.item("item-a").Fields["launch"])
	}
	// Emptying, unticking and choosing "—" clear the values.
	f.typeInto(arr, "")
	fieldControl[*widget.Check](t, c, "Customer commitment").SetChecked(false)
	fieldControl[*widget.Select](t, c, "Segment").SetSelected(none)
	got = f.item("item-a").Fields
	if _, has := got["arr"]; has || got["commitment"] != nil || got["segment"] != nil {
		t.Fatalf("after clearing: %#v", got)
	}
}

func TestItemScoresFollowTheFormula(t *testing.T) {
	f := newItemFixture(t, "item-a")
	declareFields(t, f.ws)
	err := f.ws.Do(app.EditProduct("formula", func(p *app.Product) error {
		p.ScoringModel, p.Formula = app.ModelFormula, "fields.arr / 1000"
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	f.ed.Refresh()
	if !uitest.HasText(f.ed.Object(), "Formula score: unscored") {
		t.Fatalf("score before a value: %q", f.ed.scores.score.Text)
	}
	f.typeInto(fieldControl[*form.Entry](t, f.ed.fields, "ARR"), "5000")
	if f.ed.scores.score.Text != "Formula score: 5" {
		t.Fatalf("score = %q, want the formula's 5", f.ed.scores.score.Text)
	}
}

func TestInitiativeEditorCustomFields(t *testing.T) {
	test.NewTempApp(t)
	ws := newWorkspace(t)
	declareFields(t, ws) // only Segment is on initiatives
	f := newFixtureOn(t, ws, openInitiative("init-a"))
	found := false
	uitest.Visit(f.ed.Object(), func(o fyne.CanvasObject) bool {
		if s, ok := o.(*widget.Select); ok && slices.Equal(s.Options, []string{none, "SMB", "Enterprise"}) {
			s.SetSelected("SMB")
			found = true
		}
		return !found
	})
	if !found {
		t.Fatal("no Segment select in the initiative editor")
	}
	in, _ := ws.Initiative("init-a")
	if in.Fields["segment"] != "SMB" || len(in.Fields) != 1 {
		t.Fatalf("initiative fields = %v", in.Fields)
	}
	if uitest.HasText(f.ed.Object(), "ARR") {
		t.Fatal("an item-only field shows on the initiative")
	}
}
