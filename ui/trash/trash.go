package trash

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// Entry is one deleted entity of the trash.
type Entry struct {
	Entity    app.Entity
	DeletedAt time.Time
}

// Bin is the window's way to the store's trash: List the deleted entities,
// latest first (nil when the workspace has no trash), and Restore one by
// its ID (nil when it cannot). The rules may refuse a restore.
type Bin struct {
	List    func() ([]Entry, error)
	Restore func(id string) error
}

// Section describes the sidebar's Trash of one workspace to the window.
func Section(bin Bin) *page.Section {
	return &page.Section{ID: page.Trash, Title: "Trash",
		New: func(_ *page.Section, env *page.Env, _ page.Host) page.Page { return newView(bin, env) }}
}

// view lists the deleted entities, latest first, each with Restore. In
// sight, it reads the trash again after every change.
type view struct {
	bin     Bin
	ws      *app.Workspace
	win     fyne.Window
	shown   bool
	items   []Entry
	list    *widget.List
	note    *widget.Label
	content fyne.CanvasObject
}

func newView(bin Bin, env *page.Env) *view {
	v := &view{bin: bin, ws: env.WS, win: env.Window, note: widget.NewLabel("")}
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
			if v.ws.ReadOnly() != nil || v.bin.Restore == nil {
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
func (v *view) Object() fyne.CanvasObject { return v.content }

// Kinds is nil: an entity of any kind may go to the trash or come back.
func (v *view) Kinds() []app.Kind { return nil }

// Refresh reads the trash again when it is in sight.
func (v *view) Refresh(app.Change) {
	if v.shown {
		v.refresh()
	}
}

// SetShown tells the view whether it is in sight; shown, it reads the trash
// again (a save may have moved files into it).
func (v *view) SetShown(on bool) {
	v.shown = on
	if on {
		v.refresh()
	}
}

// Show does nothing: the trash opens no editor.
func (v *view) Show(app.Key) {}

// onRestore brings t back; the rules may refuse (its initiative is gone).
func (v *view) onRestore(t Entry) {
	if err := v.bin.Restore(t.Entity.EntityID()); err != nil {
		dialog.ShowError(err, v.win)
		return
	}
	v.refresh()
}

// refresh reads the trash again.
func (v *view) refresh() {
	v.items = nil
	switch {
	case v.bin.List == nil:
		v.note.SetText("This workspace has no trash.")
	default:
		items, err := v.bin.List()
		if err != nil {
			v.note.SetText("The trash cannot be read: " + err.Error())
			break
		}
		v.items = items
		// Hide what is back in the workspace and not yet saved.
		kept := v.items[:0]
		for _, t := range v.items {
			if _, back := v.ws.Get(app.KeyOf(t.Entity)); !back {
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
