package ui

import (
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"canopy/app/store"
	"canopy/ui/page"
)

// maxRecent is how many recent workspaces File ▸ Open recent lists.
const maxRecent = 8

// AddRecent puts dir first in the recent workspaces, in place of any other
// spelling of the same folder (store.SameFolder).
func AddRecent(p fyne.Preferences, dir string) {
	list := slices.DeleteFunc(p.StringList(page.PrefRecent), func(d string) bool { return store.SameFolder(d, dir) })
	list = append([]string{dir}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	p.SetStringList(page.PrefRecent, list)
}

// recentMenu returns File ▸ Open recent.
func (s *shell) recentMenu() *fyne.MenuItem {
	item := fyne.NewMenuItem("Open recent", nil)
	var entries []*fyne.MenuItem
	for _, dir := range s.app.Preferences().StringList(page.PrefRecent) {
		if dir == s.sess.Dir {
			continue
		}
		entries = append(entries, fyne.NewMenuItem(dir, func() { s.switchTo(dir, s.opening(dir)) }))
	}
	if len(entries) == 0 {
		item.Disabled = true
	}
	item.ChildMenu = fyne.NewMenu("", entries...)
	return item
}

// onOpen asks for a workspace folder and opens it.
func (s *shell) onOpen() {
	if s.opener == nil {
		return
	}
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			dialog.ShowError(err, s.win)
			return
		}
		if u == nil {
			return
		}
		s.switchTo(u.Path(), s.opening(u.Path()))
	}, s.win)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// onNewWorkspace asks for a product name and an empty folder, and makes a
// new workspace there.
func (s *shell) onNewWorkspace() {
	if s.opener == nil {
		return
	}
	name := widget.NewEntry()
	name.SetPlaceHolder("Product name")
	model := widget.NewSelect(modelTitles(), nil)
	model.SetSelected(defaultModel(s.app.Preferences()).Title())
	dialog.ShowForm("New workspace", "Choose folder…", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Product", name), widget.NewFormItem("Scoring model", model)}, func(ok bool) {
			if !ok {
				return
			}
			s.app.Preferences().SetString(page.PrefDefaultModel, string(modelByTitle(model.Selected)))
			d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
				if err != nil {
					dialog.ShowError(err, s.win)
					return
				}
				if u == nil {
					return
				}
				s.switchTo(u.Path(), func(store.Progress) (*Session, error) { return s.opener.Create(u.Path(), name.Text) })
			}, s.win)
			d.Resize(fyne.NewSize(900, 600))
			d.Show()
		}, s.win)
}

// switchTo saves and closes the workspace shown, then shows the one open
// returns. Opening reads every file, which takes a moment at 10 000 items:
// it runs off the UI goroutine behind a progress dialog, and the result
// comes back with fyne.Do. If opening fails, the current workspace stays.
func (s *shell) switchTo(dir string, open func(store.Progress) (*Session, error)) {
	s.win.Canvas().Unfocus()
	if err := s.save(); err != nil {
		dialog.ShowError(err, s.win)
		return
	}
	l := newLoading(dir) // the files read so far, as at start-up
	wait := dialog.NewCustomWithoutButtons("Opening a workspace", l.box, s.win)
	wait.Show()
	goReported(fyne.Do, func() {
		next, err := open(func(n, total int) { fyne.Do(func() { l.set(n, total) }) })
		fyne.Do(func() {
			wait.Hide()
			if err != nil {
				dialog.ShowError(err, s.win)
				return
			}
			if s.stopWatch != nil {
				s.stopWatch()
				s.stopWatch = nil
			}
			if s.sess.Close != nil {
				s.sess.Close()
			}
			AddRecent(s.app.Preferences(), filepath.Clean(next.Dir))
			s.load(next)
		})
	})
}

// opening returns the opening of the workspace in dir for switchTo,
// telling how many files are read when the opener can.
func (s *shell) opening(dir string) func(store.Progress) (*Session, error) {
	return func(progress store.Progress) (*Session, error) {
		if po, ok := s.opener.(ProgressOpener); ok {
			return po.OpenWithProgress(dir, progress)
		}
		return s.opener.Open(dir)
	}
}
