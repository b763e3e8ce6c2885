package ui

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/store"
	"canopy/app/team"
	"canopy/ui/page"
	"canopy/ui/teamsync"
)

// errSyncing is why edits wait while a sync runs: the workspace is
// read-only until it has been read again after the merge.
var errSyncing = errors.New("syncing with git: edits wait until the workspace has been read again after the merge")

// errConflictsWait is why a workspace whose files hold a merge's
// conflicts is read-only until they are settled.
var errConflictsWait = errors.New("a merge left conflicts in its files: settle them in the Conflicts section, and the workspace opens again for editing (the rest of the plan is readable meanwhile)")

// teamwork is the window's part of working as a team: the Sync button
// and File ▸ Sync (when the workspace is in a git repository), the
// Conflicts section while conflicts wait, and the offer of git-setup.
type teamwork struct {
	s      *shell
	sess   *Session
	runner *teamsync.Runner // nil outside a git repository
	// conflicts are those the Conflicts section shows; page is its page
	// once built.
	conflicts []team.FileConflict
	page      *conflictsView
}

// newTeamwork prepares the team work of the session shown by s: a Sync
// runner when its folder is in a git repository.
func newTeamwork(s *shell, sess *Session) *teamwork {
	t := &teamwork{s: s, sess: sess}
	if sess.Dir == "" || sess.Store == nil || !(team.InRepo(sess.Dir) || gitMissing(sess.Dir)) {
		return t
	}
	t.runner = teamsync.NewRunner(teamsync.RunnerEnv{
		Dir: sess.Dir,
		Options: func() team.SyncOptions {
			return team.SyncOptions{Author: t.author(), Places: sess.Places, Workspace: sess.WS}
		},
		Save: func() error {
			if ro := sess.WS.ReadOnly(); errors.Is(ro, store.ErrLocked) {
				return fmt.Errorf("%w: press Sync in that window", ro)
			}
			s.win.Canvas().Unfocus()
			if s.saveTimer != nil {
				s.saveTimer.Stop()
			}
			return s.save()
		},
		Unsaved: func() bool { return len(sess.WS.Dirty()) > 0 },
		Pause:   t.pause,
		Reread:  t.reread,
		Done:    t.onSynced,
	})
	t.runner.AutoSync(autoSyncInterval(s.app.Preferences()))
	// Decisions are recorded under the name commits are made under: the
	// one in Settings, else this repository's user.name.
	sess.WS.SetUser(t.author())
	return t
}

// gitMissing reports whether dir is in a git repository (a .git beside
// it or above) while git is not on the PATH: Sync is offered, and says
// how to install git.
func gitMissing(dir string) bool {
	if _, err := exec.LookPath("git"); err == nil {
		return false
	}
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return true
		}
		if filepath.Dir(d) == d {
			return false
		}
	}
}

// author is the name commits and decisions are made under: the one set
// in Settings, else git's, else the account's.
func (t *teamwork) author() string {
	return team.Author(t.s.app.Preferences().String(page.PrefUserName), t.sess.Dir)
}

// autoSyncInterval is the auto-sync interval set in Settings; 0 is off.
func autoSyncInterval(p fyne.Preferences) time.Duration {
	m := p.IntWithFallback(page.PrefAutoSync, 0)
	if m <= 0 {
		return 0
	}
	return time.Duration(m) * time.Minute
}

// header returns what the header shows at its right: the Sync button, or
// nothing outside a git repository.
func (t *teamwork) header() fyne.CanvasObject {
	if t.runner == nil {
		return nil
	}
	return container.NewVBox(t.runner.Button.Button)
}

// menuItem returns File ▸ Sync, nil outside a git repository.
func (t *teamwork) menuItem() *fyne.MenuItem {
	if t.runner == nil {
		return nil
	}
	return fyne.NewMenuItem("Sync", func() { t.sync() })
}

// sync starts a sync, unless one runs.
func (t *teamwork) sync() {
	if t.runner != nil {
		t.runner.Sync()
	}
}

// refreshState shows where the workspace stands against git.
func (t *teamwork) refreshState() {
	if t.runner != nil && !t.runner.Running() {
		t.runner.RefreshState()
	}
}

// close stops auto-sync.
func (t *teamwork) close() {
	if t.runner != nil {
		t.runner.Close()
	}
}

// pause stops edits while git works (on), and allows them again.
func (t *teamwork) pause(on bool) {
	ws := t.sess.WS
	switch {
	case on && ws.ReadOnly() == nil:
		ws.SetReadOnly(errSyncing)
	case !on && errors.Is(ws.ReadOnly(), errSyncing):
		ws.SetReadOnly(nil)
	}
	t.s.header.refresh()
	t.s.updateMenu()
	t.s.updateTitle()
}

// reread reads the workspace again after a merge changed its files.
func (t *teamwork) reread() error {
	cs, err := t.sess.Store.Rescan(t.sess.WS)
	if err != nil {
		return err
	}
	t.sess.Store.Apply(t.sess.WS, cs)
	for _, p := range cs.Problems {
		t.sess.Problems = append(t.sess.Problems, p.Error())
	}
	if len(cs.Conflicts) > 0 {
		t.s.showConflicts(cs.Conflicts)
	}
	return nil
}

// onSynced shows a sync's result: the Conflicts section when conflicts
// wait, else what came in and what was done, or the error in plain words.
func (t *teamwork) onSynced(res *team.SyncResult, err error) {
	if err != nil {
		dialog.ShowError(err, t.s.win)
		return
	}
	if len(res.Conflicts) > 0 {
		t.showConflicts(res.Conflicts)
		return
	}
	t.hideConflicts()
	incoming := res.Incoming != nil && len(res.Incoming.Changes) > 0
	var lines []string
	if res.Commit != "" {
		lines = append(lines, "Committed "+res.Commit+": "+firstLine(res.Message))
	}
	if res.Pushed {
		lines = append(lines, "Pushed to "+res.Upstream+".")
	}
	if incoming {
		lines = append(lines, "Brought in what the others shared on "+orWord(res.Upstream, "the upstream")+".")
	}
	lines = append(lines, res.Notes...)
	if len(lines) == 0 {
		lines = append(lines, "Nothing to share: the plan is in sync with "+orWord(res.Upstream, "git")+".")
	}
	note := widget.NewLabel(strings.Join(lines, "\n"))
	note.Wrapping = fyne.TextWrapWord
	if !incoming {
		d := dialog.NewCustom("Synced", "Close", note, t.s.win)
		d.Resize(fyne.NewSize(560, 0))
		d.Show()
		return
	}
	head := widget.NewLabelWithStyle("What came in", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d := dialog.NewCustom("Synced", "Close", container.NewBorder(container.NewVBox(note, head), nil, nil, nil, teamsync.NewIncoming(res.Incoming)), t.s.win)
	d.Resize(fyne.NewSize(720, 480))
	d.Show()
}

func orWord(s, word string) string {
	if s == "" {
		return word
	}
	return s
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// lookAround runs off the UI goroutine when a workspace opens: it offers
// git-setup once where the merge driver is missing, and opens the
// Conflicts section when conflicts wait (git's, markers, a sync client's
// copies) instead of leaving a read-only dead end; then it shows the
// problems of the open that the conflicts do not explain. It reports
// whether it runs (false: the window shows the problems itself).
func (t *teamwork) lookAround() bool {
	if t.sess.Dir == "" || t.sess.Store == nil {
		return false
	}
	inRepo := t.runner != nil
	if !inRepo && len(t.sess.Problems) == 0 {
		return false // outside git, conflicts show as problems of the open
	}
	prefs := t.s.app.Preferences()
	offer := inRepo && !prefs.Bool(page.PrefSetupOffered(t.sess.Dir))
	goReported(fyne.Do, func() {
		needs := offer && team.NeedsSetup(t.sess.Dir)
		fcs, err := team.Find(t.sess.Dir, t.sess.Places)
		fyne.Do(func() {
			if t.s.team != t {
				return // another workspace is shown now
			}
			if err != nil {
				dialog.ShowError(fmt.Errorf("looking for conflicts: %w", err), t.s.win)
			} else if len(fcs) > 0 {
				t.showConflicts(fcs)
			}
			rest := unexplained(t.sess.Problems, fcs)
			if len(rest) > 0 {
				t.s.showProblems(rest)
			}
			// Read-only only for the conflicts: say where to settle them.
			ro := t.sess.WS.ReadOnly()
			if len(fcs) > 0 && len(rest) == 0 && len(t.sess.Problems) > 0 && ro != nil && !errors.Is(ro, store.ErrLocked) {
				t.sess.WS.SetReadOnly(errConflictsWait)
				t.s.header.refresh()
				t.s.updateMenu()
				t.s.updateTitle()
			}
			if needs {
				t.offerSetup()
			}
			t.refreshState()
		})
	})
	return true
}

// unexplained returns the problems that are not about a file in conflict
// (its markers, a sync client's copy of it): the Conflicts section
// settles those.
func unexplained(problems []string, fcs []team.FileConflict) []string {
	files := map[string]bool{}
	for _, fc := range fcs {
		files[fc.Rel] = true
		if fc.Copy != "" {
			files[fc.Copy] = true
		}
	}
	var rest []string
	for _, p := range problems {
		if f := problemFile(p); f == "" || !files[f] {
			rest = append(rest, p)
		}
	}
	return rest
}

// offerSetup offers git-setup, once per workspace.
func (t *teamwork) offerSetup() {
	t.s.app.Preferences().SetBool(page.PrefSetupOffered(t.sess.Dir), true)
	msg := widget.NewLabel("This workspace is in a git repository that does not merge Canopy's files field by field yet. " +
		"Set it up now? It writes .gitattributes beside the workspace (commit it) and registers the merge driver in this clone. " +
		"Without it, two people editing the same item conflict even when they changed different fields.")
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("Set up git for Canopy?", "Set up", "Not now", msg, func(ok bool) {
		if ok {
			t.setup()
		}
	}, t.s.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// setup runs git-setup on the workspace and says what it changed.
func (t *teamwork) setup() {
	exe, err := team.DriverCommand()
	if err != nil {
		dialog.ShowError(fmt.Errorf("git setup: %w", err), t.s.win)
		return
	}
	done, err := team.Setup(t.sess.Dir, exe)
	if err != nil {
		dialog.ShowError(err, t.s.win)
		return
	}
	msg := "Nothing to change: the repository was set up already."
	if len(done) > 0 {
		msg = strings.Join(done, "\n")
	}
	dialog.ShowInformation("Git is set up for Canopy", msg, t.s.win)
	t.refreshState()
}

// showConflicts shows the Conflicts section with fcs, adding it to the
// sidebar when it is not there.
func (t *teamwork) showConflicts(fcs []team.FileConflict) {
	t.conflicts = fcs
	if t.page != nil {
		t.page.page.SetConflicts(fcs)
	}
	s := t.s
	if sectionIndex(s.secs, page.Conflicts) < 0 {
		s.secs = append(s.secs, t.section())
		s.nav.Refresh()
		s.win.SetMainMenu(s.menu())
	}
	s.showSection(page.Conflicts)
}

// hideConflicts takes the Conflicts section out of the sidebar once none
// is left.
func (t *teamwork) hideConflicts() {
	s := t.s
	i := sectionIndex(s.secs, page.Conflicts)
	if i < 0 {
		return
	}
	if s.current == page.Conflicts {
		s.showSection(page.Overview)
	}
	s.secs = append(s.secs[:i:i], s.secs[i+1:]...)
	if t.page != nil {
		s.body.Remove(t.page.Object())
		delete(s.pages, page.Conflicts)
		t.page = nil
	}
	s.nav.Refresh()
	s.win.SetMainMenu(s.menu())
}

func sectionIndex(secs []*page.Section, id page.ID) int {
	for i, sec := range secs {
		if sec.ID == id {
			return i
		}
	}
	return -1
}

// section is the sidebar's Conflicts: teamsync's page, which the window
// hands the settling through the store.
func (t *teamwork) section() *page.Section {
	return &page.Section{ID: page.Conflicts, Title: "Conflicts",
		New: func(_ *page.Section, env *page.Env, _ page.Host) page.Page {
			schema, _ := store.SchemaOf(t.sess.Dir)
			cp := teamsync.NewConflictsPage(teamsync.ConflictsEnv{
				Workspace: t.sess.WS, Schema: schema, Apply: t.apply, OnSettled: t.onSettled,
			}, t.conflicts)
			t.page = &conflictsView{page: cp}
			page.Subscribe(env, t.page)
			return t.page
		}}
}

// apply settles one conflict: where the workspace is editable, as one
// undoable command saved through the store, then team.Finish stages the
// file (and moves a sync client's copy to the trash); otherwise
// team.Settle writes the file itself.
func (t *teamwork) apply(fc *team.FileConflict, ch team.Choices, st *team.Settled) error {
	ws, now := t.sess.WS, t.sess.WS.Clock().Now()
	if ws.ReadOnly() != nil || t.sess.Save == nil {
		_, err := team.Settle(t.sess.Dir, t.sess.Places, fc, ch, now)
		return err
	}
	title := fc.Title()
	var cmd app.Command
	_, exists := ws.Get(fc.Key)
	switch {
	case st.Entity != nil:
		e := st.Entity
		cmd = app.Func{Desc: "Settle the conflict of " + title, Fn: func(tx *app.Tx) error { return tx.Put(e) }}
	case exists:
		cmd = app.Delete(fc.Key)
	}
	if cmd != nil {
		// The file on disk may hold what the merge made of it (markers):
		// it goes to the trash, and the save may replace it.
		file := filepath.Join(t.sess.Dir, filepath.FromSlash(fc.Rel))
		if old, err := os.ReadFile(file); err == nil && !bytes.Equal(old, st.Data) {
			if _, err := store.KeepVersion(t.sess.Places, t.sess.Dir, fc.Key, old, now); err != nil {
				return err
			}
		} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		if err := ws.Do(cmd); err != nil {
			return err
		}
		if err := t.sess.Store.KeepMine(ws, fc.Key); err != nil {
			return err
		}
		if err := t.s.save(); err != nil {
			return fmt.Errorf("saving: %w", err)
		}
	}
	_, _, err := team.Finish(t.sess.Dir, t.sess.Places, fc, now)
	return err
}

// onSettled follows the last conflict settled: a workspace that was
// read-only for them is opened again, editable; a merge waiting for them
// is finished by the next sync.
func (t *teamwork) onSettled() {
	t.conflicts = nil
	msg := "Every conflict is settled."
	if t.runner != nil {
		msg += " Press Sync to finish the merge and share the plan."
	}
	reopen := t.sess.WS.ReadOnly() != nil && t.s.opener != nil
	dir := t.sess.Dir
	dialog.ShowInformation("Conflicts settled", msg, t.s.win)
	if reopen {
		t.s.switchTo(dir, t.s.opening(dir))
		return
	}
	t.hideConflicts()
	t.refreshState()
}

// conflictsView is the Conflicts section's page.
type conflictsView struct {
	page *teamsync.ConflictsPage
}

// Object returns the page.
func (v *conflictsView) Object() fyne.CanvasObject { return v.page }

// Refresh does nothing: the conflicts are files, not the workspace.
func (v *conflictsView) Refresh(app.Change) {}

// Kinds is the product only: the page names entities by the titles it
// was given.
func (v *conflictsView) Kinds() []app.Kind { return []app.Kind{app.KindProduct} }

// Show does nothing: the page opens no editor.
func (v *conflictsView) Show(app.Key) {}

// SetShown does nothing.
func (v *conflictsView) SetShown(bool) {}
