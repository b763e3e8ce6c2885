package ui

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app/store"
)

// ProgressOpener is an Opener that tells how far the reading of a
// workspace is (StoreOpener).
type ProgressOpener interface {
	Opener
	OpenWithProgress(dir string, progress store.Progress) (*Session, error)
}

// loading is the window's content while a workspace is read: its folder
// and a bar of the files read so far. Nothing can be edited: there is no
// workspace yet, and no menu.
type loading struct {
	name  string // the workspace's folder
	label *widget.Label
	bar   *widget.ProgressBar
	box   fyne.CanvasObject
}

func newLoading(dir string) *loading {
	l := &loading{name: filepath.Base(dir), bar: widget.NewProgressBar()}
	l.label = widget.NewLabel("Opening " + l.name + "…")
	l.label.Alignment = fyne.TextAlignCenter
	l.box = container.NewCenter(container.NewVBox(l.label,
		container.NewGridWrap(fyne.NewSize(420, l.bar.MinSize().Height), l.bar)))
	return l
}

// set shows done of total files read.
func (l *loading) set(done, total int) {
	if total <= 0 {
		return
	}
	l.bar.SetValue(float64(done) / float64(total))
	l.label.SetText(fmt.Sprintf("Opening %s… %d of %d files read", l.name, done, total))
}

// openLoading shows win at once with a progress bar while op reads dir on
// a goroutine (the progress through fyne.Do), then calls done on the UI
// goroutine with the session or the error.
func openLoading(win fyne.Window, op ProgressOpener, dir string, done func(*Session, error)) *loading {
	l := newLoading(dir)
	win.SetContent(l.box)
	goReported(fyne.Do, func() {
		sess, err := op.OpenWithProgress(dir, func(n, total int) {
			fyne.Do(func() { l.set(n, total) })
		})
		fyne.Do(func() { done(sess, err) })
	})
	return l
}

// RunLoading shows the main window at once and opens the workspace in dir
// behind a progress bar; opened, ready is called (to report its problems,
// remember it) and the window shows it, with the crash of the last run
// told when crashed is set. It blocks until the window closes, and returns
// the error of opening, which closes the window, as before.
func RunLoading(a fyne.App, op ProgressOpener, dir string, crashed *PendingCrash, ready func(*Session)) error {
	win := a.NewWindow("Canopy")
	win.SetMaster()
	win.Resize(windowSize(a.Preferences()))
	var openErr error
	showLoading(a, win, op, dir, crashed, ready, func(err error) {
		openErr = err
		win.Close()
	})
	win.ShowAndRun()
	return openErr
}

// showLoading shows the loading bar in win, then the workspace in it once
// read (after ready), or calls fail with the error of opening it.
func showLoading(a fyne.App, win fyne.Window, op ProgressOpener, dir string, crashed *PendingCrash,
	ready func(*Session), fail func(error)) *loading {
	return openLoading(win, op, dir, func(sess *Session, err error) {
		if err != nil {
			fail(err)
			return
		}
		if ready != nil {
			ready(sess)
		}
		s := newShellIn(a, win, sess, op)
		if crashed != nil {
			s.offerReopen(crashed)
		}
	})
}
