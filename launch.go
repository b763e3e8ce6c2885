package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"canopy/app"
	"canopy/app/sample"
	"canopy/app/store"
	"canopy/app/team"
	"canopy/assets"
	"canopy/cli"
	"canopy/ui"
	"canopy/ui/page"
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
// returns when its window closes. A panic in the window is caught here:
// it writes a crash report into the user data folder, and the next start
// tells where it is and offers to reopen the workspace.
func launch(o options) error {
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("canopy.png", assets.IconPNG()))
	ui.ApplyTheme(a)
	ui.Version = cli.Version
	var clock app.Clock = app.SystemClock{}
	if !o.Today.IsZero() {
		clock = app.DayClock(o.Today)
	}
	places, err := store.DefaultPlaces()
	if err != nil {
		return err
	}
	crashed, err := ui.TakePendingCrash(places.Data)
	if err != nil {
		fmt.Fprintln(os.Stderr, err) // a damaged mark must not keep Canopy from starting
	}
	dir, err := chooseWorkspace(a.Preferences(), o, clock, crashed != nil)
	if err != nil {
		return err
	}
	op := &ui.StoreOpener{Places: places, Clock: clock, Prefs: a.Preferences(), User: userName(a.Preferences())}
	lastWorkspace := func() string { return a.Preferences().String(page.PrefLastWorkspace) }
	var openErr error
	err = guard(places.Data, lastWorkspace, func() {
		// The window shows at once; the workspace loads behind a progress
		// bar, and an error opening it closes the window and ends here.
		openErr = ui.RunLoading(a, op, dir, crashed, func(sess *ui.Session) {
			for _, line := range sess.Problems {
				fmt.Fprintln(os.Stderr, line)
			}
			ui.AddRecent(a.Preferences(), sess.Dir)
		})
	})
	if err != nil {
		return err
	}
	return openErr
}

// guard runs the window and turns a panic in it (the window's callbacks
// run on this goroutine) into a crash report in the data folder, naming
// the workspace open at the time.
func guard(data string, workspace func() string, run func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = reportCrash(data, r, debug.Stack(), workspace())
		}
	}()
	run()
	return nil
}

// reportCrash writes the crash report of a panic and returns the error
// that tells the user where it is.
func reportCrash(data string, r any, stack []byte, workspace string) error {
	file, err := ui.WriteCrashReport(data, ui.Crash{
		Time: time.Now(), Version: cli.Version, OS: runtime.GOOS + "/" + runtime.GOARCH + ", " + runtime.Version(),
		Panic: r, Stack: stack, Workspace: workspace,
	})
	if err != nil {
		return fmt.Errorf("crashed (%v), and %w\n%s", r, err, stack)
	}
	return fmt.Errorf("crashed: %v; the report is in %s", r, file)
}

// userName returns the name decisions are recorded under: the one set in
// the preferences, else git's user.name, else the account's full name,
// else its login (team.Author).
func userName(p fyne.Preferences) string {
	return team.Author(p.String(page.PrefUserName), "")
}

// chooseWorkspace returns the folder to open: the one asked for, else the
// last one opened if it is still there, else the user's copy of the
// sample. After a crash the last one is not reopened by itself (it may be
// what crashed): the sample opens and the window offers to reopen it.
func chooseWorkspace(p fyne.Preferences, o options, clock app.Clock, afterCrash bool) (string, error) {
	if o.Dir != "" {
		return o.Dir, nil
	}
	if !o.Sample && !afterCrash {
		if last := p.String(page.PrefLastWorkspace); last != "" {
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
