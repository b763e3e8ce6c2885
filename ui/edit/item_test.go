package edit

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/internal/uitest"
)

// itemFixture is a workspace, a window and the editor of one item in it,
// with an Env that records what the editor asks of the window.
type itemFixture struct {
	*uitest.Context // Cmds: the commands the workspace accepted; Errs: those it refused
	t               *testing.T
	ws              *app.Workspace
	ed              *itemEditor
}

// newItemFixture builds a small workspace:
//
//	item-a  Alpha    New, nothing groomed
//	item-b  Beta     New, waits on item-a
//	item-c  Gamma    Done, 1 of 2 criteria met, waits on item-d, in init-a and rel-a
//	item-d  Delta    Done, every criterion met
//	item-e  Epsilon  Accepted
//
// and opens the editor of item id.
func newItemFixture(t *testing.T, id string, extra ...app.Entity) *itemFixture {
	t.Helper()
	test.NewTempApp(t)
	ws := app.NewWorkspace(app.Product{Name: "Test product", ScoringModel: app.ModelRICE})
	today := app.MustDate("2026-11-27")
	ws.SetClock(app.DayClock(today))
	ws.SetIDSource(app.SeededIDs(1))
	ws.SetUser("Priya")
	ents := []app.Entity{
		&app.Initiative{ID: "init-a", Name: "Offline mode", Status: app.InitiativeActive},
		&app.Initiative{ID: "init-b", Name: "Smart dispatch", Status: app.InitiativePlanned},
		&app.Release{ID: "rel-a", Name: "Crewline 4.2", Date: app.MustDate("2026-12-15")},
		&app.Item{ID: "item-a", Type: app.TypeFeature, Title: "Alpha", Status: app.StatusNew, Rank: 1},
		&app.Item{ID: "item-b", Type: app.TypeStory, Title: "Beta", Status: app.StatusNew, Rank: 2, DependsOn: []string{"item-a"}},
		&app.Item{ID: "item-c", Type: app.TypeFeature, Title: "Gamma", Status: app.StatusDone, Rank: 3, Estimate: 3,
			Initiative: "init-a", Release: "rel-a", DependsOn: []string{"item-d"}, Links: []string{"https://docs.example/gamma"},
			Criteria: []app.Criterion{{Text: "Works offline", Met: true}, {Text: "Syncs on reconnect"}}},
		&app.Item{ID: "item-d", Type: app.TypeBug, Title: "Delta", Status: app.StatusDone, Rank: 4, Estimate: 2,
			Criteria: []app.Criterion{{Text: "No crash", Met: true}}},
		&app.Item{ID: "item-e", Type: app.TypeChore, Title: "Epsilon", Status: app.StatusAccepted, Rank: 5, Estimate: 1,
			Criteria: []app.Criterion{{Text: "Done right", Met: true}}},
	}
	ents = append(ents, extra...)
	err := ws.Do(app.Func{Desc: "Seed", Fn: func(tx *app.Tx) error {
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
	f := &itemFixture{Context: uitest.NewContext(t, ws), t: t, ws: ws}
	f.Win.Resize(fyne.NewSize(700, 900))
	f.open(id)
	return f
}

// open shows the editor of item id in the window.
func (f *itemFixture) open(id string) {
	f.ed = NewItemEditor(f.Env, id).(*itemEditor)
	f.Win.SetContent(f.ed.Object())
	f.Cmds, f.Errs = nil, nil
}

// item returns the item as the workspace holds it.
func (f *itemFixture) item(id string) *app.Item {
	f.t.Helper()
	it, ok := f.ws.Item(id)
	if !ok {
		f.t.Fatalf("item %s is not in the workspace", id)
	}
	return it
}

// typeInto replaces the text of a field as a user would, then moves the
// focus away, which commits it.
func (f *itemFixture) typeInto(e *form.Entry, text string) {
	f.Win.Canvas().Focus(e)
	e.SetText("")
	test.Type(e, text)
	f.Win.Canvas().Unfocus()
}

// wantCmds checks the descriptions of the commands run since the last call.
func (f *itemFixture) wantCmds(want ...string) {
	f.t.Helper()
	if !slices.Equal(f.Cmds, want) {
		f.t.Fatalf("commands %q, want %q (refused: %v)", f.Cmds, want, f.Errs)
	}
	f.Cmds = nil
}

// wantNoErrors checks that the workspace refused nothing.
func (f *itemFixture) wantNoErrors() {
	f.t.Helper()
	if len(f.Errs) > 0 {
		f.t.Fatalf("refused: %v", f.Errs)
	}
}

// itemWalk calls fn on o and everything inside it, hidden or not.
func itemWalk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	fn(o)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			itemWalk(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			itemWalk(c, fn)
		}
	}
}

// itemWalkVisible calls fn on o and every visible object inside it.
func itemWalkVisible(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	fn(o)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			itemWalkVisible(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			itemWalkVisible(c, fn)
		}
	}
}

// itemFindAll returns the objects of type T inside o.
func itemFindAll[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	itemWalk(o, func(c fyne.CanvasObject) {
		if v, ok := c.(T); ok {
			out = append(out, v)
		}
	})
	return out
}

// overlay returns the dialog on top of the window; the test fails without one.
func (f *itemFixture) overlay() fyne.CanvasObject {
	f.t.Helper()
	top := f.Win.Canvas().Overlays().Top()
	if top == nil {
		f.t.Fatal("no dialog is shown")
	}
	return top
}

// dialogButton returns the button of the dialog on top labelled text.
func (f *itemFixture) dialogButton(text string) *widget.Button {
	f.t.Helper()
	for _, b := range itemFindAll[*widget.Button](f.overlay()) {
		if b.Text == text {
			return b
		}
	}
	f.t.Fatalf("the dialog has no %q button", text)
	return nil
}

// dialogEntry returns the text field of the dialog on top.
func (f *itemFixture) dialogEntry() *widget.Entry {
	f.t.Helper()
	es := itemFindAll[*widget.Entry](f.overlay())
	if len(es) != 1 {
		f.t.Fatalf("the dialog has %d text fields, want 1", len(es))
	}
	return es[0]
}

func TestItemEditorTitleIsOneUndoableCommand(t *testing.T) {
	f := newItemFixture(t, "item-a")
	title := f.ed.details.title
	f.Win.Canvas().Focus(title)
	title.SetText("")
	test.Type(title, "Alpha prime")
	if len(f.Cmds) != 0 || f.item("item-a").Title != "Alpha" {
		t.Fatalf("typing committed: %q, title %q", f.Cmds, f.item("item-a").Title)
	}
	f.Win.Canvas().Unfocus()
	f.wantCmds("Edit title")
	if got := f.item("item-a").Title; got != "Alpha prime" {
		t.Fatalf("title %q after focus loss", got)
	}
	if f.ed.heading.Text != "Alpha prime" {
		t.Errorf("heading %q", f.ed.heading.Text)
	}
	if desc, _ := f.ws.CanUndo(); desc != "Edit title" {
		t.Errorf("undo says %q", desc)
	}

	if ok, err := f.ws.Undo(); !ok || err != nil {
		t.Fatalf("undo: %v %v", ok, err)
	}
	f.ed.Refresh()
	if f.item("item-a").Title != "Alpha" || title.Text != "Alpha" {
		t.Fatalf("after undo: title %q, field %q", f.item("item-a").Title, title.Text)
	}

	// An empty title is refused by the rules and the field shows the old one.
	f.typeInto(title, "  ")
	if len(f.Errs) != 1 || !strings.Contains(f.Errs[0].Error(), "title") || f.item("item-a").Title != "Alpha" || title.Text != "Alpha" {
		t.Fatalf("empty title: errors %v, title %q, field %q", f.Errs, f.item("item-a").Title, title.Text)
	}
	// Retyping the same title makes no command.
	f.typeInto(title, "Alpha")
	f.wantCmds()
}

func TestItemEditorDetailFields(t *testing.T) {
	f := newItemFixture(t, "item-a")
	d := f.ed.details

	d.typ.SetSelected("Bug")
	f.typeInto(d.assignee, " Omar Haddad ")
	d.initiative.SetSelected("Offline mode")
	d.release.SetSelected("Crewline 4.2 (2026-12-15)")
	d.moscow.SetSelected("Won't")
	f.typeInto(d.tags, "sync, offline ,, sync")
	f.typeInto(d.description, "Line one\nLine two")
	f.typeInto(f.ed.links.notes, "Ask Grace")
	f.wantNoErrors()
	f.wantCmds("Change type", "Edit assignee", "Change initiative", "Change release", "Change MoSCoW",
		"Edit tags", "Edit description", "Edit notes")

	it := f.item("item-a")
	if it.Type != app.TypeBug || it.Assignee != "Omar Haddad" || it.Initiative != "init-a" || it.Release != "rel-a" ||
		it.MoSCoW != app.MoSCoWWont || !slices.Equal(it.Tags, []string{"offline", "sync"}) ||
		it.Description != "Line one\nLine two" || it.Notes != "Ask Grace" {
		t.Fatalf("item after edits: %+v", it)
	}
	if d.tags.Text != "offline, sync" {
		t.Errorf("tags field shows %q, want the stored set", d.tags.Text)
	}
	if f.ed.sub.Text != "Bug · item-a · New" {
		t.Errorf("sub-heading %q", f.ed.sub.Text)
	}

	// The buttons beside the initiative and the release open them.
	test.Tap(d.openInitiative)
	test.Tap(d.openRelease)
	want := []app.Key{{Kind: app.KindInitiative, ID: "init-a"}, {Kind: app.KindRelease, ID: "rel-a"}}
	if !slices.Equal(f.Opened, want) {
		t.Errorf("opened %v, want %v", f.Opened, want)
	}

	// "None" clears the references; the open buttons are then disabled.
	d.initiative.SetSelected("None")
	d.release.SetSelected("None")
	d.moscow.SetSelected("None")
	f.wantCmds("Change initiative", "Change release", "Change MoSCoW")
	it = f.item("item-a")
	if it.Initiative != "" || it.Release != "" || it.MoSCoW != app.MoSCoWNone {
		t.Fatalf("after None: %+v", it)
	}
	if !d.openInitiative.Disabled() || !d.openRelease.Disabled() {
		t.Error("open buttons enabled without a reference")
	}
	if !slices.Equal(d.initiative.Options, []string{"None", "Offline mode", "Smart dispatch"}) {
		t.Errorf("initiative options %q", d.initiative.Options)
	}
}

func TestItemEditorEstimateRejectsNonNumbers(t *testing.T) {
	f := newItemFixture(t, "item-c")
	est := f.ed.details.estimate
	msg := itemFindAll[*widget.Label](f.ed.details.form)
	message := func() string {
		for _, l := range msg {
			if l.Importance == widget.DangerImportance && l.Visible() {
				return l.Text
			}
		}
		return ""
	}

	f.typeInto(est, "abc")
	f.wantCmds()
	if f.item("item-c").Estimate != 3 || est.Text != "3" {
		t.Fatalf("abc: estimate %v, field %q", f.item("item-c").Estimate, est.Text)
	}
	if m := message(); !strings.Contains(m, "abc") || !strings.Contains(m, "not a number") {
		t.Fatalf("abc: message %q", m)
	}

	f.typeInto(est, "5.5")
	f.wantCmds("Edit estimate")
	if f.item("item-c").Estimate != 5.5 || message() != "" {
		t.Fatalf("5.5: estimate %v, message %q", f.item("item-c").Estimate, message())
	}

	// A number the rules refuse is reported by Env.Do and put back.
	f.typeInto(est, "-1")
	if len(f.Errs) != 1 || f.item("item-c").Estimate != 5.5 || est.Text != "5.5" {
		t.Fatalf("-1: errors %v, estimate %v, field %q", f.Errs, f.item("item-c").Estimate, est.Text)
	}
}

func TestItemEditorCriteria(t *testing.T) {
	f := newItemFixture(t, "item-a")
	c := f.ed.criteria
	if c.count.Text != "0/0 criteria met" || !c.empty.Visible() {
		t.Fatalf("no criteria: count %q, empty note shown %v", c.count.Text, c.empty.Visible())
	}

	test.Type(c.add, "First")
	test.Tap(c.addBtn)
	f.Win.Canvas().Focus(c.add)
	test.Type(c.add, "Second")
	c.add.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	test.Tap(c.addBtn) // an empty criterion is not added
	f.wantCmds("Add criterion", "Add criterion")
	if c.add.Text != "" || len(c.rows) != 2 || c.count.Text != "0/2 criteria met" || c.empty.Visible() {
		t.Fatalf("after adding: field %q, %d rows, count %q", c.add.Text, len(c.rows), c.count.Text)
	}

	test.Tap(c.rows[1].met)
	f.wantCmds("Tick criterion")
	if !f.item("item-a").Criteria[1].Met || c.count.Text != "1/2 criteria met" {
		t.Fatalf("tick: %+v, count %q", f.item("item-a").Criteria, c.count.Text)
	}

	// A criterion reads as wrapped text; tapped, its field opens, and
	// leaving the field shows the text again.
	if c.rows[0].text.Visible() || !c.rows[0].shown.Visible() || c.rows[0].shown.Wrapping != fyne.TextWrapWord {
		t.Fatal("a criterion is not shown as wrapped text until tapped")
	}
	test.Tap(c.rows[0].shown)
	if !c.rows[0].text.Visible() || c.rows[0].shown.Visible() || f.Win.Canvas().Focused() != c.rows[0].text {
		t.Fatal("tapping a criterion does not open its field")
	}
	f.typeInto(c.rows[0].text, "First, edited")
	f.wantCmds("Edit criterion")
	if c.rows[0].text.Visible() || c.rows[0].shown.Text != "First, edited" {
		t.Fatalf("after the edit the criterion shows %q (field visible %v)", c.rows[0].shown.Text, c.rows[0].text.Visible())
	}
	if _, ok := any(c.rows[0].shown).(fyne.Scrollable); ok {
		t.Error("the criterion's text takes the mouse wheel from the page")
	}

	if !c.rows[0].up.Disabled() || !c.rows[1].down.Disabled() || c.rows[0].down.Disabled() || c.rows[1].up.Disabled() {
		t.Fatal("up/down buttons: the first cannot go up, the last cannot go down, the rest can move")
	}
	test.Tap(c.rows[1].up)
	f.wantCmds("Move criterion up")
	want := []app.Criterion{{Text: "Second", Met: true}, {Text: "First, edited"}}
	if got := f.item("item-a").Criteria; !slices.Equal(got, want) {
		t.Fatalf("after moving up: %+v, want %+v", got, want)
	}
	if !c.rows[0].met.Checked || c.rows[0].text.Text != "Second" || c.rows[1].text.Text != "First, edited" {
		t.Fatalf("rows after moving up: %v %q %q", c.rows[0].met.Checked, c.rows[0].text.Text, c.rows[1].text.Text)
	}
	test.Tap(c.rows[0].down)
	f.wantCmds("Move criterion down")

	test.Tap(c.rows[1].del)
	f.wantCmds("Delete criterion")
	want = []app.Criterion{{Text: "First, edited"}}
	if got := f.item("item-a").Criteria; !slices.Equal(got, want) || len(c.rows) != 1 || c.count.Text != "0/1 criteria met" {
		t.Fatalf("after delete: %+v, %d rows, count %q", got, len(c.rows), c.count.Text)
	}

	// Undo of the delete brings the row back.
	f.ws.Undo()
	f.ed.Refresh()
	if len(c.rows) != 2 || c.rows[1].text.Text != "Second" || !c.rows[1].met.Checked {
		t.Fatalf("after undo: %d rows", len(c.rows))
	}
	f.wantNoErrors()
}

func TestItemEditorDependencySearch(t *testing.T) {
	f := newItemFixture(t, "item-a")
	d := f.ed.deps
	if len(d.rows) != 0 || d.summary.Text != "Waits on no other item." {
		t.Fatalf("no dependencies: %d rows, summary %q", len(d.rows), d.summary.Text)
	}
	if d.resultBox.Visible() {
		t.Fatal("results shown before any search")
	}

	test.Type(d.search, "ALPH") // only this item: never offered
	if len(d.matches) != 0 || d.hint.Text != "No other item matches." {
		t.Fatalf("self search: %d matches, hint %q", len(d.matches), d.hint.Text)
	}
	d.search.SetText("")
	test.Type(d.search, "gam")
	if len(d.matches) != 1 || d.matches[0].ID != "item-c" || !d.resultBox.Visible() || d.results.Length() != 1 {
		t.Fatalf("gam: matches %v, list shown %v", d.matches, d.resultBox.Visible())
	}
	d.results.Select(0)
	f.wantCmds("Add dependency")
	if got := f.item("item-a").DependsOn; !slices.Equal(got, []string{"item-c"}) {
		t.Fatalf("depends on %v", got)
	}
	if d.search.Text != "" || d.resultBox.Visible() {
		t.Errorf("after the pick: search %q, results shown %v", d.search.Text, d.resultBox.Visible())
	}
	if len(d.rows) != 1 || d.rows[0].title.Text != "item-c · Gamma" || d.rows[0].status.Text != "Done" {
		t.Fatalf("row: %d rows, %q %q", len(d.rows), d.rows[0].title.Text, d.rows[0].status.Text)
	}
	if !strings.HasPrefix(d.summary.Text, "Not blocked") {
		t.Errorf("summary %q", d.summary.Text)
	}

	// By ID, too; an item already waited on is not offered again.
	test.Type(d.search, "item-")
	if ids := itemMatchIDs(d); !slices.Equal(ids, []string{"item-b", "item-d", "item-e"}) {
		t.Fatalf("item-: matches %v", ids)
	}
	d.search.SetText("")

	test.Tap(d.rows[0].open)
	if !slices.Equal(f.Opened, []app.Key{{Kind: app.KindItem, ID: "item-c"}}) {
		t.Fatalf("opened %v", f.Opened)
	}
	test.Tap(d.rows[0].remove)
	f.wantCmds("Remove dependency")
	if len(f.item("item-a").DependsOn) != 0 || len(d.rows) != 0 {
		t.Fatalf("after remove: %v, %d rows", f.item("item-a").DependsOn, len(d.rows))
	}
}

func itemMatchIDs(d *itemDeps) []string {
	var ids []string
	for _, m := range d.matches {
		ids = append(ids, m.ID)
	}
	return ids
}

func TestItemEditorDependencySearchShowsAtMost20(t *testing.T) {
	var bulk []app.Entity
	for i := range 10000 {
		bulk = append(bulk, &app.Item{ID: fmt.Sprintf("bulk-%05d", i), Type: app.TypeStory,
			Title: fmt.Sprintf("Generated %d", i), Status: app.StatusNew, Rank: float64(10 + i)})
	}
	f := newItemFixture(t, "item-a", bulk...)
	d := f.ed.deps
	test.Type(d.search, "generated")
	if len(d.matches) != itemMaxMatches || !d.more || !strings.Contains(d.hint.Text, "first 20") {
		t.Fatalf("%d matches, more %v, hint %q", len(d.matches), d.more, d.hint.Text)
	}
	// An exact ID comes first even when it ranks last.
	d.search.SetText("bulk-09999")
	if len(d.matches) != 1 || d.matches[0].ID != "bulk-09999" {
		t.Fatalf("exact ID: %v", itemMatchIDs(d))
	}
}

func TestItemEditorDependencyCycleIsRefused(t *testing.T) {
	f := newItemFixture(t, "item-a") // item-b waits on item-a
	d := f.ed.deps
	test.Type(d.search, "beta")
	if len(d.matches) != 1 {
		t.Fatalf("beta: %v", itemMatchIDs(d))
	}
	d.results.Select(0)
	if len(f.Errs) != 1 || !strings.Contains(f.Errs[0].Error(), "Alpha → Beta → Alpha") {
		t.Fatalf("errors %v, want one naming the cycle by titles, Alpha → Beta → Alpha", f.Errs)
	}
	if got := f.item("item-a").DependsOn; len(got) != 0 || len(d.rows) != 0 {
		t.Fatalf("dependencies changed: %v, %d rows", got, len(d.rows))
	}
	if d.search.Text != "beta" || len(d.matches) != 1 {
		t.Errorf("the search was lost: %q, %d matches", d.search.Text, len(d.matches))
	}
	f.wantCmds()
}

func TestItemEditorRICEScoreIsLive(t *testing.T) {
	f := newItemFixture(t, "item-a")
	s := f.ed.scores
	rice := s.panels[app.ModelRICE]
	if s.score.Text != "RICE score: unscored" || !rice.addRow.Visible() || rice.form.Visible() {
		t.Fatalf("unscored: %q, add shown %v, inputs shown %v", s.score.Text, rice.addRow.Visible(), rice.form.Visible())
	}
	if rice.add.Text != "Add RICE inputs" {
		t.Errorf("add button %q", rice.add.Text)
	}
	test.Tap(rice.add)
	f.wantCmds("Add RICE inputs")
	if rice.addRow.Visible() || !rice.form.Visible() || s.score.Text != "RICE score: 0" {
		t.Fatalf("after add: %q", s.score.Text)
	}

	reach := rice.controls[0].(*form.Entry)
	impact := rice.controls[1].(*form.Select)
	confidence := rice.controls[2].(*form.Entry)
	effort := rice.controls[3].(*form.Entry)
	steps := []struct {
		do   func()
		want string
	}{
		{func() { f.typeInto(reach, "1000") }, "800"},       // 1000 × 1 × 80 % ÷ 1
		{func() { impact.SetSelected("2 – high") }, "1600"}, // × 2
		{func() { f.typeInto(confidence, "50") }, "1000"},
		{func() { f.typeInto(effort, "3") }, "333.33"},
	}
	for i, st := range steps {
		st.do()
		if got := s.score.Text; got != "RICE score: "+st.want {
			t.Fatalf("step %d: %q, want %s", i, got, st.want)
		}
	}
	f.wantCmds("Edit RICE reach", "Edit RICE impact", "Edit RICE confidence", "Edit RICE effort")
	want := app.RICE{Reach: 1000, Impact: 2, Confidence: 50, Effort: 3}
	if got := f.item("item-a").Scores.RICE; got == nil || *got != want {
		t.Fatalf("RICE inputs %+v, want %+v", got, want)
	}

	// The other models: scores on one line, inputs folded away.
	if !strings.Contains(s.others.Text, "WSJF unscored") {
		t.Errorf("others %q", s.others.Text)
	}
	wsjf := s.panels[app.ModelWSJF]
	test.Tap(wsjf.add)
	wsjf.controls[3].(*form.Select).SetSelected("2") // job size
	f.wantCmds("Add WSJF inputs", "Edit WSJF job size")
	if !strings.Contains(s.others.Text, "WSJF 1.5") {
		t.Errorf("others %q, want WSJF 1.5", s.others.Text)
	}

	// Changing the product's model puts its inputs on top.
	f.ws.Do(app.EditProduct("Change model", func(p *app.Product) error { p.ScoringModel = app.ModelWSJF; return nil }))
	f.ed.Refresh()
	if s.score.Text != "WSJF score: 1.5" || s.current.Objects[0] != wsjf.box || len(s.folded.Items) != 3 {
		t.Fatalf("after the model changed: %q", s.score.Text)
	}

	test.Tap(rice.remove)
	f.wantCmds("Remove RICE inputs")
	if f.item("item-a").Scores.RICE != nil || !strings.Contains(s.others.Text, "RICE unscored") {
		t.Fatalf("after remove: %+v, others %q", f.item("item-a").Scores.RICE, s.others.Text)
	}
	f.wantNoErrors()
}

func TestItemEditorAcceptAsksForAReasonOnlyWhenCriteriaAreUnmet(t *testing.T) {
	f := newItemFixture(t, "item-c") // Done, 1 of 2 met
	st := f.ed.status
	if !st.decide.Visible() || st.accept.Text != "Accept…" || st.accept.Disabled() {
		t.Fatalf("accept button %q shown %v disabled %v", st.accept.Text, st.decide.Visible(), st.accept.Disabled())
	}
	test.Tap(st.accept)
	confirm := f.dialogButton("Accept")
	if !confirm.Disabled() {
		t.Fatal("the dialog accepts an empty reason")
	}
	test.Tap(f.dialogButton("Cancel"))
	if f.item("item-c").Status != app.StatusDone || len(f.Cmds) != 0 {
		t.Fatal("cancel accepted the item")
	}

	test.Tap(st.accept)
	reason := f.dialogEntry()
	test.Type(reason, "   ")
	if confirm = f.dialogButton("Accept"); !confirm.Disabled() {
		t.Fatal("the dialog accepts a blank reason")
	}
	reason.SetText("")
	test.Type(reason, "Pilot customer signed off without sync")
	if confirm.Disabled() {
		t.Fatal("the dialog refuses a reason")
	}
	test.Tap(confirm)
	f.wantCmds("Accept item")
	it := f.item("item-c")
	d, ok := it.LastDecision()
	if it.Status != app.StatusAccepted || !ok || d.Kind != app.DecisionAccepted || d.Reason != "Pilot customer signed off without sync" || d.By != "Priya" {
		t.Fatalf("after accept: status %s, decision %+v", it.Status, d)
	}
	if !f.ed.status.last.box.Visible() || !strings.HasPrefix(st.last.head.Text, "Accepted by Priya on ") ||
		st.last.reason.Text != "Override reason: Pilot customer signed off without sync" {
		t.Errorf("banner %q / %q", st.last.head.Text, st.last.reason.Text)
	}
	if h := f.ed.history; len(h.rows) != 1 || h.rows[0].head.Text != "Accepted · Done → Accepted" ||
		h.rows[0].reason.Text != "Pilot customer signed off without sync" || !strings.HasSuffix(h.rows[0].meta.Text, "· Priya") {
		t.Errorf("history rows %d", len(h.rows))
	}

	// All criteria met: Accept accepts at once.
	f.open("item-d")
	if f.ed.status.accept.Text != "Accept" {
		t.Fatalf("accept button %q", f.ed.status.accept.Text)
	}
	test.Tap(f.ed.status.accept)
	if f.Win.Canvas().Overlays().Top() != nil {
		t.Fatal("a dialog asks for a reason though every criterion is met")
	}
	f.wantCmds("Accept item")
	if d, _ := f.item("item-d").LastDecision(); f.item("item-d").Status != app.StatusAccepted || d.Reason != "" {
		t.Fatalf("item-d: %s %+v", f.item("item-d").Status, d)
	}
}

func TestItemEditorRejectRecordsTheReason(t *testing.T) {
	f := newItemFixture(t, "item-d")
	test.Tap(f.ed.status.reject)
	if !f.dialogButton("Reject").Disabled() {
		t.Fatal("the dialog rejects without a reason")
	}
	test.Type(f.dialogEntry(), "Crashes when the tablet sleeps")
	test.Tap(f.dialogButton("Reject"))
	f.wantCmds("Reject item")
	it := f.item("item-d")
	d, _ := it.LastDecision()
	if it.Status != app.StatusInProgress || d.Kind != app.DecisionRejected || d.Reason != "Crashes when the tablet sleeps" {
		t.Fatalf("after reject: %s %+v", it.Status, d)
	}
	st := f.ed.status
	if st.decide.Visible() || !strings.HasPrefix(st.last.head.Text, "Rejected by Priya") || st.last.reason.Text != "Reason: Crashes when the tablet sleeps" {
		t.Errorf("after reject: decide shown %v, banner %q / %q", st.decide.Visible(), st.last.head.Text, st.last.reason.Text)
	}
	if st.current.Text != "In progress" {
		t.Errorf("status shows %q", st.current.Text)
	}
}

func TestItemEditorReopenAsksForAReason(t *testing.T) {
	f := newItemFixture(t, "item-e")
	b := f.ed.status.moves[app.StatusInProgress]
	if b.Text != "← In progress…" || f.ed.status.moveHead.Text != "Reopen to" || b.Disabled() || f.ed.status.moves[app.StatusAccepted].Visible() {
		t.Fatalf("reopen button %q disabled %v", b.Text, b.Disabled())
	}
	test.Tap(b)
	test.Type(f.dialogEntry(), "The customer found a gap")
	test.Tap(f.dialogButton("Reopen"))
	f.wantCmds("Move to In progress")
	it := f.item("item-e")
	if d := it.History[len(it.History)-1]; it.Status != app.StatusInProgress || d.Kind != app.DecisionReopened || d.Reason != "The customer found a gap" {
		t.Fatalf("after reopen: %s %+v", it.Status, d)
	}
	// An ordinary move asks nothing.
	test.Tap(f.ed.status.moves[app.StatusDone])
	f.wantCmds("Move to Done")
	if f.Win.Canvas().Overlays().Top() != nil || f.item("item-e").Status != app.StatusDone {
		t.Fatal("an ordinary move asked for a reason")
	}
}

func TestItemEditorMovesExplainTheRules(t *testing.T) {
	f := newItemFixture(t, "item-a") // New, no criteria, no estimate
	st := f.ed.status
	for _, to := range []app.Status{app.StatusReady, app.StatusInProgress, app.StatusDone, app.StatusAccepted} {
		if !st.moves[to].Disabled() {
			t.Errorf("move to %s enabled", to)
		}
	}
	if st.moves[app.StatusNew].Visible() {
		t.Error("a move to the item's own status is offered")
	}
	for _, want := range []string{
		"Ready, In progress, Done, Accepted: moving to Ready needs at least one acceptance criterion and an estimate.",
	} {
		if !strings.Contains(st.blocked.Text, want) {
			t.Errorf("reasons %q lack %q", st.blocked.Text, want)
		}
	}
	// Grooming the item enables the moves.
	f.typeInto(f.ed.details.estimate, "3")
	test.Type(f.ed.criteria.add, "It works")
	test.Tap(f.ed.criteria.addBtn)
	if st.moves[app.StatusReady].Disabled() || st.moves[app.StatusReady].Text != "Ready →" {
		t.Fatalf("after grooming: Ready %q disabled %v, reasons %q", st.moves[app.StatusReady].Text, st.moves[app.StatusReady].Disabled(), st.blocked.Text)
	}
	test.Tap(st.moves[app.StatusReady])
	f.wantCmds("Edit estimate", "Add criterion", "Move to Ready")
	if f.item("item-a").Status != app.StatusReady || st.moves[app.StatusNew].Text != "← New" {
		t.Fatalf("status %s, back button %q", f.item("item-a").Status, st.moves[app.StatusNew].Text)
	}
}

func TestItemEditorReadOnlyDisablesEveryControl(t *testing.T) {
	f := newItemFixture(t, "item-c")
	// Open every folded panel and give the other models inputs, so that all
	// controls exist and are laid out.
	for _, m := range []app.ScoringModel{app.ModelRICE, app.ModelWSJF, app.ModelICE, app.ModelValueEffort} {
		test.Tap(f.ed.scores.panels[m].add)
	}
	f.ed.scores.folded.OpenAll()
	test.Type(f.ed.deps.search, "a")
	// enabled lists the visible controls that are enabled, leaving out
	// those that only navigate: opening another entity, unfolding a panel.
	enabled := func() []string {
		nav := map[fyne.CanvasObject]bool{f.ed.details.openInitiative: true, f.ed.details.openRelease: true}
		for _, r := range f.ed.deps.rows {
			nav[r.open] = true
		}
		folds := map[string]bool{}
		for _, it := range f.ed.scores.folded.Items {
			folds[it.Title] = true
		}
		var out []string
		itemWalkVisible(f.ed.Object(), func(o fyne.CanvasObject) {
			if b, ok := o.(*widget.Button); ok && folds[b.Text] {
				return
			}
			if _, ok := o.(*widget.Form); ok {
				return // a container: its fields are checked one by one
			}
			if d, ok := o.(fyne.Disableable); ok && !d.Disabled() && !nav[o] {
				text := ""
				if b, ok := o.(*widget.Button); ok {
					text = b.Text
				}
				out = append(out, fmt.Sprintf("%T %q", o, text))
			}
		})
		return out
	}
	if len(enabled()) < 30 {
		t.Fatalf("only %d controls enabled before read-only: the walk misses some", len(enabled()))
	}
	f.ws.SetReadOnly(errors.New("opened read-only"))
	f.ed.Refresh()
	if on := enabled(); len(on) > 0 {
		t.Fatalf("read-only, yet enabled:\n%s", strings.Join(on, "\n"))
	}
	// Navigation stays possible.
	if f.ed.deps.rows[0].open.Disabled() || f.ed.details.openInitiative.Disabled() {
		t.Error("read-only disables opening a dependency or the initiative")
	}
	// A new editor on a read-only workspace starts disabled too.
	f.open("item-e")
	if on := enabled(); len(on) > 0 {
		t.Fatalf("new editor, read-only, yet enabled:\n%s", strings.Join(on, "\n"))
	}
}

func TestItemEditorRefreshShowsExternalChangesAndKeepsTyping(t *testing.T) {
	f := newItemFixture(t, "item-a")
	desc := f.ed.details.description
	f.Win.Canvas().Focus(desc)
	test.Type(desc, "half-typed")

	err := f.ws.Do(app.EditItem("item-a", "Rename elsewhere", func(it *app.Item) error {
		it.Title = "Renamed elsewhere"
		it.Criteria = []app.Criterion{{Text: "From the board", Met: true}}
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	f.ed.Refresh()
	if f.ed.details.title.Text != "Renamed elsewhere" || f.ed.heading.Text != "Renamed elsewhere" {
		t.Fatalf("title field %q, heading %q", f.ed.details.title.Text, f.ed.heading.Text)
	}
	if len(f.ed.criteria.rows) != 1 || f.ed.criteria.count.Text != "1/1 criteria met" {
		t.Fatalf("criteria not refreshed: %d rows", len(f.ed.criteria.rows))
	}
	if desc.Text != "half-typed" || f.Win.Canvas().Focused() != desc {
		t.Fatalf("the description being typed was lost: %q, focused %v", desc.Text, f.Win.Canvas().Focused())
	}
	// The typing still commits as one edit.
	f.Win.Canvas().Unfocus()
	f.wantCmds("Edit description")
	if f.item("item-a").Description != "half-typed" {
		t.Fatalf("description %q", f.item("item-a").Description)
	}
}

func TestItemEditorDeleteAsksThenMovesToTheTrash(t *testing.T) {
	f := newItemFixture(t, "item-a") // item-b waits on it
	test.Tap(f.ed.del)
	test.Tap(f.dialogButton("Delete"))
	f.wantCmds("Delete item")
	if f.ws.Has(app.KindItem, "item-a") || len(f.item("item-b").DependsOn) != 0 {
		t.Fatal("item-a not deleted, or item-b still waits on it")
	}
	if !f.ed.gone.Visible() || f.ed.body.Visible() {
		t.Fatal("the editor of a deleted item still shows it")
	}
	f.ws.Undo()
	f.ed.Refresh()
	if f.ed.gone.Visible() || !f.ed.body.Visible() || f.ed.details.title.Text != "Alpha" {
		t.Fatal("after undo the editor does not show the item again")
	}
	test.Tap(f.ed.del)
	test.Tap(f.dialogButton("Cancel"))
	if !f.ws.Has(app.KindItem, "item-a") {
		t.Fatal("cancel deleted the item")
	}
}

func TestItemEditorLinksAreHyperlinks(t *testing.T) {
	f := newItemFixture(t, "item-c")
	l := f.ed.links
	if len(l.view.Objects) != 1 {
		t.Fatalf("%d links shown", len(l.view.Objects))
	}
	f.typeInto(l.links, "https://docs.example/gamma\n\n  https://design.example/b  \nmailto:po@example.com")
	f.wantCmds("Edit links")
	want := []string{"https://docs.example/gamma", "https://design.example/b", "mailto:po@example.com"}
	if got := f.item("item-c").Links; !slices.Equal(got, want) {
		t.Fatalf("links %q", got)
	}
	links := itemFindAll[*widget.Hyperlink](l.view)
	if len(links) != 3 {
		t.Fatalf("%d hyperlinks", len(links))
	}
	for _, h := range links[1:] {
		test.TapAt(h, fyne.NewPos(h.Size().Width/4, h.Size().Height/2))
	}
	if !slices.Equal(f.URLs, want[1:]) {
		t.Fatalf("opened %q", f.URLs)
	}
	// A line that is not a link is refused by the rules, and nothing changes.
	f.typeInto(l.links, "not a link")
	if len(f.Errs) != 1 || !slices.Equal(f.item("item-c").Links, want) || len(l.view.Objects) != 3 {
		t.Fatalf("bad link: errors %v, links %q", f.Errs, f.item("item-c").Links)
	}
}
