package store

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"time"

	"canopy/app"
)

// Files is a set of workspace files in memory: slash-separated paths
// relative to the workspace folder ("canopy.json", "items/item-x.json") to
// their bytes. Migration steps transform such a set, so that Upgrade (on the
// files of a folder) and the merge (on the versions of one file) share them.
type Files map[string][]byte

// migration upgrades a set of workspace files from schema From to From+1,
// in memory. A step that changes the manifest sets its schema.
type migration struct {
	From  int
	Apply func(files Files) error
}

// migrations lists every upgrade step. Each new schema adds its step here
// and a golden workspace of the version it upgrades under testdata/schema-N/.
var migrations = []migration{
	// Schema 2 adds custom fields (the product's "fields", "cardFields"
	// and "formula", the "fields" of items and initiatives). A schema-1
	// file holds none of them, so only the version changes; an older
	// build, which would drop them when it saves, then opens the
	// workspace read-only.
	{From: 1, Apply: func(files Files) error { return setSchema(files, 2) }},
}

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
	if err := checkSteps(from, target, steps); err != nil {
		return backup, fmt.Errorf("upgrade %w; the backup is in %s", err, backup)
	}
	files, err := readFiles(abs)
	if err != nil {
		return backup, fmt.Errorf("upgrade: %w; the workspace as it was is in %s", err, backup)
	}
	before := maps.Clone(files)
	if err := migrate(files, from, target, steps); err != nil {
		return backup, fmt.Errorf("upgrade %w; the workspace as it was is in %s", err, backup)
	}
	if err := writeFiles(abs, before, files); err != nil {
		return backup, fmt.Errorf("upgrade: %w; the workspace as it was is in %s", err, backup)
	}
	return backup, nil
}

// Migrate upgrades an in-memory set of files written at schema from to the
// schema this build writes, with the same steps as Upgrade. The merge uses
// it on the versions of a file written by an older Canopy.
func Migrate(files Files, from int) error {
	if from > app.SchemaVersion {
		return fmt.Errorf("schema %d: %w (this one reads up to %d)", from, ErrNewerSchema, app.SchemaVersion)
	}
	return migrate(files, from, app.SchemaVersion, migrations)
}

// checkSteps reports the first schema from which no step upgrades.
func checkSteps(from, target int, steps []migration) error {
	for v := from; v < target; v++ {
		if !slices.ContainsFunc(steps, func(m migration) bool { return m.From == v }) {
			return fmt.Errorf("from schema %d: no step known", v)
		}
	}
	return nil
}

// migrate applies steps to files from schema from up to target.
func migrate(files Files, from, target int, steps []migration) error {
	for v := from; v < target; v++ {
		step := -1
		for i, m := range steps {
			if m.From == v {
				step = i
			}
		}
		if step < 0 {
			return fmt.Errorf("from schema %d: no step known", v)
		}
		if err := steps[step].Apply(files); err != nil {
			return fmt.Errorf("from schema %d: %w", v, err)
		}
	}
	return nil
}

// readFiles reads the manifest, the strategy and every entity file of the
// workspace folder abs.
func readFiles(abs string) (Files, error) {
	files := Files{}
	fsys := os.DirFS(abs)
	for _, pattern := range []string{ManifestFile, StrategyFile, "*/*.json"} {
		names, err := fs.Glob(fsys, pattern)
		if err != nil {
			return nil, err
		}
		for _, rel := range names {
			data, err := fs.ReadFile(fsys, rel)
			if err != nil {
				return nil, err
			}
			files[rel] = data
		}
	}
	return files, nil
}

// writeFiles writes, each atomically, the files that differ from before,
// and removes those gone; the manifest (which carries the schema) last.
func writeFiles(abs string, before, after Files) error {
	names := slices.Sorted(maps.Keys(after))
	slices.SortStableFunc(names, func(a, b string) int { return cmp.Compare(boolInt(a == ManifestFile), boolInt(b == ManifestFile)) })
	for _, rel := range names {
		if old, ok := before[rel]; ok && bytes.Equal(old, after[rel]) {
			continue
		}
		file := filepath.Join(abs, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return err
		}
		if err := writeAtomic(file, after[rel]); err != nil {
			return err
		}
	}
	for rel := range before {
		if _, ok := after[rel]; !ok {
			if err := os.Remove(filepath.Join(abs, filepath.FromSlash(rel))); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
	}
	return nil
}

// Backup copies the whole workspace folder into its backups, in a folder
// named by the time and the reason, and returns that folder. A .git folder
// is left out: its history is safe where it is, and can be large.
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
	if err := os.CopyFS(dest, withoutGit(os.DirFS(abs))); err != nil {
		return "", fmt.Errorf("backup of %s: %w", dir, err)
	}
	return dest, nil
}

// rewriteJSON applies f to the decoded JSON object of every file of the set
// whose path matches the glob pattern, replacing its bytes: a helper for
// migration steps.
func rewriteJSON(files Files, pattern string, f func(obj map[string]any) error) error {
	for _, rel := range slices.Sorted(maps.Keys(files)) {
		if ok, err := path.Match(pattern, rel); err != nil {
			return err
		} else if !ok {
			continue
		}
		var obj map[string]any
		if err := decodeJSON(rel, files[rel], &obj); err != nil {
			return err
		}
		if err := f(obj); err != nil {
			return fmt.Errorf("%s: %w", rel, err)
		}
		out, err := json.MarshalIndent(obj, "", "  ")
		if err != nil {
			return fmt.Errorf("%s: %w", rel, err)
		}
		files[rel] = append(out, '\n')
	}
	return nil
}

// setSchema sets the schema version in the manifest of the set, keeping the
// bytes of everything else in it: the product settings are copied as they
// are, so that a canonical manifest stays canonical. A set without the
// manifest (the versions of one entity file, in a merge) is left as it is.
func setSchema(files Files, v int) error {
	data, ok := files[ManifestFile]
	if !ok {
		return nil
	}
	var top map[string]json.RawMessage
	if err := decodeJSON(ManifestFile, data, &top); err != nil {
		return err
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "{\n  \"schema\": %d", v)
	names := slices.Sorted(maps.Keys(top))
	slices.SortStableFunc(names, func(a, b string) int { return cmp.Compare(boolInt(a != "product"), boolInt(b != "product")) })
	for _, name := range names {
		if name == "schema" {
			continue
		}
		key, err := json.Marshal(name)
		if err != nil {
			return err
		}
		fmt.Fprintf(&buf, ",\n  %s: %s", key, bytes.TrimSpace(top[name]))
	}
	buf.WriteString("\n}\n")
	files[ManifestFile] = buf.Bytes()
	return nil
}
