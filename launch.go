package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"canopy/app"
	"canopy/app/sample"
	"canopy/app/store"
	"canopy/cli"
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
	op := &opener{app: a, places: places, clock: clock}
	sess, err := op.Open(dir)
	if err != nil {
		return err
	}
	for _, line := range sess.Problems {
		fmt.Fprintln(os.Stderr, line)
	}
	ui.Version = cli.Version
	ui.AddRecent(a.Preferences(), sess.Dir)
	ui.Run(a, sess, op)
	return nil
}

// opener opens workspaces for the window: it upgrades old ones after a
// backup, takes the lock (a second window opens read-only), watches the
// folder for changes made by others, and remembers the last one opened.
type opener struct {
	app    fyne.App
	places store.Places
	clock  app.Clock
}

// Open opens the workspace in dir.
func (o *opener) Open(dir string) (*ui.Session, error) {
	if backup, err := store.Upgrade(dir, o.places, o.clock.Now()); err != nil {
		return nil, err
	} else if backup != "" {
		fmt.Fprintf(os.Stderr, "upgraded %s; the workspace as it was is in %s\n", dir, backup)
	}
	s, ws, report, err := store.OpenAt(dir, o.places)
	if err != nil {
		return nil, err
	}
	ws.SetClock(o.clock)
	ws.SetUser(userName(o.app.Preferences()))
	if ws.ReadOnly() == nil {
		if err := s.Lock(ws); err != nil && !errors.Is(err, store.ErrLocked) {
			return nil, err
		}
	}
	o.app.Preferences().SetString(prefLastWorkspace, s.Dir())
	sess := &ui.Session{
		WS: ws, Dir: s.Dir(), Problems: report.Lines(),
		Save: func() error {
			_, err := s.Save(ws)
			return err
		},
		Trash: func() ([]store.Trashed, error) {
			t, _, err := s.Trash()
			return t, err
		},
		Restore: func(id string) error {
			_, err := s.Restore(ws, id)
			return err
		},
	}
	sess.Store = s
	sess.Watch = func(changed func()) func() {
		w, err := store.Watch(s.Dir(), 300*time.Millisecond, func() { fyne.Do(changed) })
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return func() {}
		}
		return func() { w.Close() }
	}
	sess.Close = s.Close
	return sess, nil
}

// Create makes a new workspace named name in the empty folder dir and opens it.
func (o *opener) Create(dir, name string) (*ui.Session, error) {
	if name == "" {
		name = filepath.Base(dir)
	}
	ws := app.NewWorkspace(app.Product{Name: name})
	if _, err := store.CreateAt(dir, ws, o.places); err != nil {
		return nil, err
	}
	return o.Open(dir)
}

// prefUserName is the name recorded in decisions ("accepted by").
const prefUserName = "userName"

// userName returns the name decisions are recorded under: the one set in
// the preferences, else the account's full name, else its login.
func userName(p fyne.Preferences) string {
	if n := p.String(prefUserName); n != "" {
		return n
	}
	if u, err := user.Current(); err == nil {
		if u.Name != "" {
			return u.Name
		}
		return u.Username
	}
	return ""
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
