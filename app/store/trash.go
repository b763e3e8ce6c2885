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

// toTrash keeps the last content of a deleted entity in the workspace's
// trash, outside the workspace, before its file is removed; the versions
// kept beside it keep every deletion of the same entity.
func (s *Store) toTrash(k app.Key, data []byte) error {
	if s.places.Data == "" {
		return errors.New("no user data folder for the trash")
	}
	file := filepath.Join(s.places.TrashDir(s.key), string(k.Kind), k.ID+".json")
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return fmt.Errorf("trash: %w", err)
	}
	if err := writeAtomic(file, data); err != nil {
		return fmt.Errorf("trash: %w", err)
	}
	_, err := KeepVersion(s.places, s.dir, k, data, time.Now())
	return err
}

// dropFromTrash forgets the trashed copy of an entity that exists again.
func (s *Store) dropFromTrash(k app.Key) {
	if s.places.Data == "" {
		return
	}
	os.Remove(filepath.Join(s.places.TrashDir(s.key), string(k.Kind), k.ID+".json"))
}

// Trashed is one deleted entity kept in the trash.
type Trashed struct {
	Entity    app.Entity
	DeletedAt time.Time
}

// Trash lists the deleted entities of the workspace, latest first. Files in
// the trash that cannot be decoded are returned as problems.
func (s *Store) Trash() ([]Trashed, []error, error) {
	root := s.places.TrashDir(s.key)
	var out []Trashed
	var problems []error
	for _, k := range app.Kinds {
		entries, err := os.ReadDir(filepath.Join(root, string(k)))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, nil, fmt.Errorf("trash: %w", err)
		}
		for _, d := range entries {
			name := d.Name()
			if !d.Type().IsRegular() || !strings.HasSuffix(name, ".json") || strings.HasPrefix(name, ".") {
				continue
			}
			e, _, err := readEntity(os.DirFS(root), k, string(k)+"/"+name, strings.TrimSuffix(name, ".json"))
			if err != nil {
				problems = append(problems, fmt.Errorf("trash: %w", err))
				continue
			}
			info, err := d.Info()
			if err != nil {
				return nil, nil, fmt.Errorf("trash: %w", err)
			}
			app.Normalize(e)
			out = append(out, Trashed{Entity: e, DeletedAt: info.ModTime()})
		}
	}
	slices.SortFunc(out, func(a, b Trashed) int {
		if c := b.DeletedAt.Compare(a.DeletedAt); c != 0 {
			return c
		}
		return strings.Compare(a.Entity.EntityID(), b.Entity.EntityID())
	})
	return out, problems, nil
}

// Restore brings the entity with the ID back from the trash as an undoable
// command; the next Save writes it and empties its place in the trash. The
// rules apply: an entity whose references are gone is refused, naming them.
func (s *Store) Restore(ws *app.Workspace, id string) (app.Entity, error) {
	trashed, _, err := s.Trash()
	if err != nil {
		return nil, err
	}
	for _, t := range trashed {
		if t.Entity.EntityID() != id {
			continue
		}
		if ws.Has(t.Entity.EntityKind(), id) {
			return nil, fmt.Errorf("restore %s: it exists in the workspace", t.Entity.Label())
		}
		cmd := app.Create(t.Entity)
		if err := ws.Do(app.Func{Desc: "Restore " + t.Entity.EntityKind().Singular(), Fn: cmd.Apply}); err != nil {
			return nil, fmt.Errorf("restore: %w", err)
		}
		e, _ := ws.Get(app.KeyOf(t.Entity))
		return e, nil
	}
	return nil, fmt.Errorf("restore %s: not in the trash: %w", id, app.ErrNotFound)
}
