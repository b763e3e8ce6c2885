package ui

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/store"
	"canopy/app/team"
	"canopy/ui/dialogs"
	"canopy/ui/form"
	"canopy/ui/insights"
	"canopy/ui/page"
)

// autosaveDelay is how long after the last edit the workspace is saved.
const autosaveDelay = 800 * time.Millisecond

// shell is the main window: the sidebar of sections, the view of the one
// chosen, the menu and its shortcuts, and autosave.
type shell struct {
	app    fyne.App
	sess   *Session
	ws     *app.Workspace
	opener Opener

	win     fyne.Window
	env     *page.Env
	dialogs *dialogs.Host
	header  *headerView
	summary *summaryView
	secs    []*page.Section
	pages   map[page.ID]page.Page // the sections built so far
	current page.ID
	nav     *widget.List
	body    *fyne.Container

	saveItem, undoItem, redoItem *fyne.MenuItem
	// compareItem and stopCompareItem are Roadmap ▸ Compare with… and
	// Stop comparing; cmp is compare mode (comparing.go).
	compareItem, stopCompareItem *fyne.MenuItem
	cmp                          *comparer
	newItem                      *fyne.MenuItem // Edit ▸ New (newitem.go)
	noticePop                    *widget.PopUp  // what an undo did elsewhere (undoshow.go)
	saveTimer                    *time.Timer
	saveErr                      error
	stopWatch                    func()
	// busy is set while a goroutine reads the workspace (an export);
	// changes from disk wait for it.
	busy, missedDiskChange bool
	// team is the team work of the workspace shown: Sync, Conflicts.
	team *teamwork
	// userPref and autoSync are the Settings last applied (your name,
	// the auto-sync interval).
	userPref string
	autoSync time.Duration
}

// Run opens the main window on the session and blocks until it closes.
// opener, which may be nil, serves File ▸ Open and New workspace.
func Run(a fyne.App, sess *Session, opener Opener) {
	newShell(a, sess, opener).win.ShowAndRun()
}

// newShell builds the main window without showing it.
func newShell(a fyne.App, sess *Session, opener Opener) *shell {
	return newShellIn(a, a.NewWindow("Canopy"), sess, opener)
}

// newShellIn builds the main window in win (shown already while the
// workspace loaded, loading.go, or not yet).
func newShellIn(a fyne.App, win fyne.Window, sess *Session, opener Opener) *shell {
	s := &shell{app: a, opener: opener}
	s.win = win
	s.win.SetMaster()
	s.win.Resize(windowSize(a.Preferences()))
	s.win.SetCloseIntercept(s.onQuit)
	s.win.SetOnDropped(s.onDropped)
	s.registerShortcuts()
	s.win.Canvas().SetOnTypedKey(s.onTypedKey)
	s.userPref = a.Preferences().String(page.PrefUserName)
	s.autoSync = autoSyncInterval(a.Preferences())
	a.Preferences().AddChangeListener(s.onPrefsChanged)
	s.load(sess)
	return s
}

// onTypedKey takes the keys no focused widget took: Escape closes the
// editor panel beside the page shown.
func (s *shell) onTypedKey(e *fyne.KeyEvent) {
	if e.Name != fyne.KeyEscape {
		return
	}
	if c, ok := s.pages[s.current].(page.PanelCloser); ok {
		c.ClosePanel()
	}
}

// load shows a session in the window, replacing the one shown.
func (s *shell) load(sess *Session) {
	if s.env != nil {
		s.env.Close() // the pages of the workspace shown before hear no more
	}
	if s.cmp != nil {
		s.cmp.close() // the comparison was of the workspace shown before
	}
	s.sess, s.ws = sess, sess.WS
	if s.team != nil {
		s.team.close()
	}
	s.team = newTeamwork(s, sess)
	s.env = &page.Env{WS: s.ws, Window: s.win, Do: s.do, Try: s.ws.Do, Open: s.open, OpenURL: s.openURL, NewEditor: newEditor}
	s.dialogs = &dialogs.Host{App: s.app, Win: s.win, WS: s.ws, Dir: sess.Dir, Do: s.do, Busy: s.setBusy,
		Go: func(f func()) { goReported(fyne.Do, f) }, Files: store.HostRules}
	s.header = newHeaderView(s.ws, sess.Dir)
	s.summary = newSummaryView(s.ws)
	s.secs = sections(sess)
	s.pages = map[page.ID]page.Page{}
	s.body = container.New(visibleStack{})
	s.nav = widget.NewList(
		func() int { return len(s.secs) },
		func() fyne.CanvasObject { return widget.NewLabel("Releases") },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(s.secs[id].Title) },
	)
	s.nav.OnSelected = func(id widget.ListItemID) {
		if s.secs[id].ID != s.current { // not when showSection itself selects it
			s.showSection(s.secs[id].ID)
		}
	}
	s.header.setAction(s.team.header())
	top := container.NewVBox(container.NewPadded(s.header.box))
	split := container.NewHSplit(s.nav, s.body)
	s.cmp = newComparer(s, split)
	s.env.Compare = s.cmp.cmp
	s.dialogs.Compare = s.cmp.cmp
	split.Offset = 0.14
	s.win.SetContent(container.NewBorder(top, container.NewVBox(widget.NewSeparator(), s.summary.label), nil, nil, split))
	s.win.SetMainMenu(s.menu())
	s.env.Follow(nil, s.onChange)
	if s.stopWatch != nil {
		s.stopWatch()
		s.stopWatch = nil
	}
	if sess.Watch != nil {
		s.stopWatch = sess.Watch(s.onDiskChanged)
	}
	// Events can be lost (network drives, a sleeping laptop): look again
	// whenever the window comes back to the front.
	s.app.Lifecycle().SetOnEnteredForeground(func() {
		s.onDiskChanged()
		s.team.refreshState()
	})
	s.current = "" // a new window body: the overview is shown afresh
	s.nav.Select(0)
	s.updateTitle()
	// Conflicts are settled in their own section: the problems they cause
	// are shown once the conflicts are known, without them.
	if !s.team.lookAround() && len(sess.Problems) > 0 {
		s.showProblems(sess.Problems)
	}
}

// visibleStack lays out only its visible objects, one over the other at its
// full size: the pages kept hidden in the window's body are not laid out
// again at every resize of the window.
type visibleStack struct{}

func (visibleStack) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		if o.Visible() {
			o.Resize(size)
			o.Move(fyne.NewPos(0, 0))
		}
	}
}

func (visibleStack) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		if o.Visible() {
			m = m.Max(o.MinSize())
		}
	}
	return m
}

// showSection shows the section with the id, building its page the first
// time.
func (s *shell) showSection(id page.ID) {
	s.current = id
	p := s.pages[id]
	if p == nil {
		for _, sec := range s.secs {
			if sec.ID == id {
				p = sec.New(sec, s.env, page.Host{Prefs: s.app.Preferences(), Dir: s.sess.Dir})
				s.pages[id] = p
			}
		}
	}
	obj := p.Object()
	// Only the page in sight keeps up with every change (and the roadmap's
	// zoom shortcuts work only while it is shown).
	for _, sec := range s.secs {
		if q := s.pages[sec.ID]; q != nil {
			q.SetShown(sec.ID == id)
		}
	}
	// Every page built stays in the window, hidden but the one shown: a
	// change of theme then reaches them all (Fyne applies it to the window's
	// content), and a page comes back as it was left.
	if !slices.Contains(s.body.Objects, obj) {
		s.body.Add(obj)
	}
	wasHidden := !obj.Visible()
	for _, o := range s.body.Objects {
		if o != obj {
			o.Hide()
		}
	}
	// The page shown is refreshed once (a widget's Show does it); never the
	// whole stack, whose Refresh would refresh every hidden page too.
	obj.Show()
	s.body.Layout.Layout(s.body.Objects, s.body.Size()) // sizes the page shown
	if _, widget := obj.(fyne.Widget); !widget || !wasHidden {
		obj.Refresh()
	}
	canvas.Refresh(s.body)
	for i, sec := range s.secs {
		if sec.ID == id {
			s.nav.Select(i)
		}
	}
	s.updateNewItem()
}

// open shows the editor of the entity with key k, in the section that
// lists it.
func (s *shell) open(k app.Key) {
	id := sectionOf(s.secs, k.Kind)
	s.showSection(id)
	s.pages[id].Show(k)
}

func (s *shell) openURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return err
	}
	return s.app.OpenURL(u)
}

// do runs a command and shows a refusal (page.ShowRefusal).
func (s *shell) do(c app.Command) error {
	err := s.ws.Do(c)
	if err != nil {
		page.ShowRefusal(s.env, err)
	}
	return err
}

// menu returns the main menu; an entry exists only when what it does exists.
func (s *shell) menu() *fyne.MainMenu {
	s.saveItem = fyne.NewMenuItem("Save", s.onSave)
	s.saveItem.Shortcut = shortcut(fyne.KeyS, 0)
	quit := fyne.NewMenuItem("Quit", s.onQuit)
	quit.IsQuit = true
	quit.Shortcut = shortcut(fyne.KeyQ, 0)
	file := []*fyne.MenuItem{}
	if s.opener != nil {
		newWS := fyne.NewMenuItem("New workspace…"+menuGap, s.onNewWorkspace)
		newWS.Shortcut = shortcut(fyne.KeyN, fyne.KeyModifierShift)
		open := fyne.NewMenuItem("Open…", s.onOpen)
		open.Shortcut = shortcut(fyne.KeyO, 0)
		file = append(file, newWS, open, s.recentMenu(), fyne.NewMenuItemSeparator())
	}
	file = append(file, s.saveItem, fyne.NewMenuItem("Save baseline…", s.onSaveBaseline))
	if sync := s.team.menuItem(); sync != nil {
		file = append(file, sync)
	}
	file = append(file, s.dialogs.ImportMenuItem(), s.dialogs.ImportFeedbackMenuItem(), s.dialogs.ExportMenu(), fyne.NewMenuItemSeparator(), quit)

	// Fyne's own Undo and Redo shortcuts (Ctrl+Z, Ctrl+Y; Cmd on macOS), so
	// that the menu, which sees them first, gets them even in a text field.
	s.undoItem = fyne.NewMenuItem("Undo", s.onUndo)
	s.undoItem.Shortcut = &fyne.ShortcutUndo{}
	s.redoItem = fyne.NewMenuItem("Redo", s.onRedo)
	s.redoItem.Shortcut = &fyne.ShortcutRedo{}
	findItem := fyne.NewMenuItem("Find…", s.onFind)
	findItem.Shortcut = shortcut(fyne.KeyF, 0)

	view := make([]*fyne.MenuItem, len(s.secs))
	for i, sec := range s.secs {
		view[i] = fyne.NewMenuItem(sec.Title, func() { s.showSection(sec.ID) })
		if i < 9 {
			view[i].Shortcut = shortcut(sectionKey(i), 0)
		}
	}
	view = append(view, fyne.NewMenuItemSeparator(), s.themeMenu())
	about := fyne.NewMenuItem("About Canopy", s.showAbout)
	keys := fyne.NewMenuItem("Keyboard shortcuts", s.showShortcuts)
	s.updateMenu()
	return fyne.NewMainMenu(
		fyne.NewMenu("File", file...),
		fyne.NewMenu("Edit", s.undoItem, s.redoItem, fyne.NewMenuItemSeparator(), s.newMenuItem(), findItem),
		fyne.NewMenu("View", view...),
		fyne.NewMenu("Roadmap", s.compareMenu()...),
		fyne.NewMenu("Help", keys, fyne.NewMenuItemSeparator(), about),
	)
}

func shortcut(k fyne.KeyName, extra fyne.KeyModifier) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | extra}
}

// sectionKey is the digit key of the i-th section (0-based): Mod+1 shows
// the first.
func sectionKey(i int) fyne.KeyName { return fyne.KeyName(string(rune('1' + i))) }

// registerShortcuts makes the shortcuts work from the canvas too.
func (s *shell) registerShortcuts() {
	c := s.win.Canvas()
	for _, sc := range []struct {
		k   fyne.KeyName
		mod fyne.KeyModifier
		f   func()
	}{
		{fyne.KeyS, 0, s.onSave}, {fyne.KeyQ, 0, s.onQuit},
		{fyne.KeyZ, fyne.KeyModifierShift, s.onRedo}, {fyne.KeyF, 0, s.onFind},
		{fyne.KeyN, fyne.KeyModifierShift, s.onNewWorkspace}, {fyne.KeyO, 0, s.onOpen},
		{fyne.KeyN, 0, s.onNew},
		{insights.CaptureKey, fyne.KeyModifierShift, s.onCapture},
		{compareKey, fyne.KeyModifierShift, s.onCompareWithIfAllowed},
	} {
		f := sc.f
		c.AddShortcut(shortcut(sc.k, sc.mod), func(fyne.Shortcut) { f() })
	}
	for i, sec := range sections(nil) { // the same sections in every workspace
		if i < 9 {
			c.AddShortcut(shortcut(sectionKey(i), 0), func(fyne.Shortcut) { s.showSection(sec.ID) })
		}
	}
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { s.onUndo() })
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { s.onRedo() })
}

// onUndo undoes the last command. In a text field with unsaved typing, it
// first puts the field back as it was: Ctrl+Z never undoes a keystroke
// behind the user's back nor a command while typing.
func (s *shell) onUndo() {
	if e, ok := s.win.Canvas().Focused().(*form.Entry); ok && e.Text != e.Value() {
		e.SetText(e.Value())
		return
	}
	s.win.Canvas().Unfocus() // commit the field being edited, if any
	if err := s.step("Undone", s.ws.CanUndo, s.ws.Undo); err != nil {
		dialog.ShowError(err, s.win)
	}
}

func (s *shell) onRedo() {
	s.win.Canvas().Unfocus()
	if err := s.step("Redone", s.ws.CanRedo, s.ws.Redo); err != nil {
		dialog.ShowError(err, s.win)
	}
}

// onChange follows every edit, undo, redo and change from disk: the
// window's own parts; each page follows the changes itself.
func (s *shell) onChange(app.Change) {
	s.header.refresh()
	s.summary.refresh()
	s.updateMenu()
	s.updateTitle()
	s.scheduleSave()
	s.cmp.changed()
}

// updateMenu names what Undo and Redo would do and disables what cannot run.
func (s *shell) updateMenu() {
	if s.undoItem == nil {
		return
	}
	u, canUndo := s.ws.CanUndo()
	r, canRedo := s.ws.CanRedo()
	ro := s.ws.ReadOnly() != nil
	s.undoItem.Label, s.undoItem.Disabled = "Undo "+u, !canUndo || ro
	s.redoItem.Label, s.redoItem.Disabled = "Redo "+r, !canRedo || ro
	if !canUndo {
		s.undoItem.Label = "Undo"
	}
	if !canRedo {
		s.redoItem.Label = "Redo"
	}
	s.saveItem.Disabled = !s.canSave()
	if m := s.win.MainMenu(); m != nil {
		m.Refresh()
	}
}

// updateTitle shows the product, and whether changes are unsaved.
func (s *shell) updateTitle() {
	t := s.ws.Product().Name + " — Canopy"
	switch {
	case s.ws.ReadOnly() != nil:
		t += " (read-only)"
	case s.saveErr != nil:
		t += " (not saved)"
	case len(s.ws.Dirty()) > 0:
		t = "• " + t
	}
	s.win.SetTitle(t)
}

// canSave reports whether the workspace can be saved at all.
func (s *shell) canSave() bool { return s.sess.Save != nil && s.ws.ReadOnly() == nil }

// scheduleSave saves a moment after the last edit.
func (s *shell) scheduleSave() {
	if !s.canSave() || len(s.ws.Dirty()) == 0 {
		return
	}
	if s.saveTimer != nil {
		s.saveTimer.Stop()
	}
	s.saveTimer = time.AfterFunc(autosaveDelay, func() { fyne.Do(s.autosave) })
}

func (s *shell) autosave() {
	if err := s.save(); err != nil {
		dialog.ShowError(err, s.win)
	}
}

// save writes the changes and remembers a failure for the title.
func (s *shell) save() error {
	if !s.canSave() {
		return nil
	}
	s.saveErr = s.sess.Save()
	s.updateTitle()
	s.team.refreshState()
	return s.saveErr
}

// onSave saves now and reports a failure in a dialog.
func (s *shell) onSave() {
	s.win.Canvas().Unfocus()
	if err := s.save(); err != nil {
		dialog.ShowError(err, s.win)
	}
}

// windowSize returns the size the window had when it last closed.
func windowSize(p fyne.Preferences) fyne.Size {
	return fyne.NewSize(float32(p.FloatWithFallback(page.PrefWindowWidth, 1280)), float32(p.FloatWithFallback(page.PrefWindowHeight, 820)))
}

// onQuit saves what is left and closes.
func (s *shell) onQuit() {
	if sz := s.win.Canvas().Size(); sz.Width > 200 && sz.Height > 200 {
		s.app.Preferences().SetFloat(page.PrefWindowWidth, float64(sz.Width))
		s.app.Preferences().SetFloat(page.PrefWindowHeight, float64(sz.Height))
	}
	s.win.Canvas().Unfocus()
	if s.saveTimer != nil {
		s.saveTimer.Stop()
	}
	if err := s.save(); err != nil {
		dialog.ShowConfirm("Quit without saving?", fmt.Sprintf("Saving failed: %v\n\nQuit anyway?", err), func(ok bool) {
			if ok {
				s.close()
			}
		}, s.win)
		return
	}
	if r := s.team.runner; r != nil && (s.autoSync > 0 || r.Running()) {
		s.syncAndClose(s.autoSync > 0)
		return
	}
	s.close()
}

// syncAndClose quits once git is done: with sync (auto-sync on), after
// one more sync; else after the sync under way, never in its middle.
func (s *shell) syncAndClose(sync bool) {
	wait := dialog.NewCustomWithoutButtons("Syncing before quitting…", widget.NewProgressBarInfinite(), s.win)
	wait.Show()
	r := s.team.runner
	goReported(fyne.Do, func() {
		if sync {
			r.SyncNow()
		}
		for r.Running() {
			time.Sleep(50 * time.Millisecond)
		}
		fyne.Do(s.close)
	})
}

// onPrefsChanged applies the Settings that the window follows: your name,
// recorded in decisions, and the auto-sync interval.
func (s *shell) onPrefsChanged() {
	p := s.app.Preferences()
	if name := p.String(page.PrefUserName); name != s.userPref {
		s.userPref = name
		s.ws.SetUser(team.Author(name, s.sess.Dir))
	}
	if iv := autoSyncInterval(p); iv != s.autoSync {
		s.autoSync = iv
		if s.team.runner != nil {
			s.team.runner.AutoSync(iv)
		}
	}
}

func (s *shell) close() {
	s.team.close()
	if s.stopWatch != nil {
		s.stopWatch()
	}
	if s.sess.Close != nil {
		s.sess.Close()
	}
	s.app.Quit()
}

// showProblems lists problems, what opening or reading the workspace
// found wrong, each with a button that shows the file's folder.
func (s *shell) showProblems(problems []string) {
	var list *widget.List
	list = widget.NewList(
		func() int { return len(problems) },
		func() fyne.CanvasObject {
			text := widget.NewLabel("")
			text.Wrapping = fyne.TextWrapWord
			return container.NewBorder(nil, nil, nil, widget.NewButton("Show folder", nil), text)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Label).SetText(problems[id])
			rel := problemFile(problems[id])
			row.Objects[1].(*widget.Button).OnTapped = func() { s.openFolder(rel) }
			list.SetItemHeight(id, row.MinSize().Height)
		},
	)
	intro := widget.NewLabel("Fix these files with a text editor (or git), then open the workspace again. " +
		"Files that cannot be read keep the workspace read-only and are never overwritten.")
	intro.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Problems in this workspace", "Close", container.NewBorder(intro, nil, nil, nil, list), s.win)
	d.Resize(fyne.NewSize(820, 420))
	d.Show()
}

// problemFile returns the file a problem line names ("items/x.json:3:4: …"),
// or "" when it names an entity rather than a file.
func problemFile(line string) string {
	for i, r := range line {
		if r == ':' {
			if f := line[:i]; strings.HasSuffix(f, ".json") || !strings.Contains(f, " ") {
				return f
			}
			return ""
		}
	}
	return ""
}

// errNoOpener is shown when the window was built without a store.
var errNoOpener = errors.New("opening workspaces is not available here")

// onFind searches every entity and opens the one chosen (Edit ▸ Find).
func (s *shell) onFind() { dialogs.ShowFind(s.win, s.ws, s.open) }

// onCapture asks for what a customer said and adds it to the Insights
// inbox, from any section (Mod+Shift+K).
func (s *shell) onCapture() {
	if s.env != nil {
		insights.ShowCapture(s.env)
	}
}

// setBusy marks that an export or an import reads the workspace; when it is
// done, a change from disk that came meanwhile is brought in.
func (s *shell) setBusy(on bool) {
	s.busy = on
	if !on && s.missedDiskChange {
		s.onDiskChanged()
	}
}
