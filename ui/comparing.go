package ui

import (
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/diff"
	"canopy/app/since"
	"canopy/app/store"
	"canopy/ui/compare"
	"canopy/ui/page"
	"canopy/ui/settings"
)

// recentCommits is how many commits Compare with… offers.
const recentCommits = 30

// rediffDelay is how long after the last edit the comparison is computed
// again.
const rediffDelay = 300 * time.Millisecond

// shelf is the window's baselines of the workspace in dir: the store's
// baseline files, saved from the workspace as it is in memory.
type shelf struct {
	dir string
	ws  *app.Workspace
}

var _ compare.Shelf = shelf{}

// errNoFolder is the reason a workspace without a folder has no baselines
// and no history.
var errNoFolder = errors.New("this workspace has no folder: open or create one with File ▸ Open to compare versions")

// List returns the baselines saved in the workspace.
func (s shelf) List() ([]compare.Baseline, []error, error) {
	if s.dir == "" {
		return nil, nil, nil
	}
	bs, problems, err := store.ListBaselines(s.dir)
	out := make([]compare.Baseline, len(bs))
	for i, b := range bs {
		out[i] = compare.Baseline{Name: b.Name, SavedAt: b.SavedAt}
	}
	return out, problems, err
}

// Save saves the plan as it is now (unsaved edits too) as the baseline
// name; a read-only workspace saves none.
func (s shelf) Save(name string) error {
	switch {
	case s.dir == "":
		return errNoFolder
	case s.ws.ReadOnly() != nil:
		return fmt.Errorf("save baseline %s: %w", name, s.ws.ReadOnly())
	}
	_, err := store.SaveBaseline(s.dir, s.ws, name)
	return err
}

// Delete deletes the baseline name.
func (s shelf) Delete(name string) error {
	switch {
	case s.dir == "":
		return errNoFolder
	case s.ws.ReadOnly() != nil:
		return fmt.Errorf("delete baseline %s: %w", name, s.ws.ReadOnly())
	}
	return store.DeleteBaseline(s.dir, name)
}

// comparer is the window's compare mode: what it compares the workspace
// with, the Changes panel beside the sections and the bar above them that
// says what is compared and stops it. The earlier version is read off the
// UI goroutine, and so is the diff (of a snapshot of the workspace taken on
// it), again a moment after each change of the workspace.
type comparer struct {
	s       *shell
	cmp     *page.Comparing
	src     since.Source
	side    *since.Side // the earlier version, nil when not comparing
	loading int         // the load under way; an older one that ends is dropped
	diffing int         // the diff under way, likewise
	timer   *time.Timer
	// working counts the diffs computed or not yet shown: tests wait for
	// none (their driver runs fyne.Do on the calling goroutine).
	working atomic.Int32

	panel  *compare.Panel
	title  *widget.Label
	stop   *widget.Button
	bar    fyne.CanvasObject
	split  *container.Split // the sections beside the Changes panel
	area   *fyne.Container  // the bar above split
	outer  *container.Split // the sidebar beside the body, or beside area while comparing
	body   fyne.CanvasObject
	chosen func(since.Source) // tests' hook: Compare with… chose this
}

// newComparer readies compare mode in the window whose sidebar and body
// are outer's: comparing puts the bar and the Changes panel in the body's
// place; out of compare mode the window is as it was.
func newComparer(s *shell, outer *container.Split) *comparer {
	body := outer.Trailing
	c := &comparer{s: s, cmp: &page.Comparing{}, body: body, outer: outer}
	c.panel = compare.NewPanel()
	c.panel.OnOpen = s.open
	c.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.title.Truncation = fyne.TextTruncateEllipsis
	c.stop = widget.NewButtonWithIcon("Stop comparing", theme.CancelIcon(), c.Stop)
	c.bar = container.NewBorder(nil, widget.NewSeparator(), widget.NewIcon(theme.HistoryIcon()), c.stop, c.title)
	changes := container.NewBorder(widget.NewLabelWithStyle("Changes", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, c.panel)
	c.split = container.NewHSplit(body, changes)
	c.split.Offset = 0.72
	c.area = container.NewBorder(c.bar, nil, nil, nil, c.split)
	return c
}

// Comparing reports whether a comparison is shown.
func (c *comparer) Comparing() bool { return c.side != nil }

// shown reports whether compare mode is in the window (reading or
// comparing).
func (c *comparer) shown() bool { return c.outer.Trailing == c.area }

// show puts the bar and the Changes panel in the window, or takes them
// away.
func (c *comparer) show(on bool) {
	if on == c.shown() {
		return
	}
	if on {
		c.split.Leading = c.body
		c.outer.Trailing = c.area
	} else {
		c.outer.Trailing = c.body
	}
	c.outer.Refresh()
	c.s.updateCompareMenu()
}

// Start compares the workspace with the version src names: it reads it off
// the UI goroutine, then shows the ghosts, the Changes panel and the bar.
// A version that cannot be read is said in a dialog, naming it.
func (c *comparer) Start(src since.Source) {
	dir := c.s.sess.Dir
	if dir == "" {
		dialog.ShowError(errNoFolder, c.s.win)
		return
	}
	c.loading++
	n := c.loading
	c.title.SetText("Reading " + describe(src) + "…")
	c.show(true)
	goReported(fyne.Do, func() {
		// nil: the workspace in memory is not its files (unsaved edits), so
		// the earlier version shares nothing with it.
		side, err := since.Load(dir, src, nil)
		fyne.Do(func() { c.loaded(n, src, side, err) })
	})
}

// loaded shows the earlier version read by load n.
func (c *comparer) loaded(n int, src since.Source, side *since.Side, err error) {
	if n != c.loading {
		return // a later choice, or Stop, came first
	}
	if err != nil {
		if c.side == nil {
			c.show(false)
		} else {
			c.title.SetText(c.headline())
		}
		dialog.ShowError(fmt.Errorf("Compare with %s: %w", describe(src), err), c.s.win)
		return
	}
	c.src, c.side = src, side
	c.rediff()
	if len(side.Problems) > 0 {
		dialog.ShowInformation("Some files of "+side.Name+" could not be read",
			"They are left out of the comparison:\n\n"+joinLines(side.Problems, 12), c.s.win)
	}
}

// rediff compares again the earlier version with the workspace as it is
// now, off the UI goroutine, then tells the pages.
func (c *comparer) rediff() {
	c.working.Add(1) // before the timer goes, so a test sees no gap
	defer c.working.Add(-1)
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	if c.side == nil {
		return
	}
	c.diffing++
	n, side, now := c.diffing, c.side, snapshot(c.s.ws)
	c.working.Add(1)
	goReported(fyne.Do, func() {
		d := diff.Compare(side.Workspace, now)
		fyne.Do(func() {
			defer c.working.Add(-1)
			c.diffed(n, side, d)
		})
	})
}

// snapshot returns a workspace of the entities of ws as they are now, for
// reading off the UI goroutine while ws is edited: an edit replaces an
// entity with a changed copy and never changes one in place, so the
// entities are shared; the product and the strategy are copied.
func snapshot(ws *app.Workspace) *app.Workspace {
	var ents []app.Entity
	for _, k := range app.Kinds {
		ents = append(ents, ws.Entities(k)...)
	}
	p, st := *ws.Product(), *ws.Strategy()
	snap, _ := app.Restore(&p, &st, ents)
	snap.SetClock(ws.Clock())
	return snap
}

// diffed shows the diff d of diff n, unless a later one, another
// comparison or Stop came first.
func (c *comparer) diffed(n int, side *since.Side, d *diff.Diff) {
	if n != c.diffing || side != c.side {
		return
	}
	c.panel.SetDiff(c.side.Name, d)
	c.cmp.Set(&page.Comparison{Name: c.side.Name, Old: c.side.Workspace, Diff: d})
	c.title.SetText(c.headline())
	c.show(true)
}

// headline says what is compared and how much changed.
func (c *comparer) headline() string {
	cur := c.cmp.Current()
	if cur == nil {
		return ""
	}
	if cur.Diff.Empty() {
		return "Comparing with " + cur.Name + ": nothing changed."
	}
	return "Comparing with " + cur.Name + ": " + cur.Diff.Headline() + "."
}

// changed follows an edit, an undo or a change from disk: the comparison
// is computed again a moment after the last.
func (c *comparer) changed() {
	if c.side == nil {
		return
	}
	if c.timer != nil {
		c.timer.Stop()
	}
	c.timer = time.AfterFunc(rediffDelay, func() { fyne.Do(c.rediff) })
}

// Stop leaves compare mode: no ghosts, no Changes panel.
func (c *comparer) Stop() {
	c.close()
	c.cmp.Set(nil)
	c.show(false)
}

// describe names a source before it is read.
func describe(src since.Source) string {
	switch {
	case src.Baseline != "":
		return "baseline " + src.Baseline
	case !src.Day.IsZero():
		return "the last commit before " + src.Day.String()
	case src.Rev != "":
		if len(src.Rev) == 40 {
			return "commit " + src.Rev[:7]
		}
		return src.Rev
	}
	return "the last commit"
}

// joinLines joins up to n lines, saying how many more there are.
func joinLines(lines []string, n int) string {
	out := ""
	for i, l := range lines {
		if i == n {
			return out + fmt.Sprintf("… and %d more", len(lines)-n)
		}
		out += l + "\n"
	}
	return out
}

// compareKey opens Compare with… with Mod+Shift ("differences").
const compareKey = fyne.KeyD

// compareMenu returns the Roadmap menu's entries: Compare with… and Stop
// comparing.
func (s *shell) compareMenu() []*fyne.MenuItem {
	s.compareItem = fyne.NewMenuItem("Compare with…", s.onCompareWith)
	s.compareItem.Shortcut = shortcut(compareKey, fyne.KeyModifierShift)
	s.stopCompareItem = fyne.NewMenuItem("Stop comparing", func() { s.cmp.Stop() })
	s.updateCompareMenu()
	return []*fyne.MenuItem{s.compareItem, s.stopCompareItem}
}

// updateCompareMenu disables what cannot be done now.
func (s *shell) updateCompareMenu() {
	if s.compareItem == nil || s.cmp == nil {
		return
	}
	s.compareItem.Disabled = s.sess.Dir == ""
	s.stopCompareItem.Disabled = !s.cmp.shown()
	if m := s.win.MainMenu(); m != nil {
		m.Refresh()
	}
}

// onCompareWithIfAllowed is Mod+Shift+D: Compare with… when the menu
// offers it (the workspace has a folder).
func (s *shell) onCompareWithIfAllowed() {
	if s.compareItem != nil && !s.compareItem.Disabled {
		s.onCompareWith()
	}
}

// onCompareWith asks what to compare with (Roadmap ▸ Compare with…): the
// baselines and the recent commits are listed off the UI goroutine (git
// runs), then the chooser opens; its choice is compared on the roadmap.
func (s *shell) onCompareWith() {
	dir := s.sess.Dir
	if dir == "" {
		dialog.ShowError(errNoFolder, s.win)
		return
	}
	sh := shelf{dir: dir, ws: s.ws}
	wait := dialog.NewCustomWithoutButtons("Reading the history…", widget.NewProgressBarInfinite(), s.win)
	wait.Show()
	go func() {
		choices, problems := compare.LoadChoices(sh, dir, recentCommits)
		fyne.Do(func() {
			wait.Hide()
			s.showChooser(choices, problems)
		})
	}()
}

// showChooser shows the chooser of the choices in a dialog.
func (s *shell) showChooser(choices compare.Choices, problems []error) {
	ch := compare.NewChooser(choices)
	intro := widget.NewLabel("Compare the plan with a baseline, a commit, or the last commit before a day. " +
		"The roadmap then shows where each initiative was, and the Changes panel lists what changed.")
	intro.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(intro, ch)
	if len(problems) > 0 {
		msg := make([]string, len(problems))
		for i, p := range problems {
			msg[i] = p.Error()
		}
		note := widget.NewLabel(joinLines(msg, 5))
		note.Importance = widget.WarningImportance
		note.Wrapping = fyne.TextWrapWord
		content.Add(note)
	}
	d := dialog.NewCustom("Compare with…", "Cancel", content, s.win)
	ch.OnChoose = func(src since.Source) {
		d.Hide()
		if s.cmp.chosen != nil {
			s.cmp.chosen(src)
		}
		s.showSection(page.Roadmap)
		s.cmp.Start(src)
	}
	d.Resize(fyne.NewSize(560, 320))
	d.Show()
}

// baselinesTab is Settings ▸ Baselines: the store's baselines of the
// workspace in host.Dir, saved, listed and deleted.
func baselinesTab(env *page.Env, host page.Host) settings.Tab {
	b := compare.NewBaselines(shelf{dir: host.Dir, ws: env.WS})
	intro := widget.NewLabel("A baseline keeps the plan as it is at a moment (a quarterly review), in baselines/NAME.json " +
		"in the workspace, to compare with later (Roadmap ▸ Compare with…).")
	intro.Wrapping = fyne.TextWrapWord
	return settings.Tab{Title: "Baselines", Object: container.NewBorder(intro, nil, nil, nil, b), Reload: b.Reload}
}

// onSaveBaseline asks for a name and saves the plan as it is now as a
// baseline (File ▸ Save baseline…).
func (s *shell) onSaveBaseline() {
	if s.sess.Dir == "" {
		dialog.ShowError(errNoFolder, s.win)
		return
	}
	s.win.Canvas().Unfocus() // the field being typed in is part of the plan
	name := widget.NewEntry()
	name.SetPlaceHolder("a name such as q3-review")
	name.Validator = store.CheckBaselineName
	hint := widget.NewLabel("A baseline keeps the plan as it is now in baselines/NAME.json in the workspace, " +
		"to compare with later (Roadmap ▸ Compare with…), with or without git.")
	hint.Wrapping = fyne.TextWrapWord
	d := dialog.NewForm("Save baseline", "Save", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Name", name), widget.NewFormItem("", hint)},
		func(ok bool) {
			if ok {
				s.saveBaseline(name.Text)
			}
		}, s.win)
	d.Resize(fyne.NewSize(520, 240))
	d.Show()
	s.win.Canvas().Focus(name)
}

// saveBaseline saves the baseline name and says where, or why not.
func (s *shell) saveBaseline(name string) {
	if err := (shelf{dir: s.sess.Dir, ws: s.ws}).Save(name); err != nil {
		dialog.ShowError(err, s.win)
		return
	}
	if p, ok := s.pages[page.Settings].(*settings.Page); ok {
		p.Reload()
	}
	dialog.ShowInformation("Baseline saved", fmt.Sprintf("The plan as it is now is baseline %s, in %s.\n"+
		"To see what changes from now on, choose it in Roadmap ▸ Compare with…", name, store.BaselinePath(name)), s.win)
}

// close drops the comparison of a workspace no longer shown: a load or a
// diff under way that ends is dropped, no diff is due.
func (c *comparer) close() {
	c.loading++
	c.diffing++
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.side = nil
}
