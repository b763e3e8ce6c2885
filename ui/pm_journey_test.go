package ui

import (
	"testing"

	"canopy/app"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// TestPMJourneyOnDisk follows the new user through the PM's lens
// on a real workspace folder opened from the sample: edit the vision and a
// persona, update a key result and see its goal move, add a competitor and
// place it on the positioning map, tick a launch task and see the
// release's readiness change, then reopen the folder and find all of it.
func TestPMJourneyOnDisk(t *testing.T) {
	s, op, dir := openSampleOnDisk(t, "Maya Okafor")
	ws := s.ws

	// The vision, a persona and a key result, edited through commands as
	// the strategy page and its editors make them (the Strategy section's
	// own tests go through its fields): the goal's progress moves.
	s.showSection("strategy")
	per := ws.Personas()[0]
	goal := ws.Goals()[0]
	before := goal.Progress()
	kr := goal.KeyResults[0]
	if err := s.do(app.Func{Desc: "Edit the strategy", Fn: func(tx *app.Tx) error {
		tx.EditStrategy().Vision = "Every crew's day fixes itself."
		p, err := app.Edit[*app.Persona](tx, app.KindPersona, per.ID)
		if err != nil {
			return err
		}
		p.Name = "Dana, lead dispatcher"
		g, err := app.Edit[*app.Goal](tx, app.KindGoal, goal.ID)
		if err != nil {
			return err
		}
		g.KeyResults[0].Current = kr.Target
		return nil
	}}); err != nil {
		t.Fatal(err)
	}
	if !uitest.HasText(s.pages[page.Strategy].Object(), "Dana, lead dispatcher") {
		t.Fatal("the strategy page does not follow the edit")
	}
	if g, _ := ws.Goal(goal.ID); g.Progress() <= before || g.KeyResults[0].Current != kr.Target {
		t.Fatalf("goal progress %v → %v, key result %+v", before, g.Progress(), g.KeyResults[0])
	}

	// A competitor added and placed on the map (the Market section's own
	// tests go through its table and its map).
	s.showSection("market")
	comp := &app.Competitor{Name: "New competitor", Position: &app.Point{X: 70, Y: 50}}
	if err := s.do(app.Create(comp)); err != nil {
		t.Fatal(err)
	}
	compID := comp.ID
	if compID == "" {
		t.Fatal("the new competitor has no ID")
	}

	// A launch task ticked: readiness changes at once on the page in sight.
	s.showSection("releases")
	rel := ws.Releases()[1]
	s.open(app.KeyOf(rel))
	readiness := rel.Readiness()
	open := -1
	for i, task := range rel.Tasks {
		if !task.Done {
			open = i
			break
		}
	}
	if err := s.do(app.Func{Desc: "Tick a launch task", Fn: func(tx *app.Tx) error {
		r, err := app.Edit[*app.Release](tx, app.KindRelease, rel.ID)
		if err == nil {
			r.Tasks[open].Done = true
		}
		return err
	}}); err != nil {
		t.Fatal(err)
	}
	r, _ := ws.Release(rel.ID)
	if want := page.FormatPercent(r.Readiness()) + " ready"; r.Readiness() <= readiness || !uitest.HasText(s.pages[page.Releases].Object(), want) {
		t.Fatalf("readiness %v → %v; the page does not show %q", readiness, r.Readiness(), want)
	}
	s.onQuit() // saves and releases the lock

	// After a restart, everything is on disk.
	again := reopenOnDisk(t, op, dir)
	defer again.Close()
	aws := again.WS
	if v := aws.Strategy().Vision; v != "Every crew's day fixes itself." {
		t.Errorf("vision after a restart: %q", v)
	}
	if p, _ := aws.Persona(per.ID); p.Name != "Dana, lead dispatcher" {
		t.Errorf("persona after a restart: %q", p.Name)
	}
	if g, _ := aws.Goal(goal.ID); g.KeyResults[0].Current != kr.Target {
		t.Errorf("key result after a restart: %+v", g.KeyResults[0])
	}
	if c, ok := aws.Competitor(compID); !ok || c.Position == nil || *c.Position != (app.Point{X: 70, Y: 50}) {
		t.Errorf("competitor after a restart: %+v", c)
	}
	if r, _ := aws.Release(rel.ID); !r.Tasks[open].Done {
		t.Errorf("launch task after a restart: %+v", r.Tasks[open])
	}
}
