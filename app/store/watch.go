package store

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"canopy/app"
)

// Watcher tells when files in a workspace folder change, so the app can
// Rescan. It watches the folders, not each file (on macOS every watched
// file costs a descriptor), and gathers bursts of events (a git pull
// touches many files) into one call. The app also rescans when its window
// regains focus, since events can be lost (network drives, sleeping
// laptops).
type Watcher struct {
	w    *fsnotify.Watcher
	done chan struct{}
}

// Watch starts watching the workspace in dir; changed is called, from
// another goroutine, at most once per quiet period after files change.
// The store's own saves also cause events: Rescan finds nothing new then.
func Watch(dir string, quiet time.Duration, changed func()) (*Watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watch %s: %w", dir, err)
	}
	folders := []string{dir}
	for _, k := range app.Kinds {
		folders = append(folders, filepath.Join(dir, string(k)))
	}
	for _, f := range folders {
		// A kind folder may not exist yet; the root's events tell when it appears.
		if err := fw.Add(f); err != nil && f == dir {
			fw.Close()
			return nil, fmt.Errorf("watch %s: %w", dir, err)
		}
	}
	w := &Watcher{w: fw, done: make(chan struct{})}
	go w.loop(dir, quiet, changed)
	return w, nil
}

func (w *Watcher) loop(dir string, quiet time.Duration, changed func()) {
	defer close(w.done)
	var timer *time.Timer
	var fire <-chan time.Time
	for {
		select {
		case ev, ok := <-w.w.Events:
			if !ok {
				return
			}
			name := filepath.Base(ev.Name)
			if strings.HasPrefix(name, tempPrefix) {
				continue // a save in progress
			}
			if ev.Has(fsnotify.Create) && filepath.Dir(ev.Name) == filepath.Clean(dir) {
				w.w.Add(ev.Name) // a kind folder made by someone else; errors for plain files are harmless
			}
			if timer == nil {
				timer = time.NewTimer(quiet)
			} else {
				timer.Reset(quiet)
			}
			fire = timer.C
		case <-fire:
			fire = nil
			changed()
		case _, ok := <-w.w.Errors:
			if !ok {
				return
			}
			// An overflow or a vanished folder: let the app rescan everything.
			changed()
		}
	}
}

// Close stops watching.
func (w *Watcher) Close() error {
	err := w.w.Close()
	<-w.done
	return err
}
