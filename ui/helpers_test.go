package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/app/sample"
	"canopy/app/store"
)

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
