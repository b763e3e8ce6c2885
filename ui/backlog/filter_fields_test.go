package backlog

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

func TestFilterBarFiltersByCustomFields(t *testing.T) {
	a := test.NewTempApp(t)
	ws := uitest.SeedWorkspace(t)
	item := []app.FieldTarget{app.FieldOnItem}
	for _, d := range []app.FieldDecl{
		{Key: "segment", Name: "Segment", Type: app.FieldSelect, Options: []string{"SMB", "Enterprise"}, On: item},
		{Key: "regions", Name: "Regions", Type: app.FieldMultiselect, Options: []string{"EU", "US"}, On: item},
		{Key: "committed", Name: "Committed", Type: app.FieldCheckbox, On: item},
		{Key: "sponsor", Name: "Sponsor", Type: app.FieldPerson, On: item},
		{Key: "arr", Name: "ARR", Type: app.FieldNumber, On: item},
	} {
		if err := ws.Do(app.AddField(d)); err != nil {
			t.Fatal(err)
		}
	}
	set := func(id, key string, v any) {
		t.Helper()
		if err := ws.Do(app.SetFieldValue(app.Key{Kind: app.KindItem, ID: id}, key, v)); err != nil {
			t.Fatal(err)
		}
	}
	set("item-a", "segment", "Enterprise")
	set("item-a", "regions", []string{"EU", "US"})
	set("item-a", "committed", true)
	set("item-b", "segment", "SMB")
	set("item-b", "regions", []string{"US"})
	set("item-b", "sponsor", "Dana")
	var got app.Filter
	b := newFilterBar(ws, a.Preferences(), "/plans/orchard", func(f app.Filter) { got = f })
	// Select, multiselect, checkbox and person fields get a select; a number does not.
	sel := map[string]int{}
	for i, f := range b.fields {
		sel[f.decl.Name] = i
	}
	if len(b.fields) != 4 {
		t.Fatalf("%d field filters, want 4: %v", len(b.fields), sel)
	}
	if opts := b.fields[sel["Sponsor"]].sel.Options; len(opts) != 2 || opts[1] != "Dana" {
		t.Fatalf("sponsor options %v", opts)
	}
	matched := func() []string {
		var ids []string
		m := got.Matcher(ws)
		for _, it := range ws.Items() {
			if m.Match(it) {
				ids = append(ids, it.ID)
			}
		}
		return ids
	}
	for _, tc := range []struct {
		field, value string
		want         []string
	}{
		{"Segment", "Enterprise", []string{"item-a"}},
		{"Regions", "US", []string{"item-a", "item-b"}},
		{"Committed", "yes", []string{"item-a"}},
		{"Committed", "no", []string{"item-b", "item-d", "item-c", "item-e"}},
		{"Sponsor", "Dana", []string{"item-b"}},
	} {
		b.filter = app.Filter{}
		b.load()
		b.fields[sel[tc.field]].sel.SetSelected(tc.value)
		if ids := matched(); !sameSet(ids, tc.want) {
			t.Errorf("%s = %s matched %v, want %v", tc.field, tc.value, ids, tc.want)
		}
	}
	// Any drops the field's filter; the filter is remembered with its fields.
	b.fields[sel["Sponsor"]].sel.SetSelected(anyChoice)
	if len(got.Fields) != 0 {
		t.Fatalf("Any kept %v", got.Fields)
	}
	b.fields[sel["Segment"]].sel.SetSelected("SMB")
	again := newFilterBar(ws, a.Preferences(), "/plans/orchard", nil)
	if again.fields[sel["Segment"]].sel.Selected != "SMB" {
		t.Fatalf("segment filter not remembered: %+v", again.filter)
	}
	// Deleting the field drops its filter and its select.
	if err := ws.Do(app.DeleteField("segment")); err != nil {
		t.Fatal(err)
	}
	again.refresh()
	if len(again.fields) != 3 || len(again.filter.Fields["segment"]) != 0 {
		t.Fatalf("after delete: %d selects, filter %v", len(again.fields), again.filter.Fields)
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]bool{}
	for _, x := range a {
		seen[x] = true
	}
	for _, x := range b {
		if !seen[x] {
			return false
		}
	}
	return true
}
