package page

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// SidePanel shows the editor of one entity beside a page, for the parts
// of the page that need more than an inline field; Close hides it and the
// page takes the whole width again (or, beside the roadmap's timeline, the
// tray comes back).
type SidePanel struct {
	env    *Env
	key    app.Key
	editor Editor
	box    *fyne.Container
	// Panel is Close above the editor, which scrolls sideways when wider
	// than its part of the window rather than squeezing what is beside it.
	Panel fyne.CanvasObject
	// Reveal puts the panel in sight; Conceal takes it away.
	Reveal, Conceal func()
	// Split is the page and the panel, from WithSidePanel.
	Split *container.Split
}

// NewEditorPanel returns an empty panel; its owner sets Reveal and Conceal.
func NewEditorPanel(env *Env) *SidePanel {
	p := &SidePanel{env: env, box: container.NewStack()}
	closeBtn := widget.NewButtonWithIcon("Close", theme.CancelIcon(), p.Close)
	closeBtn.Importance = widget.LowImportance
	p.Panel = container.NewBorder(container.NewHBox(layout.NewSpacer(), closeBtn), nil, nil, nil, container.NewHScroll(p.box))
	return p
}

// WithSidePanel returns content beside an editor panel, hidden until Show.
func WithSidePanel(env *Env, content fyne.CanvasObject) *SidePanel {
	p := NewEditorPanel(env)
	p.Split = container.NewHSplit(content, p.Panel)
	p.Split.Offset = 0.5
	p.Split.Trailing.Hide()
	p.Reveal = func() { p.Split.Trailing.Show(); p.Split.Refresh() }
	p.Conceal = func() { p.Split.Trailing.Hide(); p.Split.Refresh() }
	return p
}

// Show opens the editor of k in the panel.
func (p *SidePanel) Show(k app.Key) {
	if p.editor == nil || p.key != k {
		p.key, p.editor = k, p.env.NewEditor(p.env, k)
		p.box.Objects = []fyne.CanvasObject{p.editor.Object()}
		p.box.Refresh()
	}
	p.Reveal()
	p.env.focusPending(p.editor)
}

// Close hides the panel.
func (p *SidePanel) Close() {
	p.editor, p.key = nil, app.Key{}
	p.box.Objects = nil
	p.Conceal()
}

// Refresh follows a change: the editor shows the entity as it is now, or
// the panel closes when the entity is gone.
func (p *SidePanel) Refresh() {
	if p.editor == nil {
		return
	}
	if _, ok := p.env.WS.Get(p.key); !ok {
		p.Close()
		return
	}
	p.editor.Refresh()
}

// CloseIfOpen closes the panel when it shows an editor, and says so.
func (p *SidePanel) CloseIfOpen() bool {
	if p.editor == nil {
		return false
	}
	p.Close()
	return true
}

// Shown returns the key of the entity in the panel, if any.
func (p *SidePanel) Shown() (app.Key, bool) { return p.key, p.editor != nil }

// Content returns what the panel shows: the editor, or nothing.
func (p *SidePanel) Content() []fyne.CanvasObject { return p.box.Objects }

// ConfirmRemove asks before moving the entity with key k to the trash, as
// the editors' Delete button does; without a window (a test) it deletes at
// once, Undo bringing it back.
func ConfirmRemove(env *Env, k app.Key, name string) {
	msg := "Move the " + k.Kind.Singular() + " “" + name + "” to the trash?\nUndo brings it back."
	ConfirmTrash(env, k, "Remove "+k.Kind.Singular(), msg, "Remove")
}

// ConfirmTrash asks, in a dialog titled title saying msg, before moving the
// entity with key k to the trash; confirm is the word of the button that
// does it; when insights link to the entity, msg ends with what deleting
// it does to them (app.DeleteNotice: "Unlinks 3 insights."). Without a
// window to ask in (a test) it deletes at once: Undo still brings it back.
func ConfirmTrash(env *Env, k app.Key, title, msg, confirm string) {
	if n := app.DeleteNotice(env.WS, k); n != "" {
		msg += "\n" + n
	}
	if env.Window == nil {
		env.Do(app.Delete(k))
		return
	}
	d := dialog.NewConfirm(title, msg, func(ok bool) {
		if ok {
			env.Do(app.Delete(k))
		}
	}, env.Window)
	d.SetConfirmText(confirm)
	d.SetDismissText("Cancel")
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// Body returns the box that holds the editor.
func (p *SidePanel) Body() fyne.CanvasObject { return p.box }
