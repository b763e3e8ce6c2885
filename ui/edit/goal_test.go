package edit

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/page"
)

func openGoal(env *page.Env) page.Editor { return NewGoalEditor(env, "goal-grow") }

func TestGoalEditorKeyResults(t *testing.T) {
	f := newFixture(t, openGoal)
	ed := f.ed.(*goalEditor)
	g := func() *app.Goal { v, _ := f.ws.Goal("goal-grow"); return v }
	kr := func(i int) *krWidgets { return ed.krRows[ed.krs.rows[i]] }

	if ed.progress.Value != 0.75 || kr(0).bar.Value != 0.5 || kr(1).bar.Value != 1 {
		t.Fatalf("progress %v, key results %v %v", ed.progress.Value, kr(0).bar.Value, kr(1).bar.Value)
	}
	// Changing a key result's current value moves its bar and the goal's.
	n := f.applied
	f.typeInto(kr(0).current, "100")
	f.expectCommand(n, "Edit key result current value")
	if g().KeyResults[0].Current != 100 || kr(0).bar.Value != 1 || ed.progress.Value != 1 {
		t.Fatalf("current %v, bar %v, goal %v", g().KeyResults[0].Current, kr(0).bar.Value, ed.progress.Value)
	}
	f.undo()
	if g().KeyResults[0].Current != 50 || kr(0).current.Text != "50" || ed.progress.Value != 0.75 {
		t.Fatalf("after undo: current %v, field %q, goal %v", g().KeyResults[0].Current, kr(0).current.Text, ed.progress.Value)
	}
	n = f.applied
	f.typeInto(kr(0).target, "a lot")
	f.expectRefused(n, "Edit key result target", `"a lot" is not a number`)
	if kr(0).target.Text != "100" {
		t.Fatalf("target field %q after refusal", kr(0).target.Text)
	}
	n = f.applied
	f.typeInto(kr(1).name, "")
	f.expectRefused(n, "Rename key result", "cannot be empty")

	// Add a key result: one command, a new row, progress now a mean of three.
	n = f.applied
	f.typeInto(ed.krs.addEntry, "Orchards")
	f.expectCommand(n, "Add key result")
	if len(g().KeyResults) != 3 || g().KeyResults[2].Name != "Orchards" || len(ed.krs.rows) != 3 {
		t.Fatalf("key results %+v, rows %d", g().KeyResults, len(ed.krs.rows))
	}
	// A fresh key result (0 → 0) counts as reached in the domain.
	if want := (0.5 + 1 + 1) / 3; ed.progress.Value != want || g().Progress() != want {
		t.Fatalf("goal progress %v, domain %v, want %v", ed.progress.Value, g().Progress(), want)
	}
	n = f.applied
	f.typeInto(kr(2).unit, "orchards")
	f.expectCommand(n, "Edit key result unit")
	n = f.applied
	f.typeInto(kr(2).target, "3")
	f.expectCommand(n, "Edit key result target")

	// Remove the first.
	n = f.applied
	test.Tap(kr(0).remove)
	f.expectCommand(n, "Remove key result")
	if len(g().KeyResults) != 2 || g().KeyResults[0].Name != "Trees" || kr(0).name.Text != "Trees" || kr(1).name.Text != "Orchards" {
		t.Fatalf("after remove: %+v", g().KeyResults)
	}
	f.undo()
	if len(g().KeyResults) != 3 || kr(0).name.Text != "Harvest" {
		t.Fatalf("after undo: %+v", g().KeyResults)
	}
}

func TestGoalEditorTitleAndInitiatives(t *testing.T) {
	f := newFixture(t, openGoal)
	ed := f.ed.(*goalEditor)
	n := f.applied
	f.typeInto(ed.title, "Grow the orchards")
	f.expectCommand(n, "Rename goal")
	n = f.applied
	f.typeInto(ed.description, "More trees")
	f.expectCommand(n, "Edit goal description")

	// Alpha serves the goal; 3 of its 8 points are accepted.
	if len(ed.initRows) != 1 || ed.initRows[0].name.Text != "Alpha" {
		t.Fatalf("initiatives shown: %d", len(ed.initRows))
	}
	r := ed.initRows[0]
	if r.bar.Value != 3.0/8 || r.note.Text != "1 of 2 items accepted" {
		t.Fatalf("Alpha: bar %v, note %q", r.bar.Value, r.note.Text)
	}
	test.Tap(r.open)
	if len(f.Opened) != 1 || f.Opened[0] != (app.Key{Kind: app.KindInitiative, ID: "init-a"}) {
		t.Fatalf("opened %v", f.Opened)
	}
	// Linking another initiative elsewhere shows it here.
	err := f.ws.Do(app.Func{Desc: "Link goal", Fn: func(tx *app.Tx) error {
		in, err := app.Edit[*app.Initiative](tx, app.KindInitiative, "init-b")
		in.Goals = append(in.Goals, "goal-grow")
		return err
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ed.initRows) != 2 || ed.initRows[1].name.Text != "Beta" || ed.noInitiatives.Visible() {
		t.Fatalf("after linking Beta: %d rows", len(ed.initRows))
	}
}

func TestGoalEditorReadOnly(t *testing.T) {
	newFixture(t, openGoal).checkReadOnly()
}
