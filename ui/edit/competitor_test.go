package edit

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/page"
)

func openCompetitor(env *page.Env) page.Editor { return NewCompetitorEditor(env, "comp-paper") }

func TestCompetitorEditor(t *testing.T) {
	f := newFixture(t, openCompetitor)
	ed := f.ed.(*competitorEditor)
	c := func() *app.Competitor { v, _ := f.ws.Competitor("comp-paper"); return v }
	for _, tc := range []struct {
		do    func()
		desc  string
		check func() bool
	}{
		{func() { f.typeInto(ed.name, "Spreadsheets") }, "Rename competitor", func() bool { return c().Name == "Spreadsheets" }},
		{func() { f.typeInto(ed.segment, "Small farms") }, "Edit competitor segment", func() bool { return c().Segment == "Small farms" }},
		{func() { f.typeInto(ed.pricing, "Free") }, "Edit competitor pricing", func() bool { return c().Pricing == "Free" }},
		{func() { f.typeInto(ed.differ, "We rank the work") }, "Edit how we differ", func() bool { return c().HowWeDiffer == "We rank the work" }},
		{func() { f.typeInto(listAdder(ed.strengths), "Everyone has it") }, "Add strength", func() bool {
			return slices.Equal(c().Strengths, []string{"Cheap", "Everyone has it"})
		}},
		{func() { f.typeInto(listAdder(ed.weaknesses), "No ranking") }, "Add weakness", func() bool {
			return slices.Equal(c().Weaknesses, []string{"No ranking"})
		}},
		{func() { test.Tap(listRowButtons(ed.strengths, 1)[0]) }, "Move strength up", func() bool {
			return slices.Equal(c().Strengths, []string{"Everyone has it", "Cheap"})
		}},
		{func() { f.typeInto(ed.x, "20") }, "Move competitor on the positioning map", func() bool {
			return c().Position != nil && *c().Position == app.Point{X: 20, Y: 50}
		}},
		{func() { f.typeInto(ed.y, "75.5") }, "Move competitor on the positioning map", func() bool {
			return c().Position != nil && *c().Position == app.Point{X: 20, Y: 75.5}
		}},
		{func() { f.typeInto(ed.y, "") }, "Move competitor on the positioning map", func() bool {
			return c().Position == nil && ed.x.Text == "" && ed.y.Text == ""
		}},
	} {
		n := f.applied
		tc.do()
		f.expectCommand(n, tc.desc)
		if !tc.check() {
			t.Fatalf("%s: competitor is %+v", tc.desc, c())
		}
	}
	f.undo()
	if p := c().Position; p == nil || *p != (app.Point{X: 20, Y: 75.5}) || ed.y.Text != "75.5" {
		t.Fatalf("undoing taking it off the map: %+v, field %q", p, ed.y.Text)
	}
	// A place off the axes is refused and the field shows the last good one.
	n := f.applied
	f.typeInto(ed.x, "120")
	if f.applied != n || c().Position.X != 20 || ed.x.Text != "20" || len(f.Errs) != 1 {
		t.Fatalf("x 120: applied %d→%d, position %+v, field %q, errors %v", n, f.applied, c().Position, ed.x.Text, f.Errs)
	}
	f.Errs = nil
	f.undo()
	f.undo()
	f.undo()
	if !slices.Equal(c().Strengths, []string{"Cheap", "Everyone has it"}) || listEntries(ed.strengths)[0].Text != "Cheap" {
		t.Fatalf("after undo: %q", c().Strengths)
	}
}

func TestCompetitorEditorReadOnly(t *testing.T) {
	newFixture(t, openCompetitor).checkReadOnly()
}
