package board

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/sample"
	"canopy/ui/internal/uitest"
)

// boardWorkspace returns a small backlog, in rank order per column:
//
//	New          n1 n2 n3 (no criteria, no estimate)
//	Ready        r1 r2
//	In progress  p1 p2 p3 (WIP limit 2: over)
//	Done         d1
//	Accepted     a1
func boardWorkspace(t testing.TB) *app.Workspace {
	t.Helper()
	ws := app.NewWorkspace(app.Product{Name: "Board test", WIPLimits: map[app.Status]int{app.StatusInProgress: 2, app.StatusReady: 5}})
	ws.SetClock(app.DayClock(app.MustDate("2026-11-27")))
	ready := func(it *app.Item) *app.Item {
		it.Criteria = []app.Criterion{{Text: "works", Met: true}, {Text: "documented"}}
		it.Estimate = 3
		it.Scores = app.Scores{RICE: &app.RICE{Reach: 100, Impact: 2, Confidence: 50, Effort: 2}}
		return it
	}
	items := []*app.Item{
		{ID: "n1", Title: "New one", Type: app.TypeFeature, Status: app.StatusNew},
		{ID: "n2", Title: "New two", Type: app.TypeStory, Status: app.StatusNew},
		{ID: "n3", Title: "New three", Type: app.TypeBug, Status: app.StatusNew},
		ready(&app.Item{ID: "r1", Title: "Ready one", Type: app.TypeStory, Status: app.StatusReady, Assignee: "Ana", Tags: []string{"ui", "mobile"}, Initiative: "init-1"}),
		ready(&app.Item{ID: "r2", Title: "Ready two", Type: app.TypeStory, Status: app.StatusReady, DependsOn: []string{"p1"}}),
		ready(&app.Item{ID: "p1", Title: "Doing one", Type: app.TypeChore, Status: app.StatusInProgress}),
		ready(&app.Item{ID: "p2", Title: "Doing two", Type: app.TypeFeature, Status: app.StatusInProgress}),
		ready(&app.Item{ID: "p3", Title: "Doing three", Type: app.TypeBug, Status: app.StatusInProgress}),
		ready(&app.Item{ID: "d1", Title: "Done one", Type: app.TypeStory, Status: app.StatusDone}),
		{ID: "a1", Title: "Accepted one", Type: app.TypeStory, Status: app.StatusAccepted, Estimate: 1,
			Criteria: []app.Criterion{{Text: "all good", Met: true}}},
	}
	err := ws.Do(app.Func{Desc: "seed", Fn: func(tx *app.Tx) error {
		if err := tx.Put(&app.Initiative{ID: "init-1", Name: "Mobile first", Status: app.InitiativeActive, Horizon: app.HorizonNow}); err != nil {
			return err
		}
		for i, it := range items {
			it.Rank = float64(i+1) * app.RankStep
			if err := tx.Put(it); err != nil {
				return fmt.Errorf("%s: %w", it.ID, err)
			}
		}
		return nil
	}})
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
	return ws
}

type fixture struct {
	*uitest.Context
	t  testing.TB
	ws *app.Workspace
	b  *Board
}

// newFixture shows the board of ws in a 1400×800 test window whose Do
// shows errors as the shell does.
func newFixture(t testing.TB, ws *app.Workspace) *fixture {
	t.Helper()
	f := &fixture{Context: uitest.NewContext(t, ws), t: t, ws: ws}
	f.ShowErrors = true
	env := f.Env
	f.b = New(env)
	ws.OnChange(func(app.Change) { f.b.Refresh() })
	f.Win.SetContent(f.b.Object())
	f.Win.Resize(fyne.NewSize(1400, 800))
	return f
}

// walk calls f for every visible object under o, through containers and
// widget renderers.
func walk(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	uitest.Walk(o, func(o fyne.CanvasObject, _ fyne.Position) bool { f(o); return true })
}

// cards returns the card widgets in the rendered board.
func (f *fixture) cards() []*card {
	var out []*card
	walk(f.Win.Canvas().Content(), func(o fyne.CanvasObject) {
		if c, ok := o.(*card); ok {
			out = append(out, c)
		}
	})
	return out
}

// cardAt returns the absolute centre of the card showing item id.
func (f *fixture) cardAt(id string) fyne.Position {
	f.t.Helper()
	for _, c := range f.cards() {
		if c.id == id {
			p := absPos(c)
			return p.Add(fyne.NewPos(c.Size().Width/2, c.Size().Height/2))
		}
	}
	f.t.Fatalf("no card shows %s", id)
	return fyne.Position{}
}

// drag drags the card of item id so that the pointer ends at to.
func (f *fixture) drag(id string, to fyne.Position) {
	f.t.Helper()
	from := f.cardAt(id)
	test.Drag(f.Win.Canvas(), from, to.X-from.X, to.Y-from.Y)
}

// between returns a point between the cards of items a and b (b below a).
func (f *fixture) between(a, b string) fyne.Position {
	pa, pb := f.cardAt(a), f.cardAt(b)
	return fyne.NewPos(pa.X, (pa.Y+pb.Y)/2)
}

// column returns the IDs of a column in rank order, from the domain.
func (f *fixture) column(s app.Status) []string {
	var out []string
	for _, it := range app.Column(f.ws, s, nil) {
		out = append(out, it.ID)
	}
	return out
}

func (f *fixture) item(id string) *app.Item {
	f.t.Helper()
	it, ok := f.ws.Item(id)
	if !ok {
		f.t.Fatalf("no item %s", id)
	}
	return it
}

// dialogTexts returns the texts of the dialog on top, failing without one.
func (f *fixture) dialogTexts() string {
	f.t.Helper()
	top := f.Win.Canvas().Overlays().Top()
	if top == nil {
		f.t.Fatal("no dialog is shown")
	}
	var b strings.Builder
	walk(top, func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.RichText:
			b.WriteString(x.String() + "\n")
		case *canvas.Text:
			b.WriteString(x.Text + "\n")
		}
	})
	return b.String()
}

// dialogButton returns the button of the dialog on top labelled text.
func (f *fixture) dialogButton(text string) *widget.Button {
	f.t.Helper()
	var found *widget.Button
	walk(f.Win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
	})
	if found == nil {
		f.t.Fatalf("the dialog has no %q button", text)
	}
	return found
}

func TestDragReadyCardIntoInProgress(t *testing.T) {
	test.NewTempApp(t)
	f := newFixture(t, boardWorkspace(t))
	before := f.item("r1").Rank

	f.drag("r1", f.between("p1", "p2"))

	it := f.item("r1")
	if it.Status != app.StatusInProgress {
		t.Fatalf("r1 is %s after the drag, want in-progress (errors: %v)", it.Status, f.Errs)
	}
	if it.Rank == before {
		t.Error("r1 kept its rank; want it between p1 and p2")
	}
	if got, want := f.column(app.StatusInProgress), []string{"p1", "r1", "p2", "p3"}; !slices.Equal(got, want) {
		t.Errorf("In progress = %v, want %v", got, want)
	}
	if got, want := f.column(app.StatusReady), []string{"r2"}; !slices.Equal(got, want) {
		t.Errorf("Ready = %v, want %v", got, want)
	}
	if f.b.drag != nil || f.b.ghost.box.Visible() || f.b.ghost.marker.Visible() {
		t.Error("the ghost is still shown after the drop")
	}
	// The board shows the move: r1's card now sits in the In progress column.
	if p, col := f.cardAt("r1"), f.b.cols[2].box; p.X < absPos(col).X || p.X > absPos(col).X+col.Size().Width {
		t.Errorf("r1's card is at x=%v, outside the In progress column", p.X)
	}
	// One undo takes the whole drag back.
	if _, err := f.ws.Undo(); err != nil {
		t.Fatal(err)
	}
	if it := f.item("r1"); it.Status != app.StatusReady || it.Rank != before {
		t.Errorf("after undo r1 is %s at %v, want ready at %v", it.Status, it.Rank, before)
	}
}

func TestDragToEndOfColumn(t *testing.T) {
	test.NewTempApp(t)
	f := newFixture(t, boardWorkspace(t))
	// Below the last card of Done, in the empty part of the column.
	d := f.cardAt("d1")
	f.drag("p1", fyne.NewPos(d.X, d.Y+300))
	if got, want := f.column(app.StatusDone), []string{"d1", "p1"}; !slices.Equal(got, want) {
		t.Errorf("Done = %v, want %v (errors: %v)", got, want, f.Errs)
	}
}

func TestDragWithinColumnReorders(t *testing.T) {
	test.NewTempApp(t)
	f := newFixture(t, boardWorkspace(t))
	f.drag("n1", f.between("n2", "n3"))
	if got, want := f.column(app.StatusNew), []string{"n2", "n1", "n3"}; !slices.Equal(got, want) {
		t.Fatalf("New = %v, want %v (errors: %v)", got, want, f.Errs)
	}
	// And back up to the top.
	top := f.cardAt("n2")
	f.drag("n1", fyne.NewPos(top.X, top.Y-f.b.cardH/2+2))
	if got, want := f.column(app.StatusNew), []string{"n1", "n2", "n3"}; !slices.Equal(got, want) {
		t.Fatalf("New = %v, want %v (errors: %v)", got, want, f.Errs)
	}
	if f.item("n1").Status != app.StatusNew {
		t.Error("a drag within the column changed the status")
	}
}

func TestForbiddenDragIsRefused(t *testing.T) {
	test.NewTempApp(t)
	f := newFixture(t, boardWorkspace(t))
	before := *f.item("n1")
	f.drag("n1", f.between("p1", "p2"))

	it := f.item("n1")
	if it.Status != app.StatusNew || it.Rank != before.Rank {
		t.Fatalf("n1 is %s at %v after a forbidden drag, want new at %v", it.Status, it.Rank, before.Rank)
	}
	if len(f.Errs) != 1 {
		t.Fatalf("Do failed %d times, want once", len(f.Errs))
	}
	if got := f.dialogTexts(); !strings.Contains(got, "acceptance criterion") {
		t.Errorf("the error dialog says %q, want the rule's reason", got)
	}
	if got, want := f.column(app.StatusInProgress), []string{"p1", "p2", "p3"}; !slices.Equal(got, want) {
		t.Errorf("In progress = %v, want %v", got, want)
	}
}

func TestRejectAsksForReason(t *testing.T) {
	test.NewTempApp(t)
	f := newFixture(t, boardWorkspace(t))
	f.drag("d1", f.between("p1", "p2"))
	if f.item("d1").Status != app.StatusDone {
		t.Fatal("d1 moved before a reason was given")
	}
	if got := f.dialogTexts(); !strings.Contains(got, "Reject “Done one”") {
		t.Fatalf("the dialog says %q, want it to ask for a reason to reject", got)
	}
	reject := f.dialogButton("Reject")
	if !reject.Disabled() {
		t.Error("Reject is enabled without a reason")
	}
	var entry *widget.Entry
	walk(f.Win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok {
			entry = e
		}
	})
	test.Type(entry, "the export is still broken")
	test.Tap(reject)
	it := f.item("d1")
	if it.Status != app.StatusInProgress {
		t.Fatalf("d1 is %s, want in-progress (errors: %v)", it.Status, f.Errs)
	}
	if d := it.History[len(it.History)-1]; d.Kind != app.DecisionRejected || d.Reason != "the export is still broken" {
		t.Errorf("last decision = %+v, want a rejection with the reason", d)
	}
	if got, want := f.column(app.StatusInProgress), []string{"p1", "d1", "p2", "p3"}; !slices.Equal(got, want) {
		t.Errorf("In progress = %v, want %v", got, want)
	}
}

func TestKeyboardAndMenuTwins(t *testing.T) {
	test.NewTempApp(t)
	f := newFixture(t, boardWorkspace(t))
	test.Tap(f.cards()[0]) // n1, the first card of New
	if f.b.Selected() != "n1" {
		t.Fatalf("tapping the first card selected %q", f.b.Selected())
	}
	f.b.MoveSelectedDown()
	if got, want := f.column(app.StatusNew), []string{"n2", "n1", "n3"}; !slices.Equal(got, want) {
		t.Fatalf("after Move down New = %v, want %v", got, want)
	}
	f.b.MoveSelectedDown()
	if got, want := f.column(app.StatusNew), []string{"n2", "n3", "n1"}; !slices.Equal(got, want) {
		t.Fatalf("after Move down twice New = %v, want %v", got, want)
	}
	f.b.MoveSelectedUp()
	if got, want := f.column(app.StatusNew), []string{"n2", "n1", "n3"}; !slices.Equal(got, want) {
		t.Fatalf("after Move up New = %v, want %v", got, want)
	}
	// Alt+Up on the focused board is the same.
	if f.Win.Canvas().Focused() != f.b.root {
		t.Error("tapping a card does not give the board the keyboard")
	}
	f.b.root.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt})
	if got, want := f.column(app.StatusNew), []string{"n1", "n2", "n3"}; !slices.Equal(got, want) {
		t.Fatalf("after Alt+Up New = %v, want %v", got, want)
	}

	// Move to… another status; a forbidden one is refused with the reason.
	f.b.MoveSelected(app.StatusReady)
	if f.item("n1").Status != app.StatusNew || len(f.Errs) != 1 {
		t.Fatalf("n1 moved to %s without criteria (errors %v)", f.item("n1").Status, f.Errs)
	}
	f.Win.Canvas().Overlays().Remove(f.Win.Canvas().Overlays().Top())
	f.b.Select("r1")
	f.b.MoveSelected(app.StatusInProgress)
	if got := f.item("r1").Status; got != app.StatusInProgress {
		t.Fatalf("Move to In progress left r1 %s", got)
	}
	f.b.root.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt})
	if got := f.item("r1").Status; got != app.StatusDone {
		t.Fatalf("Alt+Right left r1 %s, want done", got)
	}
	if f.b.Selected() != "r1" {
		t.Errorf("the selection moved to %q", f.b.Selected())
	}
	// Return opens the selected item.
	f.b.root.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(f.Opened) != 1 || f.Opened[0].ID != "r1" {
		t.Errorf("opened %v, want r1", f.Opened)
	}
	// The menu offers every status.
	if got := len(f.b.MoveMenu()); got != len(app.Statuses) {
		t.Errorf("Move to… has %d entries", got)
	}
}

func TestDoubleTapOpens(t *testing.T) {
	test.NewTempApp(t)
	f := newFixture(t, boardWorkspace(t))
	for _, c := range f.cards() {
		if c.id == "r2" {
			test.DoubleTap(c)
		}
	}
	if len(f.Opened) != 1 || f.Opened[0] != (app.Key{Kind: app.KindItem, ID: "r2"}) {
		t.Errorf("opened %v, want r2", f.Opened)
	}
}

func TestCardShowsItem(t *testing.T) {
	test.NewTempApp(t)
	f := newFixture(t, boardWorkspace(t))
	var r1, r2 *card
	for _, c := range f.cards() {
		switch c.id {
		case "r1":
			r1 = c
		case "r2":
			r2 = c
		}
	}
	for _, want := range []string{"Ready one", "Story", "RICE 50", "3 pts", "Ana", "Mobile first", "#ui", "#mobile", "Criteria 1/2"} {
		if all := strings.Join([]string{r1.title, r1.meta, r1.people, r1.tags, r1.criteria}, "|"); !strings.Contains(all, want) {
			t.Errorf("r1's card %q lacks %q", all, want)
		}
	}
	if r1.blocked || !r2.blocked || r2.badge != "Blocked by 1" {
		t.Errorf("blocked badges: r1 %v, r2 %v %q; want only r2 blocked by 1", r1.blocked, r2.blocked, r2.badge)
	}
}

func TestWIPHeader(t *testing.T) {
	test.NewTempApp(t)
	f := newFixture(t, boardWorkspace(t))
	errColor := theme.Color(theme.ColorNameError)
	head := func(s app.Status) *canvas.Text { return f.b.cols[s.Index()].count }
	ip := head(app.StatusInProgress)
	if !strings.HasPrefix(ip.Text, "3 / 2") || ip.Color != errColor {
		t.Errorf("In progress header %q in %v, want 3 / 2 in the error colour %v", ip.Text, ip.Color, errColor)
	}
	if r := head(app.StatusReady); r.Text != "2 / 5" || r.Color == errColor {
		t.Errorf("Ready header %q in %v, want 2 / 5 not highlighted", r.Text, r.Color)
	}
	if n := head(app.StatusNew); n.Text != "3" {
		t.Errorf("New header %q, want 3", n.Text)
	}
	// Moving one out brings the column back under its limit.
	f.b.Select("p1")
	f.b.MoveSelected(app.StatusDone)
	if ip := head(app.StatusInProgress); ip.Text != "2 / 2" || ip.Color == errColor {
		t.Errorf("In progress header %q in %v after a move out, want 2 / 2 plain", ip.Text, ip.Color)
	}
	var shown []string
	walk(f.Win.Canvas().Content(), func(o fyne.CanvasObject) {
		if t, ok := o.(*canvas.Text); ok {
			shown = append(shown, t.Text)
		}
	})
	if !slices.Contains(shown, "2 / 2") {
		t.Errorf("the rendered board does not show the header: %q", shown)
	}
}

func TestFilter(t *testing.T) {
	test.NewTempApp(t)
	f := newFixture(t, boardWorkspace(t))
	f.b.SetFilter(app.Filter{Text: "one"})
	var ids []string
	for _, c := range f.cards() {
		ids = append(ids, c.id)
	}
	slices.Sort(ids)
	if want := []string{"a1", "d1", "n1", "p1", "r1"}; !slices.Equal(ids, want) {
		t.Errorf("filtered cards %v, want %v", ids, want)
	}
	if got := f.b.cols[0].count.Text; got != "1 of 3" {
		t.Errorf("New header %q with a filter, want 1 of 3", got)
	}
}

// largeWorkspace is the sample with n generated items.
func largeWorkspace(t testing.TB, n int) *app.Workspace {
	t.Helper()
	today := app.MustDate("2026-11-27")
	ws, err := sample.New(today, app.DayClock(today))
	if err != nil {
		t.Fatal(err)
	}
	if err := sample.Generate(ws, n, 1); err != nil {
		t.Fatal(err)
	}
	return ws
}

func TestLargeBoardIsVirtual(t *testing.T) {
	test.NewTempApp(t)
	ws := largeWorkspace(t, 10000)
	f := newFixture(t, ws)
	cards := f.cards()
	// 800 px of columns hold fewer than ten cards each; the lists may keep
	// a few more, but nothing like the 2 000 a column holds.
	if limit := len(app.Statuses) * 30; len(cards) > limit {
		t.Fatalf("the board renders %d cards, want at most %d", len(cards), limit)
	}
	if len(cards) < len(app.Statuses) {
		t.Fatalf("the board renders %d cards", len(cards))
	}
	total := 0
	for _, c := range f.b.cols {
		total += len(c.items)
	}
	if total != ws.Count(app.KindItem) {
		t.Errorf("the columns hold %d items, want %d", total, ws.Count(app.KindItem))
	}
	// Dragging still works at this scale.
	first := f.b.cols[1].items[0].ID
	second := f.b.cols[1].items[1].ID
	third := f.b.cols[1].items[2].ID
	f.drag(first, f.between(second, third))
	if got := f.column(app.StatusReady)[:3]; !slices.Equal(got, []string{second, first, third}) {
		t.Errorf("Ready starts %v after the drag, want %v", got, []string{second, first, third})
	}
}

func TestGhostFollowsPointer(t *testing.T) {
	test.NewTempApp(t)
	f := newFixture(t, boardWorkspace(t))
	var c *card
	for _, x := range f.cards() {
		if x.id == "r1" {
			c = x
		}
	}
	to := f.between("p1", "p2")
	// A driver that reports absolute positions, as the desktop one does.
	c.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: to, Position: fyne.NewPos(5, 5)}, Dragged: fyne.Delta{DX: 1}})
	g := f.b.ghost
	if !g.box.Visible() || !g.marker.Visible() {
		t.Fatal("no ghost or drop marker while dragging")
	}
	if gp := absPos(g.box); gp.X < to.X || gp.X > to.X+20 || gp.Y < to.Y || gp.Y > to.Y+20 {
		t.Errorf("the ghost is at %v, want beside the pointer at %v", gp, to)
	}
	// The marker sits between p1 and p2.
	if my, p1, p2 := absPos(g.marker).Y, f.cardAt("p1").Y, f.cardAt("p2").Y; my < p1 || my > p2 {
		t.Errorf("the marker is at y=%v, want between %v and %v", my, p1, p2)
	}
	c.DragEnd()
	if g.box.Visible() || g.marker.Visible() {
		t.Error("the ghost stays after the drop")
	}
	if got, want := f.column(app.StatusInProgress), []string{"p1", "r1", "p2", "p3"}; !slices.Equal(got, want) {
		t.Errorf("In progress = %v, want %v", got, want)
	}
}

// TestWrapOnce: a card's title takes two lines, broken between words, the
// second shortened with "…" when the title is longer still.
func TestWrapOnce(t *testing.T) {
	test.NewTempApp(t)
	const size = 14
	style := fyne.TextStyle{Bold: true}
	width := fyne.MeasureText("Technician gets a push", size, style).Width + 1
	for _, tc := range []struct {
		name, in, first, rest string
	}{
		{"fits", "Short title", "Short title", ""},
		{"empty", "", "", ""},
		{"two lines", "Technician gets a push note when", "Technician gets a push", "note when"},
		{"breaks between words", "Technician gets a pushed note", "Technician gets a", "pushed note"},
		{"one long word", "Supercalifragilisticexpialidociousness", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first, rest := wrapOnce(tc.in, size, style, width)
			if tc.name == "one long word" {
				// Broken inside the word, since nothing else fits.
				if first == "" || first+rest != tc.in {
					t.Errorf("wrapOnce(%q) = %q, %q", tc.in, first, rest)
				}
			} else if first != tc.first || rest != tc.rest {
				t.Errorf("wrapOnce(%q) = %q, %q; want %q, %q", tc.in, first, rest, tc.first, tc.rest)
			}
			for _, line := range []string{first, rest} {
				if w := fyne.MeasureText(line, size, style).Width; w > width {
					t.Errorf("line %q is %v wide, over %v", line, w, width)
				}
			}
		})
	}
	long := strings.Repeat("word ", 40)
	if _, rest := wrapOnce(long, size, style, width); !strings.HasSuffix(rest, "…") {
		t.Errorf("a title over two lines ends its second line with %q, want an ellipsis", rest)
	}
}
