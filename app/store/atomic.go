package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/natefinch/atomic"
)

// tempPrefix starts the name of every temporary file a save creates, so
// that the ones an interrupted save left behind can be recognized.
const tempPrefix = ".canopy-tmp-"

// writeAtomic replaces path with data: a temp file in the same folder is
// written, flushed to disk and renamed over path, then the folder is flushed
// where the OS allows. A reader sees the old bytes or the new, never a mix.
func writeAtomic(path string, data []byte) error {
	if err := writeFlushed(path, data); err != nil {
		return err
	}
	return syncDir(filepath.Dir(path))
}

// writeFlushed is writeAtomic without flushing the folder: the caller
// flushes it once after many files (Create).
func writeFlushed(path string, data []byte) error {
	tmp, err := writeTemp(path, data)
	if err != nil {
		return err
	}
	if err := replace(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// writeTemp writes data, flushed to disk, into a new temporary file beside
// path and returns the temporary file's name; on error nothing is left.
func writeTemp(path string, data []byte) (string, error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		return "", fmt.Errorf("write %s: flush: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	ok = true
	return tmp, nil
}

// replace renames tmp over path under the host's rules.
func replace(tmp, path string) error {
	return replaceWith(HostRules, tmp, path, atomic.ReplaceFile, time.Sleep)
}

// renameTries bounds the retries of a rename that another process blocks:
// the waits double from 1 ms, about a second in all.
const renameTries = 11

// replaceWith renames tmp over path with rename. Where the rules say so
// (Windows), another process may hold path for a moment (an antivirus, a
// sync client, the indexer): a rename refused for that is retried, waiting
// a little longer each time, as the Go toolchain does; any other error is
// returned at once. Long paths are given in their extended form, which
// MoveFileEx needs past MAX_PATH.
func replaceWith(r FileRules, tmp, path string, rename func(from, to string) error, sleep func(time.Duration)) error {
	from, to := r.ExtendedPath(tmp), r.ExtendedPath(path)
	wait := time.Millisecond
	for try := 1; ; try++ {
		err := rename(from, to)
		if err == nil || !r.RetryRename || !r.busy(err) || try == renameTries {
			return err
		}
		sleep(wait)
		wait *= 2
	}
}

// Windows error numbers of a file another process has open.
const (
	winAccessDenied     = 5
	winSharingViolation = 32
	winLockViolation    = 33
)

// busy reports whether err says that another process has the file open,
// which passes: on Windows, access denied and sharing or lock violations.
func (r FileRules) busy(err error) bool {
	if r.OS != "windows" {
		return false
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return false
	}
	switch errno {
	case winAccessDenied, winSharingViolation, winLockViolation:
		return true
	}
	return false
}

// syncDir flushes a folder's entries to disk so that a rename survives a
// power cut, where the OS allows it.
func syncDir(dir string) error { return syncDirWith(HostRules, dir) }

// syncDirWith flushes dir under the rules: Windows cannot open folders for
// this, and its renames are flushed by MoveFileEx's write-through.
func syncDirWith(r FileRules, dir string) error {
	if !r.SyncDir {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("flush folder %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !strings.Contains(err.Error(), "invalid argument") {
		return fmt.Errorf("flush folder %s: %w", dir, err)
	}
	return nil
}
