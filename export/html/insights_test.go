package html

import (
	"strings"
	"testing"

	"canopy/app"
	"canopy/app/sample"
)

// TestInsightsInternalOnly: the page's "What customers ask for" names
// customers and quotes them, so it is on internal pages only; what they
// wrote is escaped.
func TestInsightsInternalOnly(t *testing.T) {
	day := app.MustDate("2026-11-27")
	ws, err := sample.New(day, app.DayClock(day))
	if err != nil {
		t.Fatal(err)
	}
	hostile := &app.Insight{ID: "insight-hostile", Text: `<script>alert("x")</script> & =SUM(A1)`, Company: "<b>Evil</b>",
		Date: day, Importance: app.ImportanceCritical, State: app.InsightTriaged, Items: []string{"item-hdn9evv0"}}
	if err := ws.Do(app.Create(hostile)); err != nil {
		t.Fatal(err)
	}
	internal := writePage(t, ws, Options{Audience: Internal, Date: day})
	for _, want := range []string{`<section id="insights">`, "Most requested items", "Resolve conflicts when the office and a technician edit the same job offline",
		"Northwind Heating &amp; Air", "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; =SUM(A1)", "&lt;b&gt;Evil&lt;/b&gt;", "50–200 technicians"} {
		if !strings.Contains(internal, want) {
			t.Errorf("the internal page lacks %q", want)
		}
	}
	if strings.Contains(internal, "<script>alert") || strings.Contains(internal, "<b>Evil</b>") {
		t.Error("hostile feedback reached the page as markup")
	}
	external := writePage(t, ws, Options{Audience: External, Date: day})
	if strings.Contains(external, `id="insights"`) || strings.Contains(external, "Northwind Heating") {
		t.Error("the external page shows what customers said")
	}
}
