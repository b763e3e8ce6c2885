package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"

	"canopy/app"
)

// shell is the main window: the menu, the shortcuts and the view inside.
type shell struct {
	app  fyne.App
	ws   *app.Workspace
	save func() error

	win      fyne.Window
	overview *overview
	saveItem *fyne.MenuItem
}

// Run opens the main window on ws (already loaded; title is the product name) and blocks until it closes.
// save is called to persist the workspace (may be nil for read-only); dir is the workspace folder shown in the window.
func Run(a fyne.App, ws *app.Workspace, dir string, save func() error) {
	newShell(a, ws, dir, save).win.ShowAndRun()
}

// newShell builds the main window without showing it.
func newShell(a fyne.App, ws *app.Workspace, dir string, save func() error) *shell {
	s := &shell{app: a, ws: ws, save: save}
	s.win = a.NewWindow(ws.Product().Name)
	s.overview = newOverview(ws, dir)
	s.win.SetContent(s.overview.content)
	s.win.Resize(fyne.NewSize(1200, 800)) // until the window remembers its own size
	s.win.CenterOnScreen()
	s.win.SetMaster()
	s.win.SetMainMenu(s.menu())
	s.registerShortcuts()
	ws.OnChange(s.onChange)
	return s
}

// canSave reports whether the workspace can be saved at all.
func (s *shell) canSave() bool { return s.save != nil && s.ws.ReadOnly() == nil }

// menu returns the main menu.
func (s *shell) menu() *fyne.MainMenu {
	s.saveItem = fyne.NewMenuItem("Save", s.onSave)
	s.saveItem.Shortcut = saveShortcut()
	s.saveItem.Disabled = !s.canSave()
	quit := fyne.NewMenuItem("Quit", s.onQuit)
	quit.IsQuit = true
	quit.Shortcut = quitShortcut()
	return fyne.NewMainMenu(fyne.NewMenu("File", s.saveItem, fyne.NewMenuItemSeparator(), quit))
}

// registerShortcuts makes the menu's shortcuts work from the canvas too.
func (s *shell) registerShortcuts() {
	c := s.win.Canvas()
	c.AddShortcut(saveShortcut(), func(fyne.Shortcut) { s.onSave() })
	c.AddShortcut(quitShortcut(), func(fyne.Shortcut) { s.onQuit() })
}

func saveShortcut() *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
}

func quitShortcut() *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
}

// onSave persists the workspace and reports a failure in a dialog.
func (s *shell) onSave() {
	if !s.canSave() {
		return
	}
	if err := s.save(); err != nil {
		dialog.ShowError(err, s.win)
	}
}

// onQuit closes the application.
func (s *shell) onQuit() { s.app.Quit() }

// onChange shows an edit, undo or redo. The workspace calls it on the
// goroutine that made the change, which is the UI's.
func (s *shell) onChange(app.Change) {
	s.overview.refresh()
	s.saveItem.Disabled = !s.canSave()
}
