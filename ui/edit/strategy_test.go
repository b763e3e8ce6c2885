package edit

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

func openStrategy(env *page.Env) page.Editor { return NewStrategyEditor(env) }

func TestStrategyEditorTexts(t *testing.T) {
	f := newFixture(t, openStrategy)
	ed := f.ed.(*strategyEditor)
	s := func() *app.Strategy { return f.ws.Strategy() }
	for _, tc := range []struct {
		field *form.Entry
		desc  string
		get   func() string
	}{
		{ed.vision, "Edit vision", func() string { return s().Vision }},
		{ed.customers, "Edit target customers", func() string { return s().TargetCustomers }},
		{ed.posFor, "Edit positioning: for", func() string { return s().Positioning.For }},
		{ed.posWho, "Edit positioning: who", func() string { return s().Positioning.Who }},
		{ed.posUnlike, "Edit positioning: unlike", func() string { return s().Positioning.Unlike }},
		{ed.posOur, "Edit positioning: our product", func() string { return s().Positioning.OurProduct }},
		{ed.market, "Edit market notes", func() string { return s().MarketNotes }},
	} {
		old := tc.get()
		n := f.applied
		f.typeInto(tc.field, "Line one\nline two")
		f.expectCommand(n, tc.desc)
		if got := tc.get(); got != "Line one\nline two" {
			t.Fatalf("%s: %q", tc.desc, got)
		}
		f.undo()
		if tc.get() != old || tc.field.Text != old {
			t.Fatalf("%s undone: value %q, field %q; want %q", tc.desc, tc.get(), tc.field.Text, old)
		}
	}
}

func TestStrategyEditorRefreshKeepsTyping(t *testing.T) {
	f := newFixture(t, openStrategy)
	ed := f.ed.(*strategyEditor)
	f.Win.Canvas().Focus(ed.vision)
	test.Type(ed.vision, " Draft")
	// Someone else changes another field (a command, an undo, a file from disk).
	if err := f.ws.Do(app.EditStrategy("Edit market notes", func(s *app.Strategy) error { s.MarketNotes = "Busy"; return nil })); err != nil {
		t.Fatal(err)
	}
	if ed.market.Text != "Busy" {
		t.Fatalf("market notes field %q after the change", ed.market.Text)
	}
	if ed.vision.Text != "See the whole forest. Draft" && ed.vision.Text != " DraftSee the whole forest." {
		t.Fatalf("typing lost: vision field %q", ed.vision.Text)
	}
	if f.Win.Canvas().Focused() != ed.vision {
		t.Fatal("focus lost")
	}
	f.Win.Canvas().Unfocus()
	if f.ws.Strategy().Vision != ed.vision.Text {
		t.Fatalf("vision %q, field %q", f.ws.Strategy().Vision, ed.vision.Text)
	}
}

func TestStrategyEditorLists(t *testing.T) {
	f := newFixture(t, openStrategy)
	ed := f.ed.(*strategyEditor)
	diffs := func() []string { return f.ws.Strategy().Differentiators }
	want := func(w ...string) {
		t.Helper()
		if !slices.Equal(diffs(), w) {
			t.Fatalf("differentiators %q, want %q", diffs(), w)
		}
		rows := listEntries(ed.differentiators)
		if len(rows) != len(w) {
			t.Fatalf("%d rows shown, want %d", len(rows), len(w))
		}
		for i, e := range rows {
			if e.Text != w[i] {
				t.Fatalf("row %d shows %q, want %q", i, e.Text, w[i])
			}
		}
	}
	want("Fast", "Local", "Open")

	// Add: type in the last field, press Add.
	add := listAdder(ed.differentiators)
	n := f.applied
	f.Win.Canvas().Focus(add)
	test.Type(add, "Private")
	test.Tap(ed.differentiators.addButton)
	f.expectCommand(n, "Add differentiator")
	want("Fast", "Local", "Open", "Private")
	if add.Text != "" {
		t.Fatalf("the add field kept %q", add.Text)
	}

	// Edit a row.
	n = f.applied
	f.typeInto(listEntries(ed.differentiators)[1], "Local-first")
	f.expectCommand(n, "Edit differentiator")
	want("Fast", "Local-first", "Open", "Private")
	// Emptying a row is refused: it is removed with its button.
	n = f.applied
	f.typeInto(listEntries(ed.differentiators)[1], " ")
	f.expectRefused(n, "Edit differentiator", "cannot be empty")
	want("Fast", "Local-first", "Open", "Private")

	// Move down, move up.
	n = f.applied
	test.Tap(listRowButtons(ed.differentiators, 0)[1])
	f.expectCommand(n, "Move differentiator down")
	want("Local-first", "Fast", "Open", "Private")
	n = f.applied
	test.Tap(listRowButtons(ed.differentiators, 3)[0])
	f.expectCommand(n, "Move differentiator up")
	want("Local-first", "Fast", "Private", "Open")
	if b := listRowButtons(ed.differentiators, 0)[0]; !b.Disabled() {
		t.Fatal("the first row can move up")
	}
	if b := listRowButtons(ed.differentiators, 3)[1]; !b.Disabled() {
		t.Fatal("the last row can move down")
	}

	// Remove.
	n = f.applied
	test.Tap(listRowButtons(ed.differentiators, 1)[2])
	f.expectCommand(n, "Remove differentiator")
	want("Local-first", "Private", "Open")
	f.undo()
	want("Local-first", "Fast", "Private", "Open")

	// Non-goals and trends are lists too.
	n = f.applied
	add = listAdder(ed.nonGoals)
	f.typeInto(add, "Payroll")
	f.expectCommand(n, "Add non-goal")
	add = listAdder(ed.trends)
	n = f.applied
	f.typeInto(add, "Labour shortage")
	f.expectCommand(n, "Add trend")
	if s := f.ws.Strategy(); !slices.Equal(s.NonGoals, []string{"Payroll"}) || !slices.Equal(s.Trends, []string{"Labour shortage"}) {
		t.Fatalf("non-goals %q, trends %q", s.NonGoals, s.Trends)
	}
}

func TestStrategyEditorNorthStar(t *testing.T) {
	f := newFixture(t, openStrategy)
	ed := f.ed.(*strategyEditor)
	ns := ed.northStar
	if ns.bar.Value != 0.25 {
		t.Fatalf("progress %v, want 0.25", ns.bar.Value)
	}
	n := f.applied
	f.typeInto(ns.current, "150")
	f.expectCommand(n, "Edit north-star current value")
	if got := f.ws.Strategy().NorthStar.Current; got != 150 || ns.bar.Value != 0.75 {
		t.Fatalf("current %v, bar %v; want 150, 0.75", got, ns.bar.Value)
	}
	n = f.applied
	f.typeInto(ns.target, "lots")
	f.expectRefused(n, "Edit north-star target", `"lots" is not a number`)
	if ns.target.Text != "200" {
		t.Fatalf("target field %q after a refused edit", ns.target.Text)
	}
	n = f.applied
	f.typeInto(ns.name, "Orchards planted")
	f.expectCommand(n, "Edit north-star name")
	f.undo()
	f.undo()
	if m := f.ws.Strategy().NorthStar; m.Name != "Trees planted" || m.Current != 50 || ns.bar.Value != 0.25 {
		t.Fatalf("after undo: %+v, bar %v", m, ns.bar.Value)
	}
}

func TestStrategyEditorReadOnly(t *testing.T) {
	newFixture(t, openStrategy).checkReadOnly()
}
