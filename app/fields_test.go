package app

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func ptr(f float64) *float64 { return &f }

// fieldsWS returns a workspace declaring Segment (select), ARR (number ≥ 0)
// and Customer commitment (checkbox), and Tags (multiselect, items only).
func fieldsWS(t *testing.T) *Workspace {
	t.Helper()
	ws := newTestWS(t)
	both := []FieldTarget{FieldOnItem, FieldOnInitiative}
	for _, d := range []FieldDecl{
		{Key: "segment", Name: "Segment", Type: FieldSelect, Options: []string{"SMB", "Mid-market", "Enterprise"}, On: both},
		{Key: "arr", Name: "ARR", Type: FieldNumber, Min: ptr(0), Unit: "$", On: both},
		{Key: "customer_commitment", Name: "Customer commitment", Type: FieldCheckbox, On: []FieldTarget{FieldOnItem}},
		{Key: "areas", Name: "Areas", Type: FieldMultiselect, Options: []string{"api", "ui"}, On: []FieldTarget{FieldOnItem}},
		{Key: "due", Name: "Due", Type: FieldDate, On: []FieldTarget{FieldOnItem}},
		{Key: "spec", Name: "Spec", Type: FieldURL, On: []FieldTarget{FieldOnItem}},
	} {
		if err := ws.Do(AddField(d)); err != nil {
			t.Fatalf("add %s: %v", d.Name, err)
		}
	}
	return ws
}

func withFields(it *Item, kv ...any) *Item {
	it.Fields = map[string]any{}
	for i := 0; i < len(kv); i += 2 {
		it.Fields[kv[i].(string)] = kv[i+1]
	}
	return it
}

func TestFieldValueRules(t *testing.T) {
	tests := []struct {
		name string
		kv   []any
		want string // "" for valid
	}{
		{"valid values", []any{"segment", "SMB", "arr", 120000.0, "customer_commitment", true, "areas", []any{"ui", "api"}, "due", "2027-01-31", "spec", "https://x.test/a"}, ""},
		{"option not listed", []any{"segment", "Huge"}, `field fields.segment: Segment must be one of SMB, Mid-market, Enterprise, got "Huge"`},
		{"text in a number", []any{"arr", "lots"}, `field fields.arr: ARR must be a number, got "lots"`},
		{"below min", []any{"arr", -1.0}, "ARR must be at least 0, got -1"},
		{"number in a checkbox", []any{"customer_commitment", 1.0}, "Customer commitment must be true or false, got the number 1"},
		{"unknown multiselect option", []any{"areas", []any{"db"}}, `Areas: "db" is not one of api, ui`},
		{"bad date", []any{"due", "31/01/2027"}, `Due must be a date (2026-01-31), got "31/01/2027"`},
		{"bad url", []any{"spec", "ftp://x"}, `Spec must be an http or https URL`},
		{"undeclared", []any{"nosuch", "x"}, `field fields.nosuch: is not a declared field`},
		{"object value", []any{"segment", map[string]any{"a": 1.0}}, "got an object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := fieldsWS(t)
			err := ws.Do(Create(withFields(item("item-a", "Export to PDF"), tt.kv...)))
			wantErr(t, err, tt.want)
			if tt.want != "" && !strings.Contains(err.Error(), "item item-a (Export to PDF)") {
				t.Fatalf("error does not name the item by title: %v", err)
			}
		})
	}
}

func TestFieldValueNotOnInitiatives(t *testing.T) {
	ws := fieldsWS(t)
	in := &Initiative{Name: "Growth", Status: InitiativePlanned, Fields: map[string]any{"customer_commitment": true}}
	wantErr(t, ws.Do(Create(in)), "field Customer commitment is not declared on initiatives")
	in = &Initiative{Name: "Growth", Status: InitiativePlanned, Fields: map[string]any{"segment": "SMB"}}
	wantErr(t, ws.Do(Create(in)), "")
}

func TestHandEditedValuesAreProblemsNotFailures(t *testing.T) {
	ws := fieldsWS(t)
	it := withFields(item("item-a", "A"), "segment", 3.0, "ghost", "x")
	Normalize(it)
	ws2, dup := Restore(Clone(ws.Product()), nil, []Entity{it})
	if len(dup) != 0 {
		t.Fatal("duplicates")
	}
	ps := Validate(ws2)
	if len(ps) != 2 || ps[0].Field != "fields.ghost" || ps[1].Field != "fields.segment" {
		t.Fatalf("problems = %v", ps)
	}
}

func TestFieldDeclRules(t *testing.T) {
	on := []FieldTarget{FieldOnItem}
	tests := []struct {
		name string
		d    FieldDecl
		want string
	}{
		{"bad key", FieldDecl{Key: "2x", Name: "X", Type: FieldText, On: on}, "must start with a lowercase letter"},
		{"taken key", FieldDecl{Key: "arr", Name: "Other", Type: FieldText, On: on}, `the key "arr" is taken by field ARR`},
		{"taken name", FieldDecl{Key: "other", Name: "arr", Type: FieldText, On: on}, "a field of that name exists"},
		{"unknown type", FieldDecl{Key: "x", Name: "X", Type: "money", On: on}, `got "money"`},
		{"select without options", FieldDecl{Key: "x", Name: "X", Type: FieldSelect, On: on}, "field X needs at least one option"},
		{"options on text", FieldDecl{Key: "x", Name: "X", Type: FieldText, Options: []string{"a"}, On: on}, "only select and multiselect"},
		{"min above max", FieldDecl{Key: "x", Name: "X", Type: FieldNumber, Min: ptr(5), Max: ptr(1), On: on}, "max 1 is below min 5"},
		{"on nothing", FieldDecl{Key: "x", Name: "X", Type: FieldText}, "must be on items, initiatives or both"},
		{"on goals", FieldDecl{Key: "x", Name: "X", Type: FieldText, On: []FieldTarget{"goal"}}, `must be item or initiative, got "goal"`},
		{"key from name", FieldDecl{Name: "Launch owner", Type: FieldPerson, On: on}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := fieldsWS(t)
			err := ws.Do(AddField(tt.d))
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if _, ok := ws.Product().Field("launch_owner"); !ok {
					t.Fatalf("no field launch_owner in %v", ws.Product().Fields)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
		})
	}
}

func TestFieldKeyFor(t *testing.T) {
	p := &Product{Fields: []FieldDecl{{Key: "arr"}}}
	for name, want := range map[string]string{"Customer commitment": "customer_commitment", "ARR": "arr_2", "  Über-Team! ": "ber_team", "2nd": "field_2nd", "": "field_"} {
		if got := FieldKeyFor(p, name); got != want {
			t.Errorf("FieldKeyFor(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestRenameAndMoveField(t *testing.T) {
	ws := fieldsWS(t)
	put(t, ws, withFields(item("item-a", "A"), "segment", "SMB"))
	if err := ws.Do(RenameField("segment", "Market segment")); err != nil {
		t.Fatal(err)
	}
	if err := ws.Do(MoveField("spec", 0)); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, d := range ws.Product().Fields {
		keys = append(keys, d.Key)
	}
	if want := []string{"spec", "segment", "arr", "customer_commitment", "areas", "due"}; !reflect.DeepEqual(keys, want) {
		t.Fatalf("order = %v, want %v", keys, want)
	}
	if d, _ := ws.Product().Field("segment"); d.Name != "Market segment" {
		t.Fatalf("name = %q", d.Name)
	}
	it, _ := ws.Item("item-a")
	if it.Fields["segment"] != "SMB" {
		t.Fatal("the value did not survive the rename")
	}
	wantErr(t, ws.Do(RenameField("nosuch", "X")), "nosuch")
}

func TestDeleteFieldRemovesValuesUndoably(t *testing.T) {
	ws := fieldsWS(t)
	put(t, ws, withFields(item("item-a", "A"), "segment", "SMB", "arr", 5.0), withFields(item("item-b", "B"), "segment", "Enterprise"), item("item-c", "C"),
		&Initiative{ID: "initiative-x", Name: "X", Status: InitiativePlanned, Fields: map[string]any{"segment": "SMB"}})
	if err := ws.Do(SetCardFields([]string{"segment"})); err != nil {
		t.Fatal(err)
	}
	cmd := DeleteField("segment")
	if err := ws.Do(cmd); err != nil {
		t.Fatal(err)
	}
	if cmd.Values != 3 {
		t.Fatalf("removed %d values, want 3", cmd.Values)
	}
	a, _ := ws.Item("item-a")
	b, _ := ws.Item("item-b")
	if _, has := a.Fields["segment"]; has || b.Fields != nil || a.Fields["arr"] != 5.0 {
		t.Fatalf("values after delete: a %v, b %v", a.Fields, b.Fields)
	}
	if len(ws.Product().CardFields) != 0 {
		t.Fatal("cards still show the deleted field")
	}
	if len(Validate(ws)) != 0 {
		t.Fatalf("problems after delete: %v", Validate(ws))
	}
	if ok, err := ws.Undo(); !ok || err != nil {
		t.Fatal("undo", err)
	}
	b, _ = ws.Item("item-b")
	if b.Fields["segment"] != "Enterprise" || len(ws.Product().CardFields) != 1 {
		t.Fatalf("undo did not restore: %v", b.Fields)
	}
}

func TestDeleteFieldUsedByFormulaIsRefused(t *testing.T) {
	ws := fieldsWS(t)
	if err := ws.Do(SetFormula("fields.arr / 1000")); err != nil {
		t.Fatal(err)
	}
	err := ws.Do(DeleteField("arr"))
	if err == nil || !strings.Contains(err.Error(), "field formula") {
		t.Fatalf("delete of a field the formula reads = %v", err)
	}
	if _, ok := ws.Product().Field("arr"); !ok {
		t.Fatal("the refused delete removed the field")
	}
}

func TestSetFieldOptions(t *testing.T) {
	ws := fieldsWS(t)
	put(t, ws, withFields(item("item-a", "A"), "segment", "SMB", "areas", []string{"api", "ui"}), withFields(item("item-b", "B"), "segment", "Mid-market"))
	// Removing an option in use without saying what to do is refused.
	err := ws.Do(SetFieldOptions("segment", []string{"Small", "Enterprise"}, nil))
	if err == nil || !strings.Contains(err.Error(), `option "SMB" is used by 1 items`) {
		t.Fatalf("err = %v", err)
	}
	cmd := SetFieldOptions("segment", []string{"Small", "Enterprise"}, map[string]string{"SMB": "Small", "Mid-market": ""})
	if err := ws.Do(cmd); err != nil {
		t.Fatal(err)
	}
	a, _ := ws.Item("item-a")
	b, _ := ws.Item("item-b")
	if a.Fields["segment"] != "Small" || b.Fields != nil || cmd.Values != 2 {
		t.Fatalf("a %v, b %v, %d changed", a.Fields, b.Fields, cmd.Values)
	}
	if err := ws.Do(SetFieldOptions("areas", []string{"api"}, map[string]string{"ui": ""})); err != nil {
		t.Fatal(err)
	}
	a, _ = ws.Item("item-a")
	if !reflect.DeepEqual(a.Fields["areas"], []string{"api"}) {
		t.Fatalf("areas = %v", a.Fields["areas"])
	}
	wantErrText(t, ws.Do(SetFieldOptions("arr", []string{"x"}, nil)), "only select and multiselect")
	wantErrText(t, ws.Do(SetFieldOptions("segment", []string{"Enterprise"}, map[string]string{"Small": "Nope"})), `"Nope" cannot replace "Small"`)
}

func wantErrText(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("error %v, want %q", err, want)
	}
}

func TestChangeFieldType(t *testing.T) {
	ws := fieldsWS(t)
	if err := ws.Do(AddField(FieldDecl{Key: "size", Name: "Size", Type: FieldText, On: []FieldTarget{FieldOnItem}})); err != nil {
		t.Fatal(err)
	}
	put(t, ws, withFields(item("item-a", "Alpha"), "size", "12"), withFields(item("item-b", "Beta"), "size", "large"))
	err := ws.Do(ChangeFieldType("size", FieldNumber, nil))
	wantErrText(t, err, `field Size cannot become number: the values of "Beta" do not convert`)
	if d, _ := ws.Product().Field("size"); d.Type != FieldText {
		t.Fatal("the refused change changed the type")
	}
	if err := ws.Do(SetFieldValue(Key{Kind: KindItem, ID: "item-b"}, "size", "3.5")); err != nil {
		t.Fatal(err)
	}
	cmd := ChangeFieldType("size", FieldNumber, nil)
	if err := ws.Do(cmd); err != nil {
		t.Fatal(err)
	}
	b, _ := ws.Item("item-b")
	if b.Fields["size"] != 3.5 || cmd.Values != 2 {
		t.Fatalf("size = %#v, %d converted", b.Fields["size"], cmd.Values)
	}
	if err := ws.Do(ChangeFieldType("size", FieldSelect, []string{"12", "3.5"})); err != nil {
		t.Fatal(err)
	}
	b, _ = ws.Item("item-b")
	if b.Fields["size"] != "3.5" {
		t.Fatalf("size = %#v", b.Fields["size"])
	}
}

func TestSetFieldValuesBulk(t *testing.T) {
	ws := fieldsWS(t)
	put(t, ws, item("item-a", "A"), item("item-b", "B"))
	keys := []Key{{Kind: KindItem, ID: "item-a"}, {Kind: KindItem, ID: "item-b"}}
	if err := ws.Do(SetFieldValues(keys, "arr", 10)); err != nil {
		t.Fatal(err)
	}
	b, _ := ws.Item("item-b")
	if b.Fields["arr"] != 10.0 {
		t.Fatalf("arr = %#v", b.Fields["arr"])
	}
	err := ws.Do(SetFieldValues(keys, "segment", "Nope"))
	if !errors.Is(err, ErrRule) {
		t.Fatalf("err = %v", err)
	}
	if err := ws.Do(SetFieldValues(keys, "arr", nil)); err != nil {
		t.Fatal(err)
	}
	b, _ = ws.Item("item-b")
	if b.Fields != nil {
		t.Fatalf("clearing the last value leaves %#v, want nil", b.Fields)
	}
}

func TestCardFieldsRules(t *testing.T) {
	ws := fieldsWS(t)
	wantErr(t, ws.Do(SetCardFields([]string{"segment", "arr", "due"})), "cards show at most 2 fields")
	wantErr(t, ws.Do(SetCardFields([]string{"nosuch"})), `undeclared field "nosuch"`)
	wantErr(t, ws.Do(SetCardFields([]string{"segment", "arr"})), "")
}

func TestDeclarationChangesRecheckValues(t *testing.T) {
	ws := fieldsWS(t)
	put(t, ws, withFields(item("item-a", "Alpha"), "arr", 50.0), withFields(item("item-b", "Beta"), "arr", 5.0),
		&Initiative{ID: "initiative-x", Name: "X", Status: InitiativePlanned, Fields: map[string]any{"segment": "SMB"}})
	err := ws.Do(EditField("arr", "Set ARR bounds", func(d *FieldDecl) error { d.Max = ptr(10); return nil }))
	wantErr(t, err, "item item-a (Alpha): field fields.arr: ARR must be at most 10, got 50")
	if d, _ := ws.Product().Field("arr"); d.Max != nil {
		t.Fatal("the refused edit changed the declaration")
	}
	// A field taken off initiatives while one holds a value.
	err = ws.Do(EditField("segment", "Items only", func(d *FieldDecl) error { d.On = []FieldTarget{FieldOnItem}; return nil }))
	wantErr(t, err, "initiative initiative-x (X): field fields.segment: field Segment is not declared on initiatives")
	// A bound every value meets is accepted.
	wantErr(t, ws.Do(EditField("arr", "Set ARR bounds", func(d *FieldDecl) error { d.Max = ptr(100); return nil })), "")
}

func TestFilterByFields(t *testing.T) {
	ws := fieldsWS(t)
	put(t, ws, withFields(item("item-a", "A"), "segment", "SMB", "customer_commitment", true, "areas", []string{"api", "ui"}),
		withFields(item("item-b", "B"), "segment", "Enterprise"), item("item-c", "C"))
	tests := []struct {
		name   string
		fields map[string][]string
		want   string
	}{
		{"select", map[string][]string{"segment": {"Enterprise"}}, "item-b"},
		{"select or none", map[string][]string{"segment": {"Enterprise", ""}}, "item-b item-c"},
		{"checkbox", map[string][]string{"customer_commitment": {"yes"}}, "item-a"},
		{"multiselect option", map[string][]string{"areas": {"ui"}}, "item-a"},
		{"two fields", map[string][]string{"segment": {"SMB", "Enterprise"}, "areas": {""}}, "item-b"},
		{"empty list filters nothing", map[string][]string{"segment": nil}, "item-a item-b item-c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Filter{Fields: tt.fields}
			m := f.Matcher(ws)
			var got []string
			for _, it := range ws.Items() {
				if m.Match(it) {
					got = append(got, it.ID)
				}
			}
			if strings.Join(got, " ") != tt.want {
				t.Fatalf("matched %v, want %s", got, tt.want)
			}
			if f.Empty() != (tt.name == "empty list filters nothing") {
				t.Fatalf("Empty() = %v", f.Empty())
			}
		})
	}
}

func TestCompareFieldValues(t *testing.T) {
	seg := &FieldDecl{Type: FieldSelect, Options: []string{"SMB", "Mid-market", "Enterprise"}}
	tests := []struct {
		d    *FieldDecl
		a, b any
		want int
	}{
		{seg, "SMB", "Enterprise", -1}, // declared order, not alphabetical
		{seg, "Enterprise", "Mid-market", 1},
		{&FieldDecl{Type: FieldNumber}, 9.0, 10.0, -1},
		{&FieldDecl{Type: FieldCheckbox}, true, false, 1},
		{&FieldDecl{Type: FieldText}, "apple", "Banana", -1},
		{&FieldDecl{Type: FieldNumber}, nil, 1.0, 1}, // absent last
		{&FieldDecl{Type: FieldNumber}, 1.0, nil, -1},
		{&FieldDecl{Type: FieldMultiselect}, []string{"a", "b"}, []string{"a", "c"}, -1},
		{nil, nil, nil, 0},
	}
	for _, tt := range tests {
		if got := CompareFieldValues(tt.d, tt.a, tt.b); got != tt.want {
			t.Errorf("CompareFieldValues(%v, %v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestOldProblemsDoNotBlockDeclarations(t *testing.T) {
	ws := fieldsWS(t)
	it := withFields(item("item-a", "A"), "ghost", "x", "arr", 50.0)
	Normalize(it)
	ws2, _ := Restore(Clone(ws.Product()), nil, []Entity{it})
	if len(Validate(ws2)) != 1 {
		t.Fatalf("problems: %v", Validate(ws2))
	}
	// A hand-edited value already a problem does not refuse a new field.
	if err := ws2.Do(AddField(FieldDecl{Key: "team", Name: "Team", Type: FieldText, On: []FieldTarget{FieldOnItem}})); err != nil {
		t.Fatal(err)
	}
	// But a bound that makes a valid value wrong is refused.
	wantErr(t, ws2.Do(EditField("arr", "Bound", func(d *FieldDecl) error { d.Max = ptr(1); return nil })), "ARR must be at most 1")
}
