package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/store"
)

// trashView lists the deleted entities, latest first, each with Restore.
type trashView struct {
	sess    *Session
	win     fyne.Window
	items   []store.Trashed
	list    *widget.List
	note    *widget.Label
	content fyne.CanvasObject
}

func newTrashView(sess *Session, win fyne.Window) *trashView {
	v := &trashView{sess: sess, win: win, note: widget.NewLabel("")}
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
			title.SetText(kindTitle(t.Entity.EntityKind()) + " · " + titleOf(t.Entity))
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
	return v
}

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
