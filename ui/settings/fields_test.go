package settings

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

// fieldsFixture shows Settings ▸ Fields of the seeded workspace.
func fieldsFixture(t *testing.T) (*uitest.Context, *fieldsTab, *app.Workspace) {
	t.Helper()
	test.NewTempApp(t)
	ws := uitest.SeedWorkspace(t)
	c := uitest.NewContext(t, ws)
	c.ShowErrors = true
	tab := newFieldsTab(c.Env)
	c.Show(tab.obj, 1100, 700)
	return c, tab, ws
}

// addField adds a field through the tab's add row.
func addField(t *testing.T, tab *fieldsTab, name string, ft app.FieldType) {
	t.Helper()
	tab.addName.SetText(name)
	tab.addType.SetSelected(string(ft))
	test.Tap(tab.addButton)
}

func TestFieldsTabAddsRenamesAndOrders(t *testing.T) {
	c, tab, ws := fieldsFixture(t)
	if !tab.empty.Visible() {
		t.Fatal("no hint while there are no fields")
	}
	addField(t, tab, "Segment", app.FieldSelect)
	addField(t, tab, "ARR", app.FieldNumber)
	p := ws.Product()
	if len(p.Fields) != 2 || p.Fields[0].Key != "segment" || p.Fields[1].Key != "arr" || p.Fields[1].Type != app.FieldNumber {
		t.Fatalf("fields = %+v", p.Fields)
	}
	if !slices.Equal(p.Fields[0].On, []app.FieldTarget{app.FieldOnItem}) {
		t.Fatalf("segment on %v, want items", p.Fields[0].On)
	}
	// The new field is chosen: ARR. Rename it and move it up.
	if tab.sel != "arr" || !tab.detail.Visible() {
		t.Fatalf("chosen %q after adding", tab.sel)
	}
	uitest.Commit(t, c.Win, tab.name, "Annual revenue")
	test.Tap(tab.up)
	p = ws.Product()
	if p.Fields[0].Key != "arr" || p.Fields[0].Name != "Annual revenue" {
		t.Fatalf("after rename and move: %+v", p.Fields)
	}
	// A number has a unit and no options.
	if tab.options.Visible() || !tab.unit.Visible() {
		t.Fatalf("number field: options shown %v, unit shown %v", tab.options.Visible(), tab.unit.Visible())
	}
	uitest.Commit(t, c.Win, tab.unit, "$")
	if u := ws.Product().Fields[0].Unit; u != "$" {
		t.Fatalf("unit = %q", u)
	}
	if !uitest.HasText(tab.obj, "Annual revenue · number ($)") {
		t.Fatalf("list shows %q", uitest.Texts(tab.obj))
	}
	// A second field of the same name is refused by name.
	addField(t, tab, "Segment", app.FieldText)
	if len(ws.Product().Fields) != 2 || len(c.Errs) == 0 || !strings.Contains(c.Errs[len(c.Errs)-1].Error(), "Segment") {
		t.Fatalf("duplicate name: fields %d, errors %v", len(ws.Product().Fields), c.Errs)
	}
}

func TestFieldsTabOptionsInUseAskFirst(t *testing.T) {
	c, tab, ws := fieldsFixture(t)
	addField(t, tab, "Segment", app.FieldSelect)
	uitest.Commit(t, c.Win, tab.options, "SMB\nEnterprise")
	if got := ws.Product().Fields[0].Options; !slices.Equal(got, []string{"SMB", "Enterprise"}) {
		t.Fatalf("options = %v", got)
	}
	item := app.Key{Kind: app.KindItem, ID: "item-a"}
	if err := ws.Do(app.SetFieldValue(item, "segment", "SMB")); err != nil {
		t.Fatal(err)
	}
	// Taking SMB away asks what becomes of its one value; replace it.
	uitest.Commit(t, c.Win, tab.options, "Small business\nEnterprise")
	dlg := uitest.WaitForDialog(t, c.Win, `"SMB" (1 use)`)
	tab.picks[0].SetSelected("Small business")
	test.Tap(uitest.Button(dlg, "Change options"))
	it, _ := ws.Item("item-a")
	if it.Fields["segment"] != "Small business" {
		t.Fatalf("value = %v, want replaced", it.Fields["segment"])
	}
	// A type change that would lose values is refused by name.
	tab.typ.SetSelected(string(app.FieldNumber))
	if d, _ := ws.Product().Field("segment"); d.Type != app.FieldSelect {
		t.Fatalf("type changed to %s", d.Type)
	}
	if len(c.Errs) == 0 || !strings.Contains(c.Errs[len(c.Errs)-1].Error(), "Highest scored") {
		t.Fatalf("refusal does not name the item: %v", c.Errs)
	}
	if tab.typ.Selected != string(app.FieldSelect) {
		t.Fatalf("type chooser shows %q after the refusal", tab.typ.Selected)
	}
}

func TestFieldsTabCardFieldsAndDelete(t *testing.T) {
	c, tab, ws := fieldsFixture(t)
	addField(t, tab, "ARR", app.FieldNumber)
	tab.onCard.SetChecked(true)
	if got := ws.Product().CardFields; !slices.Equal(got, []string{"arr"}) {
		t.Fatalf("card fields = %v", got)
	}
	for _, id := range []string{"item-a", "item-b"} {
		if err := ws.Do(app.SetFieldValue(app.Key{Kind: app.KindItem, ID: id}, "arr", 1000.0)); err != nil {
			t.Fatal(err)
		}
	}
	test.Tap(tab.del)
	dlg := uitest.WaitForDialog(t, c.Win, "2 items and initiatives")
	test.Tap(uitest.Button(dlg, "Yes"))
	p := ws.Product()
	if len(p.Fields) != 0 || len(p.CardFields) != 0 {
		t.Fatalf("after delete: %+v %v", p.Fields, p.CardFields)
	}
	if it, _ := ws.Item("item-a"); it.Fields != nil {
		t.Fatalf("item-a keeps %v", it.Fields)
	}
	if !strings.Contains(tab.note.Text, "Deleted the field ARR and 2 values") {
		t.Fatalf("note = %q", tab.note.Text)
	}
	// One undo brings the field and its values back.
	if _, err := ws.Undo(); err != nil {
		t.Fatal(err)
	}
	if it, _ := ws.Item("item-b"); it.Fields["arr"] != 1000.0 {
		t.Fatalf("undo: item-b has %v", it.Fields)
	}
}
