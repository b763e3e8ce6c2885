package store

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
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
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
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
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("write %s: flush: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := replace(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	ok = true
	return syncDir(dir)
}

// replace renames tmp over path. On Windows another process (an antivirus,
// a sync client) may hold path for a moment: retry briefly, as the Go
// toolchain does.
func replace(tmp, path string) error {
	var err error
	for wait := time.Millisecond; ; wait *= 2 {
		if err = atomic.ReplaceFile(tmp, path); err == nil || runtime.GOOS != "windows" || wait > 500*time.Millisecond {
			return err
		}
		time.Sleep(wait)
	}
}

// syncDir flushes a folder's entries to disk so that a rename survives a
// power cut. Windows cannot open folders for this; it is skipped there.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
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
