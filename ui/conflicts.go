package ui

import (
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/store"
	"canopy/ui/page"
)

// onDiskChanged brings in what others changed in the folder. Entities
// changed both on disk and here are never overwritten silently: the user
// chooses, one by one, theirs or mine, after comparing them if they like.
func (s *shell) onDiskChanged() {
	if s.sess.Store == nil {
		return
	}
	if s.busy {
		s.missedDiskChange = true // an export is reading the workspace
		return
	}
	s.missedDiskChange = false
	cs, err := s.sess.Store.Rescan(s.ws)
	if err != nil {
		dialog.ShowError(err, s.win)
		return
	}
	s.sess.Store.Apply(s.ws, cs)
	if len(cs.Problems) > 0 {
		for _, p := range cs.Problems {
			s.sess.Problems = append(s.sess.Problems, p.Error())
		}
		s.showProblems()
	}
	if len(cs.Conflicts) > 0 {
		s.showConflicts(cs.Conflicts)
	}
}

// showConflicts lists the entities changed on both sides, each with its
// choices.
func (s *shell) showConflicts(keys []app.Key) {
	pending := append([]app.Key(nil), keys...)
	var d dialog.Dialog
	list := widget.NewList(
		func() int { return len(pending) },
		func() fyne.CanvasObject {
			name := widget.NewLabel("")
			name.Truncation = fyne.TextTruncateEllipsis
			compare := widget.NewButton("Compare", nil)
			theirs := widget.NewButton("Take theirs", nil)
			mine := widget.NewButton("Keep mine", nil)
			mine.Importance = widget.HighImportance
			return container.NewBorder(nil, nil, nil, container.NewHBox(compare, theirs, mine), name)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			buttons := row.Objects[1].(*fyne.Container).Objects
			k := pending[id]
			row.Objects[0].(*widget.Label).SetText(conflictName(s.ws, k))
			buttons[0].(*widget.Button).OnTapped = func() { s.showCompare(k) }
			resolve := func(f func(*app.Workspace, app.Key) error) func() {
				return func() {
					if err := f(s.ws, k); err != nil {
						dialog.ShowError(err, s.win)
						return
					}
					pending = removeKey(pending, k)
					if len(pending) == 0 {
						d.Hide()
					}
					s.onChange(app.Change{Desc: "Resolve conflict", Keys: []app.Key{k}})
				}
			}
			buttons[1].(*widget.Button).OnTapped = resolve(s.sess.Store.TakeTheirs)
			buttons[2].(*widget.Button).OnTapped = resolve(s.sess.Store.KeepMine)
		},
	)
	intro := widget.NewLabel("These were changed on disk by someone else while you had unsaved edits of them. " +
		"Nothing is saved over them until you choose.")
	intro.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustom("Changed here and on disk", "Decide later", container.NewBorder(intro, nil, nil, nil, list), s.win)
	d.Resize(fyne.NewSize(820, 420))
	d.Show()
}

// conflictName names a conflicting entity by kind and title.
func conflictName(ws *app.Workspace, k app.Key) string {
	if e, ok := ws.Get(k); ok {
		return k.Kind.Title() + " · " + page.TitleOf(e)
	}
	return store.Path(k)
}

// showCompare shows the entity as it is here and on disk, side by side.
func (s *shell) showCompare(k app.Key) {
	_, theirs, err := s.sess.Store.Theirs(k)
	if err != nil && theirs == nil {
		dialog.ShowError(err, s.win)
		return
	}
	mine := []byte("(deleted here)")
	if e, ok := s.ws.Get(k); ok {
		if mine, err = store.Encode(e); err != nil {
			dialog.ShowError(err, s.win)
			return
		}
	}
	if theirs == nil {
		theirs = []byte("(removed on disk)")
	}
	pane := func(title string, text []byte) fyne.CanvasObject {
		t := widget.NewTextGrid()
		t.SetText(string(text))
		return container.NewBorder(widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, container.NewScroll(t))
	}
	split := container.NewHSplit(pane("Here (unsaved)", mine), pane("On disk", theirs))
	d := dialog.NewCustom("Compare "+conflictName(s.ws, k), "Close", split, s.win)
	d.Resize(fyne.NewSize(1100, 640))
	d.Show()
}

func removeKey(keys []app.Key, k app.Key) []app.Key {
	out := keys[:0]
	for _, x := range keys {
		if x != k {
			out = append(out, x)
		}
	}
	return out
}

// openFolder shows a file's folder in the system's file manager.
func (s *shell) openFolder(rel string) {
	dir := filepath.Dir(filepath.Join(s.sess.Dir, filepath.FromSlash(rel)))
	if _, err := os.Stat(dir); err != nil {
		dir = s.sess.Dir
	}
	if err := s.openURL("file://" + filepath.ToSlash(dir)); err != nil {
		dialog.ShowError(fmt.Errorf("open %s: %w", dir, err), s.win)
	}
}
