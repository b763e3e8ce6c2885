package dialogs

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// Fyne's save dialog joins whatever is typed in its name field to the
// folder it shows: "/home/me/out/backlog.xlsx" typed there became
// "/home/me/home/me/out/backlog.xlsx", and "~/backlog.xlsx" a file in a
// folder named "~". saveFile keeps Fyne's dialog but takes over its Save
// button (and Enter in the name field) for a typed absolute path or one
// that starts with "~": those go where they say. A plain name or a
// relative path is left to Fyne, which puts it under the folder shown.

// saveFile shows Fyne's save dialog, suggesting name and offering the
// files with extension ext (".xlsx"), and gives then the path chosen.
func (s *Host) saveFile(name, ext string, then func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(describeSaveError(err), s.Win)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		w.Close() // written again by runExport, atomically, from a temp file
		then(path)
	}, s.Win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.Resize(fyne.NewSize(900, 600))
	quietFavorites(d.Show)
	home, _ := os.UserHomeDir()
	t := &typedPath{win: s.Win, dialog: d, name: name, ext: ext, home: home, then: then}
	t.hook()
}

// describeSaveError says in a user's words why Fyne's dialog could not
// create the file it was given.
func describeSaveError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot save %s: there is no folder %s; create it first or choose another place", filepath.Base(pe.Path), filepath.Dir(pe.Path))
	}
	return fmt.Errorf("cannot save there: %w", err)
}

// typedPath takes over the Save button of one save dialog for typed
// absolute and home-relative paths.
type typedPath struct {
	win    fyne.Window
	dialog *dialog.FileDialog
	// name is the suggested file name, ext the export's extension.
	name, ext string
	// home is the user's home folder, for "~/…" ("" when unknown).
	home string
	then func(path string)
	// entry is the dialog's name field, save its Save button.
	entry *widget.Entry
	save  *widget.Button
}

// hook finds the name field and the Save button of the dialog on top of
// the window and routes them through onSave. When Fyne's layout is not
// the one expected it leaves the dialog as it is.
func (t *typedPath) hook() {
	top, ok := t.win.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok {
		return
	}
	walkDialog(top.Content, func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Entry:
			if t.entry == nil {
				t.entry = o
			}
		case *widget.Button:
			if o.Importance == widget.HighImportance && t.save == nil {
				t.save = o
			}
		}
	})
	if t.entry == nil || t.save == nil {
		return
	}
	fyneSave := t.save.OnTapped
	t.save.OnTapped = func() {
		if !t.onSave(t.entry.Text) {
			fyneSave()
		}
	}
	t.entry.OnSubmitted = func(string) { t.save.OnTapped() }
}

// walkDialog calls f for every object of a dialog's content: containers,
// scrolls and splits are entered (what Fyne's file dialog is made of).
func walkDialog(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	f(o)
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			walkDialog(c, f)
		}
	case *container.Scroll:
		walkDialog(o.Content, f)
	case *container.Split:
		walkDialog(o.Leading, f)
		walkDialog(o.Trailing, f)
	}
}

// resolveTyped returns the file a typed name means when it is an absolute
// path or starts with "~" (the home folder), and false for a name to be
// put under the folder the dialog shows.
func resolveTyped(typed, home string) (string, bool) {
	typed = strings.TrimSpace(typed)
	if home != "" && (typed == "~" || strings.HasPrefix(typed, "~/") || strings.HasPrefix(typed, `~`+string(filepath.Separator))) {
		return filepath.Join(home, typed[1:]), true
	}
	if filepath.IsAbs(typed) {
		return filepath.Clean(typed), true
	}
	return "", false
}

// onSave saves to a typed absolute or home-relative path and reports
// true, or reports false for Fyne to handle the name. A folder is opened
// in the dialog; a missing folder is said and the dialog stays; an
// existing file is replaced only when the user confirms.
func (t *typedPath) onSave(typed string) bool {
	path, ok := resolveTyped(typed, t.home)
	if !ok {
		return false
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		if dir, err := storage.ListerForURI(storage.NewFileURI(path)); err == nil {
			t.dialog.SetLocation(dir)
			t.entry.SetText(t.name)
		}
		return true
	}
	if filepath.Ext(path) == "" {
		path += t.ext
	}
	dir := filepath.Dir(path)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		dialog.ShowInformation("No such folder",
			fmt.Sprintf("There is no folder %s.\nCreate it first, or choose another place.", dir), t.win)
		return true
	}
	done := func() {
		t.dialog.Hide()
		t.then(path)
	}
	if info, err := os.Stat(path); err == nil {
		if info.IsDir() {
			return true
		}
		dialog.ShowConfirm("Replace the file?",
			fmt.Sprintf("%s already exists.\nDo you want to replace it?", path),
			func(ok bool) {
				if ok {
					done()
				}
			}, t.win)
		return true
	}
	done()
	return true
}
