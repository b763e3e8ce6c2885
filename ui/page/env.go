package page

import (
	"fyne.io/fyne/v2"

	"canopy/app"
)

// Env is what a page and an editor need from the window around them.
type Env struct {
	// WS is the workspace being edited; read it, change it only through Do.
	WS *app.Workspace
	// Window hosts dialogs.
	Window fyne.Window
	// Do runs a command. A refused command's error has already been shown
	// to the user when Do returns it; editors put the old value back.
	Do func(app.Command) error
	// Try runs a command without showing its refusal: DoHere shows it
	// where it was tried. Nil in tests, where DoHere is Do.
	Try func(app.Command) error
	// Open shows the editor of another entity (a dependency, an initiative).
	Open func(app.Key)
	// OpenURL opens a link in the browser.
	OpenURL func(string) error
	// NewEditor returns the editor of the entity with key k: the window
	// sets it (to the editors of ui/edit), so that a page opens an editor
	// without importing the editors. Nil in tests that open none.
	NewEditor func(env *Env, k app.Key) Editor
	// Compare is the comparison with an earlier version of the plan that
	// the window shows (nil in tests without one): pages draw it with
	// FollowCompare.
	Compare *Comparing

	// field is the field OpenField asked the next editor to focus.
	field string
	// unsubscribe holds what Follow registered, for Close.
	unsubscribe []func()
}

// ReadOnly reports whether edit controls must be disabled.
func (e *Env) ReadOnly() bool { return e.WS.ReadOnly() != nil }

// Follow calls refresh after every change of the workspace that touches
// one of kinds (every change when kinds is nil), until Close: the one way a
// page hears about changes.
func (e *Env) Follow(kinds []app.Kind, refresh func(app.Change)) {
	e.unsubscribe = append(e.unsubscribe, e.WS.OnChange(func(c app.Change) {
		if kinds == nil || c.Touches(kinds...) {
			refresh(c)
		}
	}))
}

// Close stops every Follow of the environment: the window calls it when it
// shows another workspace.
func (e *Env) Close() {
	for _, f := range e.unsubscribe {
		f()
	}
	e.unsubscribe = nil
}

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
