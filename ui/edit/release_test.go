package edit

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

func openRelease(env *page.Env) page.Editor { return NewReleaseEditor(env, "rel-1") }

func TestReleaseEditorTasks(t *testing.T) {
	f := newFixture(t, openRelease)
	ed := f.ed.(*releaseEditor)
	r := func() *app.Release { v, _ := f.ws.Release("rel-1"); return v }
	task := func(i int) *taskWidgets { return ed.taskRows[ed.tasks.rows[i]] }
	titles := func() string {
		var s []string
		for _, t := range r().Tasks {
			s = append(s, t.Title)
		}
		return strings.Join(s, ", ")
	}

	// "Write notes" was due on 2026-03-01 and is open: overdue, in the error colour.
	late := task(0).overdue
	if !late.Visible() || late.Importance != widget.DangerImportance || late.Text != "9 d late" {
		t.Fatalf("overdue task: visible %v, importance %v, %q", late.Visible(), late.Importance, late.Text)
	}
	for i := 1; i < 3; i++ {
		if task(i).overdue.Visible() {
			t.Fatalf("task %d (not due yet, or done) is marked overdue", i)
		}
	}
	if want := 1.0 / 3; ed.readiness.Value != want || ed.readinessNote.Text != "1 of 3 tasks done." {
		t.Fatalf("readiness %v %q", ed.readiness.Value, ed.readinessNote.Text)
	}

	// Ticking it: one command, readiness up, no longer overdue.
	n := f.applied
	task(0).done.SetChecked(true)
	f.expectCommand(n, "Tick launch task")
	if !r().Tasks[0].Done || r().Readiness() != 2.0/3 || ed.readiness.Value != 2.0/3 || task(0).overdue.Visible() {
		t.Fatalf("after tick: done %v, readiness %v / bar %v, overdue shown %v", r().Tasks[0].Done, r().Readiness(), ed.readiness.Value, task(0).overdue.Visible())
	}
	f.undo()
	if r().Tasks[0].Done || task(0).done.Checked || !task(0).overdue.Visible() || ed.readiness.Value != 1.0/3 {
		t.Fatal("undo did not untick the task")
	}

	// Moving the due date later clears the flag; a bad date is refused.
	n = f.applied
	f.typeInto(task(0).due, "2026-03-20")
	f.expectCommand(n, "Change launch task due date")
	if task(0).overdue.Visible() {
		t.Fatal("a task due later is still marked overdue")
	}
	n = f.applied
	f.typeInto(task(0).due, "soon")
	f.expectRefused(n, "Change launch task due date", `date "soon": want YYYY-MM-DD`)
	if task(0).due.Text != "2026-03-20" {
		t.Fatalf("due field %q", task(0).due.Text)
	}
	n = f.applied
	f.typeInto(task(1).owner, "Robin")
	f.expectCommand(n, "Change launch task owner")
	n = f.applied
	f.typeInto(task(1).title, "Tell the local press")
	f.expectCommand(n, "Rename launch task")

	// Add, reorder, remove.
	n = f.applied
	f.typeInto(ed.tasks.addEntry, "Post on the blog")
	f.expectCommand(n, "Add launch task")
	if titles() != "Write notes, Tell the local press, Brief support, Post on the blog" || len(ed.tasks.rows) != 4 {
		t.Fatalf("tasks: %s", titles())
	}
	if ed.readiness.Value != 0.25 {
		t.Fatalf("readiness %v with 1 of 4 done", ed.readiness.Value)
	}
	n = f.applied
	test.Tap(listRowButtons(ed.tasks, 3)[0])
	f.expectCommand(n, "Move launch task up")
	if titles() != "Write notes, Tell the local press, Post on the blog, Brief support" || task(2).title.Text != "Post on the blog" || !task(3).done.Checked {
		t.Fatalf("after move: %s", titles())
	}
	n = f.applied
	test.Tap(listRowButtons(ed.tasks, 0)[2])
	f.expectCommand(n, "Remove launch task")
	if titles() != "Tell the local press, Post on the blog, Brief support" || task(0).title.Text != "Tell the local press" {
		t.Fatalf("after remove: %s", titles())
	}
	f.undo()
	if titles() != "Write notes, Tell the local press, Post on the blog, Brief support" || task(0).due.Text != "2026-03-20" {
		t.Fatalf("after undo: %s", titles())
	}
}

func TestReleaseEditorLoad(t *testing.T) {
	f := newFixture(t, openRelease)
	ed := f.ed.(*releaseEditor)
	r := func() *app.Release { v, _ := f.ws.Release("rel-1"); return v }
	// 8 points planned, all Musts, for a capacity of 10: the Musts warning only.
	if ed.loadBar.Value != 0.8 || !strings.HasPrefix(ed.load.Text, "8 points planned for a capacity of 10 points, in 2 items") {
		t.Fatalf("load %v %q", ed.loadBar.Value, ed.load.Text)
	}
	if !strings.HasPrefix(ed.musts.Text, "Musts: 100 % of the estimate") {
		t.Fatalf("musts %q", ed.musts.Text)
	}
	if !ed.warnBox.Visible() || !strings.Contains(ed.warning.Text, "above 60 %") || strings.Contains(ed.warning.Text, "capacity") {
		t.Fatalf("warning shown %v: %q", ed.warnBox.Visible(), ed.warning.Text)
	}
	// Over capacity.
	n := f.applied
	f.typeInto(ed.capacity, "6")
	f.expectCommand(n, "Change release capacity")
	if r().Capacity != 6 || !strings.Contains(ed.warning.Text, "Over capacity by 2 points") || ed.loadBar.Value != 1 {
		t.Fatalf("capacity %v, warning %q, bar %v", r().Capacity, ed.warning.Text, ed.loadBar.Value)
	}
	for _, bad := range []struct{ text, want string }{
		{"-5", "must be 0 or more"},
		{"six", `"six" is not a number`},
	} {
		n = f.applied
		f.typeInto(ed.capacity, bad.text)
		f.expectRefused(n, "Change release capacity", bad.want)
		if ed.capacity.Text != "6" {
			t.Fatalf("capacity field %q after %q", ed.capacity.Text, bad.text)
		}
	}
	// No capacity: no bar, no capacity warning.
	n = f.applied
	f.typeInto(ed.capacity, "")
	f.expectCommand(n, "Change release capacity")
	if r().Capacity != 0 || ed.loadBar.Visible() || strings.Contains(ed.warning.Text, "capacity") {
		t.Fatalf("capacity %v, bar shown %v, warning %q", r().Capacity, ed.loadBar.Visible(), ed.warning.Text)
	}
	// Fewer Musts: no warning at all.
	if err := f.ws.Do(app.EditItem("item-2", "Edit item", func(it *app.Item) error { it.MoSCoW = app.MoSCoWShould; return nil })); err != nil {
		t.Fatal(err)
	}
	if ed.warnBox.Visible() {
		t.Fatalf("warning %q with Musts at 3 of 8 points", ed.warning.Text)
	}
}

func TestReleaseEditorFields(t *testing.T) {
	f := newFixture(t, openRelease)
	ed := f.ed.(*releaseEditor)
	r := func() *app.Release { v, _ := f.ws.Release("rel-1"); return v }
	n := f.applied
	f.typeInto(ed.name, "Spring launch")
	f.expectCommand(n, "Rename release")
	n = f.applied
	f.typeInto(ed.date, "2026-05-01")
	f.expectCommand(n, "Change release date")
	n = f.applied
	f.typeInto(ed.start, "2026-06-01")
	f.expectRefused(n, "Change release start", "the date 2026-05-01 is before start 2026-06-01")
	if ed.start.Text != "2026-01-01" {
		t.Fatalf("start field %q", ed.start.Text)
	}
	n = f.applied
	f.typeInto(ed.notes, "Lead with the harvest")
	f.expectCommand(n, "Edit launch notes")
	n = f.applied
	f.typeInto(listAdder(ed.audiences), "Growers")
	f.expectCommand(n, "Add audience")
	n = f.applied
	f.typeInto(listAdder(ed.channels), "Newsletter")
	f.expectCommand(n, "Add channel")
	if v := r(); v.Name != "Spring launch" || v.Date != app.MustDate("2026-05-01") || v.LaunchNotes != "Lead with the harvest" ||
		len(v.Audiences) != 1 || len(v.Channels) != 1 {
		t.Fatalf("release %+v", v)
	}
}

func TestReleaseEditorReadOnly(t *testing.T) {
	newFixture(t, openRelease).checkReadOnly()
}
