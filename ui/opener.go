package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/app/store"
	"canopy/ui/page"
)

// StoreOpener opens workspaces from disk for the window: it upgrades old
// ones after a backup, takes the lock (a second window opens read-only),
// lets the window watch the folder for changes made by others, and
// remembers the last one opened.
type StoreOpener struct {
	Places store.Places
	Clock  app.Clock
	// Prefs, when set, remembers the last workspace opened.
	Prefs fyne.Preferences
	// User is the name recorded in decisions.
	User string
}

var _ Opener = (*StoreOpener)(nil)

// Open opens the workspace in dir.
func (o *StoreOpener) Open(dir string) (*Session, error) { return o.OpenWithProgress(dir, nil) }

// OpenWithProgress is Open telling progress, when not nil, how many of the
// workspace's files are read so far (from the goroutine that reads them).
func (o *StoreOpener) OpenWithProgress(dir string, progress store.Progress) (*Session, error) {
	if backup, err := store.Upgrade(dir, o.Places, o.Clock.Now()); err != nil {
		return nil, err
	} else if backup != "" {
		fmt.Fprintf(os.Stderr, "upgraded %s; the workspace as it was is in %s\n", dir, backup)
	}
	s, ws, report, err := store.OpenAtWithProgress(dir, o.Places, progress)
	if err != nil {
		return nil, err
	}
	ws.SetClock(o.Clock)
	ws.SetUser(o.User)
	if ws.ReadOnly() == nil {
		if err := s.Lock(ws); err != nil && !errors.Is(err, store.ErrLocked) {
			return nil, err
		}
	}
	if o.Prefs != nil {
		o.Prefs.SetString(page.PrefLastWorkspace, s.Dir())
	}
	return &Session{
		WS: ws, Dir: s.Dir(), Problems: report.Lines(), Store: s, Close: s.Close, Places: o.Places,
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
		Watch: func(changed func()) func() {
			w, err := store.Watch(s.Dir(), 300*time.Millisecond, func() { fyne.Do(changed) })
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				return func() {}
			}
			return func() { w.Close() }
		},
	}, nil
}

// Create makes a new workspace named name in the empty folder dir and
// opens it; it ranks by the default scoring model of the preferences.
func (o *StoreOpener) Create(dir, name string) (*Session, error) {
	if name == "" {
		name = filepath.Base(dir)
	}
	p := app.Product{Name: name}
	if o.Prefs != nil {
		p.ScoringModel = defaultModel(o.Prefs)
	}
	ws := app.NewWorkspace(p)
	if _, err := store.CreateAt(dir, ws, o.Places); err != nil {
		return nil, err
	}
	return o.Open(dir)
}
