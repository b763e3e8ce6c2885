package releases

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

func TestReleasesPageChecklist(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	p := newReleasesPage(uitest.Env(ws))
	uitest.Follow(ws, p.refresh)
	w := uitest.ShowInWindow(t, p.content)
	p.Show(app.Key{Kind: app.KindRelease, ID: "rel-spring"})

	for _, want := range []string{"Spring", "Oct 1 – Dec 15, 2026", "60% of capacity", "6 pts planned for a capacity of 10 pts, in 2 items.",
		"50% Musts", "Musts are 50% of the estimate (3 pts).", "33% ready", "1 of 3 launch tasks done. 1 task is overdue.", "overdue 7 days"} {
		if !uitest.HasText(p.content, want) {
			t.Errorf("the release does not show %q; it shows %q", want, uitest.Texts(p.content))
		}
	}
	// The overdue task stands out in the error colour; the others do not.
	if p.taskRows[1].late.Importance != widget.DangerImportance || p.taskRows[2].late.Text != "" || p.taskRows[0].late.Text != "" {
		t.Errorf("overdue marks: %q %q %q", p.taskRows[0].late.Text, p.taskRows[1].late.Text, p.taskRows[2].late.Text)
	}
	// The items in the release, with their status.
	if len(p.items) != 2 || !strings.Contains(p.itemsNote.Text, "1 new · 1 in progress") {
		t.Errorf("items %d, note %q", len(p.items), p.itemsNote.Text)
	}

	// Ticking a task changes readiness at once.
	test.Tap(p.taskRows[1].done)
	r, _ := ws.Release("rel-spring")
	if !r.Tasks[1].Done || r.Readiness() < 0.66 || p.readiness.Value != r.Readiness() {
		t.Fatalf("after the tick: done %v readiness %v bar %v", r.Tasks[1].Done, r.Readiness(), p.readiness.Value)
	}
	if p.taskRows[1].late.Text != "" || !uitest.HasText(p.content, "67% ready") {
		t.Errorf("a done task still shows overdue, or readiness did not move: %q", uitest.Texts(p.content))
	}
	if d, _ := ws.CanUndo(); d != "Tick launch task" {
		t.Fatalf("undo would %q", d)
	}

	// Add, edit and remove tasks.
	uitest.Commit(t, w, p.newTask, "Launch email")
	r, _ = ws.Release("rel-spring")
	if len(r.Tasks) != 4 || r.Tasks[3].Title != "Launch email" || p.newTask.Text != "" {
		t.Fatalf("after adding: %+v, field %q", r.Tasks, p.newTask.Text)
	}
	uitest.Commit(t, w, p.taskRows[3].owner, "Ada")
	uitest.Commit(t, w, p.taskRows[3].due, "2026-11-26")
	r, _ = ws.Release("rel-spring")
	if r.Tasks[3].Owner != "Ada" || r.Tasks[3].Due != app.MustDate("2026-11-26") || p.taskRows[3].late.Text != "overdue 1 day" {
		t.Fatalf("task 4 = %+v, mark %q", r.Tasks[3], p.taskRows[3].late.Text)
	}
	uitest.Commit(t, w, p.taskRows[3].due, "next week")
	if r, _ = ws.Release("rel-spring"); r.Tasks[3].Due != app.MustDate("2026-11-26") {
		t.Fatalf("a date that is not one was taken: %v", r.Tasks[3].Due)
	}
	test.Tap(p.taskRows[0].remove)
	r, _ = ws.Release("rel-spring")
	if len(r.Tasks) != 3 || r.Tasks[0].Title != "Press kit" {
		t.Fatalf("after removing the first: %+v", r.Tasks)
	}
	// A title is required: the rule refuses a blank one.
	uitest.Commit(t, w, p.taskRows[0].title, "  ")
	if r, _ = ws.Release("rel-spring"); r.Tasks[0].Title != "Press kit" || p.taskRows[0].title.Text != "Press kit" {
		t.Fatalf("a blank title was taken: %+v", r.Tasks[0])
	}
	test.Tap(p.add)
	if ws.Count(app.KindRelease) != 2 || p.selected == "rel-spring" {
		t.Fatalf("add release: %d releases, selected %q", ws.Count(app.KindRelease), p.selected)
	}
	test.Tap(p.remove)
	if ws.Count(app.KindRelease) != 1 || p.selected != "rel-spring" {
		t.Fatalf("remove release: %d releases, selected %q; want the one left selected", ws.Count(app.KindRelease), p.selected)
	}
}

// TestReleasesPageOpensOnTheCurrentRelease: the page opens on the first
// release not yet shipped, not on an empty detail.
func TestReleasesPageOpensOnTheCurrentRelease(t *testing.T) {
	rel := func(id, date string) *app.Release { return &app.Release{ID: id, Date: app.MustDate(date)} }
	today := app.MustDate("2026-11-27")
	for _, tc := range []struct {
		name string
		rs   []*app.Release
		want int
	}{
		{"first upcoming", []*app.Release{rel("a", "2026-10-01"), rel("b", "2026-12-01"), rel("c", "2027-02-01")}, 1},
		{"shipping today", []*app.Release{rel("a", "2026-11-27"), rel("b", "2027-01-01")}, 0},
		{"undated counts as upcoming", []*app.Release{rel("a", "2026-01-01"), rel("b", "")}, 1},
		{"all shipped: the last", []*app.Release{rel("a", "2026-01-01"), rel("b", "2026-06-01")}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := currentRelease(tc.rs, today); got != tc.want {
				t.Errorf("currentRelease = %d, want %d", got, tc.want)
			}
		})
	}

	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	p := newReleasesPage(uitest.Env(ws))
	uitest.ShowInWindow(t, p.content)
	if p.selected == "" || !uitest.HasText(p.content, "Go-to-market checklist") {
		t.Fatalf("the page opened on no release (selected %q)", p.selected)
	}
}

// TestReleaseDetailsDialogFollowsTheWorkspace: the Release details dialog
// shows an undo as soon as it happens, and closes when its release goes.
func TestReleaseDetailsDialogFollowsTheWorkspace(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	env := uitest.Env(ws)
	p := newReleasesPage(env)
	uitest.Follow(ws, p.refresh)
	env.Window = uitest.ShowInWindow(t, p.content)
	p.Show(app.Key{Kind: app.KindRelease, ID: "rel-spring"})
	test.Tap(p.editDetails)
	if p.details == nil {
		t.Fatal("Edit details opened no dialog")
	}
	rename := func(name string) {
		t.Helper()
		err := ws.Do(app.Func{Desc: "rename", Fn: func(tx *app.Tx) error {
			r, err := app.Edit[*app.Release](tx, app.KindRelease, "rel-spring")
			if err == nil {
				r.Name = name
			}
			return err
		}})
		if err != nil {
			t.Fatal(err)
		}
	}
	rename("Spring launch")
	if !uitest.HasText(p.details.Object(), "Spring launch") {
		t.Fatalf("the dialog does not show the new name: %q", uitest.Texts(p.details.Object()))
	}
	if ok, err := ws.Undo(); !ok || err != nil {
		t.Fatalf("undo: %v %v", ok, err)
	}
	if uitest.HasText(p.details.Object(), "Spring launch") {
		t.Fatalf("the dialog still shows the undone name: %q", uitest.Texts(p.details.Object()))
	}
	if err := ws.Do(app.Delete(app.Key{Kind: app.KindRelease, ID: "rel-spring"})); err != nil {
		t.Fatal(err)
	}
	if p.details != nil {
		t.Fatal("the dialog stayed open on a deleted release")
	}
}
