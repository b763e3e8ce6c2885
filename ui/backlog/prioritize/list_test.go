package prioritize

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

func wsjf(bv, tc, rr, size int) *app.WSJF {
	return &app.WSJF{BusinessValue: bv, TimeCriticality: tc, RiskReduction: rr, JobSize: size}
}

// shownTitles returns the titles the table shows, top to bottom, read from
// the rendered cells.
func shownTitles(l *List, titles []string) []string {
	type cell struct {
		y    float32
		text string
	}
	var cells []cell
	walk(l.table, fyne.Position{}, func(o fyne.CanvasObject, at fyne.Position) {
		if c, ok := o.(*cellLabel); ok && slices.Contains(titles, c.Text) {
			cells = append(cells, cell{at.Y, c.Text})
		}
	})
	slices.SortStableFunc(cells, func(a, b cell) int { return int(a.y - b.y) })
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = c.text
	}
	return out
}

// header returns the rendered header button of a column.
func header(t *testing.T, l *List, title string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walk(l.table, fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) {
		if b, ok := o.(*widget.Button); ok && (b.Text == title || strings.HasPrefix(b.Text, title+" ")) {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no header %q", title)
	}
	return found
}

func TestSortByWSJF(t *testing.T) {
	test.NewTempApp(t)
	ws := newWorkspace(t,
		spec{id: "it-a", title: "Alpha", status: app.StatusReady, wsjf: wsjf(1, 1, 1, 1)},       // 3
		spec{id: "it-b", title: "Bravo", status: app.StatusReady, wsjf: wsjf(8, 1, 1, 2)},       // 5
		spec{id: "it-c", title: "Charlie", status: app.StatusReady},                             // unscored
		spec{id: "it-d", title: "Delta", status: app.StatusInProgress, wsjf: wsjf(20, 1, 1, 1)}, // 22, not in what-next
		spec{id: "it-e", title: "Echo", status: app.StatusNew, wsjf: wsjf(2, 1, 1, 2)},          // 2
	)
	f := newFixture(t, ws)
	l := NewList(f.Env)
	f.show(l.Object(), 1400, 700)
	titles := []string{"Alpha", "Bravo", "Charlie", "Delta", "Echo"}

	// Unsorted: the what-next order under WSJF, then the rest.
	if got, want := shownTitles(l, titles), []string{"Bravo", "Alpha", "Echo", "Charlie", "Delta"}; !slices.Equal(got, want) {
		t.Errorf("what-next order: got %v, want %v", got, want)
	}
	test.Tap(header(t, l, "WSJF"))
	if got, want := shownTitles(l, titles), []string{"Delta", "Bravo", "Alpha", "Echo", "Charlie"}; !slices.Equal(got, want) {
		t.Errorf("WSJF descending: got %v, want %v", got, want)
	}
	if b := header(t, l, "WSJF"); !strings.HasSuffix(b.Text, "▼") {
		t.Errorf("header %q does not show the descending sort", b.Text)
	}
	test.Tap(header(t, l, "WSJF"))
	if got, want := shownTitles(l, titles), []string{"Echo", "Alpha", "Bravo", "Delta", "Charlie"}; !slices.Equal(got, want) {
		t.Errorf("WSJF ascending (unscored last): got %v, want %v", got, want)
	}
	// The what-next column shows positions for New and Ready items only.
	for _, r := range l.rows {
		got := l.cellText(r, colPos)
		if want := map[string]string{"it-b": "1", "it-a": "2", "it-e": "3", "it-c": "4", "it-d": "—"}[r.it.ID]; got != want {
			t.Errorf("next position of %s: got %q, want %q", r.it.ID, got, want)
		}
	}
}

func TestBlockedByShowsTitles(t *testing.T) {
	test.NewTempApp(t)
	ws := newWorkspace(t,
		spec{id: "it-a", title: "Build the shed", status: app.StatusInProgress},
		spec{id: "it-b", title: "Paint the shed", status: app.StatusReady, deps: []string{"it-a"}},
	)
	f := newFixture(t, ws)
	l := NewList(f.Env)
	f.show(l.Object(), 1400, 700)
	for _, r := range l.rows {
		if r.it.ID == "it-b" {
			if got := l.cellText(r, colBlocked); got != "Build the shed" {
				t.Errorf("blocked by: got %q, want the title of it-a", got)
			}
		}
	}
}

// checks returns the rendered row checks, top to bottom, without the header's.
func checks(l *List) []*widget.Check {
	type at struct {
		y float32
		c *widget.Check
	}
	var out []at
	walk(l.table, fyne.Position{}, func(o fyne.CanvasObject, p fyne.Position) {
		if c, ok := o.(*widget.Check); ok {
			out = append(out, at{p.Y, c})
		}
	})
	slices.SortStableFunc(out, func(a, b at) int { return int(a.y - b.y) })
	// The sticky check column is drawn over the scrolling one: one check
	// per row, the last drawn.
	var cs []*widget.Check
	for i, a := range out {
		if i+1 < len(out) && out[i+1].y == a.y {
			continue
		}
		cs = append(cs, a.c)
	}
	return cs[1:] // the first is the header's "select all shown"
}

func bulkWorkspace(t *testing.T) *app.Workspace {
	var specs []spec
	for i := range 12 {
		id := "it-" + string(rune('a'+i))
		specs = append(specs, spec{id: id, title: "Story " + string(rune('A'+i)), status: app.StatusReady})
	}
	specs = append(specs, spec{id: "it-raw", title: "Raw idea", status: app.StatusNew})
	return newWorkspace(t, specs...)
}

func TestBulkSetReleaseIsOneUndoableCommand(t *testing.T) {
	test.NewTempApp(t)
	ws := bulkWorkspace(t)
	f := newFixture(t, ws)
	l := NewList(f.Env)
	f.show(l.Object(), 1400, 900)

	cs := checks(l)
	if len(cs) < 10 {
		t.Fatalf("only %d row checks rendered", len(cs))
	}
	for _, c := range cs[:10] {
		test.Tap(c)
	}
	picked := l.Selected()
	if len(picked) != 10 {
		t.Fatalf("selected %v, want 10 items", picked)
	}
	l.bulkField.SetSelected(bulkRelease)
	l.bulkValue.SetText("Summer (rel-2)")
	before := f.done
	test.Tap(l.apply)

	if f.done != before+1 {
		t.Fatalf("bulk edit ran %d commands, want 1", f.done-before)
	}
	if desc, _ := ws.CanUndo(); desc != "Bulk edit: release Summer (rel-2)" {
		t.Errorf("undo names %q", desc)
	}
	for _, it := range ws.Items() {
		want := ""
		if slices.Contains(picked, it.ID) {
			want = "rel-2"
		}
		if it.Release != want {
			t.Errorf("%s: release %q, want %q", it.ID, it.Release, want)
		}
	}
	if got := l.summary.Text; got != "10 changed, 0 refused" {
		t.Errorf("summary %q", got)
	}
	if ov := f.Win.Canvas().Overlays().Top(); ov != nil {
		t.Errorf("a dialog opened though nothing was refused")
	}
	if _, err := ws.Undo(); err != nil {
		t.Fatal(err)
	}
	for _, it := range ws.Items() {
		if it.Release != "" {
			t.Errorf("after undo %s is still in release %q", it.ID, it.Release)
		}
	}
}

func TestBulkStatusReportsRefusals(t *testing.T) {
	test.NewTempApp(t)
	ws := bulkWorkspace(t)
	f := newFixture(t, ws)
	l := NewList(f.Env)
	f.show(l.Object(), 1400, 900)

	test.Tap(buttonNamed(t, l.Object(), "Select all shown"))
	if n := len(l.Selected()); n != 13 {
		t.Fatalf("select all shown selected %d, want 13", n)
	}
	l.bulkField.SetSelected(bulkStatus)
	l.bulkValue.SetText("In progress")
	test.Tap(l.apply)

	if len(f.Errs) != 0 {
		t.Fatalf("Do failed: %v", f.Errs)
	}
	raw, _ := ws.Item("it-raw")
	if raw.Status != app.StatusNew {
		t.Errorf("the raw idea moved to %s", raw.Status)
	}
	moved := 0
	for _, it := range ws.Items() {
		if it.Status == app.StatusInProgress {
			moved++
		}
	}
	if moved != 12 {
		t.Errorf("%d items in progress, want 12", moved)
	}
	if got := l.summary.Text; got != "12 changed, 1 refused" {
		t.Errorf("summary %q", got)
	}
	ov := f.Win.Canvas().Overlays().Top()
	if ov == nil {
		t.Fatal("no dialog lists the refused item")
	}
	var text string
	walk(ov, fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) {
		if lb, ok := o.(*widget.Label); ok {
			text += lb.Text + "\n"
		}
	})
	for _, want := range []string{"12 changed, 1 refused", "it-raw Raw idea", "acceptance criterion"} {
		if !strings.Contains(text, want) {
			t.Errorf("dialog does not say %q:\n%s", want, text)
		}
	}
}

func TestBulkNeedsAValueFromTheList(t *testing.T) {
	test.NewTempApp(t)
	f := newFixture(t, bulkWorkspace(t))
	l := NewList(f.Env)
	if _, _, err := l.bulkEdit(bulkRelease, "Autumn"); err == nil {
		t.Error("an unknown release was accepted")
	}
	l.bulkField.SetSelected(bulkAddTag)
	if _, desc, err := l.bulkEdit(bulkAddTag, "mobile"); err != nil || desc != "Bulk edit: add tag mobile" {
		t.Errorf("add tag: %q, %v", desc, err)
	}
}

func TestDoubleTapOpensItem(t *testing.T) {
	test.NewTempApp(t)
	f := newFixture(t, newWorkspace(t, spec{id: "it-a", title: "Alpha", status: app.StatusReady}))
	l := NewList(f.Env)
	f.show(l.Object(), 1400, 700)
	var title *cellLabel
	walk(l.table, fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) {
		if c, ok := o.(*cellLabel); ok && c.Text == "Alpha" {
			title = c
		}
	})
	if title == nil {
		t.Fatal("no Alpha cell")
	}
	test.DoubleTap(title)
	if want := (app.Key{Kind: app.KindItem, ID: "it-a"}); !slices.Equal(f.Opened, []app.Key{want}) {
		t.Errorf("opened %v, want %v", f.Opened, want)
	}
}

func buttonNamed(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walk(o, fyne.Position{}, func(c fyne.CanvasObject, _ fyne.Position) {
		if b, ok := c.(*widget.Button); ok && b.Text == text {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}
