package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"canopy/app"
	"canopy/app/sample"
	"canopy/app/store"
	"canopy/ui"
)

// appID identifies Canopy to the OS and keys its preferences.
const appID = "dev.canopy.app"

// prefLastWorkspace is the preference holding the last workspace opened.
const prefLastWorkspace = "lastWorkspace"

// options says what launch opens.
type options struct {
	// Dir is the workspace folder; empty means the last one, else the sample.
	Dir string
	// Sample opens the user's copy of the sample workspace.
	Sample bool
	// Today fixes the clock when not zero.
	Today app.Date
}

// launch starts the desktop app on the workspace the options choose and
// returns when its window closes.
func launch(o options) error {
	a := fyneapp.NewWithID(appID)
	var clock app.Clock = app.SystemClock{}
	if !o.Today.IsZero() {
		clock = app.DayClock(o.Today)
	}
	dir, err := chooseWorkspace(a.Preferences(), o, clock)
	if err != nil {
		return err
	}
	places, err := store.DefaultPlaces()
	if err != nil {
		return err
	}
	// A workspace from an older Canopy is upgraded after a backup.
	if backup, err := store.Upgrade(dir, places, clock.Now()); err != nil {
		return err
	} else if backup != "" {
		fmt.Fprintf(os.Stderr, "upgraded %s; the workspace as it was is in %s\n", dir, backup)
	}
	s, ws, report, err := store.OpenAt(dir, places)
	if err != nil {
		return err
	}
	ws.SetClock(clock)
	for _, line := range report.Lines() {
		fmt.Fprintln(os.Stderr, line)
	}
	if ws.ReadOnly() == nil {
		// A second window on the same workspace opens read-only; Lock says why.
		if err := s.Lock(ws); err != nil && !errors.Is(err, store.ErrLocked) {
			return err
		}
		defer s.Close()
	}
	a.Preferences().SetString(prefLastWorkspace, s.Dir())
	// Bring in what others change: on file events, and when the window
	// comes back to the front (events can be lost on network drives).
	sync := func() { syncFromDisk(s, ws) }
	if w, err := store.Watch(s.Dir(), 300*time.Millisecond, func() { fyne.Do(sync) }); err == nil {
		defer w.Close()
	} else {
		fmt.Fprintln(os.Stderr, err)
	}
	a.Lifecycle().SetOnEnteredForeground(sync)
	save := func() error {
		_, err := s.Save(ws)
		return err
	}
	ui.Run(a, ws, s.Dir(), save)
	if len(ws.Dirty()) > 0 && ws.ReadOnly() == nil {
		return save()
	}
	return nil
}

// syncFromDisk rescans the workspace folder and applies what others
// changed; conflicts with unsaved edits are left for the user.
func syncFromDisk(s *store.Store, ws *app.Workspace) {
	cs, err := s.Rescan(ws)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	s.Apply(ws, cs)
	for _, k := range cs.Conflicts {
		fmt.Fprintf(os.Stderr, "%s changed on disk and here: saving it will be refused until you choose\n", store.Path(k))
	}
	for _, p := range cs.Problems {
		fmt.Fprintln(os.Stderr, p)
	}
}

// chooseWorkspace returns the folder to open: the one asked for, else the
// last one opened if it is still there, else the user's copy of the sample.
func chooseWorkspace(p fyne.Preferences, o options, clock app.Clock) (string, error) {
	if o.Dir != "" {
		return o.Dir, nil
	}
	if !o.Sample {
		if last := p.String(prefLastWorkspace); last != "" {
			if _, err := os.Stat(filepath.Join(last, store.ManifestFile)); err == nil {
				return last, nil
			} else if !errors.Is(err, fs.ErrNotExist) {
				return "", fmt.Errorf("last workspace: %w", err)
			}
		}
	}
	data, err := store.DataDir()
	if err != nil {
		return "", err
	}
	return sample.UserCopy(data, app.Today(clock), clock)
}
