// Package edit holds Canopy's editors: one per kind of entity, each a view
// of one entity whose fields commit workspace commands (see ui/form), so
// every change is undoable and checked by the domain's rules.
package edit

import (
	"fyne.io/fyne/v2"

	"canopy/app"
)

// Env is what an editor needs from the window around it.
type Env struct {
	// WS is the workspace being edited; read it, change it only through Do.
	WS *app.Workspace
	// Window hosts dialogs.
	Window fyne.Window
	// Do runs a command. A refused command's error has already been shown
	// to the user when Do returns it; editors put the old value back.
	Do func(app.Command) error
	// Open shows the editor of another entity (a dependency, an initiative).
	Open func(app.Key)
	// OpenURL opens a link in the browser.
	OpenURL func(string) error
}

// ReadOnly reports whether edit controls must be disabled.
func (e *Env) ReadOnly() bool { return e.WS.ReadOnly() != nil }

// Editor is the view of one entity.
type Editor interface {
	// Object returns the editor's content.
	Object() fyne.CanvasObject
	// Refresh shows the entity as it is now in the workspace (after any
	// edit, undo, redo or change from disk). It must keep the focus and any
	// text being typed in a field that did not change.
	Refresh()
	// Key returns the entity edited; after a refresh the entity may be gone
	// (deleted, undone), which the shell checks with WS.Get.
	Key() app.Key
}
