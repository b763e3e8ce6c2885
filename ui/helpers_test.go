package ui

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/sample"
	"canopy/app/store"
	"canopy/ui/internal/uitest"
)

// walk calls f for every visible object under o, descending into containers
// and into widgets through their renderers. f returns false to skip the
// object's children.
func walk(o fyne.CanvasObject, f func(fyne.CanvasObject) bool) {
	uitest.Walk(o, func(o fyne.CanvasObject, _ fyne.Position) bool { return f(o) })
}

// rowText scrolls the what-next list to row id and returns the uitest.Texts of the
// row rendered there, joined by " | ".
func rowText(t *testing.T, content fyne.CanvasObject, id int) string {
	t.Helper()
	list := uitest.Find[*widget.List](t, content)
	list.ScrollTo(id)
	want := strconv.Itoa(id + 1)
	var row []string
	walk(list, func(o fyne.CanvasObject) bool {
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
