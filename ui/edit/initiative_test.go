package edit

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

func openInitiative(id string) func(env *page.Env) page.Editor {
	return func(env *page.Env) page.Editor { return NewInitiativeEditor(env, id) }
}

func TestInitiativeEditorBasics(t *testing.T) {
	f := newFixture(t, openInitiative("init-a"))
	ed := f.ed.(*initiativeEditor)
	in := func() *app.Initiative { v, _ := f.ws.Initiative("init-a"); return v }

	for _, tc := range []struct {
		do    func()
		desc  string
		check func() bool
	}{
		{func() { f.typeInto(ed.name, "Alpha prime") }, "Rename initiative", func() bool { return in().Name == "Alpha prime" }},
		{func() { f.typeInto(ed.owner, "Kim") }, "Edit initiative owner", func() bool { return in().Owner == "Kim" }},
		{func() { f.typeInto(ed.description, "Plant early") }, "Edit initiative description", func() bool { return in().Description == "Plant early" }},
		{func() { ed.lane.SetSelected("Office") }, "Change initiative lane", func() bool { return in().Lane == "lane-office" }},
		{func() { ed.lane.SetSelected("(no lane)") }, "Change initiative lane", func() bool { return in().Lane == "" }},
		{func() { ed.status.SetSelected("At risk") }, "Change initiative status", func() bool { return in().Status == app.InitiativeAtRisk }},
		{func() { ed.goals.checks[1].SetChecked(true) }, "Link goal", func() bool { return slices.Equal(in().Goals, []string{"goal-grow", "goal-keep"}) }},
		{func() { ed.goals.checks[0].SetChecked(false) }, "Unlink goal", func() bool { return slices.Equal(in().Goals, []string{"goal-keep"}) }},
	} {
		n := f.applied
		tc.do()
		f.expectCommand(n, tc.desc)
		if !tc.check() {
			t.Fatalf("%s: initiative %+v", tc.desc, in())
		}
	}
	if !slices.Equal(ed.goals.checkedTitles(), []string{"Keep customers"}) {
		t.Fatalf("goals ticked: %q", ed.goals.checkedTitles())
	}
	f.undo()
	f.undo()
	if !slices.Equal(in().Goals, []string{"goal-grow"}) || !slices.Equal(ed.goals.checkedTitles(), []string{"Grow the orchard"}) {
		t.Fatalf("after undo: goals %q, ticked %q", in().Goals, ed.goals.checkedTitles())
	}
	f.undo()
	f.undo()
	if in().Lane != "lane-office" || ed.lane.Selected != "Office" {
		t.Fatalf("after undo: lane %q shown %q", in().Lane, ed.lane.Selected)
	}
}

func TestInitiativeEditorDates(t *testing.T) {
	f := newFixture(t, openInitiative("init-a"))
	ed := f.ed.(*initiativeEditor)
	in := func() *app.Initiative { v, _ := f.ws.Initiative("init-a"); return v }
	if ed.dated.Selected != datedOption || !ed.datedBox.Visible() || ed.horizonBox.Visible() {
		t.Fatal("a dated initiative does not show its dates")
	}
	n := f.applied
	f.typeInto(ed.start, "2026-02-01")
	f.expectCommand(n, "Change initiative start")
	for _, bad := range []struct {
		text string
		end  bool
		want []string
	}{
		{"next week", false, []string{"Change initiative start", `date "next week": want YYYY-MM-DD`}},
		{"2026-13-01", true, []string{"Change initiative end", "want YYYY-MM-DD"}},
		{"2026-01-15", true, []string{"Change initiative end", "before start"}},
		{"", true, []string{"set both start and end, or neither"}},
	} {
		field := ed.start
		if bad.end {
			field = ed.end
		}
		before := field.Text
		n = f.applied
		f.typeInto(field, bad.text)
		f.expectRefused(n, bad.want...)
		if field.Text != before {
			t.Fatalf("after %q the field shows %q, want %q back", bad.text, field.Text, before)
		}
	}
	if in().Start != app.MustDate("2026-02-01") || in().End != app.MustDate("2026-03-31") {
		t.Fatalf("dates %v–%v", in().Start, in().End)
	}

	// Undated: the dates go, the horizon comes from the start (already begun: Now).
	n = f.applied
	ed.dated.SetSelected(undatedOption)
	f.expectCommand(n, "Unschedule initiative")
	if !in().Start.IsZero() || !in().End.IsZero() || in().Horizon != app.HorizonNow {
		t.Fatalf("unscheduled: %v–%v %q", in().Start, in().End, in().Horizon)
	}
	if ed.datedBox.Visible() || !ed.horizonBox.Visible() || ed.horizon.Selected != "Now" {
		t.Fatalf("undated initiative: horizon shown %v as %q", ed.horizonBox.Visible(), ed.horizon.Selected)
	}
	n = f.applied
	ed.horizon.SetSelected("Later")
	f.expectCommand(n, "Change initiative horizon")
	if in().Horizon != app.HorizonLater {
		t.Fatalf("horizon %q", in().Horizon)
	}
	// Dated again: a quarter from today.
	n = f.applied
	ed.dated.SetSelected(datedOption)
	f.expectCommand(n, "Schedule initiative")
	if in().Start != app.MustDate(fixtureToday) || in().End != app.MustDate("2026-06-09") || in().Horizon != app.HorizonNone {
		t.Fatalf("scheduled: %v–%v %q", in().Start, in().End, in().Horizon)
	}
	if ed.start.Text != fixtureToday || !ed.datedBox.Visible() {
		t.Fatalf("start field %q", ed.start.Text)
	}
	f.undo()
	f.undo()
	f.undo()
	if in().Start != app.MustDate("2026-02-01") || ed.start.Text != "2026-02-01" || ed.dated.Selected != datedOption {
		t.Fatalf("after undo: %v, field %q, %q", in().Start, ed.start.Text, ed.dated.Selected)
	}
}

func TestInitiativeEditorDependencyCycle(t *testing.T) {
	// Alpha waits on Beta; making Beta wait on Alpha is a cycle.
	f := newFixture(t, openInitiative("init-b"))
	ed := f.ed.(*initiativeEditor)
	in := func() *app.Initiative { v, _ := f.ws.Initiative("init-b"); return v }
	if slices.Contains(ed.deps.pick.Options, "Beta") {
		t.Fatal("an initiative is offered as its own dependency")
	}
	n := f.applied
	ed.deps.pick.SetSelected("Alpha")
	f.expectRefused(n, "Add dependency", "Beta", "cycle", "Beta → Alpha → Beta")
	if len(in().DependsOn) != 0 || len(ed.deps.rows) != 0 || ed.deps.pick.Selected != "" {
		t.Fatalf("after the refused cycle: depends on %q, %d rows shown", in().DependsOn, len(ed.deps.rows))
	}
	n = f.applied
	ed.deps.pick.SetSelected("Gamma")
	f.expectCommand(n, "Add dependency")
	if !slices.Equal(in().DependsOn, []string{"init-c"}) || ed.deps.rows[0].open.Text != "Gamma" {
		t.Fatalf("depends on %q", in().DependsOn)
	}
	n = f.applied
	test.Tap(ed.deps.rows[0].remove)
	f.expectCommand(n, "Remove dependency")
	if len(in().DependsOn) != 0 {
		t.Fatalf("depends on %q", in().DependsOn)
	}
}

func TestInitiativeEditorColour(t *testing.T) {
	f := newFixture(t, openInitiative("init-a"))
	ed := f.ed.(*initiativeEditor)
	in := func() *app.Initiative { v, _ := f.ws.Initiative("init-a"); return v }
	if !ed.swatches[0].selected || ed.swatches[1].selected {
		t.Fatal("the current colour's swatch is not the one marked")
	}
	n := f.applied
	test.Tap(ed.swatches[7])
	f.expectCommand(n, "Change initiative colour")
	if in().Color != initiativePalette[7] || ed.color.Text != initiativePalette[7] || !ed.swatches[7].selected || ed.swatches[0].selected {
		t.Fatalf("colour %q, field %q", in().Color, ed.color.Text)
	}
	n = f.applied
	f.typeInto(ed.color, "#ABCDEF")
	f.expectCommand(n, "Change initiative colour")
	if in().Color != "#abcdef" || ed.color.Text != "#abcdef" {
		t.Fatalf("colour %q, field %q", in().Color, ed.color.Text)
	}
	n = f.applied
	f.typeInto(ed.color, "teal")
	f.expectRefused(n, "Change initiative colour", `"#teal" is not a colour`)
	if ed.color.Text != "#abcdef" {
		t.Fatalf("field %q after refusal", ed.color.Text)
	}
}

func TestInitiativeEditorScoresProgressItems(t *testing.T) {
	f := newFixture(t, openInitiative("init-a"))
	ed := f.ed.(*initiativeEditor)
	in := func() *app.Initiative { v, _ := f.ws.Initiative("init-a"); return v }
	// Own score 8 × 50 % ÷ 4; items 100 + 10 under RICE.
	if ed.ownScore.Text != "1" || !strings.HasPrefix(ed.itemsScore.Text, "110 (RICE, sum over 2 scored items)") {
		t.Fatalf("own score %q, items' score %q", ed.ownScore.Text, ed.itemsScore.Text)
	}
	n := f.applied
	f.typeInto(ed.value, "10")
	f.expectCommand(n, "Change initiative value")
	if in().Value != 10 || ed.ownScore.Text != "1.25" {
		t.Fatalf("value %v, own score %q", in().Value, ed.ownScore.Text)
	}
	for _, bad := range []struct {
		text, desc, want string
	}{
		{"11", "Change initiative value", "must be from 1 to 10, got 11"},
		{"ten", "Change initiative value", `"ten" is not a number`},
	} {
		n = f.applied
		f.typeInto(ed.value, bad.text)
		f.expectRefused(n, bad.desc, bad.want)
		if ed.value.Text != "10" {
			t.Fatalf("value field %q after %q", ed.value.Text, bad.text)
		}
	}
	n = f.applied
	f.typeInto(ed.confidence, "150")
	f.expectRefused(n, "Change initiative confidence", "must be from 0 to 100")
	n = f.applied
	f.typeInto(ed.effort, "")
	f.expectCommand(n, "Change initiative effort")
	if in().Effort != 0 || !strings.HasPrefix(ed.ownScore.Text, "not scored") {
		t.Fatalf("effort %v, own score %q", in().Effort, ed.ownScore.Text)
	}
	f.undo()
	if ed.effort.Text != "4" || ed.ownScore.Text != "1.25" {
		t.Fatalf("after undo: effort field %q, own score %q", ed.effort.Text, ed.ownScore.Text)
	}
	// The product's model drives the items' score.
	if err := f.ws.Do(app.EditProduct("Change scoring model", func(p *app.Product) error { p.ScoringModel = app.ModelWSJF; return nil })); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ed.itemsScore.Text, "no item scored with WSJF") {
		t.Fatalf("items' score under WSJF: %q", ed.itemsScore.Text)
	}

	// Progress: 3 of 8 points accepted.
	if ed.progress.Value != 3.0/8 || !strings.HasPrefix(ed.progressNote.Text, "1 of 2 items accepted") {
		t.Fatalf("progress %v, %q", ed.progress.Value, ed.progressNote.Text)
	}
	// Items: both, in backlog order, with their status; a tap opens one.
	if ed.itemList.Length() != 2 || ed.items[0].ID != "item-1" || ed.items[1].ID != "item-2" {
		t.Fatalf("items listed: %d", ed.itemList.Length())
	}
	ed.itemList.Select(1)
	if len(f.Opened) != 1 || f.Opened[0] != (app.Key{Kind: app.KindItem, ID: "item-2"}) {
		t.Fatalf("opened %v", f.Opened)
	}
	if ed.listSize.H <= 0 {
		t.Fatal("the item list has no height")
	}
}

func TestInitiativeEditorReadOnly(t *testing.T) {
	newFixture(t, openInitiative("init-a")).checkReadOnly()
}

// TestEditorRefusalUnderTheHeader: in the editors other than the item's, a
// change the rules refuse (an end before the start) is said under the
// header by the initiative's name, not in a modal, and the next accepted
// change takes it away.
func TestEditorRefusalUnderTheHeader(t *testing.T) {
	f := newFixture(t, openInitiative("init-a"))
	f.Env.Try = f.ws.Do
	ed := f.ed.(*initiativeEditor)
	r := ed.b.refusal
	if r == nil || r.Visible() {
		t.Fatal("no hidden refusal under the header")
	}
	name := func() string { v, _ := f.ws.Initiative("init-a"); return v.Name }()
	f.typeInto(ed.end, "2020-01-15")
	if top := f.Win.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("a modal is shown: %q", uitest.Texts(top))
	}
	if !r.Visible() || !strings.Contains(r.Sentence(), name) || strings.Contains(r.Sentence(), "init-a") || !strings.Contains(r.Sentence(), "before") {
		t.Fatalf("the refusal (shown %v) says %q, want %s's end before its start, without the ID", r.Visible(), r.Sentence(), name)
	}
	f.typeInto(ed.end, "2026-04-30")
	if r.Visible() {
		t.Errorf("an accepted change left the refusal %q", r.Sentence())
	}
}
