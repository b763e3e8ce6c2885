package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"canopy/app"
	"canopy/app/store"
	"canopy/app/store/storetest"
	"canopy/assets"
	"canopy/internal/gittest"
)

// team is a shared plan: a bare remote holding the sample in a sub-folder
// of a bigger repository, and clones of it set up for the merge driver.
type syncTeam struct {
	root, origin string
}

func newSyncTeam(t *testing.T) *syncTeam {
	t.Helper()
	gittest.Isolate(t)
	root := t.TempDir()
	tm := &syncTeam{root: root, origin: filepath.Join(root, "origin.git")}
	gittest.Run(t, root, "init", "-q", "--bare", tm.origin)
	seed := filepath.Join(root, "seed")
	gittest.Run(t, root, "clone", "-q", tm.origin, seed)
	ws := filepath.Join(seed, "plans", "canopy")
	if err := os.CopyFS(ws, assets.Sample()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(seed, "README.md"), []byte("the company repo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLI(t, "git-setup", ws); code != 0 {
		t.Fatalf("git-setup: %s", errOut)
	}
	gittest.Run(t, seed, "add", "-A")
	gittest.Run(t, seed, "commit", "-qm", "the plan")
	gittest.Run(t, seed, "push", "-q", "origin", "main")
	return tm
}

// clone clones the plan for a person and returns the workspace folder.
func (tm *syncTeam) clone(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(tm.root, name)
	gittest.Run(t, tm.root, "clone", "-q", tm.origin, dir)
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// The test binary stands in for the canopy program.
	gittest.Run(t, dir, "config", "merge.canopy.name", "Canopy field-level merge")
	gittest.Run(t, dir, "config", "merge.canopy.driver", "CANOPY_AS_CLI=1 '"+self+"' merge-file %O %A %B %P")
	return filepath.Join(dir, "plans", "canopy")
}

// files lists the workspace's files of a kind, sorted.
func files(t *testing.T, ws string, kind app.Kind) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(ws, string(kind)))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, string(kind)+"/"+e.Name())
	}
	slices.Sort(out)
	return out
}

func mustSync(t *testing.T, ws string, args ...string) (stdout, stderr string) {
	t.Helper()
	code, out, errOut := runCLI(t, append([]string{"sync", ws}, args...)...)
	if code != 0 {
		t.Fatalf("sync %s = %d\n%s%s", ws, code, out, errOut)
	}
	return out, errOut
}

// TestSyncTwoClones: a PM and a PO sync in turn, editing the same item in
// different fields, and end with one plan; each sees what the other did.
func TestSyncTwoClones(t *testing.T) {
	tm := newSyncTeam(t)
	pm, po := tm.clone(t, "pm"), tm.clone(t, "po")
	items := files(t, pm, app.KindItem)
	shared, accepted := items[0], ""
	for _, f := range items[1:] {
		if readEntity(t, pm, f).(*app.Item).Status == app.StatusDone {
			accepted = f
			break
		}
	}
	if accepted == "" {
		t.Fatal("the sample has no item done, to accept")
	}
	initiative := files(t, pm, app.KindInitiative)[0]

	var name string
	storetest.EditFile(t, pm, initiative, func(e app.Entity) {
		in := e.(*app.Initiative)
		name = in.Name
		in.End = in.End.AddDays(28)
	})
	storetest.EditFile(t, pm, shared, func(e app.Entity) { e.(*app.Item).Title = "Renamed by the PM" })
	out, _ := mustSync(t, pm, "--author", "Pat the PM")
	if !strings.Contains(out, "Committed ") || !strings.Contains(out, "Reschedule '"+name+"'") || !strings.Contains(out, "Pushed to origin/main") {
		t.Fatalf("PM's sync said:\n%s", out)
	}
	pmRepo := filepath.Dir(filepath.Dir(pm))
	if got := gittest.Run(t, pmRepo, "log", "-1", "--format=%an|%s"); !strings.HasPrefix(got, "Pat the PM|Reschedule '"+name+"', edit '") {
		t.Fatalf("PM's commit = %q", got)
	}
	// Only the workspace's files are committed.
	if err := os.WriteFile(filepath.Join(pmRepo, "README.md"), []byte("changed outside the plan\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	storetest.EditFile(t, po, shared, func(e app.Entity) { e.(*app.Item).Assignee = "Olivia" })
	storetest.EditFile(t, po, accepted, func(e app.Entity) {
		it := e.(*app.Item)
		it.Status = app.StatusAccepted
	})
	out, _ = mustSync(t, po, "--message", "PO: grooming")
	if !strings.Contains(out, "Came in (") || !strings.Contains(out, name+" (initiative)") || !strings.Contains(out, "Renamed by the PM (item)") || !strings.Contains(out, "Pushed to origin/main") {
		t.Fatalf("PO's sync said:\n%s", out)
	}
	out, _ = mustSync(t, pm)
	if !strings.Contains(out, "Came in (") || !strings.Contains(out, "status: ") || strings.Contains(out, "Committed") {
		t.Fatalf("PM's second sync said:\n%s", out)
	}
	if got := gittest.Run(t, pmRepo, "status", "--porcelain"); !strings.Contains(got, "README.md") {
		t.Fatalf("the file outside the plan was committed: %q", got)
	}
	// One plan: both sides hold the same files, with both edits.
	a, b := tree(t, pm), tree(t, po)
	if len(a) != len(b) {
		t.Fatalf("%d files against %d", len(a), len(b))
	}
	for f, data := range a {
		if b[f] != data {
			t.Fatalf("%s differs:\n%s\n---\n%s", f, data, b[f])
		}
	}
	it := readEntity(t, pm, shared).(*app.Item)
	if it.Title != "Renamed by the PM" || it.Assignee != "Olivia" {
		t.Fatalf("merged item: %q, %q", it.Title, it.Assignee)
	}
	if got := readEntity(t, pm, accepted).(*app.Item).Status; got != app.StatusAccepted {
		t.Fatalf("accepted item is %s", got)
	}
	// Nothing left: in sync, exit 0.
	out, _ = mustSync(t, po)
	if !strings.Contains(out, "In sync with origin/main.") || strings.Contains(out, "Committed") || strings.Contains(out, "Pushed") {
		t.Fatalf("sync with nothing to do said:\n%s", out)
	}
}

// TestSyncConflict: both change one field; the second to sync is stopped
// with the conflict listed (exit 1), settles it, and syncs again.
func TestSyncConflict(t *testing.T) {
	tm := newSyncTeam(t)
	pm, po := tm.clone(t, "pm"), tm.clone(t, "po")
	item := files(t, pm, app.KindItem)[2]
	storetest.EditFile(t, pm, item, func(e app.Entity) { e.(*app.Item).Title = "The PM's title" })
	mustSync(t, pm)
	storetest.EditFile(t, po, item, func(e app.Entity) { it := e.(*app.Item); it.Title = "The PO's title"; it.Estimate = 13 })
	code, out, errOut := runCLI(t, "sync", po)
	if code != 1 || !strings.Contains(out, "1 conflict(s) to settle") || !strings.Contains(out, "The PO's title) ("+item+"): title") || !strings.Contains(errOut, "canopy resolve") {
		t.Fatalf("sync = %d\n%s%s", code, out, errOut)
	}
	// Again, before settling: still 1, nothing committed over the markers.
	if code, out, _ := runCLI(t, "sync", po); code != 1 || !strings.Contains(out, "conflict(s) to settle") {
		t.Fatalf("sync over conflicts = %d\n%s", code, out)
	}
	id := strings.TrimSuffix(strings.TrimPrefix(item, "items/"), ".json")
	if code, out, errOut := runCLI(t, "resolve", po, id, "--take", "theirs"); code != 0 {
		t.Fatalf("resolve = %d\n%s%s", code, out, errOut)
	}
	out, _ = mustSync(t, po)
	if !strings.Contains(out, "Committed") || !strings.Contains(out, "Pushed to origin/main") {
		t.Fatalf("sync after settling said:\n%s", out)
	}
	mustSync(t, pm)
	for _, ws := range []string{pm, po} {
		it := readEntity(t, ws, item).(*app.Item)
		if it.Title != "The PM's title" || it.Estimate != 13 {
			t.Fatalf("%s: title %q, estimate %v", ws, it.Title, it.Estimate)
		}
	}
}

// TestSyncRejectedPush: someone pushes between the fetch and the push;
// the rejected push is fetched, merged and pushed again once.
func TestSyncRejectedPush(t *testing.T) {
	tm := newSyncTeam(t)
	pm, po := tm.clone(t, "pm"), tm.clone(t, "po")
	items := files(t, pm, app.KindItem)
	storetest.EditFile(t, po, items[3], func(e app.Entity) { e.(*app.Item).Assignee = "Olivia" })
	poRepo := filepath.Dir(filepath.Dir(po))
	gittest.Run(t, poRepo, "commit", "-qam", "PO: assignee")
	// The PM's first push runs a hook that pushes the PO's commit first.
	pmRepo := filepath.Dir(filepath.Dir(pm))
	marker := filepath.Join(tm.root, "raced")
	hook := "#!/bin/sh\nunset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE\nif [ ! -e '" + marker + "' ]; then touch '" + marker + "'; git -C '" + poRepo + "' push -q origin main >/dev/null 2>&1; fi\nexit 0\n"
	if err := os.WriteFile(filepath.Join(pmRepo, ".git", "hooks", "pre-push"), []byte(hook), 0o755); err != nil {
		t.Fatal(err)
	}
	storetest.EditFile(t, pm, items[4], func(e app.Entity) { e.(*app.Item).Title = "The PM's edit" })
	out, errOut := mustSync(t, pm)
	if !strings.Contains(out, "Pushed to origin/main (after bringing in what was pushed meanwhile)") || !strings.Contains(out, "Came in (") {
		t.Fatalf("sync said:\n%s%s", out, errOut)
	}
	if _, err := os.Stat(marker); err != nil {
		t.Fatalf("the hook did not run: %v", err)
	}
	if got := readEntity(t, pm, items[3]).(*app.Item).Assignee; got != "Olivia" {
		t.Fatalf("the PO's edit did not come in: %q", got)
	}
	remote := gittest.Run(t, pmRepo, "rev-parse", "origin/main")
	if local := gittest.Run(t, pmRepo, "rev-parse", "HEAD"); local != remote {
		t.Fatalf("HEAD %s, origin/main %s", local, remote)
	}
}

// TestSyncWithoutRemote: a repository of one's own is committed to only,
// and Sync says so.
func TestSyncWithoutRemote(t *testing.T) {
	gittest.Isolate(t)
	repo := t.TempDir()
	gittest.Run(t, repo, "init", "-q")
	ws := filepath.Join(repo, "plan")
	if err := os.CopyFS(ws, assets.Sample()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(repo, "notes.txt"), []byte("mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gittest.Run(t, repo, "add", "notes.txt")
	out, errOut := mustSync(t, ws)
	if !strings.Contains(out, "Committed ") || !strings.Contains(out, "no remote: committed here only") || !strings.Contains(out, ".gitattributes") {
		t.Fatalf("sync said:\n%s%s", out, errOut)
	}
	// The first commit adds the plan; the staged file outside stays staged.
	if got := gittest.Run(t, repo, "log", "--format=%s"); !strings.HasPrefix(got, "Add ") {
		t.Fatalf("log = %q", got)
	}
	if got := gittest.Run(t, repo, "status", "--porcelain"); strings.TrimSpace(got) != "A  notes.txt" {
		t.Fatalf("status = %q", got)
	}
	if got := gittest.Run(t, repo, "ls-files", "plan/.gitattributes"); strings.TrimSpace(got) == "" {
		t.Fatal(".gitattributes was not committed")
	}
}

// TestSyncErrors: exit 2 with the reason in plain words, and nothing
// lost: without git, a remote that is not there, a detached HEAD, a
// rebase in progress.
func TestSyncErrors(t *testing.T) {
	tm := newSyncTeam(t)
	ws := tm.clone(t, "pm")
	repo := filepath.Dir(filepath.Dir(ws))
	item := files(t, ws, app.KindItem)[0]
	storetest.EditFile(t, ws, item, func(e app.Entity) { e.(*app.Item).Title = "Kept whatever happens" })

	t.Run("without git", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		code, out, errOut := runCLI(t, "sync", ws)
		if code != 2 || !strings.Contains(errOut, "git is not installed") || !strings.Contains(errOut, "install git") {
			t.Fatalf("sync = %d\n%s%s", code, out, errOut)
		}
	})
	t.Run("a remote that is not there", func(t *testing.T) {
		gittest.Run(t, repo, "remote", "set-url", "origin", filepath.Join(tm.root, "gone.git"))
		defer gittest.Run(t, repo, "remote", "set-url", "origin", tm.origin)
		code, out, errOut := runCLI(t, "sync", ws)
		if code != 2 || !strings.Contains(errOut, "the remote repository is not there") || !strings.Contains(errOut, "your commits are kept here") {
			t.Fatalf("sync = %d\n%s%s", code, out, errOut)
		}
		if !strings.Contains(out, "Committed ") {
			t.Fatalf("nothing was committed:\n%s", out)
		}
		if got := gittest.Run(t, repo, "log", "-1", "--format=%s"); !strings.Contains(got, "Kept whatever happens") {
			t.Fatalf("last commit = %q", got)
		}
	})
	t.Run("detached HEAD", func(t *testing.T) {
		gittest.Run(t, repo, "checkout", "-q", "--detach")
		defer gittest.Run(t, repo, "checkout", "-q", "main")
		code, out, errOut := runCLI(t, "sync", ws)
		if code != 2 || !strings.Contains(errOut, "detached HEAD") {
			t.Fatalf("sync = %d\n%s%s", code, out, errOut)
		}
	})
	t.Run("rebase in progress", func(t *testing.T) {
		dir := filepath.Join(repo, ".git", "rebase-merge")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		defer os.Remove(dir)
		code, out, errOut := runCLI(t, "sync", ws)
		if code != 2 || !strings.Contains(errOut, "a rebase is in progress") {
			t.Fatalf("sync = %d\n%s%s", code, out, errOut)
		}
	})
	t.Run("a window has the workspace open", func(t *testing.T) {
		s, w, _, err := store.Open(ws)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Lock(w); err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		code, out, errOut := runCLI(t, "sync", ws)
		if code != 2 || !strings.Contains(errOut, "press Sync in that window") {
			t.Fatalf("sync = %d\n%s%s", code, out, errOut)
		}
	})
	t.Run("afterwards it syncs", func(t *testing.T) {
		out, _ := mustSync(t, ws)
		if !strings.Contains(out, "Pushed to origin/main") {
			t.Fatalf("sync said:\n%s", out)
		}
	})
}
