package store

import (
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"canopy/app"
)

// Store ties a workspace in memory to its folder on disk. It remembers the
// digest of every file as last read or written, so that a save writes only
// what changed.
type Store struct {
	dir    string
	hashes map[app.Key]hash
}

// Dir returns the workspace folder.
func (s *Store) Dir() string { return s.dir }

// Open reads the workspace in dir. See Load for the report.
func Open(dir string) (*Store, *app.Workspace, *Report, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("open workspace %s: %w", dir, err)
	}
	if fi, err := os.Stat(abs); err != nil {
		return nil, nil, nil, fmt.Errorf("open workspace: %w", err)
	} else if !fi.IsDir() {
		return nil, nil, nil, fmt.Errorf("open workspace %s: not a folder", dir)
	}
	l, err := load(os.DirFS(abs))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("open workspace %s: %w", dir, err)
	}
	return &Store{dir: abs, hashes: l.hashes}, l.ws, l.report, nil
}

// Create writes ws as a new workspace in dir, which must be missing or
// empty, and returns the store for later saves.
func Create(dir string, ws *app.Workspace) (*Store, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("create workspace %s: %w", dir, err)
	}
	entries, err := os.ReadDir(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(abs, 0o755); err != nil {
			return nil, fmt.Errorf("create workspace: %w", err)
		}
	case err != nil:
		return nil, fmt.Errorf("create workspace: %w", err)
	case len(entries) > 0:
		return nil, fmt.Errorf("create workspace %s: the folder is not empty", dir)
	}
	s := &Store{dir: abs, hashes: map[app.Key]hash{}}
	keys := []app.Key{app.ProductKey, app.StrategyKey}
	for _, k := range app.Kinds {
		for _, e := range ws.Entities(k) {
			keys = append(keys, app.KeyOf(e))
		}
	}
	if _, err := s.write(ws, keys); err != nil {
		return nil, err
	}
	ws.MarkSaved(ws.Dirty())
	return s, nil
}

// SaveResult says what a save did.
type SaveResult struct {
	Written []string // files replaced or created, slash-separated
	Removed []string // files removed
}

// Save writes the entities changed since the last save whose bytes differ
// from the disk, and removes the files of deleted ones. Saving an unchanged
// workspace writes nothing. On error the entities not yet saved stay
// marked as changed, so a later save retries them.
func (s *Store) Save(ws *app.Workspace) (SaveResult, error) {
	if err := ws.ReadOnly(); err != nil {
		if len(ws.Dirty()) == 0 {
			return SaveResult{}, nil
		}
		return SaveResult{}, fmt.Errorf("save: %w: %w", app.ErrReadOnly, err)
	}
	return s.write(ws, ws.Dirty())
}

// kindOrder ranks kinds in the order files are written: the manifest, the
// strategy, then the kinds in app.Kinds order.
func kindOrder(k app.Kind) int {
	switch k {
	case app.KindProduct:
		return -2
	case app.KindStrategy:
		return -1
	}
	return slices.Index(app.Kinds, k)
}

func compareKeys(a, b app.Key) int {
	if c := cmp.Compare(kindOrder(a.Kind), kindOrder(b.Kind)); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// write saves the entities with the given keys: files that others refer to
// first, removals last and in reverse order, so a crash part-way leaves no
// reference to a file that is missing.
func (s *Store) write(ws *app.Workspace, keys []app.Key) (SaveResult, error) {
	var res SaveResult
	var puts, dels []app.Key
	for _, k := range keys {
		if _, ok := ws.Get(k); ok {
			puts = append(puts, k)
		} else {
			dels = append(dels, k)
		}
	}
	slices.SortFunc(puts, compareKeys)
	slices.SortFunc(dels, func(a, b app.Key) int { return compareKeys(b, a) })
	made := map[app.Kind]bool{}
	for _, k := range puts {
		e, _ := ws.Get(k)
		data, err := Encode(e)
		if err != nil {
			return res, fmt.Errorf("save: %w", err)
		}
		h := sha256.Sum256(data)
		if old, ok := s.hashes[k]; ok && old == h {
			ws.MarkSaved([]app.Key{k})
			continue
		}
		rel := Path(k)
		file := filepath.Join(s.dir, filepath.FromSlash(rel))
		if k.Kind != app.KindProduct && k.Kind != app.KindStrategy && !made[k.Kind] {
			if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
				return res, fmt.Errorf("save %s: %w", e.Label(), err)
			}
			made[k.Kind] = true
		}
		if err := writeAtomic(file, data); err != nil {
			return res, fmt.Errorf("save %s: %w", e.Label(), err)
		}
		s.hashes[k] = h
		ws.MarkSaved([]app.Key{k})
		res.Written = append(res.Written, rel)
	}
	for _, k := range dels {
		rel := Path(k)
		file := filepath.Join(s.dir, filepath.FromSlash(rel))
		if err := os.Remove(file); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return res, fmt.Errorf("save: remove %s: %w", rel, err)
		}
		if _, had := s.hashes[k]; had {
			res.Removed = append(res.Removed, rel)
		}
		delete(s.hashes, k)
		ws.MarkSaved([]app.Key{k})
	}
	synced := map[app.Kind]bool{}
	for _, k := range dels {
		if !synced[k.Kind] {
			synced[k.Kind] = true
			if err := syncDir(filepath.Join(s.dir, string(k.Kind))); err != nil {
				return res, err
			}
		}
	}
	return res, nil
}
