package edit

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// fixtureToday is "today" in the fixture workspace.
const fixtureToday = "2026-03-10"

// newWorkspace returns a small plan that every editor test starts from:
//
//	lanes       lane-field "Field", lane-office "Office"
//	goals       goal-grow "Grow the orchard" (KRs Harvest 50 % and Trees 100 %), goal-keep "Keep customers"
//	initiatives init-a "Alpha" (dated, lane Field, goal grow, waits on Beta, value 8 effort 4 confidence 50)
//	            init-b "Beta" (undated, Next), init-c "Gamma" (undated, Later)
//	items       item-1 "Sow seeds" (Alpha, accepted, 3 pts, Must, release rel-1)
//	            item-2 "Water the rows" (Alpha, in progress, 5 pts, Must, release rel-1)
//	release     rel-1 "Spring" (capacity 10, tasks: "Write notes" due 2026-03-01 open = overdue,
//	            "Tell the press" due 2026-04-01 open, "Brief support" done)
//	and a persona, a competitor, a risk (on Alpha) and a milestone.
func newWorkspace(t *testing.T) *app.Workspace {
	t.Helper()
	ws := app.NewWorkspace(app.Product{Name: "Orchard", Horizon: "2026", Owner: "Robin", Version: "1.0"})
	ws.SetClock(app.DayClock(app.MustDate(fixtureToday)))
	ws.SetIDSource(app.SeededIDs(7))
	ready := func(it *app.Item) *app.Item {
		it.Criteria = []app.Criterion{{Text: "it works", Met: true}}
		return it
	}
	err := ws.Do(app.Func{Desc: "seed", Fn: func(tx *app.Tx) error {
		s := tx.EditStrategy()
		s.Vision = "See the whole forest."
		s.Differentiators = []string{"Fast", "Local", "Open"}
		s.NorthStar = app.Metric{Name: "Trees planted", Unit: "trees", Baseline: 0, Target: 200, Current: 50}
		ents := []app.Entity{
			&app.Lane{ID: "lane-field", Name: "Field", Order: 1},
			&app.Lane{ID: "lane-office", Name: "Office", Order: 2},
			&app.Goal{ID: "goal-grow", Title: "Grow the orchard", Order: 1, KeyResults: []app.Metric{
				{Name: "Harvest", Unit: "t", Baseline: 0, Target: 100, Current: 50},
				{Name: "Trees", Baseline: 0, Target: 10, Current: 10},
			}},
			&app.Goal{ID: "goal-keep", Title: "Keep customers", Order: 2},
			&app.Initiative{ID: "init-b", Name: "Beta", Status: app.InitiativePlanned, Horizon: app.HorizonNext},
			&app.Initiative{ID: "init-c", Name: "Gamma", Status: app.InitiativePlanned, Horizon: app.HorizonLater},
			&app.Initiative{ID: "init-a", Name: "Alpha", Lane: "lane-field", Goals: []string{"goal-grow"},
				Start: app.MustDate("2026-01-01"), End: app.MustDate("2026-03-31"), Status: app.InitiativeActive,
				Color: "#1f7a8c", Owner: "Sam", DependsOn: []string{"init-b"}, Value: 8, Effort: 4, Confidence: 50},
			&app.Release{ID: "rel-1", Name: "Spring", Start: app.MustDate("2026-01-01"), Date: app.MustDate("2026-04-15"), Capacity: 10,
				Tasks: []app.LaunchTask{
					{Title: "Write notes", Owner: "Kim", Due: app.MustDate("2026-03-01")},
					{Title: "Tell the press", Owner: "Lee", Due: app.MustDate("2026-04-01")},
					{Title: "Brief support", Owner: "Kim", Due: app.MustDate("2026-02-01"), Done: true},
				}},
			ready(&app.Item{ID: "item-1", Title: "Sow seeds", Type: app.TypeStory, Status: app.StatusAccepted, Estimate: 3,
				Initiative: "init-a", Release: "rel-1", MoSCoW: app.MoSCoWMust,
				Scores: app.Scores{RICE: &app.RICE{Reach: 100, Impact: 1, Confidence: 100, Effort: 1}}}),
			ready(&app.Item{ID: "item-2", Title: "Water the rows", Type: app.TypeChore, Status: app.StatusInProgress, Estimate: 5,
				Initiative: "init-a", Release: "rel-1", MoSCoW: app.MoSCoWMust,
				Scores: app.Scores{RICE: &app.RICE{Reach: 20, Impact: 1, Confidence: 100, Effort: 2}}}),
			&app.Persona{ID: "persona-pat", Name: "Pat", Role: "Grower", Needs: []string{"Plan the season"}},
			&app.Competitor{ID: "comp-paper", Name: "Paper", Strengths: []string{"Cheap"}},
			&app.Risk{ID: "risk-rain", Description: "Too much rain", Initiatives: []string{"init-a"}},
			&app.Milestone{ID: "ms-bloom", Name: "Bloom", Date: app.MustDate("2026-04-01"), Lane: "lane-field", Initiative: "init-a"},
		}
		for _, e := range ents {
			if err := tx.Put(e); err != nil {
				return err
			}
		}
		return nil
	}})
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
	return ws
}

// fixture is an editor in a headless window over a workspace, with an Env
// that behaves like the window's: Do runs the command on the workspace and
// keeps the error it would show; every change refreshes the editor.
type fixture struct {
	*uitest.Context
	t       *testing.T
	ws      *app.Workspace
	ed      page.Editor
	applied int // commands done (not undone)
}

// newFixture opens the editor that open builds on a fresh fixture workspace.
func newFixture(t *testing.T, open func(env *page.Env) page.Editor) *fixture {
	t.Helper()
	test.NewTempApp(t)
	return newFixtureOn(t, newWorkspace(t), open)
}

func newFixtureOn(t *testing.T, ws *app.Workspace, open func(env *page.Env) page.Editor) *fixture {
	t.Helper()
	f := &fixture{Context: uitest.NewContext(t, ws), t: t, ws: ws}
	f.ed = open(f.Env)
	ws.OnChange(func(c app.Change) {
		if !c.Undone {
			f.applied++
		}
		f.ed.Refresh()
	})
	f.Win.SetContent(f.ed.Object())
	f.Win.Resize(fyne.NewSize(800, 1000))
	return f
}

// typeInto replaces the text of a field as a user would and leaves it,
// which commits it.
func (f *fixture) typeInto(en *form.Entry, text string) {
	f.t.Helper()
	f.Win.Canvas().Focus(en)
	en.SetText("")
	test.Type(en, text)
	f.Win.Canvas().Unfocus()
}

// expectCommand checks that exactly one more command was done since
// before, described by desc, and no error was shown.
func (f *fixture) expectCommand(before int, desc string) {
	f.t.Helper()
	if len(f.Errs) > 0 {
		f.t.Fatalf("unexpected error: %v", f.Errs[len(f.Errs)-1])
	}
	if f.applied != before+1 {
		f.t.Fatalf("%d commands done, want 1", f.applied-before)
	}
	if got, _ := f.ws.CanUndo(); got != desc {
		f.t.Fatalf("command %q, want %q", got, desc)
	}
}

// expectRefused checks that no command was done since before and that the
// error shown contains every part of want.
func (f *fixture) expectRefused(before int, want ...string) {
	f.t.Helper()
	if f.applied != before {
		d, _ := f.ws.CanUndo()
		f.t.Fatalf("a command was done (%q), want it refused", d)
	}
	if len(f.Errs) == 0 {
		f.t.Fatalf("no error shown, want one containing %q", want)
	}
	err := f.Errs[len(f.Errs)-1]
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			f.t.Fatalf("error %q does not contain %q", err, w)
		}
	}
	f.Errs = nil
}

// undo undoes the last command.
func (f *fixture) undo() {
	f.t.Helper()
	if ok, err := f.ws.Undo(); !ok || err != nil {
		f.t.Fatalf("undo: %v %v", ok, err)
	}
}

// walk calls fn for every object under o, into containers and widgets.
func walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	fn(o)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			walk(c, fn)
		}
	case *container.Scroll:
		walk(v.Content, fn)
	case *page.Refusal:
		// Its buttons open an editor or hide it: no edit, read-only or not.
	case fyne.Widget:
		if r := test.WidgetRenderer(v); r != nil {
			for _, c := range r.Objects() {
				walk(c, fn)
			}
		}
	}
}

// buttonNamed returns the visible button labelled text under o.
func buttonNamed(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walk(o, func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok && b.Text == text && b.Visible() && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}

// confirm taps the button labelled text of the dialog on top of the window.
func (f *fixture) confirm(text string) {
	f.t.Helper()
	top := f.Win.Canvas().Overlays().Top()
	if top == nil {
		f.t.Fatal("no dialog is shown")
	}
	test.Tap(buttonNamed(f.t, top, text))
}

// isNavigation reports whether b only opens another editor, which stays
// possible in a read-only workspace.
func isNavigation(b *widget.Button) bool { return b.Icon == theme.NavigateNextIcon() }

// checkReadOnly makes the workspace read-only and checks that every control
// of the editor is disabled, then editable again and enabled.
func (f *fixture) checkReadOnly() {
	f.t.Helper()
	controls := func() (on, off int, first string) {
		walk(f.ed.Object(), func(o fyne.CanvasObject) {
			d, ok := o.(fyne.Disableable)
			if !ok {
				return
			}
			if b, ok := o.(*widget.Button); ok && isNavigation(b) {
				return
			}
			if d.Disabled() {
				off++
			} else {
				on++
				if first == "" {
					first = describe(o)
				}
			}
		})
		return
	}
	f.ws.SetReadOnly(errors.New("opened from a newer Canopy"))
	f.ed.Refresh()
	on, off, first := controls()
	if on != 0 || off == 0 {
		f.t.Fatalf("read-only: %d controls enabled (first: %s), %d disabled", on, first, off)
	}
	f.ws.SetReadOnly(nil)
	f.ed.Refresh()
	if on, _, _ := controls(); on == 0 {
		f.t.Fatal("editable again: every control still disabled")
	}
}

func describe(o fyne.CanvasObject) string {
	switch v := o.(type) {
	case *widget.Button:
		return "button " + v.Text
	case *form.Entry:
		return "entry " + v.Text
	case *widget.Select:
		return "select " + v.Selected
	case *widget.Check:
		return "check " + v.Text
	}
	return "a control"
}

func TestNumberCodec(t *testing.T) {
	c := numberCodec(numberSpec{lo: 1, hi: 10, blankZero: true})
	for _, tc := range []struct {
		in   string
		want float64
		err  string
	}{
		{"", 0, ""}, {" 7 ", 7, ""}, {"2.5", 2.5, ""}, {"0", 0, ""},
		{"abc", 0, `"abc" is not a number`}, {"1,5", 0, "decimal point"}, {"NaN", 0, "not a number"},
		{"11", 0, "must be from 1 to 10, got 11 (leave it empty for not set)"},
	} {
		got, err := c.parse(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("parse(%q) error %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("parse(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	if got := c.format(0); got != "" {
		t.Errorf("format(0) = %q, want empty for not set", got)
	}
	whole := numberCodec(numberSpec{lo: 0, hi: 100, whole: true})
	if _, err := whole.parse("2.5"); err == nil || !strings.Contains(err.Error(), "whole number") {
		t.Errorf("whole parse(2.5) error %v", err)
	}
	if _, err := numberCodec(anyNumber).parse(""); err == nil {
		t.Error("an empty metric value was accepted")
	}
}

func TestColorCodec(t *testing.T) {
	for in, want := range map[string]string{"#1F7A8C": "#1f7a8c", " 1f7a8c ": "#1f7a8c", "": ""} {
		if got, err := colorCodec.parse(in); err != nil || got != want {
			t.Errorf("parse(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := colorCodec.parse("#12"); err == nil || !strings.Contains(err.Error(), "six hex digits") {
		t.Errorf("parse(#12) error %v", err)
	}
}

// TestEveryKindHasAnEditor checks New covers every kind but items.
func TestEveryKindHasAnEditor(t *testing.T) {
	test.NewTempApp(t)
	ws := newWorkspace(t)
	env := &page.Env{WS: ws, Do: ws.Do}
	keys := []app.Key{app.ProductKey, app.StrategyKey}
	for _, k := range app.Kinds {
		if es := ws.Entities(k); len(es) > 0 {
			keys = append(keys, app.KeyOf(es[0]))
		}
	}
	for _, k := range keys {
		ed, ok := New(env, k)
		if k.Kind == app.KindItem {
			if ok {
				t.Errorf("New made an editor for %s, which the item editor owns", k)
			}
			continue
		}
		if !ok || ed.Key() != k || ed.Object() == nil {
			t.Errorf("New(%s) = %v, %v", k, ed, ok)
		}
	}
}

// listEntries returns the first field of every row of l.
func listEntries[E app.Entity, T any](l *rowList[E, T]) []*form.Entry {
	var out []*form.Entry
	for _, r := range l.rows {
		out = append(out, r.fields[0])
	}
	return out
}

// listAdder returns the field that adds an element to l.
func listAdder[E app.Entity, T any](l *rowList[E, T]) *form.Entry { return l.addEntry }

// listRowButtons returns row i's Move up, Move down and Remove buttons.
func listRowButtons[E app.Entity, T any](l *rowList[E, T], i int) []*widget.Button {
	r := l.rows[i]
	return []*widget.Button{r.up, r.down, r.rm}
}

// checkedTitles returns the labels of the ticked boxes.
func (l *checklist[E]) checkedTitles() []string {
	var out []string
	for _, c := range l.checks {
		if c.Checked {
			out = append(out, c.Text)
		}
	}
	return out
}
