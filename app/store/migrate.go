package store

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"canopy/app"
)

// migration upgrades the files of a workspace folder from schema From to
// From+1, in place.
type migration struct {
	From  int
	Apply func(dir string) error
}

// migrations lists every upgrade step. Version 1 is the first schema, so
// there are none yet; each new schema adds its step here and a golden
// workspace of the version it upgrades under testdata/schema-N/.
var migrations []migration

// SchemaOf returns the schema version in the manifest of the workspace in dir.
func SchemaOf(dir string) (int, error) {
	data, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		return 0, fmt.Errorf("schema of %s: %w", dir, err)
	}
	var m struct {
		Schema int `json:"schema"`
	}
	if err := decodeJSON(ManifestFile, data, &m); err != nil {
		return 0, err
	}
	return m.Schema, nil
}

// Upgrade brings a workspace written by an older Canopy to the current
// schema, one step at a time, after copying the whole folder to the
// workspace's backups. It returns the backup's folder, or "" when the
// workspace was current. A newer workspace is left alone: it opens
// read-only.
func Upgrade(dir string, p Places, now time.Time) (string, error) {
	return upgrade(dir, p, app.SchemaVersion, migrations, now)
}

func upgrade(dir string, p Places, target int, steps []migration, now time.Time) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	from, err := SchemaOf(abs)
	if err != nil {
		return "", err
	}
	if from >= target {
		return "", nil
	}
	backup, err := Backup(abs, p, fmt.Sprintf("schema-%d", from), now)
	if err != nil {
		return "", fmt.Errorf("upgrade: %w", err)
	}
	for v := from; v < target; v++ {
		step := -1
		for i, m := range steps {
			if m.From == v {
				step = i
			}
		}
		if step < 0 {
			return backup, fmt.Errorf("upgrade from schema %d: no step known; the backup is in %s", v, backup)
		}
		if err := steps[step].Apply(abs); err != nil {
			return backup, fmt.Errorf("upgrade from schema %d: %w; the workspace as it was is in %s", v, err, backup)
		}
	}
	return backup, nil
}

// Backup copies the whole workspace folder into its backups, in a folder
// named by the time and the reason, and returns that folder.
func Backup(dir string, p Places, reason string, now time.Time) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if p.Data == "" {
		return "", fmt.Errorf("backup: no user data folder")
	}
	key := FolderKey(abs)
	if err := p.adopt(abs, key); err != nil {
		return "", fmt.Errorf("backup: %w", err)
	}
	dest := filepath.Join(p.BackupDir(key), now.UTC().Format("20060102-150405")+"-"+reason)
	if _, err := os.Stat(dest); err == nil {
		return "", fmt.Errorf("backup: %s exists", dest)
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return "", fmt.Errorf("backup: %w", err)
	}
	if err := os.CopyFS(dest, os.DirFS(abs)); err != nil {
		return "", fmt.Errorf("backup of %s: %w", dir, err)
	}
	return dest, nil
}

// rewriteJSON applies f to the decoded JSON object of every file matched by
// the glob pattern under dir, writing each back atomically: a helper for
// migration steps.
func rewriteJSON(dir, pattern string, f func(obj map[string]any) error) error {
	files, err := fs.Glob(os.DirFS(dir), pattern)
	if err != nil {
		return err
	}
	for _, rel := range files {
		file := filepath.Join(dir, filepath.FromSlash(rel))
		data, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		var obj map[string]any
		if err := decodeJSON(rel, data, &obj); err != nil {
			return err
		}
		if err := f(obj); err != nil {
			return fmt.Errorf("%s: %w", rel, err)
		}
		out, err := json.MarshalIndent(obj, "", "  ")
		if err != nil {
			return fmt.Errorf("%s: %w", rel, err)
		}
		if err := writeAtomic(file, append(out, '\n')); err != nil {
			return err
		}
	}
	return nil
}
