package brief

import (
	"bytes"
	"strings"
	"testing"

	"canopy/app"
)

func TestBriefWhatCustomersAskFor(t *testing.T) {
	ws := sampleWorkspace(t)
	hostile := &app.Insight{ID: "insight-hostile", Text: `=HYPERLINK("http://evil.example") <script>alert(1)</script> (Tj) \ %`,
		Company: "@SUM(A1)", State: app.InsightTriaged, Date: app.MustDate("2026-01-14"), Importance: app.ImportanceCritical,
		Items: []string{"item-hdn9evv0"}, Initiatives: []string{"init-qdn3r70k"}}
	if err := ws.Do(app.Create(hostile)); err != nil {
		t.Fatal(err)
	}
	opt := BriefOptions{Sections: []Section{app.DocInsights}}
	var a, b bytes.Buffer
	if _, err := WriteBrief(&a, ws, opt); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteBrief(&b, ws, opt); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same brief twice gave different bytes")
	}
	path := savePDF(t, a.Bytes())
	checkPDF(t, path)
	text := checkText(t, path, "What customers ask for", "Most requested items", "Most requested initiatives", "By segment and persona",
		"42 insights from 16 customers (7 not yet triaged)", "Offline-first technician app", "Northwind Heating & Air", "50–200 technicians",
		"Marco Reyes, the technician", "nice-to-have 1, important 2, critical 3", `=HYPERLINK("http://evil.example")`,
		"<script>alert(1)</script> (Tj) \\ %", "@SUM(A1)")
	// The offline conflicts lead the items, the Xero connector follows.
	flat := strings.Join(strings.Fields(text), " ")
	if i, j := strings.Index(flat, "Resolve conflicts when the"), strings.Index(flat, "Xero connector for"); i < 0 || j < 0 || i > j {
		t.Errorf("the most requested item is not first (%d, %d)", i, j)
	}

	empty := app.NewWorkspace(app.Product{Name: "Empty"})
	var c bytes.Buffer
	if _, err := WriteBrief(&c, empty, opt); err != nil {
		t.Fatal(err)
	}
	checkText(t, savePDF(t, c.Bytes()), "No customer insights recorded yet.")
}
