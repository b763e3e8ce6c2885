package team

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"canopy/app"
	"canopy/app/merge"
	"canopy/app/store"
)

// Choice settles one disputed field: the side taken, or, when Value is
// set, a value of the user's own (compact JSON, as merge.Conflict holds
// the sides').
type Choice struct {
	Take  merge.Side
	Value json.RawMessage
}

// Choices settle a conflicted file, as the Conflicts page collects them.
type Choices struct {
	// All is the side taken for every field without a choice of its own
	// ("all mine", "all theirs"); merge.Keep leaves those in conflict.
	All merge.Side
	// Fields holds the choice made for each field, by its path.
	Fields map[string]Choice
	// Whole is the side taken for a file in conflict as a whole (deleted
	// on one side and changed on the other: take the side that kept it to
	// keep the edited version, the other to delete it).
	Whole merge.Side
}

// ModifyDelete reports whether the file was deleted on one side and
// changed on the other; EditedSide is then the side that kept it.
func (fc *FileConflict) ModifyDelete() bool {
	return fc.Whole != "" && (fc.Ours == nil) != (fc.Theirs == nil)
}

// EditedSide is the side that holds the file of a modify/delete conflict.
func (fc *FileConflict) EditedSide() merge.Side {
	if fc.Ours == nil {
		return merge.Theirs
	}
	return merge.Ours
}

// Settled is a conflicted file as the choices settle it.
type Settled struct {
	// Data is the file to write, canonical; nil when the choice deletes it.
	Data []byte
	// Entity is Data decoded (nil when deleted): the window applies it as
	// one undoable command and saves it through the store.
	Entity app.Entity
	// Left lists the fields still in conflict; Data then holds markers
	// around them and Entity is nil.
	Left []merge.Conflict
}

// Settle works out the file the choices make of the conflict, without
// writing anything.
func (fc *FileConflict) Settle(schema int, ch Choices) (*Settled, error) {
	if fc.Whole != "" {
		var data []byte
		switch ch.Whole {
		case merge.Ours:
			data = fc.Ours
		case merge.Theirs:
			data = fc.Theirs
		default:
			if fc.ModifyDelete() {
				return nil, fmt.Errorf("%s was %s: choose to keep the edited version or to delete it", fc.Title(), fc.Whole)
			}
			return nil, fmt.Errorf("%s: %s: choose mine or theirs for the whole file", fc.Label, fc.Whole)
		}
		if data == nil {
			return &Settled{}, nil
		}
		e, _, err := store.Decode(fc.Rel, data)
		if err != nil {
			return nil, fmt.Errorf("%s: the version taken cannot be read: %w", fc.Title(), err)
		}
		canon, err := store.Encode(e)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", fc.Label, err)
		}
		return &Settled{Data: canon, Entity: e}, nil
	}
	for p := range ch.Fields {
		if !hasField(fc.Fields, p) {
			return nil, fmt.Errorf("%s has no conflict on field %s; its conflicts: %s", fc.Title(), p, paths(fc.Fields))
		}
	}
	work := *fc // merge fills the fields with what is left: keep fc's
	r := work.merge(schema, func(c merge.Conflict) merge.Side {
		if x, ok := ch.Fields[c.Path]; ok {
			if x.Value != nil {
				return merge.Ours // replaced by the value below
			}
			return x.Take
		}
		return ch.All
	})
	if r == nil {
		return nil, fmt.Errorf("%s: %s", fc.Title(), work.Whole)
	}
	out := &Settled{Data: r.Data, Left: r.Conflicts}
	edits := map[string]json.RawMessage{}
	for p, x := range ch.Fields {
		if x.Value != nil {
			edits[p] = x.Value
		}
	}
	if len(out.Left) > 0 {
		return out, nil
	}
	if len(edits) > 0 {
		data, err := setFields(r.Data, edits)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", fc.Title(), err)
		}
		out.Data = data
	}
	e, _, err := store.Decode(fc.Rel, out.Data)
	if err != nil {
		return nil, fmt.Errorf("%s: the value given does not fit: %w", fc.Title(), err)
	}
	if probs := app.CheckAlone(e); len(probs) > 0 {
		pr := probs[0]
		where := ""
		if pr.Field != "" {
			where = " " + FieldName(pr.Field)
		}
		return nil, fmt.Errorf("%s: the values chosen do not fit together:%s %s: %w", fc.Title(), where, pr.Msg, app.ErrRule)
	}
	if out.Data, err = store.Encode(e); err != nil {
		return nil, fmt.Errorf("%s: %w", fc.Label, err)
	}
	out.Entity = e
	return out, nil
}

// setFields sets each field named by its path ("title",
// "criteria[1].text") to its value in the JSON document data.
func setFields(data []byte, values map[string]json.RawMessage) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	for p, raw := range values {
		var v any
		d := json.NewDecoder(bytes.NewReader(raw))
		d.UseNumber()
		if err := d.Decode(&v); err != nil {
			return nil, fmt.Errorf("the value given for %s is not a value: %w", FieldName(p), err)
		}
		var err error
		if doc, err = setPath(doc, steps(p), v); err != nil {
			return nil, fmt.Errorf("field %s: %w", FieldName(p), err)
		}
	}
	return json.Marshal(doc)
}

// steps splits a field path into object keys and list indexes (ints).
func steps(p string) []any {
	var out []any
	for part := range strings.SplitSeq(p, ".") {
		name, rest, _ := strings.Cut(part, "[")
		if name != "" {
			out = append(out, name)
		}
		for rest != "" {
			num, after, _ := strings.Cut(rest, "]")
			if i, err := strconv.Atoi(num); err == nil {
				out = append(out, i)
			}
			_, rest, _ = strings.Cut(after, "[")
		}
	}
	return out
}

func setPath(doc any, path []any, v any) (any, error) {
	if len(path) == 0 {
		return v, nil
	}
	switch step := path[0].(type) {
	case string:
		m, ok := doc.(map[string]any)
		if !ok {
			if doc != nil {
				return nil, fmt.Errorf("%s is not inside a record", step)
			}
			m = map[string]any{}
		}
		nv, err := setPath(m[step], path[1:], v)
		if err != nil {
			return nil, err
		}
		if nv == nil && len(path) == 1 {
			delete(m, step)
		} else {
			m[step] = nv
		}
		return m, nil
	case int:
		l, ok := doc.([]any)
		if !ok || step < 0 || step >= len(l) {
			return nil, fmt.Errorf("no entry %d in the list", step+1)
		}
		nv, err := setPath(l[step], path[1:], v)
		if err != nil {
			return nil, err
		}
		l[step] = nv
		return l, nil
	}
	return doc, nil
}

// Settle settles the conflict of the entity fc in the workspace dir with
// the choices: it writes the canonical file (or removes it), keeps the
// versions it replaces in the trash (a sync client's conflicted copy
// included, then removed) and, in git, stages the file once nothing in
// it is left in conflict. It is what resolve does, with a choice per
// field; the window uses it when the workspace cannot be edited, and
// otherwise applies Settled.Entity as a command, saves, and calls Finish.
func Settle(dir string, p store.Places, fc *FileConflict, ch Choices, now time.Time) (*Resolution, error) {
	schema, _ := store.SchemaOf(dir)
	s, err := fc.Settle(schema, ch)
	if err != nil {
		return nil, fmt.Errorf("settle: %w", err)
	}
	res := &Resolution{Rel: fc.Rel, Label: fc.Label, Left: s.Left}
	file := filepath.Join(dir, filepath.FromSlash(fc.Rel))
	if old, err := os.ReadFile(file); err == nil {
		if !bytes.Equal(old, s.Data) {
			kept, err := store.KeepVersion(p, dir, fc.Key, old, now)
			if err != nil {
				return nil, fmt.Errorf("settle: %w", err)
			}
			res.Kept = append(res.Kept, kept)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("settle: %w", err)
	}
	if s.Data == nil {
		if err := os.Remove(file); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("settle: %w", err)
		}
	} else if err := writeFile(file, s.Data); err != nil {
		return nil, fmt.Errorf("settle: %w", err)
	}
	if len(s.Left) > 0 {
		return res, nil
	}
	kept, staged, err := Finish(dir, p, fc, now)
	if err != nil {
		return nil, err
	}
	res.Kept, res.Staged = append(res.Kept, kept...), staged
	return res, nil
}

// Finish closes a settled conflict once its file holds the settled
// version: a sync client's conflicted copy goes to the trash, and in git
// the file is staged. It returns where the copy was kept, and whether
// the file was staged.
func Finish(dir string, p store.Places, fc *FileConflict, now time.Time) ([]string, bool, error) {
	var kept []string
	if fc.From == FromCopy {
		k, err := store.KeepVersion(p, dir, fc.Key, fc.Theirs, now)
		if err != nil {
			return nil, false, fmt.Errorf("settle: %w", err)
		}
		kept = append(kept, k)
		if err := os.Remove(filepath.Join(dir, filepath.FromSlash(fc.Copy))); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return kept, false, fmt.Errorf("settle: %w", err)
		}
	}
	if !InRepo(dir) {
		return kept, false, nil
	}
	if _, err := git(dir, nil, "add", "-A", "--", fc.Rel); err != nil {
		return kept, false, fmt.Errorf("settle: %w", err)
	}
	return kept, true, nil
}
