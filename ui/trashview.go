package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/store"
	"canopy/ui/page"
)

// trashSection is the sidebar's Trash. It stays with the window: it reads
// the store's trash through the session.
func trashSection(sess *Session) *page.Section {
	return &page.Section{ID: page.Trash, Title: "Trash",
		New: func(_ *page.Section, env *page.Env, _ page.Host) page.Page { return newTrashView(sess, env) }}
}

// trashView lists the deleted entities, latest first, each with Restore.
// In sight, it reads the trash again after every change.
type trashView struct {
	sess    *Session
	win     fyne.Window
	shown   bool
	items   []store.Trashed
	list    *widget.List
	note    *widget.Label
	content fyne.CanvasObject
}

func newTrashView(sess *Session, env *page.Env) *trashView {
	v := &trashView{sess: sess, win: env.Window, note: widget.NewLabel("")}
	v.note.Wrapping = fyne.TextWrapWord
	v.list = widget.NewList(
		func() int { return len(v.items) },
		func() fyne.CanvasObject {
			title := widget.NewLabel("")
			title.Truncation = fyne.TextTruncateEllipsis
			when := widget.NewLabel("2006-01-02 15:04")
			when.Importance = widget.LowImportance
			restore := widget.NewButtonWithIcon("Restore", theme.ContentUndoIcon(), nil)
			return container.NewBorder(nil, nil, when, restore, title)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			title, when, restore := row.Objects[0].(*widget.Label), row.Objects[1].(*widget.Label), row.Objects[2].(*widget.Button)
			t := v.items[id]
			title.SetText(t.Entity.EntityKind().Title() + " · " + page.TitleOf(t.Entity))
			when.SetText(t.DeletedAt.Local().Format("2006-01-02 15:04"))
			restore.OnTapped = func() { v.onRestore(t) }
			if sess.WS.ReadOnly() != nil || sess.Restore == nil {
				restore.Disable()
			} else {
				restore.Enable()
			}
		},
	)
	v.content = container.NewBorder(container.NewPadded(v.note), nil, nil, nil, v.list)
	v.refresh()
	page.Subscribe(env, v)
	return v
}

// Object returns the list of deleted entities.
func (v *trashView) Object() fyne.CanvasObject { return v.content }

// Kinds is nil: an entity of any kind may go to the trash or come back.
func (v *trashView) Kinds() []app.Kind { return nil }

// Refresh reads the trash again when it is in sight.
func (v *trashView) Refresh(app.Change) {
	if v.shown {
		v.refresh()
	}
}

// SetShown tells the view whether it is in sight; shown, it reads the trash
// again (a save may have moved files into it).
func (v *trashView) SetShown(on bool) {
	v.shown = on
	if on {
		v.refresh()
	}
}

// Show does nothing: the trash opens no editor.
func (v *trashView) Show(app.Key) {}

// onRestore brings t back; the rules may refuse (its initiative is gone).
func (v *trashView) onRestore(t store.Trashed) {
	if err := v.sess.Restore(t.Entity.EntityID()); err != nil {
		dialog.ShowError(err, v.win)
		return
	}
	v.refresh()
}

// refresh reads the trash again.
func (v *trashView) refresh() {
	v.items = nil
	switch {
	case v.sess.Trash == nil:
		v.note.SetText("This workspace has no trash.")
	default:
		items, err := v.sess.Trash()
		if err != nil {
			v.note.SetText("The trash cannot be read: " + err.Error())
			break
		}
		v.items = items
		// Hide what is back in the workspace and not yet saved.
		kept := v.items[:0]
		for _, t := range v.items {
			if _, back := v.sess.WS.Get(app.KeyOf(t.Entity)); !back {
				kept = append(kept, t)
			}
		}
		v.items = kept
		if len(v.items) == 0 {
			v.note.SetText("The trash is empty. Deleted entities are kept here, outside the workspace folder, until you restore them.")
		} else {
			v.note.SetText("Deleted entities, latest first. They are kept outside the workspace folder.")
		}
	}
	v.list.Refresh()
}
