package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gofrs/flock"

	"canopy/app"
)

// linkTo makes a symbolic link to dir and returns it.
func linkTo(t *testing.T, dir string) string {
	t.Helper()
	link := filepath.Join(t.TempDir(), "other-spelling")
	if err := os.Symlink(dir, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	return link
}

func TestLockHoldsThroughASymlink(t *testing.T) {
	p := testPlaces(t)
	dir := newWorkspaceDir(t, p)
	link := linkTo(t, dir)
	first, ws1 := openAt(t, dir, p)
	if err := first.Lock(ws1); err != nil {
		t.Fatal(err)
	}
	// The first one is saving: a staged file of its own sits in the folder.
	inFlight := filepath.Join(dir, "items", tempPrefix+"in-flight")
	if err := os.WriteFile(inFlight, []byte("{\"half"), 0o644); err != nil {
		t.Fatal(err)
	}
	second, ws2 := openAt(t, link, p)
	if err := second.Lock(ws2); !errors.Is(err, ErrLocked) {
		t.Fatalf("Lock through a symlink = %v, want ErrLocked", err)
	}
	if _, err := os.Stat(inFlight); err != nil {
		t.Fatalf("the second writer cleared the first one's staged file: %v", err)
	}
	a, errA := first.lockFiles()
	b, errB := second.lockFiles()
	if errA != nil || errB != nil || a[0] != b[0] || !strings.Contains(a[0], "id-") {
		t.Fatalf("the identity locks differ: %v %v (%v %v)", a, b, errA, errB)
	}
	if err := ws2.Do(rename("item-full", "x")); !errors.Is(err, app.ErrReadOnly) {
		t.Fatalf("edit through the symlink = %v, want read-only", err)
	}
	// An older build locks by the path as typed: it sees the new lock, and
	// a new build sees its lock.
	old := legacyLock(t, p, link)
	first.Close()
	third, ws3 := openAt(t, dir, p)
	if err := third.Lock(ws3); err != nil {
		t.Fatalf("lock after the first closed: %v", err)
	}
	third.Close()
	fourth, ws4 := openAt(t, link, p)
	if err := fourth.Lock(ws4); !errors.Is(err, ErrLocked) {
		t.Fatalf("Lock while an older build holds the path lock = %v, want ErrLocked", err)
	}
	old.Unlock()
}

// legacyLock takes the lock an older build takes for the path as typed.
func legacyLock(t *testing.T, p Places, typed string) interface{ Unlock() error } {
	t.Helper()
	abs, _ := filepath.Abs(typed)
	s := &Store{dir: abs, places: p}
	files, err := s.lockFiles()
	if err != nil {
		t.Fatal(err)
	}
	legacy := p.LockFile(abs)
	found := false
	for _, f := range files {
		found = found || f == legacy
	}
	if !found {
		t.Fatalf("Lock does not take the legacy lock %s: %v", legacy, files)
	}
	l := newTestFlock(legacy)
	if ok, err := l.TryLock(); !ok || err != nil {
		t.Fatalf("legacy lock: %v %v", ok, err)
	}
	return l
}

func TestTrashIsOneThroughASymlink(t *testing.T) {
	p := testPlaces(t)
	dir := newWorkspaceDir(t, p)
	link := linkTo(t, dir)
	s, ws := openAt(t, link, p)
	if err := ws.Do(app.Delete(app.Key{Kind: app.KindItem, ID: "item-dep"})); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(ws); err != nil {
		t.Fatal(err)
	}
	direct, _ := openAt(t, dir, p)
	if trashed, _, err := direct.Trash(); err != nil || len(trashed) != 1 {
		t.Fatalf("the trash through the real path = %v %v, want the item deleted through the link", trashed, err)
	}
	if !SameFolder(dir, link) || FolderKey(dir) != FolderKey(link) {
		t.Fatalf("SameFolder(%s, %s) = false", dir, link)
	}
}

func TestPathKeyedTrashAndBackupsMoveOnOpen(t *testing.T) {
	p := testPlaces(t)
	dir := newWorkspaceDir(t, p)
	link := linkTo(t, dir)
	// An older build kept the trash and a backup under the link's path.
	oldTrash := filepath.Join(p.TrashDir(link), "items", "item-gone.json")
	oldBackup := filepath.Join(p.BackupDir(link), "20260101-000000-schema-1", "canopy.json")
	item := `{"id": "item-gone", "type": "bug", "title": "Gone", "status": "new"}` + "\n"
	for f, data := range map[string]string{oldTrash: item, oldBackup: "{}\n"} {
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, _ := openAt(t, link, p)
	trashed, problems, err := s.Trash()
	if err != nil || len(problems) > 0 || len(trashed) != 1 || trashed[0].Entity.EntityID() != "item-gone" {
		t.Fatalf("Trash after the move = %v %v %v", trashed, problems, err)
	}
	moved := filepath.Join(p.BackupDir(FolderKey(dir)), "20260101-000000-schema-1", "canopy.json")
	if _, err := os.Stat(moved); err != nil {
		t.Fatalf("the backup did not move: %v", err)
	}
	if _, err := os.Stat(p.workspaceDir(link)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the path-keyed places remain: %v", err)
	}
	if !strings.HasPrefix(p.TrashDir(FolderKey(dir)), p.Data) {
		t.Fatal("the trash is outside the data folder")
	}
}

func newTestFlock(file string) *flock.Flock { return flock.New(file) }

func TestFolderKeyFoldsCaseWhereTheOSDoes(t *testing.T) {
	tests := []struct {
		goos, a, b string
		same       bool
	}{
		{"windows", `C:\Plans\Canopy`, `c:\plans\canopy`, true},
		{"darwin", "/Users/ada/Plans", "/users/ada/plans", true},
		{"linux", "/home/ada/Plans", "/home/ada/plans", false},
	}
	for _, tt := range tests {
		r := RulesFor(tt.goos)
		if got := r.folderKey(tt.a) == r.folderKey(tt.b); got != tt.same {
			t.Errorf("%s: one key for %s and %s = %v, want %v", tt.goos, tt.a, tt.b, got, tt.same)
		}
	}
}
