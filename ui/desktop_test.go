package ui

import (
	"image/color"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/store"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// menuItem returns the item labelled label in the main menu's menu named menu.
func menuItem(t *testing.T, s *shell, menu, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range s.win.MainMenu().Items {
		if m.Label != menu {
			continue
		}
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no %s ▸ %s", menu, label)
	return nil
}

// tapButton taps the button labelled label in the top overlay.
func tapButton(t *testing.T, s *shell, label string) {
	t.Helper()
	var btn *widget.Button
	uitest.Visit(s.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == label {
			btn = b
		}
		return btn == nil
	})
	if btn == nil {
		t.Fatalf("no %q button in the dialog", label)
	}
	test.Tap(btn)
}

func TestThemeMenuAppliesAndRemembers(t *testing.T) {
	s, _ := newTestShell(t, uitest.SeedWorkspace(t), nil)
	themeItem := menuItem(t, s, "View", "Theme")
	checked := func() []string {
		var out []string
		for _, it := range themeItem.ChildMenu.Items {
			if it.Checked {
				out = append(out, it.Label)
			}
		}
		return out
	}
	if got := checked(); !slices.Equal(got, []string{"System"}) {
		t.Fatalf("checked at first: %v", got)
	}
	bg := func() any { return s.app.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight) }
	darkBG := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)
	for _, tt := range []struct {
		label, pref string
		dark        bool
	}{{"Dark", "dark", true}, {"Light", "light", false}, {"System", "system", false}} {
		for _, it := range themeItem.ChildMenu.Items {
			if it.Label == tt.label {
				it.Action()
			}
		}
		if got := s.app.Preferences().String(page.PrefTheme); got != tt.pref {
			t.Errorf("%s: preference %q", tt.label, got)
		}
		if got := checked(); !slices.Equal(got, []string{tt.label}) {
			t.Errorf("%s: checked %v", tt.label, got)
		}
		// Asked for the light variant, a forced Dark theme still answers dark.
		if (bg() == darkBG) != tt.dark {
			t.Errorf("%s: background %v, dark %v", tt.label, bg(), tt.dark)
		}
	}
	// A restart reads the choice back.
	s.app.Preferences().SetString(page.PrefTheme, "dark")
	ApplyTheme(s.app)
	if bg() != darkBG {
		t.Error("the saved Dark theme was not applied at start")
	}
	s2 := newShell(s.app, &Session{WS: uitest.SeedWorkspace(t), Dir: "x"}, nil)
	t.Cleanup(s2.win.Close)
	for _, it := range menuItem(t, s2, "View", "Theme").ChildMenu.Items {
		if it.Checked != (it.Label == "Dark") {
			t.Errorf("after a restart %s checked = %v", it.Label, it.Checked)
		}
	}
	s.app.Preferences().SetString(page.PrefTheme, "sepia")
	if got := themeFrom(s.app.Preferences()); got != ThemeSystem {
		t.Errorf("an unknown theme reads as %q", got)
	}
}

func TestDroppedFolderOpensWorkspace(t *testing.T) {
	a := test.NewTempApp(t)
	op := &fakeOpener{}
	s := newShell(a, &Session{WS: uitest.SeedWorkspace(t), Dir: "first"}, op)
	t.Cleanup(s.win.Close)
	s.win.Show()

	ws := t.TempDir()
	os.WriteFile(filepath.Join(ws, store.ManifestFile), []byte("{}\n"), 0o644)
	other := t.TempDir()
	notes := filepath.Join(other, "notes.txt")
	os.WriteFile(notes, []byte("x"), 0o644)

	// Something that is not a workspace is refused, naming it; nothing opens.
	s.onDropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(other), storage.NewFileURI(notes)})
	top := s.win.Canvas().Overlays().Top()
	if top == nil || !uitest.HasText(top, "pen dropped "+filepath.Base(other)+", notes.txt: not a Canopy workspace folder") {
		t.Fatalf("dropping a plain folder: %v", uitest.Texts(top))
	}
	top.Hide()
	if len(op.opened) != 0 {
		t.Fatalf("opened %v", op.opened)
	}
	// A workspace folder among the dropped items opens, off the UI goroutine.
	s.onDropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(notes), storage.NewFileURI(ws)})
	uitest.WaitUntil(t, func() bool { return strings.HasPrefix(s.win.Title(), "Second product") })
	if !slices.Equal(op.opened, []string{ws}) || s.sess.Dir != ws {
		t.Fatalf("opened %v, showing %q", op.opened, s.sess.Dir)
	}
	// So does the manifest itself; the workspace shown is not opened again.
	s.onDropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(filepath.Join(ws, store.ManifestFile))})
	if len(op.opened) != 1 {
		t.Fatalf("the open workspace was opened again: %v", op.opened)
	}
}

func TestOfferToReopenAfterCrash(t *testing.T) {
	a := test.NewTempApp(t)
	op := &fakeOpener{}
	s := newShell(a, &Session{WS: uitest.SeedWorkspace(t), Dir: "/data/Sample workspace"}, op)
	t.Cleanup(s.win.Close)
	s.win.Show()
	report := "/data/crashes/crash-20261127-091500.txt"

	s.offerReopen(&PendingCrash{Report: report, Workspace: "/plans/orchard"})
	top := s.win.Canvas().Overlays().Top()
	if top == nil || !uitest.HasText(top, "A report is in "+report) || !uitest.HasText(top, "Reopen /plans/orchard?") {
		t.Fatalf("the dialog says %q", uitest.Texts(top))
	}
	tapButton(t, s, "Not now")
	if len(op.opened) != 0 {
		t.Fatalf("Not now opened %v", op.opened)
	}

	s.offerReopen(&PendingCrash{Report: report, Workspace: "/plans/orchard"})
	tapButton(t, s, "Reopen")
	uitest.WaitUntil(t, func() bool { return s.sess.Dir == "/plans/orchard" })
	if !slices.Equal(op.opened, []string{"/plans/orchard"}) {
		t.Fatalf("opened %v", op.opened)
	}

	// Without a workspace to reopen, it only names the report.
	s.offerReopen(&PendingCrash{Report: report})
	top = s.win.Canvas().Overlays().Top()
	if !uitest.HasText(top, "A report is in "+report) || uitest.HasText(top, "Reopen") {
		t.Fatalf("the dialog says %q", uitest.Texts(top))
	}
}

func TestAboutShowsTheVersion(t *testing.T) {
	old := Version
	Version = "1.2.3"
	t.Cleanup(func() { Version = old })
	s, _ := newTestShell(t, uitest.SeedWorkspace(t), nil)
	menuItem(t, s, "Help", "About Canopy").Action()
	top := s.win.Canvas().Overlays().Top()
	if top == nil || !uitest.HasText(top, "Version 1.2.3") || !uitest.HasText(top, "Canopy") {
		t.Fatalf("About says %q", uitest.Texts(top))
	}
}

// A new workspace starts with the default scoring model, which File ▸ New
// workspace remembers.
func TestNewWorkspaceUsesDefaultModel(t *testing.T) {
	a := test.NewTempApp(t)
	p := a.Preferences()
	if got := defaultModel(p); got != app.ModelRICE {
		t.Fatalf("default model at first: %q", got)
	}
	p.SetString(page.PrefDefaultModel, "kano")
	if got := defaultModel(p); got != app.ModelRICE {
		t.Fatalf("an unknown saved model reads as %q", got)
	}
	p.SetString(page.PrefDefaultModel, string(app.ModelWSJF))
	root := t.TempDir()
	op := &StoreOpener{Places: store.Places{Data: filepath.Join(root, "data"), Cache: filepath.Join(root, "cache")},
		Clock: app.DayClock(app.MustDate("2026-11-27")), Prefs: p}
	sess, err := op.Create(filepath.Join(root, "ws"), "Orchard")
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if got := sess.WS.Product().ScoringModel; got != app.ModelWSJF {
		t.Fatalf("new workspace ranks by %q, want wsjf", got)
	}
	if got := modelByTitle(app.ModelValueEffort.Title()); got != app.ModelValueEffort {
		t.Fatalf("modelByTitle = %q", got)
	}
}

// A panic on a background goroutine is handed to the UI goroutine (where
// main's guard writes the report), with the goroutine's stack in it.
func TestBackgroundPanicReachesTheUIGoroutine(t *testing.T) {
	handed := make(chan func(), 1)
	goReported(func(f func()) { handed <- f }, func() {
		var m map[string]int
		m["x"] = 1 // assignment to entry in nil map
	})
	f := <-handed
	var got any
	func() {
		defer func() { got = recover() }()
		f()
	}()
	err, ok := got.(error)
	if !ok || !strings.Contains(err.Error(), "assignment to entry in nil map") ||
		!strings.Contains(err.Error(), "in a background task:\ngoroutine ") || !strings.Contains(err.Error(), "desktop_test.go") {
		t.Fatalf("the UI goroutine panicked with %v", got)
	}
	done := make(chan bool, 1)
	goReported(func(func()) { done <- false }, func() { done <- true })
	if !<-done {
		t.Fatal("a task without a panic was handed over")
	}
}

// TestSectionShortcutsAndKeysHelp: Mod+1 … Mod+8 show the sections in the
// sidebar's order, named beside each View entry; Help ▸ Keyboard shortcuts
// lists every group of keys.
func TestSectionShortcutsAndKeysHelp(t *testing.T) {
	s, _ := newTestShell(t, uitest.SeedWorkspace(t), nil)
	for i, sec := range s.secs {
		typeShortcut(s.win, ctrl(sectionKey(i), 0))
		if s.current != sec.ID {
			t.Errorf("Mod+%d shows %q, want %q", i+1, s.current, sec.ID)
		}
		item := menuItem(t, s, "View", sec.Title)
		if sc, ok := item.Shortcut.(*desktop.CustomShortcut); !ok || sc.KeyName != sectionKey(i) {
			t.Errorf("View ▸ %s shows shortcut %v", sec.Title, item.Shortcut)
		}
	}
	menuItem(t, s, "Help", "Keyboard shortcuts").Action()
	overlay := s.win.Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("Keyboard shortcuts opened nothing")
	}
	for _, g := range keyGroups() {
		if !uitest.HasText(overlay, g.where) {
			t.Errorf("the shortcuts dialog lacks the group %q", g.where)
		}
	}
	if !uitest.HasText(overlay, modName()+"+Z") || uitest.HasText(overlay, "Mod+") {
		t.Errorf("the dialog does not name the platform's modifier: %q", uitest.Texts(overlay))
	}
}

// TestThemeChangeReachesEveryPage: pages built in one theme are drawn in
// the other after View ▸ Theme changes it, shown at the time or not: no
// background keeps the light theme's colours in the dark one.
func TestThemeChangeReachesEveryPage(t *testing.T) {
	s, _ := newTestShell(t, uitest.SeedWorkspace(t), nil)
	ids := []page.ID{"overview", "strategy", "market", "roadmap", "releases", "backlog", "settings"}
	s.setTheme(ThemeLight)
	for _, id := range ids {
		s.showSection(id) // built in the light theme
	}
	s.setTheme(ThemeDark)
	// The light theme's colours that the dark theme never uses.
	names := []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameButton, theme.ColorNameDisabledButton,
		theme.ColorNameDisabled, theme.ColorNameError, theme.ColorNameFocus, theme.ColorNameForeground,
		theme.ColorNameForegroundOnError, theme.ColorNameForegroundOnPrimary, theme.ColorNameForegroundOnSuccess,
		theme.ColorNameForegroundOnWarning, theme.ColorNameHeaderBackground, theme.ColorNameHover, theme.ColorNameHyperlink,
		theme.ColorNameInputBackground, theme.ColorNameInputBorder, theme.ColorNameMenuBackground,
		theme.ColorNameOverlayBackground, theme.ColorNamePlaceHolder, theme.ColorNamePressed, theme.ColorNamePrimary,
		theme.ColorNameScrollBar, theme.ColorNameScrollBarBackground, theme.ColorNameSelection, theme.ColorNameSeparator,
		theme.ColorNameShadow, theme.ColorNameSuccess, theme.ColorNameWarning}
	light, dark := map[color.Color]string{}, map[color.Color]bool{}
	th := themeFor(ThemeSystem)
	for _, n := range names {
		light[th.Color(n, theme.VariantLight)] = string(n)
		dark[th.Color(n, theme.VariantDark)] = true
	}
	for c := range dark {
		delete(light, c)
	}
	for _, id := range ids {
		s.showSection(id)
		uitest.Visit(s.win.Canvas().Content(), func(o fyne.CanvasObject) bool {
			var c color.Color
			switch v := o.(type) {
			case *canvas.Rectangle:
				c = v.FillColor
			case *canvas.Text:
				c = v.Color
			default:
				return true
			}
			if name, ok := light[c]; ok && o.Visible() {
				t.Errorf("%s: a %T keeps the light theme's %s after switching to dark", id, o, name)
			}
			return true
		})
	}
}
