package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gofrs/flock"

	"canopy/app"
)

// ErrLocked is wrapped when another Canopy has the workspace open.
var ErrLocked = errors.New("another Canopy window has this workspace open")

// Lock claims the workspace for editing. When another process holds it, the
// workspace becomes read-only with the reason, and the error wraps
// ErrLocked. The lock is the OS's (flock, LockFileEx): a crashed process
// releases it, so a stale lock file never blocks. Holding the lock, Lock
// also clears the temporary files an interrupted save left behind.
func (s *Store) Lock(ws *app.Workspace) error {
	if s.lock != nil {
		return nil
	}
	file := s.places.LockFile(s.dir)
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return fmt.Errorf("lock workspace: %w", err)
	}
	l := flock.New(file)
	ok, err := l.TryLock()
	if err != nil {
		return fmt.Errorf("lock workspace: %w", err)
	}
	if !ok {
		err := fmt.Errorf("%w; it opens read-only here", ErrLocked)
		ws.SetReadOnly(err)
		return err
	}
	s.lock = l
	if err := clearTemps(s.dir); err != nil {
		return err
	}
	return nil
}

// Close releases the lock, if held.
func (s *Store) Close() error {
	if s.lock == nil {
		return nil
	}
	err := s.lock.Unlock()
	s.lock = nil
	return err
}

// clearTemps removes the temporary files of interrupted saves: in the
// workspace folder and its kind folders, files named with tempPrefix.
func clearTemps(dir string) error {
	folders := []string{dir}
	for _, k := range app.Kinds {
		folders = append(folders, filepath.Join(dir, string(k)))
	}
	for _, f := range folders {
		entries, err := os.ReadDir(f)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if e.Type().IsRegular() && strings.HasPrefix(e.Name(), tempPrefix) {
				if err := os.Remove(filepath.Join(f, e.Name())); err != nil {
					return fmt.Errorf("clear an interrupted save: %w", err)
				}
			}
		}
	}
	return nil
}
