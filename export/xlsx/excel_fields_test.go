package xlsx

import (
	"bytes"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"canopy/app"
)

// headerColumn returns the 1-based column of the Backlog header h.
func headerColumn(t *testing.T, f *excelize.File, h string) int {
	t.Helper()
	rows, err := f.GetRows(SheetBacklog)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.Index(rows[0], h)
	if i < 0 {
		t.Fatalf("no column %q in %q", h, rows[0])
	}
	return i + 1
}

func TestCustomFieldColumnsRoundTrip(t *testing.T) {
	ws := sampleWorkspace(t)
	if err := ws.Do(app.AddField(app.FieldDecl{Key: "areas", Name: "Areas", Type: app.FieldMultiselect,
		Options: []string{"api", "mobile", "web"}, On: []app.FieldTarget{app.FieldOnItem}})); err != nil {
		t.Fatal(err)
	}
	// A field named like a built-in column is headed "Value (field)".
	if err := ws.Do(app.AddField(app.FieldDecl{Key: "value", Name: "Value", Type: app.FieldText, On: []app.FieldTarget{app.FieldOnItem}})); err != nil {
		t.Fatal(err)
	}
	var withARR *app.Item
	for _, it := range ws.Items() {
		if _, ok := it.Fields["arr"]; ok && withARR == nil {
			withARR = it
		}
	}
	keys := []app.Key{app.KeyOf(withARR)}
	for _, c := range []app.Command{app.SetFieldValues(keys, "areas", []string{"web", "api"}), app.SetFieldValues(keys, "value", "high\nreally")} {
		if err := ws.Do(c); err != nil {
			t.Fatal(err)
		}
	}

	f, data, _ := export(t, ws)
	_, row := backlogRow(t, f, withARR.ID)
	cell := func(h string) string {
		name, _ := excelize.CoordinatesToCellName(headerColumn(t, f, h), row)
		v, err := f.GetCellValue(SheetBacklog, name, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if got := cell("ARR"); got != strconv.FormatFloat(withARR.Fields["arr"].(float64), 'f', -1, 64) {
		t.Errorf("ARR cell %q, want %v", got, withARR.Fields["arr"])
	}
	if got, want := cell("Segment"), withARR.Fields["segment"]; got != want {
		t.Errorf("Segment cell %q, want %v", got, want)
	}
	if got := cell("Areas"); got != "api, web" {
		t.Errorf("Areas cell %q", got)
	}
	if got := cell("Value (field)"); got != "high\nreally" {
		t.Errorf("Value (field) cell %q", got)
	}

	// Read back unchanged: every field survives, no row changes.
	p := readBack(t, data, ws)
	if p.Updated+p.Invalid+p.New != 0 || len(p.Notes) != 0 {
		t.Fatalf("round trip: %s\n%s\n%q", p.Summary(), strings.Join(p.Lines(), "\n"), p.Notes)
	}

	// Edited as a person would: values changed, cleared, and wrong.
	other := pick(t, ws, func(it *app.Item) bool { return it.ID != withARR.ID && it.Fields == nil })
	third := pick(t, ws, func(it *app.Item) bool { return it.ID != withARR.ID && it.ID != other.ID })
	_, otherRow := backlogRow(t, f, other.ID)
	_, thirdRow := backlogRow(t, f, third.ID)
	put := func(h string, r int, v any) {
		name, _ := excelize.CoordinatesToCellName(headerColumn(t, f, h), r)
		if err := f.SetCellValue(SheetBacklog, name, v); err != nil {
			t.Fatal(err)
		}
	}
	put("Segment", row, "Enterprise")
	put("Areas", row, "")
	put("ARR", otherRow, 2500)
	put("Customer commitment", otherRow, "yes")
	put("Segment", thirdRow, "Huge")
	put("ARR", thirdRow, "lots")
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	data = buf.Bytes()
	p = readBack(t, data, ws)
	errs := p.Errors()
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Header+": "+e.Msg)
	}
	slices.Sort(msgs)
	want := []string{`ARR: "lots" is not a number`, `Segment: Segment must be one of SMB, Mid-market, Enterprise, got "Huge"`}
	if !reflect.DeepEqual(msgs, want) {
		t.Fatalf("errors %q, want %q", msgs, want)
	}
	if p.Updated != 2 || p.Invalid != 1 {
		t.Fatalf("plan: %s\n%s", p.Summary(), strings.Join(p.Lines(), "\n"))
	}
	if err := ws.Do(p.Command()); err == nil {
		t.Fatal("an import with an invalid field cell applied")
	}
	p.SkipInvalid = true
	if err := ws.Do(p.Command()); err != nil {
		t.Fatal(err)
	}
	a, _ := ws.Item(withARR.ID)
	b, _ := ws.Item(other.ID)
	if a.Fields["segment"] != "Enterprise" || a.Fields["areas"] != nil {
		t.Errorf("after import: %v", a.Fields)
	}
	if !reflect.DeepEqual(b.Fields, map[string]any{"arr": 2500.0, "customer_commitment": true}) {
		t.Errorf("after import: %v", b.Fields)
	}
	if ps := app.Validate(ws); len(ps) != 0 {
		t.Fatalf("problems after the import: %v", ps)
	}
}
