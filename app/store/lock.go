package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gofrs/flock"

	"canopy/app"
)

// ErrLocked is wrapped when another Canopy has the workspace open.
var ErrLocked = errors.New("another Canopy window has this workspace open")

// Lock claims the workspace for editing. When another process holds it, the
// workspace becomes read-only with the reason, and the error wraps
// ErrLocked. The lock is the OS's (flock, LockFileEx): a crashed process
// releases it, so a stale lock file never blocks.
//
// The lock goes by the folder's identity (device and inode; volume serial
// and file ID on Windows), so a second Canopy reaching the same folder by
// a symbolic link, another letter case or a mapped drive sees it. Older
// builds lock by the path as typed: Lock takes that legacy lock too, for
// the path as typed and for the real path, so a running older build sees
// this one and this one sees it. Holding every lock, Lock also clears the
// temporary files an interrupted save left behind; a temporary file of a
// live holder is never cleared, as no other holder can exist then.
func (s *Store) Lock(ws *app.Workspace) error {
	if len(s.locks) > 0 {
		return nil
	}
	files, err := s.lockFiles()
	if err != nil {
		return fmt.Errorf("lock workspace: %w", err)
	}
	var held []*flock.Flock
	release := func() {
		for _, l := range held {
			l.Unlock()
		}
	}
	for _, file := range files {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			release()
			return fmt.Errorf("lock workspace: %w", err)
		}
		l := flock.New(file)
		ok, err := l.TryLock()
		if err != nil {
			release()
			return fmt.Errorf("lock workspace: %w", err)
		}
		if !ok {
			release()
			err := fmt.Errorf("%w; it opens read-only here", ErrLocked)
			ws.SetReadOnly(err)
			return err
		}
		held = append(held, l)
	}
	s.locks = held
	if err := clearTemps(s.dir); err != nil {
		return err
	}
	return nil
}

// lockFiles returns the lock files Lock takes, in order: the folder's
// identity (or, where the OS has none, its key), then the legacy path
// locks of the path as typed and of the real path.
func (s *Store) lockFiles() ([]string, error) {
	id, err := folderID(s.dir)
	if err != nil {
		return nil, err
	}
	first := s.places.LockFile(s.key)
	if id != "" {
		first = s.places.IdentityLockFile(id)
	}
	files := []string{first}
	for _, p := range []string{s.dir, RealPath(s.dir)} {
		if f := s.places.LockFile(p); !slices.Contains(files, f) {
			files = append(files, f)
		}
	}
	return files, nil
}

// Close releases the locks, if held.
func (s *Store) Close() error {
	var first error
	for _, l := range s.locks {
		if err := l.Unlock(); err != nil && first == nil {
			first = err
		}
	}
	s.locks = nil
	return first
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
