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

func TestChooser(t *testing.T) {
	test.NewTempApp(t)
	c := Choices{
		Baselines: []Baseline{{Name: "q4", SavedAt: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)}},
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
	c, problems := LoadChoices(storeShelf{dir + "/ws", ws}, dir+"/ws", 10)
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
	b := NewBaselines(storeShelf{dir, ws})
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

// storeShelf is the window's shelf in small: the store's baselines of the
// workspace in dir, saving ws.
type storeShelf struct {
	dir string
	ws  *app.Workspace
}

func (s storeShelf) List() ([]Baseline, []error, error) {
	bs, problems, err := store.ListBaselines(s.dir)
	out := make([]Baseline, len(bs))
	for i, b := range bs {
		out[i] = Baseline{Name: b.Name, SavedAt: b.SavedAt}
	}
	return out, problems, err
}

func (s storeShelf) Save(name string) error {
	_, err := store.SaveBaseline(s.dir, s.ws, name)
	return err
}

func (s storeShelf) Delete(name string) error { return store.DeleteBaseline(s.dir, name) }
