package ui

import (
	"errors"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/sample"
	"canopy/app/store"
	"canopy/ui/internal/uitest"
)

// testProduct is the product name of the seeded workspace.
const testProduct = "Orchard Planner"

// seedWorkspace returns a small workspace: a strategy, one goal with two key
// results, and five items. Ranked by RICE, what next is:
//
//	1 item-a "Highest scored"   300
//	2 item-b "Runner-up"        100
//	3 item-c "Waits on work"     50, blocked by item-d (in progress)
//	4 item-e "Unscored idea"      —
func seedWorkspace(t *testing.T) *app.Workspace {
	t.Helper()
	ws := app.NewWorkspace(app.Product{Name: testProduct, Horizon: "2026", Owner: "Robin", Version: "1.2"})
	rice := func(reach float64) app.Scores {
		return app.Scores{RICE: &app.RICE{Reach: reach, Impact: 1, Confidence: 100, Effort: 1}}
	}
	ready := func(it *app.Item) *app.Item {
		it.Criteria = []app.Criterion{{Text: "it works"}}
		it.Estimate = 3
		return it
	}
	err := ws.Do(app.Func{Desc: "seed", Fn: func(tx *app.Tx) error {
		s := tx.EditStrategy()
		s.Vision = "See the whole forest."
		s.TargetCustomers = "Orchard owners"
		s.Positioning = app.Positioning{For: "growers", Who: "plan by hand", Unlike: "paper", OurProduct: "ranks the work"}
		s.NorthStar = app.Metric{Name: "Trees planted", Unit: "trees", Baseline: 0, Current: 50, Target: 200}
		ents := []app.Entity{
			&app.Goal{ID: "goal-grow", Title: "Grow the orchard", KeyResults: []app.Metric{
				{Name: "Latency", Unit: "ms", Baseline: 10, Current: 25, Target: 40},
				{Name: "Harvest", Unit: "t", Baseline: 0, Current: 100, Target: 100},
			}},
			&app.Item{ID: "item-b", Title: "Runner-up", Type: app.TypeStory, Status: app.StatusNew, Scores: rice(100)},
			&app.Item{ID: "item-a", Title: "Highest scored", Type: app.TypeFeature, Status: app.StatusNew, Scores: rice(300)},
			ready(&app.Item{ID: "item-d", Title: "Work in progress", Type: app.TypeChore, Status: app.StatusInProgress}),
			ready(&app.Item{ID: "item-c", Title: "Waits on work", Type: app.TypeBug, Status: app.StatusReady, Scores: rice(50), DependsOn: []string{"item-d"}}),
			&app.Item{ID: "item-e", Title: "Unscored idea", Type: app.TypeFeature, Status: app.StatusNew},
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

// showInWindow puts content in a headless test window of the default size.
func showInWindow(t *testing.T, content fyne.CanvasObject) fyne.Window {
	t.Helper()
	w := test.NewTempWindow(t, content)
	w.Resize(fyne.NewSize(1200, 800))
	return w
}

// walk calls f for every visible object under o, descending into containers
// and into widgets through their renderers. f returns false to skip the
// object's children.
func walk(o fyne.CanvasObject, f func(fyne.CanvasObject) bool) {
	uitest.Walk(o, func(o fyne.CanvasObject, _ fyne.Position) bool { return f(o) })
}

// texts returns the text of every visible label, rich text, canvas text and
// progress bar under o, in tree order.
func texts(o fyne.CanvasObject) []string {
	var out []string
	walk(o, func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
		case *widget.RichText:
			out = append(out, x.String())
		case *canvas.Text:
			out = append(out, x.Text)
		case *widget.ProgressBar:
			out = append(out, x.TextFormatter())
		default:
			return true
		}
		return false
	})
	return out
}

// hasText reports whether some text under o contains sub.
func hasText(o fyne.CanvasObject, sub string) bool {
	return slices.ContainsFunc(texts(o), func(s string) bool { return strings.Contains(s, sub) })
}

// find returns the first visible object of type T under o.
func find[T fyne.CanvasObject](t *testing.T, o fyne.CanvasObject) T {
	t.Helper()
	var found T
	ok := false
	walk(o, func(o fyne.CanvasObject) bool {
		if x, is := o.(T); is && !ok {
			found, ok = x, true
		}
		return !ok
	})
	if !ok {
		t.Fatalf("no %T in the window", found)
	}
	return found
}

// rowText scrolls the what-next list to row id and returns the texts of the
// row rendered there, joined by " | ".
func rowText(t *testing.T, content fyne.CanvasObject, id int) string {
	t.Helper()
	list := find[*widget.List](t, content)
	list.ScrollTo(id)
	want := strconv.Itoa(id + 1)
	var row []string
	walk(list, func(o fyne.CanvasObject) bool {
		if r, ok := o.(*nextRow); ok && r.pos.Text == want {
			row = texts(r)
		}
		return true
	})
	if row == nil {
		t.Fatalf("row %d is not rendered", id+1)
	}
	return strings.Join(row, " | ")
}

// errLocked is a read-only reason, as the store would give.
var errLocked = errors.New("locked by robin@laptop")

// openSampleOnDisk writes the sample workspace, dated 2026-11-27, into a
// real folder under t.TempDir and opens it in a shown window as user, the
// way the app does (the lock, the trash and the backups in places of their
// own). It returns the window's shell, and the opener and the folder with
// which a test reopens the workspace after quitting.
func openSampleOnDisk(t *testing.T, user string) (*shell, *StoreOpener, string) {
	t.Helper()
	a := test.NewTempApp(t)
	root := t.TempDir()
	places := store.Places{Data: filepath.Join(root, "data"), Cache: filepath.Join(root, "cache")}
	day := app.MustDate("2026-11-27")
	clock := app.DayClock(day)
	ws, err := sample.New(day, clock)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "plan")
	if _, err := store.CreateAt(dir, ws, places); err != nil {
		t.Fatal(err)
	}
	op := &StoreOpener{Places: places, Clock: clock, User: user}
	sess, err := op.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s := newShell(a, sess, op)
	t.Cleanup(s.win.Close)
	s.win.Show()
	return s, op, dir
}

// reopenOnDisk opens the workspace in dir again, as after a restart, and
// fails the test unless it opens editable and without problems. The caller
// closes it.
func reopenOnDisk(t *testing.T, op *StoreOpener, dir string) *Session {
	t.Helper()
	again, err := op.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if again.WS.ReadOnly() != nil || len(again.Problems) != 0 {
		t.Fatalf("reopened: read-only %v, problems %v", again.WS.ReadOnly(), again.Problems)
	}
	return again
}
