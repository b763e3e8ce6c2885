package store

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"canopy/app"
)

// ConflictError is returned by Save when files changed on disk since they
// were read (a git pull, a synced folder, another editor). Nothing was
// written; the entities are listed so the user can reload or keep theirs.
type ConflictError struct {
	Files []string // slash-separated paths in the workspace
}

// Error names the files.
func (e *ConflictError) Error() string {
	return fmt.Sprintf("changed on disk by another program since it was opened, so nothing was saved: %s",
		strings.Join(e.Files, ", "))
}

// checkUnchanged returns a *ConflictError when a file the save would
// replace or remove differs from what the store last read or wrote.
func (s *Store) checkUnchanged(ws *app.Workspace, puts []pending, dels []app.Key) error {
	var changed []string
	check := func(k app.Key, rel string) {
		data, err := os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(rel)))
		old, known := s.hashes[k]
		switch {
		case errors.Is(err, fs.ErrNotExist):
			if known {
				changed = append(changed, rel+" (removed)")
			}
		case err != nil:
			changed = append(changed, fmt.Sprintf("%s (%v)", rel, err))
		case !known:
			changed = append(changed, rel+" (added)")
		case sha256.Sum256(data) != old:
			changed = append(changed, rel)
		}
	}
	for _, p := range puts {
		check(p.key, p.rel)
	}
	for _, k := range dels {
		if _, known := s.hashes[k]; known {
			check(k, Path(k))
		}
	}
	if len(changed) > 0 {
		return &ConflictError{Files: changed}
	}
	return nil
}

// ChangeSet is what changed in a workspace folder behind the store's back.
type ChangeSet struct {
	// Changed holds entities added or changed on disk, decoded.
	Changed []app.Entity
	// Removed lists entities whose files were removed.
	Removed []app.Key
	// Conflicts lists entities changed both on disk and in memory (unsaved):
	// they are left out of Changed and Removed.
	Conflicts []app.Key
	// Problems lists files that could not be decoded; they are left out.
	Problems []error
}

// Empty reports whether nothing changed.
func (c *ChangeSet) Empty() bool {
	return len(c.Changed)+len(c.Removed)+len(c.Conflicts)+len(c.Problems) == 0
}

// Rescan reads the folder again and returns what others changed since the
// store last read or wrote it. It writes nothing; Apply brings the change
// set into the workspace.
func (s *Store) Rescan(ws *app.Workspace) (*ChangeSet, error) {
	l, err := load(os.DirFS(s.dir), s.dir)
	if err != nil {
		return nil, fmt.Errorf("rescan %s: %w", s.dir, err)
	}
	cs := &ChangeSet{Problems: l.report.Decode}
	dirty := map[app.Key]bool{}
	for _, k := range ws.Dirty() {
		dirty[k] = true
	}
	for k, h := range l.hashes {
		if old, ok := s.hashes[k]; ok && old == h {
			continue
		}
		if dirty[k] {
			cs.Conflicts = append(cs.Conflicts, k)
			continue
		}
		e, _ := l.ws.Get(k)
		cs.Changed = append(cs.Changed, e)
	}
	for k := range s.hashes {
		if _, ok := l.hashes[k]; ok || undecodable(l.report, k) {
			continue
		}
		if dirty[k] {
			cs.Conflicts = append(cs.Conflicts, k)
			continue
		}
		cs.Removed = append(cs.Removed, k)
	}
	slices.SortFunc(cs.Changed, func(a, b app.Entity) int { return compareKeys(app.KeyOf(a), app.KeyOf(b)) })
	slices.SortFunc(cs.Removed, compareKeys)
	slices.SortFunc(cs.Conflicts, compareKeys)
	s.pendingHashes = l.hashes
	return cs, nil
}

// undecodable reports whether the file of k is among the report's decode
// problems (then it is not removed, only unreadable).
func undecodable(r *Report, k app.Key) bool {
	rel := Path(k)
	for _, e := range r.Decode {
		var de *DecodeError
		if errors.As(e, &de) && de.File == rel {
			return true
		}
	}
	return false
}

// Apply brings a change set from Rescan into the workspace: changed and
// added entities replace the ones in memory, removed ones go. The change is
// not undoable and clears the undo history, which no longer matches the
// files. Conflicts are left for the user.
func (s *Store) Apply(ws *app.Workspace, cs *ChangeSet) {
	ws.ApplyExternal(cs.Changed, cs.Removed)
	for _, e := range cs.Changed {
		k := app.KeyOf(e)
		s.hashes[k] = s.pendingHashes[k]
	}
	for _, k := range cs.Removed {
		delete(s.hashes, k)
	}
}

// Theirs returns the entity with key k as its file holds it now, and the
// file's bytes; a nil entity means the file was removed.
func (s *Store) Theirs(k app.Key) (app.Entity, []byte, error) {
	rel := Path(k)
	data, err := os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(rel)))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", rel, err)
	}
	var e app.Entity
	switch k.Kind {
	case app.KindProduct:
		var m manifest
		if err := decodeJSON(rel, data, &m); err != nil {
			return nil, data, err
		}
		if m.Product == nil {
			return nil, data, &DecodeError{File: rel, Err: errors.New("product: the product settings are missing")}
		}
		e = m.Product
	case app.KindStrategy:
		e = &app.Strategy{}
		if err := decodeJSON(rel, data, e); err != nil {
			return nil, data, err
		}
	default:
		var err error
		if e, _, err = readEntity(os.DirFS(s.dir), k.Kind, rel, k.ID); err != nil {
			return nil, data, err
		}
	}
	app.Normalize(e)
	return e, data, nil
}

// TakeTheirs resolves a conflict on k for the version on disk: it replaces
// the one in memory (as Apply does, without undo) and forgets the unsaved
// edit of it.
func (s *Store) TakeTheirs(ws *app.Workspace, k app.Key) error {
	e, data, err := s.Theirs(k)
	if err != nil {
		return err
	}
	if e == nil {
		ws.ApplyExternal(nil, []app.Key{k})
		delete(s.hashes, k)
	} else {
		ws.ApplyExternal([]app.Entity{e}, nil)
		s.hashes[k] = sha256.Sum256(data)
	}
	ws.MarkSaved([]app.Key{k})
	return nil
}

// KeepMine resolves a conflict on k for the version in memory: the next
// save replaces what is on disk now (which the trash of a deletion keeps).
func (s *Store) KeepMine(ws *app.Workspace, k app.Key) error {
	rel := Path(k)
	data, err := os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(rel)))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		delete(s.hashes, k)
	case err != nil:
		return fmt.Errorf("read %s: %w", rel, err)
	default:
		s.hashes[k] = sha256.Sum256(data)
	}
	ws.MarkDirty(k)
	return nil
}
