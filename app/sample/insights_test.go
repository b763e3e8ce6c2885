package sample_test

import (
	"testing"

	"canopy/app"
	"canopy/app/sample"
)

// TestSampleInsightsTellAStory checks the sample's evidence: about forty
// insights from the sample's personas, most linked, a few in the inbox,
// and a New item that the evidence puts ahead of every other open item.
func TestSampleInsightsTellAStory(t *testing.T) {
	ws := build(t)
	ins := ws.Insights()
	if n := len(ins); n < 35 || n > 45 {
		t.Fatalf("%d insights, want about 40", n)
	}
	inbox, linked, personas, undated := 0, 0, map[string]bool{}, 0
	for _, in := range ins {
		if in.State == app.InsightNew {
			inbox++
		}
		if in.Linked() {
			linked++
		}
		if in.Persona != "" {
			personas[in.Persona] = true
		}
		if in.Date.IsZero() {
			undated++
		}
	}
	if inbox < 3 || linked < 30 || len(personas) != len(ws.Personas()) || undated == 0 {
		t.Errorf("inbox %d, linked %d, personas %d of %d, undated %d", inbox, linked, len(personas), len(ws.Personas()), undated)
	}
	items, inits := app.MostDemanded(ws, 3)
	if len(items) < 3 || items[0].Name != "Resolve conflicts when the office and a technician edit the same job offline" {
		t.Fatalf("most demanded items: %+v", items)
	}
	if ev := items[0].Evidence; ev.Insights < 4 || ev.Customers < 4 || ev.Demand < 10 {
		t.Errorf("the top item's evidence is thin: %+v", ev)
	}
	if len(inits) == 0 || inits[0].Name != "Offline-first technician app" {
		t.Errorf("most demanded initiatives: %+v", inits)
	}
	x := app.ComputeEvidence(ws)
	if ev := x.Initiative("init-ha97kgv6"); ev.Insights != 2 {
		t.Errorf("routing with live traffic has no items but its own evidence: %+v", ev)
	}
	noProblems(t, ws)
}

func TestGenerateInsights(t *testing.T) {
	ws := build(t)
	if err := sample.Generate(ws, 500, 1); err != nil {
		t.Fatal(err)
	}
	before := ws.Count(app.KindInsight)
	if err := sample.GenerateInsights(ws, 2000, 1); err != nil {
		t.Fatal(err)
	}
	if got := ws.Count(app.KindInsight) - before; got != 2000 {
		t.Fatalf("%d generated, want 2000", got)
	}
	noProblems(t, ws)
	again := build(t)
	if err := sample.Generate(again, 500, 1); err != nil {
		t.Fatal(err)
	}
	if err := sample.GenerateInsights(again, 2000, 1); err != nil {
		t.Fatal(err)
	}
	if snapshot(t, ws) != snapshot(t, again) {
		t.Error("the same seed gave different insights")
	}
}
