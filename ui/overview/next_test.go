package overview

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

func TestNextListRanksByScore(t *testing.T) {
	test.NewTempApp(t)
	content := newContent(uitest.SeedWorkspace(t))
	uitest.ShowInWindow(t, content)
	showEveryCandidate(t, content)

	if n := uitest.Find[*widget.List](t, content).Length(); n != 4 {
		t.Fatalf("what-next list has %d rows, want 4 (New and Ready items only)", n)
	}
	for _, tc := range []struct {
		row  int
		want []string
	}{
		{0, []string{"1", "Highest scored", "item-a", "Feature", "New", "no estimate", "300"}},
		{1, []string{"2", "Runner-up", "item-b", "Story", "100"}},
		{2, []string{"3", "Waits on work", "item-c", "Bug", "Ready", "3 pts", "50"}},
		{3, []string{"4", "Unscored idea", "item-e", "—"}},
	} {
		row := rowText(t, content, tc.row)
		for _, w := range tc.want {
			if !strings.Contains(row, w) {
				t.Errorf("row %d = %q, want it to show %q", tc.row+1, row, w)
			}
		}
	}
	if !uitest.HasText(content, "Ranked by RICE · 4 candidates · 1 blocked") {
		t.Errorf("what-next subtitle missing; the overview shows %q", uitest.Texts(content))
	}
}

func TestNextListMarksBlockedEntries(t *testing.T) {
	test.NewTempApp(t)
	content := newContent(uitest.SeedWorkspace(t))
	uitest.ShowInWindow(t, content)
	showEveryCandidate(t, content)

	if row := rowText(t, content, 2); !strings.Contains(row, "Blocked by Work in progress (item-d)") {
		t.Errorf("blocked row = %q, want it to name its blocker", row)
	}
	for _, id := range []int{0, 1, 3} {
		if row := rowText(t, content, id); strings.Contains(row, "Blocked") {
			t.Errorf("row %d = %q is not blocked but says so", id+1, row)
		}
	}
}

// TestNextListOnlyWhatCanStart: the check leaves out what waits on
// unfinished work; the rest keep their places in the whole ranking.
func TestNextListOnlyWhatCanStart(t *testing.T) {
	test.NewTempApp(t)
	content := newContent(uitest.SeedWorkspace(t))
	uitest.ShowInWindow(t, content)
	check := uitest.Find[*widget.Check](t, content)
	if !check.Checked {
		t.Fatal("the list does not start with only what can start now")
	}
	list := uitest.Find[*widget.List](t, content)
	if n := list.Length(); n != 3 {
		t.Fatalf("only what can start: %d rows, want 3", n)
	}
	var shown []string // "rank title" of each row drawn
	uitest.Visit(list, func(o fyne.CanvasObject) bool {
		if r, ok := o.(*nextRow); ok && r.Visible() {
			shown = append(shown, r.pos.Text+" "+uitest.Texts(r)[0])
		}
		return true
	})
	if got := strings.Join(shown, ", "); got != "1 Highest scored, 2 Runner-up, 4 Unscored idea" {
		t.Errorf("rows %q, want each keeping its rank in the whole list", got)
	}
	if !uitest.HasText(content, "4 candidates · 1 blocked (hidden)") {
		t.Errorf("the subtitle does not say the blocked are hidden: %q", uitest.Texts(content))
	}
	test.Tap(check)
	if n := list.Length(); n != 4 {
		t.Fatalf("every candidate: %d rows, want 4", n)
	}
	if !uitest.HasText(content, "4 candidates · 1 blocked") || uitest.HasText(content, "(hidden)") {
		t.Errorf("unticked, the subtitle says %q", uitest.Texts(content))
	}
}

func TestNextListShowsCycleAndRanksAroundIt(t *testing.T) {
	test.NewTempApp(t)
	seeded := uitest.SeedWorkspace(t)
	// Do refuses cycles, so build the cycle as a hand-edited file would: x ⇄ y.
	var ents []app.Entity
	for _, k := range app.Kinds {
		ents = append(ents, seeded.Entities(k)...)
	}
	ents = append(ents,
		&app.Item{ID: "item-x", Title: "Chicken", Type: app.TypeStory, Status: app.StatusNew, DependsOn: []string{"item-y"}},
		&app.Item{ID: "item-y", Title: "Egg", Type: app.TypeStory, Status: app.StatusNew, DependsOn: []string{"item-x"}},
	)
	ws, dups := app.Restore(seeded.Product(), seeded.Strategy(), ents)
	if len(dups) > 0 {
		t.Fatalf("duplicates: %v", dups)
	}
	content := newContent(ws)
	uitest.ShowInWindow(t, content)
	showEveryCandidate(t, content)

	if !uitest.HasText(content, "Dependency cycle: Chicken → Egg → Chicken") && !uitest.HasText(content, "Dependency cycle: Egg → Chicken → Egg") {
		t.Errorf("cycle not shown; the overview shows %q", uitest.Texts(content))
	}
	// Everything outside the cycle is ranked first; the cycle's members
	// follow, flagged blocked (issue 14).
	if n := uitest.Find[*widget.List](t, content).Length(); n != 6 {
		t.Errorf("what-next list has %d rows, want the 4 outside the cycle and its 2 members", n)
	}
	for _, i := range []int{4, 5} {
		if row := rowText(t, content, i); !strings.Contains(row, "Blocked by") || !strings.Contains(row, "Chicken") && !strings.Contains(row, "Egg") {
			t.Errorf("row %d = %q, want a member of the cycle flagged blocked", i, row)
		}
	}
	if row := rowText(t, content, 0); !strings.Contains(row, "Highest scored") {
		t.Errorf("first row = %q, want the partial list still ranked", row)
	}
}

func TestNextListIsVirtualized(t *testing.T) {
	test.NewTempApp(t)
	const n = 10_000
	ws := app.NewWorkspace(app.Product{Name: "Big", ScoringModel: app.ModelValueEffort})
	err := ws.Do(app.Func{Desc: "seed", Fn: func(tx *app.Tx) error {
		for i := range n {
			it := &app.Item{ID: fmt.Sprintf("item-%05d", i), Title: fmt.Sprintf("Task %d", i), Type: app.TypeChore,
				Status: app.StatusNew, Scores: app.Scores{ValueEffort: &app.ValueEffort{Value: 1 + i%10, Effort: 1}}}
			if err := tx.Put(it); err != nil {
				return err
			}
		}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}

	content := newContent(ws)
	uitest.ShowInWindow(t, content)
	if got := uitest.Find[*widget.List](t, content).Length(); got != n {
		t.Fatalf("what-next list has %d rows, want %d", got, n)
	}
	rows := 0
	uitest.Visit(content, func(o fyne.CanvasObject) bool {
		if _, ok := o.(*nextRow); ok {
			rows++
		}
		return true
	})
	if rows == 0 || rows > 50 {
		t.Errorf("%d rows rendered for %d entries, want only the visible ones", rows, n)
	}
	if row := rowText(t, content, n-1); !strings.Contains(row, fmt.Sprint(n)) {
		t.Errorf("last row = %q, want position %d", row, n)
	}
}

// rowText scrolls the what-next list to row id and returns the uitest.Texts of the
// row rendered there, joined by " | ".
func rowText(t *testing.T, content fyne.CanvasObject, id int) string {
	t.Helper()
	list := uitest.Find[*widget.List](t, content)
	list.ScrollTo(id)
	want := strconv.Itoa(id + 1)
	var row []string
	uitest.Visit(list, func(o fyne.CanvasObject) bool {
		if r, ok := o.(*nextRow); ok && r.pos.Text == want {
			row = uitest.Texts(r)
		}
		return true
	})
	if row == nil {
		t.Fatalf("row %d is not rendered", id+1)
	}
	return strings.Join(row, " | ")
}

// newContent returns the overview of ws, in sight, following its changes.
func newContent(ws *app.Workspace) fyne.CanvasObject {
	v := newOverview(uitest.Env(ws))
	v.SetShown(true)
	return v.Object()
}

// showEveryCandidate unticks "Only what can start now" (ticked by
// default), for the tests of the whole ranking.
func showEveryCandidate(t *testing.T, content fyne.CanvasObject) {
	t.Helper()
	uitest.Find[*widget.Check](t, content).SetChecked(false)
}
