package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"canopy/app"
)

// versionsDir is the folder of the trash holding the replaced versions of
// one entity; the singletons ("product", "strategy") have one each too.
// Like the trash, it goes by the folder (FolderKey), not by its spelling.
func (p Places) versionsDir(abs string, k app.Key) string {
	name := k.ID
	if name == "" {
		name = string(k.Kind)
	}
	return filepath.Join(p.TrashDir(FolderKey(abs)), "versions", string(k.Kind), name)
}

// Version is one kept version of an entity's file.
type Version struct {
	// File is where it is kept; At when it was replaced.
	File string
	At   time.Time
}

// KeepVersion keeps data, the bytes of the entity k's file in the
// workspace dir about to be replaced or removed, in the trash, beside the
// versions kept before it: several versions per entity, the singletons
// included, so that settling a conflict loses nothing.
func KeepVersion(p Places, dir string, k app.Key, data []byte, now time.Time) (string, error) {
	if p.Data == "" {
		return "", errors.New("no user data folder for the trash")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	folder := p.versionsDir(abs, k)
	if err := os.MkdirAll(folder, 0o755); err != nil {
		return "", fmt.Errorf("trash: %w", err)
	}
	stamp := now.UTC().Format("20060102T150405.000000000Z")
	file := filepath.Join(folder, stamp+".json")
	for n := 2; ; n++ { // two versions kept in one instant keep both
		if _, err := os.Lstat(file); errors.Is(err, fs.ErrNotExist) {
			break
		}
		file = filepath.Join(folder, fmt.Sprintf("%s-%d.json", stamp, n))
	}
	if err := writeAtomic(file, data); err != nil {
		return "", fmt.Errorf("trash: %w", err)
	}
	return file, nil
}

// Versions lists the kept versions of the entity k, latest first.
func Versions(p Places, dir string, k app.Key) ([]Version, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	folder := p.versionsDir(abs, k)
	entries, err := os.ReadDir(folder)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("trash: %w", err)
	}
	var out []Version
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasSuffix(name, ".json") {
			continue
		}
		stamp, _, _ := strings.Cut(strings.TrimSuffix(name, ".json"), "-")
		at, err := time.Parse("20060102T150405.000000000Z", stamp)
		if err != nil {
			continue // not one of ours
		}
		out = append(out, Version{File: filepath.Join(folder, name), At: at})
	}
	slices.SortFunc(out, func(a, b Version) int {
		if c := b.At.Compare(a.At); c != 0 {
			return c
		}
		return strings.Compare(b.File, a.File)
	})
	return out, nil
}

// savedFile is where the last bytes this machine saved of the workspace
// file rel are kept: the base for merging a sync client's conflicted copy.
// It goes by the folder (FolderKey), as the trash does.
func (p Places) savedFile(abs, rel string) string {
	return filepath.Join(p.workspaceDir(FolderKey(abs)), "saved", filepath.FromSlash(rel))
}

// rememberSaved keeps the bytes just saved to rel outside the workspace.
// It is best effort: without it a conflicted copy merges with no base
// (every differing field a conflict), which loses nothing, so a failure
// here never fails the save.
func (p Places) rememberSaved(abs, rel string, data []byte) {
	if p.Data == "" {
		return
	}
	file := p.savedFile(abs, rel)
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err == nil {
		_ = os.WriteFile(file, data, 0o644) // a torn copy only costs the base: it does not decode
	}
}

// SavedBase returns the last version of the workspace file rel that this
// machine saved, or nil when it saved none.
func SavedBase(p Places, dir, rel string) ([]byte, error) {
	if p.Data == "" {
		return nil, nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(p.savedFile(abs, rel))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return data, err
}

// ConflictedCopy reports whether the file name is a copy a sync client
// made when two machines changed a file at once, and returns the name of
// the original ("item-x (conflicted copy).json" → "item-x.json").
func ConflictedCopy(name string) (string, bool) { return conflictedCopy(name) }
