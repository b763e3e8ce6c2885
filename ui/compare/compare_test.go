package compare

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/diff"
	"canopy/app/gitrev"
	"canopy/app/since"
	"canopy/app/store"
	"canopy/app/timeline"
	"canopy/ui/internal/uitest"
)

var today = app.MustDate("2027-03-10")

func workspace(t *testing.T, ents ...app.Entity) *app.Workspace {
	t.Helper()
	ws, dups := app.Restore(&app.Product{Name: "Test"}, &app.Strategy{}, ents)
	if len(dups) > 0 {
		t.Fatal(dups)
	}
	return ws
}

func initiative(id, name, start, end string) *app.Initiative {
	return &app.Initiative{ID: id, Name: name, Lane: "lane-aaaaaaaa", Status: app.InitiativePlanned,
		Start: app.MustDate(start), End: app.MustDate(end)}
}

// sides is a roadmap before and after: Mobile slipped three weeks,
// Billing was removed, Reports is new.
func sides(t *testing.T) (old, now *app.Workspace) {
	lane := &app.Lane{ID: "lane-aaaaaaaa", Name: "Core"}
	old = workspace(t, &app.Lane{ID: lane.ID, Name: lane.Name},
		initiative("init-aaaaaaaa", "Mobile", "2027-01-04", "2027-01-31"),
		initiative("init-bbbbbbbb", "Billing", "2027-04-05", "2027-04-30"))
	now = workspace(t, &app.Lane{ID: lane.ID, Name: lane.Name},
		initiative("init-aaaaaaaa", "Mobile", "2027-01-04", "2027-02-21"),
		initiative("init-cccccccc", "Reports", "2027-06-07", "2027-06-30"))
	return old, now
}

func TestPanel(t *testing.T) {
	test.NewTempApp(t)
	old, now := sides(t)
	p := NewPanel()
	var opened []app.Key
	p.OnOpen = func(k app.Key) { opened = append(opened, k) }
	w := test.NewTempWindow(t, p)
	w.Resize(fyne.NewSize(500, 400))
	p.SetDiff("v1 (abc1234, 2027-01-01)", diff.Compare(old, now))
	want := []string{
		"Initiatives",
		`~ Mobile: end: "2027-01-31" → "2027-02-21" (slipped 3 w)`,
		"+ Reports: added (2027-06-07 – 2027-06-30)",
		"- Billing: removed (2027-04-05 – 2027-04-30)",
	}
	if got := p.Rows(); !slices.Equal(got, want) {
		t.Fatalf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := p.head.Text; got != "Since v1 (abc1234, 2027-01-01): 1 slipped (up to 3 w), 1 added, 1 removed." {
		t.Errorf("headline %q", got)
	}
	p.Select(0) // a heading opens nothing
	p.Select(1)
	if !slices.Equal(opened, []app.Key{{Kind: app.KindInitiative, ID: "init-aaaaaaaa"}}) {
		t.Errorf("opened %v", opened)
	}
	// The rows are drawn: the slipped initiative's line is on screen.
	found := false
	uitest.Walk(w.Content(), func(o fyne.CanvasObject, _ fyne.Position) bool {
		if tx, ok := o.(*canvas.Text); ok && strings.Contains(tx.Text, "slipped 3 w") {
			found = true
		}
		return true
	})
	if !found {
		t.Error("no row of the panel shows the slip")
	}
	p.SetDiff("baseline q1 (saved 2027-01-01)", diff.Compare(now, now))
	if len(p.Rows()) != 0 || p.head.Text != "Nothing changed since baseline q1 (saved 2027-01-01)." {
		t.Errorf("an empty diff: %v %q", p.Rows(), p.head.Text)
	}
}

func TestLayer(t *testing.T) {
	test.NewTempApp(t)
	old, now := sides(t)
	plan := timeline.NewPlan(now, today)
	f := plan.Frame(timeline.Options{Zoom: timeline.Months})
	view := timeline.Rect{X: 10, Y: 0, W: f.Width, H: f.Height}
	objs := Layer(f, plan.Ghosts(old), view)
	w := test.NewTempWindow(t, &fyne.Container{Layout: nil, Objects: objs})
	w.Resize(fyne.NewSize(float32(f.Width), float32(f.Height)+50))
	labels := map[string]*Ghost{}
	for _, o := range objs {
		g := o.(*Ghost)
		labels[g.Label()] = g
	}
	for _, want := range []string{"+3 w", "new", "removed: Billing"} {
		if labels[want] == nil {
			t.Errorf("no ghost labelled %q among %v", want, labels)
		}
	}
	// The slipped one sits at its old dates in its bar's row, in view
	// coordinates, and says its slip on screen.
	g := labels["+3 w"]
	bar := f.BarRect(g.G.Bar)
	if got, want := g.Position(), fyne.NewPos(float32(f.X(app.MustDate("2027-01-04"))-10), float32(bar.Y)); got != want {
		t.Errorf("ghost at %v, want %v", got, want)
	}
	if got, want := g.Size().Width, float32(f.X(app.MustDate("2027-02-01"))-f.X(app.MustDate("2027-01-04"))); got != want {
		t.Errorf("ghost %v wide, want %v (the old 4 weeks)", got, want)
	}
	shown := map[string]bool{}
	uitest.Walk(w.Content(), func(o fyne.CanvasObject, _ fyne.Position) bool {
		if tx, ok := o.(*canvas.Text); ok {
			shown[tx.Text] = true
		}
		return true
	})
	if !shown["+3 w"] || !shown["removed: Billing"] {
		t.Errorf("the labels drawn: %v", shown)
	}
	// A view left of everything shows no ghost.
	if n := len(Layer(f, plan.Ghosts(old), timeline.Rect{X: -1000, Y: 0, W: 10, H: 10})); n != 0 {
		t.Errorf("%d ghosts out of sight", n)
	}
}

func TestChooser(t *testing.T) {
	test.NewTempApp(t)
	c := Choices{
		Baselines: []store.Baseline{{Name: "q4", SavedAt: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)}},
		Commits:   []gitrev.Revision{{Commit: "95d14730aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", When: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC), Subject: "Quarterly review"}},
	}
	ch := NewChooser(c)
	test.NewTempWindow(t, ch)
	var got []since.Source
	ch.OnChoose = func(s since.Source) { got = append(got, s) }
	if want := []string{"Baseline q4 (saved 2026-11-20)", "2026-11-20 · Quarterly review (95d1473)", dayChoice}; !slices.Equal(ch.Options(), want) {
		t.Fatalf("options %q", ch.Options())
	}
	ch.Compare()
	if len(got) != 0 || !strings.Contains(ch.Problem(), "choose") {
		t.Errorf("nothing chosen: %v %q", got, ch.Problem())
	}
	for _, tt := range []struct {
		option, day string
		want        since.Source
	}{
		{ch.Options()[0], "", since.Source{Baseline: "q4"}},
		{ch.Options()[1], "", since.Source{Rev: c.Commits[0].Commit}},
		{dayChoice, "2026-09-30", since.Source{Day: app.MustDate("2026-09-30")}},
	} {
		got = nil
		ch.Choose(tt.option)
		ch.SetDay(tt.day)
		ch.Compare()
		if len(got) != 1 || got[0] != tt.want || ch.Problem() != "" {
			t.Errorf("%s: %+v %q, want %+v", tt.option, got, ch.Problem(), tt.want)
		}
	}
	got = nil
	ch.SetDay("last week")
	ch.Compare()
	if len(got) != 0 || !strings.Contains(ch.Problem(), `"last week" is not a day`) {
		t.Errorf("a bad day: %v %q", got, ch.Problem())
	}
}

func TestLoadChoices(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("GIT_CEILING_DIRECTORIES", dir)
	ws := workspace(t)
	ws.SetClock(app.DayClock(today))
	if _, err := store.CreateAt(dir+"/ws", ws, store.Places{}); err != nil {
		t.Fatal(err)
	}
	if _, err := store.SaveBaseline(dir+"/ws", ws, "q1"); err != nil {
		t.Fatal(err)
	}
	c, problems := LoadChoices(dir+"/ws", 10)
	if len(problems) > 0 || len(c.Baselines) != 1 || c.Baselines[0].Name != "q1" || len(c.Commits) != 0 {
		t.Errorf("choices %+v, problems %v: want the baseline q1 and no commits outside git", c, problems)
	}
}

func TestBaselines(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir() + "/ws"
	ws := workspace(t)
	ws.SetClock(app.DayClock(today))
	if _, err := store.CreateAt(dir, ws, store.Places{}); err != nil {
		t.Fatal(err)
	}
	b := NewBaselines(dir, func() *app.Workspace { return ws })
	changes := 0
	b.OnChanged = func() { changes++ }
	w := test.NewTempWindow(t, b)
	w.Resize(fyne.NewSize(500, 300))
	b.Save("q1")
	b.Save("Q 2")
	if !strings.Contains(b.Problem(), "lowercase letters") {
		t.Errorf("a bad name: %q", b.Problem())
	}
	b.Save("q1")
	if !strings.Contains(b.Problem(), "already exists") {
		t.Errorf("the same name twice: %q", b.Problem())
	}
	b.Save("q2")
	if got := b.Names(); !slices.Equal(got, []string{"q1", "q2"}) || changes != 2 || b.Problem() != "" {
		t.Errorf("names %v after %d changes, problem %q", got, changes, b.Problem())
	}
	// The rows are drawn with the day; a row's Delete button deletes it.
	var del *widget.Button
	seen := false
	uitest.Walk(w.Content(), func(o fyne.CanvasObject, _ fyne.Position) bool {
		if l, ok := o.(*widget.Label); ok && strings.HasPrefix(l.Text, "q1 · saved 2027-03-10") {
			seen = true
		}
		if bt, ok := o.(*widget.Button); ok && bt.Text == "Delete" && del == nil {
			del = bt
		}
		return true
	})
	if !seen || del == nil {
		t.Fatalf("the list shows no q1 row (%v) or no Delete button", seen)
	}
	test.Tap(del)
	if got := b.Names(); !slices.Equal(got, []string{"q2"}) {
		t.Errorf("after deleting q1: %v", got)
	}
	if _, _, err := store.LoadBaseline(dir, "q2"); err != nil {
		t.Errorf("q2: %v", err)
	}
}
