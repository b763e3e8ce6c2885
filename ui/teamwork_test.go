package ui

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/store"
	"canopy/app/store/storetest"
	"canopy/app/team"
	"canopy/assets"
	"canopy/internal/gittest"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// teamClone makes a bare remote holding the sample and a clone of it, and
// returns the clone's workspace folder. With setUp, the clone is set up
// for the merge (a driver that fails, so that git keeps the three
// versions of a conflicted file in its index).
func teamClone(t *testing.T, setUp bool) string {
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
	if setUp {
		setUpFailingDriver(t, dir)
		if err := os.WriteFile(filepath.Join(dir, ".gitattributes"), []byte(team.AttributesLine+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gittest.Run(t, dir, "add", "-A")
	gittest.Run(t, dir, "commit", "-qm", "the plan")
	gittest.Run(t, dir, "push", "-q", "-u", "origin", "main")
	return dir
}

func setUpFailingDriver(t *testing.T, dir string) {
	t.Helper()
	gittest.Run(t, dir, "config", "merge.canopy.name", "Canopy field-level merge")
	gittest.Run(t, dir, "config", "merge.canopy.driver", "false")
}

// openTeamShell opens the workspace in dir in a shown window on the app a,
// the way the app does.
func openTeamShell(t *testing.T, a fyne.App, dir string, places store.Places) *shell {
	t.Helper()
	op := &StoreOpener{Places: places, Clock: app.SystemClock{}, User: "Launcher"}
	sess, err := op.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s := newShell(a, sess, op)
	t.Cleanup(func() {
		s.team.close()
		if s.saveTimer != nil {
			s.saveTimer.Stop()
		}
		if s.sess.Close != nil {
			s.sess.Close()
		}
		s.win.Close()
	})
	s.win.Resize(fyne.NewSize(1280, 820))
	s.win.Show()
	return s
}

func testPlaces(t *testing.T) store.Places {
	root := t.TempDir()
	return store.Places{Data: filepath.Join(root, "data"), Cache: filepath.Join(root, "cache")}
}

// findMenuItem returns the item labelled label of the window's menu top,
// or nil.
func findMenuItem(t *testing.T, s *shell, top, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range s.win.MainMenu().Items {
		if m.Label != top {
			continue
		}
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	return nil
}

// TestSyncInTheWindow: in a git repository the header shows the Sync
// button with the state; an edit shows on it once saved; File ▸ Sync
// commits under the name from Settings, pushes, says so, and the button
// comes back to Synced.
func TestSyncInTheWindow(t *testing.T) {
	dir := teamClone(t, true)
	a := test.NewTempApp(t)
	a.Preferences().SetString(page.PrefUserName, "Pat the PM")
	s := openTeamShell(t, a, dir, testPlaces(t))
	if s.team.runner == nil {
		t.Fatal("no Sync runner in a git repository")
	}
	btn := s.team.runner.Button.Button
	var inHeader bool
	uitest.Visit(s.win.Content(), func(o fyne.CanvasObject) bool {
		inHeader = inHeader || o == btn
		return !inHeader
	})
	if !inHeader {
		t.Fatal("the Sync button is not in the window")
	}
	uitest.WaitUntil(t, func() bool { return btn.Text == "Synced" })
	if s.ws.User() != "Pat the PM" {
		t.Errorf("decisions are recorded as %q, not under the name from Settings", s.ws.User())
	}

	it := s.ws.Items()[0]
	if err := s.ws.Do(app.EditItem(it.ID, "Rename", func(it *app.Item) error { it.Title = "Renamed in the window"; return nil })); err != nil {
		t.Fatal(err)
	}
	if err := s.save(); err != nil {
		t.Fatal(err)
	}
	uitest.WaitUntil(t, func() bool { return btn.Text == "Sync: 1 file not committed" })

	sync := findMenuItem(t, s, "File", "Sync")
	if sync == nil {
		t.Fatal("File ▸ Sync is missing")
	}
	sync.Action()
	top := uitest.WaitForDialog(t, s.win, "Pushed to origin/main.")
	if !uitest.HasText(top, "Edit 'Renamed in the window'") {
		t.Errorf("the result: %q", uitest.Texts(top))
	}
	uitest.WaitUntil(t, func() bool { return btn.Text == "Synced" && !btn.Disabled() })
	if a := gittest.Run(t, dir, "log", "-1", "--format=%an", "origin/main"); strings.TrimSpace(a) != "Pat the PM" {
		t.Errorf("pushed under %q", a)
	}
	if s.ws.ReadOnly() != nil {
		t.Errorf("edits still paused: %v", s.ws.ReadOnly())
	}
}

// TestNoSyncOutsideGit: a workspace outside git has no Sync button and no
// File ▸ Sync.
func TestNoSyncOutsideGit(t *testing.T) {
	s, _, _ := openSampleOnDisk(t, "Pat")
	if s.team.runner != nil || findMenuItem(t, s, "File", "Sync") != nil || uitest.HasText(s.win.Content(), "Synced") {
		t.Error("Sync is offered outside a git repository")
	}
}

// waitForConflicts waits until the window shows its Conflicts section
// (looked at on the UI goroutine).
func waitForConflicts(t *testing.T, s *shell) {
	t.Helper()
	uitest.WaitUntil(t, func() bool {
		shown := false
		fyne.DoAndWait(func() { shown = s.current == page.Conflicts && s.team.page != nil && s.pages[page.Conflicts] != nil })
		return shown
	})
}

// settleTitle chooses Edit for the first disputed field of the Conflicts
// page and types title, then applies.
func settleTitle(t *testing.T, s *shell, title string) {
	t.Helper()
	v, ok := s.pages[page.Conflicts].(*conflictsView)
	if !ok {
		t.Fatalf("the Conflicts section has no page: %T, shown %s", s.pages[page.Conflicts], s.current)
	}
	var radio *widget.RadioGroup
	uitest.Visit(v.page, func(o fyne.CanvasObject) bool {
		if x, ok := o.(*widget.RadioGroup); ok && radio == nil {
			radio = x
		}
		return radio == nil
	})
	if radio == nil {
		t.Fatalf("no field to settle: %q", uitest.Texts(v.page))
	}
	radio.SetSelected("Edit")
	var entry *widget.Entry
	uitest.Visit(v.page, func(o fyne.CanvasObject) bool {
		if x, ok := o.(*widget.Entry); ok && entry == nil && x.Visible() && x.MultiLine {
			entry = x
		}
		return entry == nil
	})
	if entry == nil {
		t.Fatal("no box to type the value in")
	}
	entry.SetText(title)
	test.Tap(uitest.Button(v.page, "Apply"))
}

// TestConflictsInTheWindow: the PO's sync stops on the title the PM
// changed too. The window opens on the Conflicts section (the rest of the
// workspace readable), settles the field with a value typed there as one
// undoable command, saved and staged; the next Sync finishes the merge and
// pushes; nothing either of them wrote is lost.
func TestConflictsInTheWindow(t *testing.T) {
	pm := teamClone(t, true)
	root := filepath.Dir(pm)
	po := filepath.Join(root, "po")
	gittest.Run(t, root, "clone", "-q", filepath.Join(root, "origin.git"), po)
	setUpFailingDriver(t, po)
	places := testPlaces(t)
	entries, err := os.ReadDir(filepath.Join(pm, "items"))
	if err != nil {
		t.Fatal(err)
	}
	rel := "items/" + entries[0].Name()
	storetest.EditItem(t, pm, rel, func(it *app.Item) { it.Title = "The PM's title"; it.Assignee = "Pat" })
	if res, err := team.Sync(t.Context(), pm, team.SyncOptions{Places: places}); err != nil || !res.Pushed {
		t.Fatalf("PM's sync: %+v %v", res, err)
	}
	storetest.EditItem(t, po, rel, func(it *app.Item) { it.Title = "The PO's title"; it.Estimate = 13 })
	if res, err := team.Sync(t.Context(), po, team.SyncOptions{Places: places}); err != nil || len(res.Conflicts) != 1 {
		t.Fatalf("PO's sync: %+v %v", res, err)
	}

	a := test.NewTempApp(t)
	s := openTeamShell(t, a, po, places)
	waitForConflicts(t, s)
	if sectionIndex(s.secs, page.Conflicts) < 0 || len(s.ws.Items()) == 0 {
		t.Fatalf("sections %d, items %d", len(s.secs), len(s.ws.Items()))
	}
	uitest.WaitUntil(t, func() bool { return strings.HasPrefix(s.team.runner.Button.Button.Text, "Sync: 1 conflict to settle") })

	settleTitle(t, s, "The title we agreed on")
	uitest.WaitForDialog(t, s.win, "Every conflict is settled. Press Sync")
	id := strings.TrimSuffix(entries[0].Name(), ".json")
	if e, _ := s.ws.Get(app.Key{Kind: app.KindItem, ID: id}); e.(*app.Item).Title != "The title we agreed on" {
		t.Errorf("in the window: %q", e.(*app.Item).Title)
	}
	if u, ok := s.ws.CanUndo(); !ok || !strings.HasPrefix(u, "Settle the conflict") {
		t.Errorf("undo: %q %v", u, ok)
	}
	if out := gittest.Run(t, po, "ls-files", "-u"); out != "" {
		t.Errorf("still unmerged in git: %s", out)
	}
	if sectionIndex(s.secs, page.Conflicts) >= 0 {
		t.Error("the Conflicts section stays with nothing to settle")
	}

	s.win.Canvas().Overlays().Remove(s.win.Canvas().Overlays().Top())
	startSync(t, s)
	uitest.WaitForDialog(t, s.win, "Pushed to origin/main.")
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
			t.Errorf("%s: %q %q %v", ws, it.Title, it.Assignee, it.Estimate)
		}
	}
}

// TestConflictMarkersInTheWindow: a workspace outside git whose file holds
// conflict markers opens read-only on the Conflicts section; settling
// writes the file, and the workspace opens again, editable.
func TestConflictMarkersInTheWindow(t *testing.T) {
	s, _, dir := openSampleOnDisk(t, "Pat")
	entries, err := os.ReadDir(filepath.Join(dir, "items"))
	if err != nil {
		t.Fatal(err)
	}
	rel := "items/" + entries[0].Name()
	file := filepath.Join(dir, filepath.FromSlash(rel))
	fyne.DoAndWait(func() { s.stopWatch(); s.stopWatch = nil }) // the window is closed before the merge
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	var out []string
	for _, l := range lines {
		if strings.HasPrefix(l, `  "title": `) {
			out = append(out, "<<<<<<< ours", `  "title": "Mine",`, "||||||| base", l, "=======", `  "title": "Theirs",`, ">>>>>>> theirs")
			continue
		}
		out = append(out, l)
	}
	if err := os.WriteFile(file, []byte(strings.Join(out, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	s.sess.Close()
	next, err := s.opener.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if next.WS.ReadOnly() == nil {
		t.Fatal("a file with markers opened editable")
	}
	fyne.DoAndWait(func() { s.load(next) })
	waitForConflicts(t, s)
	// (The test driver runs fyne.Do at once, on the goroutine that looked
	// for conflicts: wait for the end of what it does.)
	uitest.WaitUntil(t, func() bool {
		ro := s.ws.ReadOnly()
		return ro != nil && strings.Contains(ro.Error(), "settle them in the Conflicts section")
	})
	// The markers are the conflict: no dialog of problems hides the page.
	if top := s.win.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("a dialog over the Conflicts section: %q", uitest.Texts(top))
	}
	settleTitle(t, s, "Agreed")
	uitest.WaitUntil(t, func() bool { return s.ws.ReadOnly() == nil && s.sess != next })
	id := strings.TrimSuffix(entries[0].Name(), ".json")
	if e, ok := s.ws.Get(app.Key{Kind: app.KindItem, ID: id}); !ok || e.(*app.Item).Title != "Agreed" {
		t.Errorf("reopened: %v", e)
	}
}

// TestNamePreference: your name set in Settings (a preference of this
// machine) is the one decisions record, and the auto-sync interval set
// there is the one the window follows (the tab itself: ui/settings).
func TestNamePreference(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	ws.MarkSaved(ws.Dirty())
	s, _ := newTestShell(t, ws, nil)
	s.showSection(page.Settings)
	s.app.Preferences().SetString(page.PrefUserName, "Ada Lovelace")
	var it *app.Item
	for _, x := range ws.Items() {
		if x.Status == app.StatusReady {
			it = x
			break
		}
	}
	if it == nil {
		t.Fatal("no ready item in the seed")
	}
	if err := ws.Do(app.Move(it.ID, app.StatusInProgress, "")); err != nil {
		t.Fatal(err)
	}
	e, _ := ws.Get(app.KeyOf(it))
	h := e.(*app.Item).History
	if len(h) == 0 || h[len(h)-1].By != "Ada Lovelace" {
		t.Errorf("history %+v", h)
	}
	s.app.Preferences().SetInt(page.PrefAutoSync, 15)
	uitest.WaitUntil(t, func() bool { return s.autoSync.Minutes() == 15 })
}

// TestGitSetupOffer: a workspace in a repository without the merge driver
// is offered git-setup once; accepting sets the clone up.
func TestGitSetupOffer(t *testing.T) {
	dir := teamClone(t, false)
	places := testPlaces(t)
	a := test.NewTempApp(t)
	s := openTeamShell(t, a, dir, places)
	top := uitest.WaitForDialog(t, s.win, "Set up git for Canopy?")
	test.Tap(uitest.Button(top, "Not now"))
	if !team.NeedsSetup(dir) {
		t.Fatal("set up without being asked")
	}
	s.sess.Close()
	s.team.close()

	again := openTeamShell(t, a, dir, places)
	// The state shows once the look around the workspace is over.
	uitest.WaitUntil(t, func() bool { return again.team.runner.Button.Button.Text != "Sync" })
	if top := again.win.Canvas().Overlays().Top(); top != nil && uitest.HasText(top, "Set up git") {
		t.Fatal("git-setup offered twice")
	}
	again.team.setup()
	uitest.WaitForDialog(t, again.win, "Git is set up for Canopy")
	if team.NeedsSetup(dir) {
		t.Error("not set up")
	}
}

// TestSyncConflictFromTheWindow: the PO edits an item in the window and
// presses Sync; the merge leaves markers in the file (git's own line
// merge stands in for the driver), and the window shows the Conflicts
// section at once. Settling it replaces the file with markers (kept in the
// trash) as one undoable command; the next Sync pushes one plan.
func TestSyncConflictFromTheWindow(t *testing.T) {
	pm := teamClone(t, true)
	root := filepath.Dir(pm)
	po := filepath.Join(root, "po")
	gittest.Run(t, root, "clone", "-q", filepath.Join(root, "origin.git"), po)
	gittest.Run(t, po, "config", "merge.canopy.name", "Canopy field-level merge")
	gittest.Run(t, po, "config", "merge.canopy.driver", "git merge-file --diff3 -L mine -L base -L theirs %A %O %B")
	places := testPlaces(t)
	entries, err := os.ReadDir(filepath.Join(pm, "items"))
	if err != nil {
		t.Fatal(err)
	}
	rel := "items/" + entries[0].Name()
	id := strings.TrimSuffix(entries[0].Name(), ".json")
	storetest.EditItem(t, pm, rel, func(it *app.Item) { it.Title = "The PM's title" })
	if res, err := team.Sync(t.Context(), pm, team.SyncOptions{Places: places}); err != nil || !res.Pushed {
		t.Fatalf("PM's sync: %+v %v", res, err)
	}

	a := test.NewTempApp(t)
	s := openTeamShell(t, a, po, places)
	if err := s.ws.Do(app.EditItem(id, "Rename", func(it *app.Item) error { it.Title = "The PO's title"; return nil })); err != nil {
		t.Fatal(err)
	}
	startSync(t, s)
	waitForConflicts(t, s)
	if data, _ := os.ReadFile(filepath.Join(po, filepath.FromSlash(rel))); !strings.Contains(string(data), "<<<<<<<") {
		t.Fatalf("no markers in the file:\n%s", data)
	}
	if s.ws.ReadOnly() != nil {
		t.Fatalf("read-only after the sync: %v", s.ws.ReadOnly())
	}
	settleTitle(t, s, "The title we agreed on")
	uitest.WaitForDialog(t, s.win, "Every conflict is settled.")
	if u, ok := s.ws.CanUndo(); !ok || !strings.HasPrefix(u, "Settle the conflict") {
		t.Errorf("undo: %q %v", u, ok)
	}
	data, err := os.ReadFile(filepath.Join(po, filepath.FromSlash(rel)))
	if err != nil || strings.Contains(string(data), "<<<<<<<") || !strings.Contains(string(data), `"title": "The title we agreed on"`) {
		t.Fatalf("the file: %v\n%s", err, data)
	}
	if out := gittest.Run(t, po, "ls-files", "-u"); out != "" {
		t.Errorf("still unmerged in git: %s", out)
	}
	s.win.Canvas().Overlays().Remove(s.win.Canvas().Overlays().Top())
	startSync(t, s)
	uitest.WaitForDialog(t, s.win, "Pushed to origin/main.")
	if got := gittest.Run(t, po, "show", "origin/main:"+rel); !strings.Contains(got, `"title": "The title we agreed on"`) {
		t.Errorf("pushed:\n%s", got)
	}
}

// TestAutoSyncOnQuit: with auto-sync on, quitting syncs once more: the
// edit made just before is pushed.
func TestAutoSyncOnQuit(t *testing.T) {
	dir := teamClone(t, true)
	a := test.NewTempApp(t)
	a.Preferences().SetInt(page.PrefAutoSync, 60)
	s := openTeamShell(t, a, dir, testPlaces(t))
	uitest.WaitUntil(t, func() bool { return s.team.runner.Button.Button.Text == "Synced" })
	it := s.ws.Items()[0]
	if err := s.ws.Do(app.EditItem(it.ID, "Rename", func(it *app.Item) error { it.Title = "Renamed before quitting"; return nil })); err != nil {
		t.Fatal(err)
	}
	s.onQuit()
	uitest.WaitUntil(t, func() bool {
		out, err := exec.Command("git", "-C", dir, "log", "-1", "--format=%s", "origin/main").Output()
		return err == nil && strings.HasPrefix(string(out), "Edit 'Renamed before quitting'")
	})
}

// TestSyncFromASecondWindow: a second window on the workspace (read-only,
// the first holds the lock) shares nothing and says where to sync.
func TestSyncFromASecondWindow(t *testing.T) {
	dir := teamClone(t, true)
	places := testPlaces(t)
	a := test.NewTempApp(t)
	first := openTeamShell(t, a, dir, places)
	if first.ws.ReadOnly() != nil {
		t.Fatalf("the first window is read-only: %v", first.ws.ReadOnly())
	}
	second := openTeamShell(t, a, dir, places)
	if !errors.Is(second.ws.ReadOnly(), store.ErrLocked) {
		t.Fatalf("the second window: %v", second.ws.ReadOnly())
	}
	head := gittest.Run(t, dir, "rev-parse", "HEAD")
	startSync(t, second)
	uitest.WaitForDialog(t, second.win, "press Sync in that window")
	if got := gittest.Run(t, dir, "rev-parse", "HEAD"); got != head {
		t.Error("the second window committed")
	}
}

// TestSyncWithoutGit: in a repository on a machine without git, Sync is
// still offered and says how to install git.
func TestSyncWithoutGit(t *testing.T) {
	dir := teamClone(t, true)
	t.Setenv("PATH", t.TempDir())
	a := test.NewTempApp(t)
	s := openTeamShell(t, a, dir, testPlaces(t))
	if s.team.runner == nil {
		t.Fatal("no Sync without git")
	}
	startSync(t, s)
	uitest.WaitForDialog(t, s.win, team.InstallGit())
}

// TestConflictedCopyInTheWindow: a sync client's conflicted copy opens the
// workspace on the Conflicts section; settled there, the file holds the
// value chosen, the copy is gone (to the trash) and the workspace is
// editable again.
func TestConflictedCopyInTheWindow(t *testing.T) {
	s, _, dir := openSampleOnDisk(t, "Pat")
	fyne.DoAndWait(func() { s.stopWatch(); s.stopWatch = nil })
	entries, err := os.ReadDir(filepath.Join(dir, "items"))
	if err != nil {
		t.Fatal(err)
	}
	rel := "items/" + entries[0].Name()
	id := strings.TrimSuffix(entries[0].Name(), ".json")
	copyRel := "items/" + id + " (Ada's conflicted copy 2026-03-02).json"
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	theirs := regexp.MustCompile(`(?m)^  "title": ".*",$`).ReplaceAll(data, []byte(`  "title": "Ada's title",`))
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(copyRel)), theirs, 0o644); err != nil {
		t.Fatal(err)
	}
	s.sess.Close()
	next, err := s.opener.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	fyne.DoAndWait(func() { s.load(next) })
	waitForConflicts(t, s)
	settleTitle(t, s, "Agreed with Ada")
	uitest.WaitUntil(t, func() bool { return s.sess != next && s.ws.ReadOnly() == nil })
	if e, ok := s.ws.Get(app.Key{Kind: app.KindItem, ID: id}); !ok || e.(*app.Item).Title != "Agreed with Ada" {
		t.Errorf("reopened: %v", e)
	}
	if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(copyRel))); !os.IsNotExist(err) {
		t.Errorf("the conflicted copy is still there: %v", err)
	}
}

// startSync starts a sync as the Sync button does, once the sync before it
// has ended: its last steps (reading the state again) may still run after
// what it showed, and a sync under way takes no second one.
func startSync(t *testing.T, s *shell) {
	t.Helper()
	uitest.WaitUntil(t, func() bool { return s.team.runner.Sync() })
}
