package teamsync

import (
	"context"
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app/team"
)

// SyncButton is the header's Sync button: it shows where the workspace
// stands against git ("Sync: 2 to push, 1 to bring in"), and the step
// under way while a sync runs.
type SyncButton struct {
	// Button is the widget to place in the header.
	Button *widget.Button
	words  string
}

// NewSyncButton returns the button; tapping it calls onTap.
func NewSyncButton(onTap func()) *SyncButton {
	b := &SyncButton{Button: widget.NewButtonWithIcon("Sync", theme.ViewRefreshIcon(), onTap)}
	return b
}

// SetState shows the state st (nil when it could not be read, err says
// why), unsaved telling whether the window holds unsaved changes.
func (b *SyncButton) SetState(st *team.SyncState, unsaved bool, err error) {
	b.Button.Enable()
	switch {
	case err != nil:
		b.words = err.Error()
		b.Button.SetText("Sync")
	case st.Refusal != "":
		b.words = st.Words(unsaved)
		b.Button.SetText("Sync: not possible here")
	case st.InSync() && !unsaved && st.Upstream != "":
		b.words = st.Words(unsaved)
		b.Button.SetText("Synced")
	default:
		b.words = st.Words(unsaved)
		b.Button.SetText("Sync: " + b.words)
	}
}

// SetBusy shows the step under way ("Fetching") and disables the button.
func (b *SyncButton) SetBusy(step string) {
	b.Button.Disable()
	b.Button.SetText(step + "…")
}

// Words says the state in full, for the status line.
func (b *SyncButton) Words() string { return b.words }

// RunnerEnv is what syncing needs from the window. Every function is
// called on the UI goroutine.
type RunnerEnv struct {
	// Dir is the workspace folder.
	Dir string
	// Options returns the sync's options: the author (the name from
	// Settings), the places, and the workspace just saved (so the commit
	// message needs no second read of 10 000 files); the runner adds the
	// progress.
	Options func() team.SyncOptions
	// Save saves the workspace; a sync starts only once it succeeded.
	Save func() error
	// Unsaved reports whether the window holds changes not yet saved.
	Unsaved func() bool
	// Pause stops edits (true) while git works, and allows them again
	// (false) once the workspace has been re-read.
	Pause func(bool)
	// Reread reads the workspace again after the merge changed its files.
	Reread func() error
	// Done shows the result: what came in, the Conflicts page for
	// res.Conflicts, or the error in plain words (nothing was lost).
	Done func(res *team.SyncResult, err error)
}

// Runner syncs off the UI goroutine, one sync at a time (the button, the
// auto-sync timer and the sync on quit share it), and keeps the Sync
// button up to date.
type Runner struct {
	// Button is the header's Sync button.
	Button *SyncButton

	env    RunnerEnv
	syncer *team.Syncer
}

// NewRunner returns a runner for the workspace env.Dir.
func NewRunner(env RunnerEnv) *Runner {
	r := &Runner{env: env}
	r.Button = NewSyncButton(func() { r.Sync() })
	r.syncer = team.NewSyncer(r.run)
	return r
}

// Sync starts a sync (File ▸ Sync, the button); false when one runs.
func (r *Runner) Sync() bool { return r.syncer.Start() }

// SyncNow syncs and waits for it to end: on quit, with auto-sync on.
// Call it off the UI goroutine.
func (r *Runner) SyncNow() { r.syncer.Now() }

// AutoSync syncs every interval; 0 turns auto-sync off.
func (r *Runner) AutoSync(interval time.Duration) { r.syncer.Every(interval) }

// Close stops auto-sync.
func (r *Runner) Close() { r.syncer.Stop() }

// Running reports whether a sync is under way.
func (r *Runner) Running() bool { return r.syncer.Running() }

// RefreshState reads where the workspace stands, off the UI goroutine,
// and shows it on the button.
func (r *Runner) RefreshState() {
	go func() {
		st, err := team.State(context.Background(), r.env.Dir)
		fyne.Do(func() { r.Button.SetState(st, r.unsaved(), err) })
	}()
}

func (r *Runner) unsaved() bool { return r.env.Unsaved != nil && r.env.Unsaved() }

// run is one sync, on a goroutine of the Syncer's.
func (r *Runner) run() {
	var saveErr error
	fyne.DoAndWait(func() {
		r.Button.SetBusy("Saving")
		if r.env.Save != nil {
			saveErr = r.env.Save()
		}
		if saveErr == nil && r.env.Pause != nil {
			r.env.Pause(true)
		}
	})
	if saveErr != nil {
		fyne.DoAndWait(func() {
			r.Button.SetState(nil, true, saveErr)
			r.env.Done(nil, fmt.Errorf("sync: the workspace could not be saved, so nothing was shared: %w", saveErr))
		})
		return
	}
	opt := team.SyncOptions{}
	if r.env.Options != nil {
		opt = r.env.Options()
	}
	opt.Progress = func(step string) { fyne.Do(func() { r.Button.SetBusy(step) }) }
	res, err := team.Sync(context.Background(), r.env.Dir, opt)
	fyne.DoAndWait(func() {
		if res != nil && res.Reread && r.env.Reread != nil {
			if rerr := r.env.Reread(); rerr != nil {
				err = errors.Join(err, fmt.Errorf("reading the workspace after the merge: %w", rerr))
			}
		}
		if r.env.Pause != nil {
			r.env.Pause(false)
		}
		r.env.Done(res, err)
	})
	st, stErr := team.State(context.Background(), r.env.Dir)
	fyne.Do(func() { r.Button.SetState(st, r.unsaved(), stErr) })
}
