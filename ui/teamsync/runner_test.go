package teamsync

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/app/diff"
	"canopy/app/store"
	"canopy/app/store/storetest"
	"canopy/app/team"
	"canopy/assets"
	"canopy/internal/gittest"
)

// clone makes a bare remote holding the sample and a clone of it, and
// returns the clone's workspace folder.
func clone(t *testing.T) string {
	t.Helper()
	gittest.Isolate(t)
	root := t.TempDir()
	origin := filepath.Join(root, "origin.git")
	gittest.Run(t, root, "init", "-q", "--bare", origin)
	dir := filepath.Join(root, "pm")
	gittest.Run(t, root, "clone", "-q", origin, dir)
	if err := os.CopyFS(dir, assets.Sample()); err != nil {
		t.Fatal(err)
	}
	// The sample's files merge line by line here: no driver is needed.
	gittest.Run(t, dir, "config", "merge.canopy.name", "Canopy field-level merge")
	gittest.Run(t, dir, "config", "merge.canopy.driver", "false")
	if err := os.WriteFile(filepath.Join(dir, ".gitattributes"), []byte(team.AttributesLine+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gittest.Run(t, dir, "add", "-A")
	gittest.Run(t, dir, "commit", "-qm", "the plan")
	gittest.Run(t, dir, "push", "-q", "-u", "origin", "main")
	return dir
}

// TestRunner: the button's sync saves, pauses edits while git works,
// commits and pushes off the UI goroutine, and shows the state after.
func TestRunner(t *testing.T) {
	test.NewTempApp(t)
	ws := clone(t)
	var mu sync.Mutex
	var calls []string
	log := func(s string) { mu.Lock(); calls = append(calls, s); mu.Unlock() }
	done := make(chan *team.SyncResult, 1)
	errs := make(chan error, 1)
	r := NewRunner(RunnerEnv{
		Dir: ws,
		Options: func() team.SyncOptions {
			return team.SyncOptions{Author: "Pat the PM", Places: store.Places{Data: t.TempDir()}}
		},
		Save: func() error {
			log("save")
			s, w, _, err := store.Open(ws)
			if err != nil {
				return err
			}
			it := w.Items()[0]
			if err := w.Do(app.EditItem(it.ID, "Rename", func(it *app.Item) error { it.Title = "Renamed in the window"; return nil })); err != nil {
				return err
			}
			_, err = s.Save(w)
			return err
		},
		Unsaved: func() bool { return false },
		Pause:   func(p bool) { log("pause " + map[bool]string{true: "on", false: "off"}[p]) },
		Reread:  func() error { log("reread"); return nil },
		Done:    func(res *team.SyncResult, err error) { log("done"); done <- res; errs <- err },
	})
	defer r.Close()
	r.RefreshState()
	waitFor(t, func() bool { return strings.HasPrefix(r.Button.Button.Text, "Synced") })

	if !r.Sync() {
		t.Fatal("the sync did not start")
	}
	res, err := <-done, <-errs
	if err != nil {
		t.Fatal(err)
	}
	if res.Commit == "" || !res.Pushed || !strings.HasPrefix(res.Message, "Edit 'Renamed in the window'") {
		t.Fatalf("result: %+v", res)
	}
	mu.Lock()
	got := strings.Join(calls, ", ")
	mu.Unlock()
	if got != "save, pause on, pause off, done" {
		t.Fatalf("calls: %s", got)
	}
	waitFor(t, func() bool { return r.Button.Button.Text == "Synced" && !r.Button.Button.Disabled() })
	if a := gittest.Run(t, ws, "log", "-1", "--format=%an"); strings.TrimSpace(a) != "Pat the PM" {
		t.Fatalf("author %q", a)
	}
	// Something to push shows on the button.
	if err := os.WriteFile(filepath.Join(ws, "notes.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	gittest.Run(t, ws, "add", "notes.txt")
	gittest.Run(t, ws, "commit", "-qm", "outside the plan")
	r.RefreshState()
	waitFor(t, func() bool { return r.Button.Button.Text == "Sync: 1 to push" })
}

// TestRunnerSaveFails: nothing is shared when the save fails, and edits
// were never paused.
func TestRunnerSaveFails(t *testing.T) {
	test.NewTempApp(t)
	ws := clone(t)
	errs := make(chan error, 1)
	paused := false
	r := NewRunner(RunnerEnv{
		Dir:   ws,
		Save:  func() error { return errors.New("disk full") },
		Pause: func(bool) { paused = true },
		Done:  func(_ *team.SyncResult, err error) { errs <- err },
	})
	r.Sync()
	err := <-errs
	if err == nil || !strings.Contains(err.Error(), "nothing was shared: disk full") || paused {
		t.Fatalf("err %v, paused %v", err, paused)
	}
	waitFor(t, func() bool { return !r.Running() })
	if gittest.Run(t, ws, "rev-list", "--count", "HEAD") != "1\n" {
		t.Fatal("something was committed")
	}
}

func TestIncomingRows(t *testing.T) {
	d := &diff.Diff{Changes: []diff.Change{
		{Kind: diff.Changed, Entity: diff.EntityInitiative, ID: "init-1", Title: "Mobile", Field: "end", Old: "2026-03-01", New: "2026-03-22", Note: "slipped 3 w"},
		{Kind: diff.Added, Entity: diff.EntityItem, ID: "item-1", Title: "Offline mode"},
	}}
	rows := incomingRows(d)
	var got []string
	for _, r := range rows {
		got = append(got, r.title+r.change)
	}
	want := `Mobile|~ end: "2026-03-01" → "2026-03-22" (slipped 3 w)|Offline mode|+ added`
	if strings.Join(got, "|") != want {
		t.Fatalf("rows %q", strings.Join(got, "|"))
	}
	if l := NewIncoming(d); l.Length() != 4 {
		t.Fatalf("list of %d", l.Length())
	}
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestSyncConflictThroughPage: the PO's sync stops on a field the PM
// changed too; the conflict opens the page, is settled through it, and
// the next sync finishes the merge and pushes. Nothing is lost.
func TestSyncConflictThroughPage(t *testing.T) {
	test.NewTempApp(t)
	pm := clone(t)
	root := filepath.Dir(pm)
	po := filepath.Join(root, "po")
	gittest.Run(t, root, "clone", "-q", filepath.Join(root, "origin.git"), po)
	gittest.Run(t, po, "config", "merge.canopy.name", "Canopy field-level merge")
	gittest.Run(t, po, "config", "merge.canopy.driver", "false") // git keeps the three versions in its index
	places := store.Places{Data: t.TempDir()}
	entries, err := os.ReadDir(filepath.Join(pm, "items"))
	if err != nil {
		t.Fatal(err)
	}
	rel := "items/" + entries[0].Name()
	edit := func(ws string, f func(it *app.Item)) { storetest.EditItem(t, ws, rel, f) }
	edit(pm, func(it *app.Item) { it.Title = "The PM's title"; it.Assignee = "Pat" })
	if res, err := team.Sync(t.Context(), pm, team.SyncOptions{Places: places}); err != nil || !res.Pushed {
		t.Fatalf("PM's sync: %+v %v", res, err)
	}
	edit(po, func(it *app.Item) { it.Title = "The PO's title"; it.Estimate = 13 })
	res, err := team.Sync(t.Context(), po, team.SyncOptions{Places: places})
	if err != nil || len(res.Conflicts) != 1 || res.Pushed {
		t.Fatalf("PO's sync: %+v %v", res, err)
	}
	fc := res.Conflicts[0]
	if len(fc.Fields) != 1 || fc.Fields[0].Path != "title" {
		t.Fatalf("conflict: %+v", fc)
	}

	settled := false
	env := writer(po, places)
	env.OnSettled = func() { settled = true }
	p := NewConflictsPage(env, res.Conflicts)
	w := test.NewWindow(p)
	defer w.Close()
	title, entry := row(t, p, 0)
	title.SetSelected(choiceEdit)
	entry.SetText("The title we agreed on")
	test.Tap(p.apply)
	if !settled || p.Count() != 0 {
		t.Fatalf("settled %v, %d left, %q", settled, p.Count(), p.status.Text)
	}

	res, err = team.Sync(t.Context(), po, team.SyncOptions{Places: places})
	if err != nil || !res.Pushed || res.Commit == "" || len(res.Conflicts) != 0 {
		t.Fatalf("PO's second sync: %+v %v", res, err)
	}
	if res, err := team.Sync(t.Context(), pm, team.SyncOptions{Places: places}); err != nil || res.Incoming == nil {
		t.Fatalf("PM's second sync: %+v %v", res, err)
	}
	for _, ws := range []string{pm, po} {
		data, _ := os.ReadFile(filepath.Join(ws, filepath.FromSlash(rel)))
		e, _, err := store.Decode(rel, data)
		if err != nil {
			t.Fatalf("%s: %v", ws, err)
		}
		it := e.(*app.Item)
		if it.Title != "The title we agreed on" || it.Assignee != "Pat" || it.Estimate != 13 {
			t.Fatalf("%s: %q %q %v", ws, it.Title, it.Assignee, it.Estimate)
		}
	}
}
