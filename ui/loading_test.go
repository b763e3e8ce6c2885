package ui

import (
	"path/filepath"
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

// gatedOpener reads a workspace with StoreOpener, and holds the session
// back until release is closed, so that a test sees the window loading.
type gatedOpener struct {
	*StoreOpener
	release chan struct{}
	calls   int
}

func (g *gatedOpener) OpenWithProgress(dir string, progress store.Progress) (*Session, error) {
	s, err := g.StoreOpener.OpenWithProgress(dir, func(done, total int) {
		g.calls++
		progress(done, total)
	})
	<-g.release
	return s, err
}

// TestWorkspaceLoadsBehindProgress: the window shows at once with a
// progress bar of the files read while the workspace opens on another
// goroutine; nothing can be edited then (no sections, no menu); once read,
// the progress is replaced by the workspace. An error is handed back.
func TestWorkspaceLoadsBehindProgress(t *testing.T) {
	a := test.NewTempApp(t)
	root := t.TempDir()
	places := store.Places{Data: filepath.Join(root, "data"), Cache: filepath.Join(root, "cache")}
	day := app.MustDate("2026-11-27")
	ws, err := sample.New(day, app.DayClock(day))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "plan")
	if _, err := store.CreateAt(dir, ws, places); err != nil {
		t.Fatal(err)
	}
	op := &gatedOpener{StoreOpener: &StoreOpener{Places: places, Clock: app.DayClock(day)}, release: make(chan struct{})}
	win := a.NewWindow("Canopy")
	t.Cleanup(win.Close)
	win.Resize(fyne.NewSize(1000, 700))
	win.Show()
	var opened *Session
	l := showLoading(a, win, op, dir, nil, func(s *Session) { opened = s }, func(err error) { t.Errorf("open: %v", err) })

	if win.Content() != l.box || win.MainMenu() != nil {
		t.Fatal("the window does not show the loading bar alone while the workspace opens")
	}
	uitest.WaitUntil(t, func() bool { return l.bar.Value == 1 })
	if !strings.Contains(l.label.Text, "files read") || !strings.Contains(l.label.Text, "plan") {
		t.Errorf("the loading label says %q", l.label.Text)
	}
	if win.Content() != l.box || opened != nil {
		t.Fatal("the workspace is shown before it is read")
	}
	close(op.release)
	// The workspace and then its menu arrive through fyne.Do, which the
	// test driver runs on the opening goroutine: wait for both.
	uitest.WaitUntil(t, func() bool { return win.Content() != l.box && win.MainMenu() != nil })
	if opened == nil || opened.WS.Product().Name != ws.Product().Name {
		t.Fatalf("opened %v, want the sample", opened)
	}
	if opened.Close != nil {
		opened.Close()
	}

	// An error reaches fail, on the UI goroutine.
	bad := &gatedOpener{StoreOpener: op.StoreOpener, release: make(chan struct{})}
	close(bad.release)
	win2 := a.NewWindow("Canopy")
	t.Cleanup(win2.Close)
	win2.SetContent(widget.NewLabel(""))
	var failed error
	showLoading(a, win2, bad, filepath.Join(root, "missing"), nil, nil, func(err error) { failed = err })
	uitest.WaitUntil(t, func() bool { return failed != nil })
	if !strings.Contains(failed.Error(), "missing") {
		t.Errorf("the error is %v", failed)
	}
}
