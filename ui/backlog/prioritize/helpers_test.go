package prioritize

import (
	"testing"

	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

// today is "today" in the test workspaces.
const today = "2026-03-10"

// spec describes one test item; a Ready item gets a criterion and an
// estimate so that the rules let it be Ready.
type spec struct {
	id, title string
	status    app.Status
	wsjf      *app.WSJF
	ve        *app.ValueEffort
	deps      []string
}

// newWorkspace returns a workspace with releases rel-1 "Spring" and rel-2
// "Summer" and the items specs describe.
func newWorkspace(t testing.TB, specs ...spec) *app.Workspace {
	t.Helper()
	ws := app.NewWorkspace(app.Product{Name: "Orchard", Horizon: "2026", Owner: "Robin", Version: "1.0", ScoringModel: app.ModelWSJF})
	ws.SetClock(app.DayClock(app.MustDate(today)))
	ws.SetIDSource(app.SeededIDs(7))
	err := ws.Do(app.Func{Desc: "seed", Fn: func(tx *app.Tx) error {
		ents := []app.Entity{
			&app.Release{ID: "rel-1", Name: "Spring", Start: app.MustDate("2026-01-01"), Date: app.MustDate("2026-04-15"), Capacity: 10},
			&app.Release{ID: "rel-2", Name: "Summer", Start: app.MustDate("2026-04-16"), Date: app.MustDate("2026-07-15"), Capacity: 40},
		}
		for i, s := range specs {
			it := &app.Item{ID: s.id, Title: s.title, Type: app.TypeStory, Status: s.status, Rank: float64(i+1) * app.RankStep,
				DependsOn: s.deps, Scores: app.Scores{WSJF: s.wsjf, ValueEffort: s.ve}}
			if s.status != app.StatusNew {
				it.Criteria = []app.Criterion{{Text: "it works", Met: true}}
				it.Estimate = 3
			}
			ents = append(ents, it)
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

// fixture is a view's Env in a headless window: Do runs the command on the
// workspace and keeps the error the window would show; Open records keys.
type fixture struct {
	*uitest.Context
	ws   *app.Workspace
	done int // commands applied (not undone)
}

func newFixture(t *testing.T, ws *app.Workspace) *fixture {
	t.Helper()
	f := &fixture{Context: uitest.NewContext(t, ws), ws: ws}
	ws.OnChange(func(c app.Change) {
		if !c.Undone {
			f.done++
		}
	})
	return f
}

// show puts o in the window at the given size.
func (f *fixture) show(o fyne.CanvasObject, w, h float32) {
	f.Win.SetContent(o)
	f.Win.Resize(fyne.NewSize(w, h))
}

// walk visits o and everything rendered below it that is visible, with
// each object's position relative to the root.
func walk(o fyne.CanvasObject, at fyne.Position, fn func(fyne.CanvasObject, fyne.Position)) {
	uitest.Walk(o, func(o fyne.CanvasObject, pos fyne.Position) bool { fn(o, pos.Add(at)); return true })
}

// count returns how many canvas objects are rendered below o.
func count(o fyne.CanvasObject) int {
	n := 0
	walk(o, fyne.Position{}, func(fyne.CanvasObject, fyne.Position) { n++ })
	return n
}
