package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"

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
	op := &ui.StoreOpener{Places: places, Clock: clock, Prefs: a.Preferences(), User: userName(a.Preferences())}
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
		if last := p.String(ui.PrefLastWorkspace); last != "" {
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
