package sample_test

import (
	"testing"

	"canopy/app"
	"canopy/app/sample"
)

func TestGenerateRoadmap(t *testing.T) {
	day := app.MustDate("2026-11-27")
	build := func(n int) *app.Workspace {
		t.Helper()
		ws, err := sample.New(day, app.DayClock(day))
		if err != nil {
			t.Fatal(err)
		}
		if err := sample.GenerateRoadmap(ws, n, 7); err != nil {
			t.Fatal(err)
		}
		return ws
	}
	ws := build(1000)
	noProblems(t, ws)
	if got := ws.Count(app.KindInitiative); got != 14+1000 {
		t.Errorf("%d initiatives, want 1014", got)
	}
	if got := ws.Count(app.KindLane); got != 10 {
		t.Errorf("%d lanes, want one per hundred initiatives (10)", got)
	}
	var dated, deps, late int
	for _, in := range ws.Initiatives() {
		if in.Dated() {
			dated++
			if in.Start.Before(day.AddDays(-400)) || in.End.After(day.AddDays(800)) {
				t.Errorf("%s: %s–%s is far from the two years around today", in.ID, in.Start, in.End)
			}
		} else if in.Horizon == app.HorizonNone {
			t.Errorf("%s: undated without a horizon", in.ID)
		}
		for _, d := range in.DependsOn {
			deps++
			if dep, _ := ws.Initiative(d); !dep.End.Before(in.Start) {
				late++
			}
		}
	}
	if dated < 850 || dated > 950 {
		t.Errorf("%d of 1000 dated, want about nine in ten", dated)
	}
	if deps < 200 || late == 0 || late > deps/2 {
		t.Errorf("%d dependencies, %d of them late; want about a third of the initiatives to depend on one, some late", deps, late)
	}
	if a, b := snapshot(t, build(300)), snapshot(t, build(300)); a != b {
		t.Error("the same seed gave different roadmaps")
	}
	if err := sample.GenerateRoadmap(ws, -1, 1); err == nil {
		t.Error("a negative count was accepted")
	}
}
