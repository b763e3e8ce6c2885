package ui

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/store"
	"canopy/ui/dialogs"
	"canopy/ui/form"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// newTestShell returns a shell on the seeded workspace with a save that
// counts its calls.
func newTestShell(t testing.TB, ws *app.Workspace, saveErr error) (*shell, *int) {
	t.Helper()
	a := test.NewTempApp(t)
	calls := 0
	sess := &Session{WS: ws, Dir: "/plans/orchard", Save: func() error {
		calls++
		if saveErr == nil {
			ws.MarkSaved(ws.Dirty())
		}
		return saveErr
	}}
	s := newShell(a, sess, nil)
	t.Cleanup(func() {
		if s.saveTimer != nil {
			s.saveTimer.Stop()
		}
		s.win.Close()
	})
	s.win.Show()
	return s, &calls
}

// pressShortcut types a shortcut as the desktop driver reports it: Ctrl+Z
// and Ctrl+Y arrive as Fyne's Undo and Redo shortcuts.
func pressShortcut(s *shell, k fyne.KeyName, extra fyne.KeyModifier) {
	var sc fyne.Shortcut = shortcut(k, extra)
	switch {
	case k == fyne.KeyZ && extra == 0:
		sc = &fyne.ShortcutUndo{}
	case k == fyne.KeyY && extra == 0:
		sc = &fyne.ShortcutRedo{}
	}
	s.win.Canvas().(interface {
		TypedShortcut(fyne.Shortcut)
	}).TypedShortcut(sc)
}

func TestShellWindow(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	ws.MarkSaved(ws.Dirty())
	s, _ := newTestShell(t, ws, nil)
	if got := s.win.Title(); got != uitest.TestProduct+" — Canopy" {
		t.Errorf("window title = %q", got)
	}
	if !uitest.HasText(s.win.Content(), "/plans/orchard") {
		t.Errorf("the workspace folder is not shown: %q", uitest.Texts(s.win.Content()))
	}
	var menus []string
	for _, m := range s.win.MainMenu().Items {
		menus = append(menus, m.Label)
	}
	if strings.Join(menus, ",") != "File,Edit,View,Roadmap,Help" {
		t.Errorf("menus = %v", menus)
	}
	// Without an opener there is no Open or New entry that would do nothing.
	for _, it := range s.win.MainMenu().Items[0].Items {
		if strings.HasPrefix(it.Label, "Open") || strings.HasPrefix(it.Label, "New") {
			t.Errorf("File menu has %q without a way to open workspaces", it.Label)
		}
	}
}

func TestUndoRedoThroughShortcutsAndTitle(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	ws.MarkSaved(ws.Dirty())
	s, calls := newTestShell(t, ws, nil)
	rename := app.EditProduct("Edit owner", func(p *app.Product) error { p.Owner = "Sam"; return nil })
	if err := s.do(rename); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(s.win.Title(), "• ") || s.undoItem.Label != "Undo Edit owner" || s.undoItem.Disabled {
		t.Fatalf("after an edit: title %q, undo %q disabled %v", s.win.Title(), s.undoItem.Label, s.undoItem.Disabled)
	}
	if !uitest.HasText(s.win.Content(), "Owner Sam") {
		t.Errorf("the header was not refreshed: %q", uitest.Texts(s.win.Content()))
	}
	pressShortcut(s, fyne.KeyZ, 0)
	if ws.Product().Owner != "Robin" || s.redoItem.Label != "Redo Edit owner" {
		t.Fatalf("Ctrl+Z: owner %q, redo %q", ws.Product().Owner, s.redoItem.Label)
	}
	pressShortcut(s, fyne.KeyZ, fyne.KeyModifierShift)
	if ws.Product().Owner != "Sam" {
		t.Fatalf("Ctrl+Shift+Z: owner %q", ws.Product().Owner)
	}
	pressShortcut(s, fyne.KeyZ, 0)
	pressShortcut(s, fyne.KeyY, 0)
	if ws.Product().Owner != "Sam" {
		t.Fatalf("Ctrl+Y: owner %q", ws.Product().Owner)
	}
	// Autosave a moment after the last edit.
	deadline := time.Now().Add(5 * time.Second)
	for *calls == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if *calls != 1 {
		t.Fatalf("autosave ran %d times, want 1", *calls)
	}
	uitest.WaitUntil(t, func() bool { return !strings.HasPrefix(s.win.Title(), "• ") })
}

func TestUndoInATextFieldPutsTheFieldBackFirst(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	if err := s.do(app.EditProduct("Edit owner", func(p *app.Product) error { p.Owner = "Sam"; return nil })); err != nil {
		t.Fatal(err)
	}
	e := form.NewEntry(func(string) error { return nil })
	e.SetValue("committed")
	s.win.SetContent(e)
	s.win.Canvas().Focus(e)
	test.Type(e, " typing")
	pressShortcut(s, fyne.KeyZ, 0)
	if e.Text != "committed" || ws.Product().Owner != "Sam" {
		t.Fatalf("first Ctrl+Z in a field: text %q, owner %q", e.Text, ws.Product().Owner)
	}
	pressShortcut(s, fyne.KeyZ, 0)
	if ws.Product().Owner != "Robin" {
		t.Fatalf("second Ctrl+Z: owner %q", ws.Product().Owner)
	}
}

func TestShellSaveFailureAndReadOnly(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	s, calls := newTestShell(t, ws, errors.New("disk full"))
	s.onSave()
	if *calls != 1 || !strings.HasSuffix(s.win.Title(), "(not saved)") {
		t.Fatalf("save failure: calls %d title %q", *calls, s.win.Title())
	}
	if top := s.win.Canvas().Overlays().Top(); top == nil || !uitest.HasText(top, "isk full") {
		t.Fatal("no error dialog saying why")
	}

	ro := uitest.SeedWorkspace(t)
	ro.SetReadOnly(errors.New("another Canopy window has this workspace open"))
	r, rcalls := newTestShell(t, ro, nil)
	r.onSave()
	if *rcalls != 0 || !r.saveItem.Disabled || !strings.HasSuffix(r.win.Title(), "(read-only)") {
		t.Fatalf("read-only: calls %d, save disabled %v, title %q", *rcalls, r.saveItem.Disabled, r.win.Title())
	}
	if !uitest.HasText(r.win.Content(), "another Canopy window has this workspace open") {
		t.Error("the read-only reason is not shown")
	}
	r.showSection("backlog")
	if !r.backlogPage().Items().AddButton().Disabled() {
		t.Error("Add is enabled in a read-only workspace")
	}
}

func TestSectionsAndAdd(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	s.showSection("backlog")
	v := s.backlogPage().Items()
	if len(v.Keys()) != 5 {
		t.Fatalf("backlog lists %d items", len(v.Keys()))
	}
	test.Tap(v.AddButton())
	if ws.Count(app.KindItem) != 6 {
		t.Fatalf("Add made %d items", ws.Count(app.KindItem))
	}
	if v.Editor() == nil || v.Editor().Key().Kind != app.KindItem {
		t.Fatal("the new item's editor is not shown")
	}
	// Undo removes it and the editor goes.
	pressShortcut(s, fyne.KeyZ, 0)
	if ws.Count(app.KindItem) != 5 || v.Editor() != nil {
		t.Fatalf("after undo: %d items, editor %v", ws.Count(app.KindItem), v.Editor())
	}
	// Open jumps to the section of a kind and selects the entity.
	s.open(app.Key{Kind: app.KindGoal, ID: "goal-grow"})
	if k, ok := tabbedOf(s.pages[page.Strategy]).Panel.Shown(); s.current != "strategy" || !ok || k.ID != "goal-grow" {
		t.Fatalf("open: section %q shows %v", s.current, k)
	}
	// The roadmap's list neither lists risks nor adds them: they live in
	// Strategy ▸ Risks.
	if err := ws.Do(app.Func{Desc: "plan", Fn: func(tx *app.Tx) error {
		if err := tx.Put(&app.Lane{ID: "lane-trees", Name: "Trees", Order: 1}); err != nil {
			return err
		}
		return tx.Put(&app.Risk{ID: "risk-frost", Description: "A late frost"})
	}}); err != nil {
		t.Fatal(err)
	}
	s.showSection("roadmap")
	rv := s.roadmapPage().Items()
	if !slices.Contains(rv.Keys(), app.Key{Kind: app.KindLane, ID: "lane-trees"}) || slices.ContainsFunc(rv.Keys(), func(k app.Key) bool { return k.Kind == app.KindRisk }) {
		t.Errorf("the roadmap lists %v: want the lane and no risk", rv.Keys())
	}
	if slices.Contains(rv.Section().Adds, app.KindRisk) {
		t.Errorf("the roadmap's Add offers %v, a risk among them", rv.Section().Adds)
	}
}

// TestOpenShowsWhereItLives opens entities as Find and links do: each shows
// in its section, on the tab that lists it, with its editor.
func TestOpenShowsWhereItLives(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	if err := ws.Do(app.Func{Desc: "plan", Fn: func(tx *app.Tx) error {
		if err := tx.Put(&app.Risk{ID: "risk-frost", Description: "A late frost", Owner: "Robin"}); err != nil {
			return err
		}
		return tx.Put(&app.Competitor{ID: "comp-ledger", Name: "Ledger"})
	}}); err != nil {
		t.Fatal(err)
	}
	s, _ := newTestShell(t, ws, nil)
	tests := []struct {
		key     app.Key
		section page.ID
		tab     string // the tab selected in a page with tabs
	}{
		{app.Key{Kind: app.KindRisk, ID: "risk-frost"}, "strategy", "Risks"},
		{app.Key{Kind: app.KindGoal, ID: "goal-grow"}, "strategy", "Goals"},
		{app.StrategyKey, "strategy", "Strategy"},
		{app.Key{Kind: app.KindRisk, ID: "risk-frost"}, "strategy", "Risks"}, // again, from another tab
		{app.Key{Kind: app.KindCompetitor, ID: "comp-ledger"}, "market", "Competitors"},
		{app.Key{Kind: app.KindItem, ID: "item-a"}, "backlog", ""},
	}
	for _, tt := range tests {
		t.Run(string(tt.key.Kind)+" "+tt.key.ID, func(t *testing.T) {
			s.open(tt.key)
			if s.current != tt.section {
				t.Fatalf("open %v shows section %q, want %q", tt.key, s.current, tt.section)
			}
			var tabs *container.AppTabs
			var panel *page.SidePanel
			if tb := tabbedOf(s.pages[tt.section]); tb != nil {
				tabs, panel = tb.Tabs, tb.Panel
			} else {
				if v := s.backlogPage().Items(); v.Editor() == nil || v.Editor().Key() != tt.key {
					t.Fatalf("open %v: the %s list shows no editor of it", tt.key, tt.section)
				}
				return
			}
			if got := tabs.Selected(); got == nil || got.Text != tt.tab {
				t.Errorf("open %v: tab %v selected, want %q", tt.key, got, tt.tab)
			}
			if k, ok := panel.Shown(); !ok || k != tt.key || !panel.Split.Trailing.Visible() {
				t.Errorf("open %v: the side panel shows %v (open %v)", tt.key, k, ok)
			}
		})
	}
}

func TestFind(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	got := dialogs.Search(ws, "WORK")
	var ids []string
	for _, e := range got {
		ids = append(ids, e.EntityID())
	}
	// Titles first ("Waits on work", "Work in progress"), then the strategy
	// whose positioning "ranks the work".
	if strings.Join(ids, ",") != "item-c,item-d," {
		t.Fatalf("find WORK = %v", ids)
	}
	if got := dialogs.Search(ws, "orchard owners"); len(got) != 1 || got[0].EntityKind() != app.KindStrategy {
		t.Fatalf("find in the strategy = %v", got)
	}
	s, _ := newTestShell(t, ws, nil)
	pressShortcut(s, fyne.KeyF, 0)
	top := s.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("Ctrl+F opened nothing")
	}
	entry := s.win.Canvas().Focused() // Find's search field
	if entry == nil {
		t.Fatal("Find's field has no focus")
	}
	test.Type(entry, "unscored")
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if s.current != "backlog" || s.backlogPage().Items().Selected().ID != "item-e" {
		t.Fatalf("find then Enter: section %q selected %v", s.current, s.backlogPage().Items().Selected())
	}
}

// fakeOpener opens a second seeded workspace.
type fakeOpener struct{ opened []string }

func (f *fakeOpener) Open(dir string) (*Session, error) {
	f.opened = append(f.opened, dir)
	if dir == "missing" {
		return nil, errors.New("open workspace missing: no such folder")
	}
	ws := app.NewWorkspace(app.Product{Name: "Second product"})
	return &Session{WS: ws, Dir: dir}, nil
}
func (f *fakeOpener) Create(dir, name string) (*Session, error) { return f.Open(dir) }

func TestSwitchWorkspaceOffTheUIGoroutine(t *testing.T) {
	a := test.NewTempApp(t)
	ws := uitest.SeedWorkspace(t)
	closed := 0
	op := &fakeOpener{}
	s := newShell(a, &Session{WS: ws, Dir: "first", Close: func() error { closed++; return nil }}, op)
	t.Cleanup(s.win.Close)
	s.win.Show()

	s.switchTo("missing", s.opening("missing"))
	uitest.WaitUntil(t, func() bool {
		return len(op.opened) == 1 && s.win.Canvas().Overlays().Top() != nil && uitest.HasText(s.win.Canvas().Overlays().Top(), "no such folder")
	})
	if s.ws != ws || closed != 0 {
		t.Fatal("a failed open replaced or closed the workspace shown")
	}
	s.win.Canvas().Overlays().Top().Hide()

	s.switchTo("second", s.opening("second"))
	uitest.WaitUntil(t, func() bool { return strings.HasPrefix(s.win.Title(), "Second product") })
	if s.ws.Product().Name != "Second product" || closed != 1 || !strings.HasPrefix(s.win.Title(), "Second product") {
		t.Fatalf("after switching: %q, closed %d, title %q", s.ws.Product().Name, closed, s.win.Title())
	}
	if got := a.Preferences().StringList(page.PrefRecent); len(got) != 1 || got[0] != "second" {
		t.Fatalf("recent = %v", got)
	}
	// The new workspace opens on its overview, even when the old one was
	// showing its overview too.
	uitest.WaitUntil(t, func() bool { return s.current == "overview" && len(s.body.Objects) == 1 && s.body.Objects[0].Visible() })
	s.showSection("overview")
	s.switchTo("third", s.opening("third"))
	uitest.WaitUntil(t, func() bool { return s.sess.Dir == "third" })
	uitest.WaitUntil(t, func() bool { return s.current == "overview" && len(s.body.Objects) == 1 && s.body.Objects[0].Visible() })
}

// progressOpener tells it has read 3 of 10 files, then waits to be let go.
type progressOpener struct {
	fakeOpener
	read chan struct{} // closed once it has told
	go_  chan struct{}
}

func (o *progressOpener) OpenWithProgress(dir string, progress store.Progress) (*Session, error) {
	progress(3, 10)
	close(o.read)
	<-o.go_
	return o.Open(dir)
}

// TestSwitchWorkspaceShowsFilesRead: File ▸ Open of a big workspace says
// how many of its files are read, as the start-up does, until it shows.
func TestSwitchWorkspaceShowsFilesRead(t *testing.T) {
	a := test.NewTempApp(t)
	op := &progressOpener{read: make(chan struct{}), go_: make(chan struct{})}
	s := newShell(a, &Session{WS: uitest.SeedWorkspace(t), Dir: "first"}, op)
	t.Cleanup(s.win.Close)
	s.win.Show()
	s.switchTo("/plans/big", s.opening("/plans/big"))
	<-op.read
	uitest.WaitUntil(t, func() bool {
		top := s.win.Canvas().Overlays().Top()
		return top != nil && uitest.HasText(top, "Opening big… 3 of 10 files read")
	})
	close(op.go_)
	uitest.WaitUntil(t, func() bool { return s.sess.Dir == "/plans/big" && s.win.Canvas().Overlays().Top() == nil })
}

func TestExportExcelFromTheWindow(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	out := filepath.Join(t.TempDir(), "backlog.xlsx")
	s.dialogs.ExportExcelTo(out)
	uitest.WaitUntil(t, func() bool {
		top := s.win.Canvas().Overlays().Top()
		return top != nil && uitest.HasText(top, "Wrote "+out)
	})
	data, err := os.ReadFile(out)
	if err != nil || string(data[:2]) != "PK" {
		t.Fatalf("the workbook: %v", err)
	}
	s.win.Canvas().Overlays().Top().Hide()
	s.dialogs.ExportExcelTo(filepath.Join("/plans/orchard", "x.xlsx"))
	if top := s.win.Canvas().Overlays().Top(); top == nil || !uitest.HasText(top, "outside the workspace folder") {
		t.Fatal("an export into the workspace was not refused")
	}
}

// TestSettingsOpenOnTheProduct: Settings is the product's editor at once,
// not a list of one entry to pick it from; Find lands there too.
func TestSettingsOpenOnTheProduct(t *testing.T) {
	s, _ := newTestShell(t, uitest.SeedWorkspace(t), nil)
	s.showSection("settings")
	content := s.win.Canvas().Content()
	for _, want := range []string{"Scoring model", "Fiscal year starts in"} {
		if !uitest.HasText(content, want) {
			t.Errorf("Settings does not show %q; it shows %q", want, uitest.Texts(content))
		}
	}
	if uitest.HasText(content, "Select something on the left") {
		t.Error("Settings asks to select something")
	}
	s.showSection("overview")
	s.open(app.ProductKey)
	if !uitest.HasText(s.win.Canvas().Content(), "Scoring model") {
		t.Error("opening the product does not show its editor")
	}
}

// TestHiddenPagesAreSizedWhenShown: the body lays out only the page shown;
// a page hidden while the window was resized takes the new size when
// shown again.
func TestHiddenPagesAreSizedWhenShown(t *testing.T) {
	s, _ := newTestShell(t, uitest.SeedWorkspace(t), nil)
	s.win.Resize(fyne.NewSize(1000, 700))
	s.showSection("strategy")
	s.showSection("backlog")
	strategy := s.pages[page.Strategy].Object()
	before := strategy.Size()
	s.win.Resize(fyne.NewSize(1300, 860))
	if strategy.Size() != before {
		t.Errorf("a hidden page was laid out again: %v → %v", before, strategy.Size())
	}
	s.showSection("strategy")
	if strategy.Size() != s.body.Size() || s.body.Size().Width <= before.Width {
		t.Errorf("the page shown is %v in a body of %v (was %v)", strategy.Size(), s.body.Size(), before)
	}
}

// TestEscapeClosesTheEditorPanel: Escape, when no field takes it, closes
// the editor beside a page or beside the timeline.
func TestEscapeClosesTheEditorPanel(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	risk := &app.Risk{Description: "Frost"}
	in := &app.Initiative{Name: "Irrigation", Status: app.InitiativePlanned, Horizon: app.HorizonLater}
	for _, e := range []app.Entity{risk, in} {
		if err := ws.Do(app.Create(e)); err != nil {
			t.Fatal(err)
		}
	}
	s, _ := newTestShell(t, ws, nil)
	escape := func() { s.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) }

	s.open(app.KeyOf(risk))
	strategy := tabbedOf(s.pages[page.Strategy])
	if _, ok := strategy.Panel.Shown(); !ok {
		t.Fatal("the risk's editor did not open")
	}
	escape()
	if _, ok := strategy.Panel.Shown(); ok {
		t.Error("Escape left the risk's editor open")
	}

	s.open(app.KeyOf(in))
	if _, ok := s.roadmapPage().Beside().Shown(); !ok {
		t.Fatal("the initiative's editor did not open beside the timeline")
	}
	escape()
	if _, ok := s.roadmapPage().Beside().Shown(); ok || !uitest.HasText(s.roadmapPage().Timeline().Object(), "Undated work") {
		t.Error("Escape did not bring the tray back")
	}
	// With the timeline focused (a bar was double-clicked), Escape there
	// lets go of the bar and closes the editor too.
	s.open(app.KeyOf(in))
	s.roadmapPage().Timeline().Timeline.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if _, ok := s.roadmapPage().Beside().Shown(); ok {
		t.Error("Escape in the timeline left the editor open")
	}
}

// TestOverviewOutOfSightCatchesUp: while another section is shown, an edit
// updates the header and the summary at once, and What next when the
// overview is shown again.
func TestOverviewOutOfSightCatchesUp(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	list := uitest.Find[*widget.List](t, s.pages[page.Overview].Object()) // what next
	next := list.Length
	before := next()
	s.showSection("settings")
	if err := ws.Do(app.Create(&app.Item{Type: app.TypeStory, Title: "Thin the fruit", Status: app.StatusNew})); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(s.summary.label.Text, "New 4") {
		t.Errorf("the summary in sight did not follow: %q", s.summary.label.Text)
	}
	if n := next(); n != before {
		t.Fatalf("what next was ranked again out of sight: %d entries, want %d", n, before)
	}
	s.showSection("overview")
	if n := next(); n != before+1 {
		t.Errorf("showing the overview did not catch up: %d entries, want %d", n, before+1)
	}
}
