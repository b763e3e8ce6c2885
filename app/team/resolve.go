package team

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"canopy/app"
	"canopy/app/merge"
	"canopy/app/store"
)

// ErrNoConflict is wrapped when the entity asked for has no conflict.
var ErrNoConflict = errors.New("no conflict")

// Resolution says what Resolve did.
type Resolution struct {
	// Rel is the file written (or removed); Label names its entity.
	Rel, Label string
	// Left lists the fields still in conflict (when one field was settled).
	Left []merge.Conflict
	// Kept lists where the replaced versions went in the trash.
	Kept []string
	// Staged is set when the file was staged in git.
	Staged bool
}

// KeyOfArg returns the key an ID argument names: "product" and "strategy"
// name the two singletons.
func KeyOfArg(id string) app.Key {
	switch id {
	case "product":
		return app.ProductKey
	case "strategy":
		return app.StrategyKey
	}
	return app.Key{ID: id}
}

// matches reports whether the conflict's entity is the one asked for.
func (fc *FileConflict) matches(k app.Key) bool {
	if k.Kind != "" {
		return fc.Key == k
	}
	return fc.Key.ID == k.ID
}

// Resolve settles the conflict of the entity with the ID in the workspace
// dir ("product" and "strategy" name the singletons) by taking side's
// value: of one field (a path as Find lists it) or, with field "", of
// every conflicted field. It writes the canonical file, keeps the versions
// it replaces in the trash (a sync client's conflicted copy included, then
// removed), and in git stages the file once nothing in it is left in
// conflict.
func Resolve(dir string, p store.Places, id string, side merge.Side, field string, now time.Time) (*Resolution, error) {
	if side != merge.Ours && side != merge.Theirs {
		return nil, errors.New("resolve: take ours or theirs")
	}
	all, err := Find(dir, p)
	if err != nil {
		return nil, fmt.Errorf("resolve: %w", err)
	}
	k := KeyOfArg(id)
	var fc *FileConflict
	for i := range all {
		if all[i].matches(k) {
			fc = &all[i]
			break
		}
	}
	if fc == nil {
		return nil, fmt.Errorf("resolve %s: %w on it (canopy conflicts lists them)", id, ErrNoConflict)
	}
	schema, _ := store.SchemaOf(dir)
	res := &Resolution{Rel: fc.Rel, Label: fc.Label}
	var data []byte // nil: remove the file
	if fc.Whole != "" {
		if field != "" {
			return nil, fmt.Errorf("resolve %s: %s conflicts as a whole (%s): take a side without --field", id, fc.Label, fc.Whole)
		}
		data = fc.Ours
		if side == merge.Theirs {
			data = fc.Theirs
		}
		if data != nil {
			if e, _, err := store.Decode(fc.Rel, data); err == nil {
				if canon, err := store.Encode(e); err == nil {
					data = canon
				}
			}
		}
	} else {
		if field != "" && !hasField(fc.Fields, field) {
			return nil, fmt.Errorf("resolve %s: %s has no conflict on field %s; its conflicts: %s", id, fc.Label, field, paths(fc.Fields))
		}
		r := fc.merge(schema, func(c merge.Conflict) merge.Side {
			if field == "" || under(c.Path, field) {
				return side
			}
			return merge.Keep
		})
		if r == nil {
			return nil, fmt.Errorf("resolve %s: %s", id, fc.Whole)
		}
		data, res.Left, res.Label = r.Data, r.Conflicts, r.Label
	}
	file := filepath.Join(dir, filepath.FromSlash(fc.Rel))
	if old, err := os.ReadFile(file); err == nil {
		kept, err := store.KeepVersion(p, dir, fc.Key, old, now)
		if err != nil {
			return nil, fmt.Errorf("resolve: %w", err)
		}
		res.Kept = append(res.Kept, kept)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("resolve: %w", err)
	}
	if fc.From == FromCopy && len(res.Left) == 0 {
		kept, err := store.KeepVersion(p, dir, fc.Key, fc.Theirs, now)
		if err != nil {
			return nil, fmt.Errorf("resolve: %w", err)
		}
		res.Kept = append(res.Kept, kept)
	}
	if data == nil {
		if err := os.Remove(file); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("resolve: %w", err)
		}
	} else if err := writeFile(file, data); err != nil {
		return nil, fmt.Errorf("resolve: %w", err)
	}
	if fc.From == FromCopy && len(res.Left) == 0 {
		if err := os.Remove(filepath.Join(dir, filepath.FromSlash(fc.Copy))); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("resolve: %w", err)
		}
	}
	if len(res.Left) == 0 && InRepo(dir) {
		if _, err := git(dir, nil, "add", "-A", "--", fc.Rel); err != nil {
			return nil, fmt.Errorf("resolve: %w", err)
		}
		res.Staged = true
	}
	return res, nil
}

// under reports whether a conflict's path is field or lies inside it.
func under(p, field string) bool {
	return p == field || strings.HasPrefix(p, field+".") || strings.HasPrefix(p, field+"[")
}

func hasField(cs []merge.Conflict, field string) bool {
	for _, c := range cs {
		if under(c.Path, field) {
			return true
		}
	}
	return false
}

func paths(cs []merge.Conflict) string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Path
	}
	return strings.Join(out, ", ")
}

// writeFile replaces file with data through a temporary file and a rename.
func writeFile(file string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(file), ".canopy-resolve-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, file)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
