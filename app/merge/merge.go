package merge

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"canopy/app"
	"canopy/app/store"
)

// ErrFallback is wrapped by Merge's error when an input cannot be merged
// field by field: a key this build does not know, a newer schema, or not a
// Canopy file of that path. The caller then merges the file line by line
// (`git merge-file --diff3`), which drops nothing it cannot see.
var ErrFallback = errors.New("cannot merge field by field")

// Side names one of the two changed versions of a file.
type Side int

// The sides. Keep leaves a conflict marked.
const (
	Keep Side = iota
	Ours
	Theirs
)

// Conflict is one field given two different values.
type Conflict struct {
	// Path is the field as a JSON path: "title", "positioning.for",
	// "criteria[1].text", "product.name" in the manifest.
	Path string
	// Base, Ours and Theirs are the field's value in each version, as
	// compact JSON; "" where the field is absent (or there is no base).
	Base, Ours, Theirs string
}

// Options tune a merge.
type Options struct {
	// Schema is the schema the entity files were written at (the
	// manifest's carries its own); 0 means this build's. An older one is
	// upgraded in memory first; a newer one falls back.
	Schema int
	// Take, when set, settles each conflict: Ours or Theirs takes that
	// side's value; Keep leaves it marked.
	Take func(Conflict) Side
}

// Result is a merged file.
type Result struct {
	// Data is the merged file: canonical, as Canopy writes it, with
	// diff3-style markers around each conflicted field's lines.
	Data []byte
	// Key is the entity the file holds; Label names it for messages.
	Key   app.Key
	Label string
	// Conflicts lists the fields given two different values, in file order.
	Conflicts []Conflict
}

// Clean reports whether the merge found no conflict.
func (r *Result) Clean() bool { return len(r.Conflicts) == 0 }

// The conflict markers, as git writes them in the diff3 style.
const (
	markOurs   = "<<<<<<< ours"
	markBase   = "||||||| base"
	markSplit  = "======="
	markTheirs = ">>>>>>> theirs"
)

// version is one input, read and checked.
type version struct {
	rel  string
	data []byte
	tree *node
	ent  app.Entity // decoded when needed
}

// entity returns the version decoded as the store decodes it.
func (v *version) entity() (app.Entity, error) {
	if v.ent == nil {
		e, _, err := store.Decode(v.rel, v.data)
		if err != nil {
			return nil, err
		}
		v.ent = e
	}
	return v.ent, nil
}

// Merge merges three versions of the workspace file rel (slash-separated,
// relative to the workspace folder). base may be empty: without a common
// ancestor every field that differs is a conflict (an item's history is
// still the union of both). An input that cannot be merged field by field
// returns an error wrapping ErrFallback.
func Merge(rel string, base, ours, theirs []byte, opt Options) (*Result, error) {
	k, err := store.KeyOfPath(rel)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFallback, err)
	}
	var vs [3]*version
	for i, data := range [][]byte{base, ours, theirs} {
		if i == 0 && len(bytes.TrimSpace(data)) == 0 {
			continue
		}
		v, err := read(rel, k, data, opt.Schema)
		if err != nil {
			return nil, fmt.Errorf("%w: %s of %s: %v", ErrFallback, [...]string{"base", "ours", "theirs"}[i], rel, err)
		}
		vs[i] = v
	}
	res, err := mergeVersions(rel, k, vs, opt)
	if err != nil {
		return nil, err
	}
	if !res.Clean() && !canonical(vs) {
		// Markers go into the file as it is: put the inputs in the form
		// the store writes first, so that only the conflicts differ.
		for _, v := range vs {
			if v != nil {
				if err := v.canonicalize(); err != nil {
					return nil, fmt.Errorf("%w: %s: %v", ErrFallback, rel, err)
				}
			}
		}
		return mergeVersions(rel, k, vs, opt)
	}
	return res, nil
}

// read upgrades and checks one version of rel: JSON the store would read,
// holding only keys this build knows, each of the right type, and the ID
// of its file name. Its full decoding waits for when it is needed.
func read(rel string, k app.Key, data []byte, schema int) (*version, error) {
	if k == app.ProductKey {
		var err error
		if schema, err = manifestSchema(data); err != nil {
			return nil, err
		}
	}
	if schema > app.SchemaVersion {
		return nil, fmt.Errorf("schema %d: %w", schema, store.ErrNewerSchema)
	}
	if schema > 0 && schema < app.SchemaVersion {
		files := store.Files{rel: data}
		if err := store.Migrate(files, schema); err != nil {
			return nil, err
		}
		data = files[rel]
	}
	tree, err := parse(data)
	if err != nil {
		return nil, err
	}
	if p := misfit(tree, shapes[k.Kind], ""); p != "" {
		return nil, errors.New(p)
	}
	if k.ID != "" {
		if id := tree.get("id"); id == nil || id.str != k.ID {
			return nil, fmt.Errorf("field id: %q does not match the file name %q", compact(id), k.ID)
		}
	}
	return &version{rel: rel, data: data, tree: tree}, nil
}

// manifestSchema reads the schema of a manifest without decoding the rest.
func manifestSchema(data []byte) (int, error) {
	tree, err := parse(data)
	if err != nil {
		return 0, err
	}
	n := tree.get("schema")
	if n == nil || n.kind != 'n' {
		return 0, errors.New("no schema number")
	}
	var v int
	if _, err := fmt.Sscan(n.str, &v); err != nil {
		return 0, fmt.Errorf("schema %s: %w", n.str, err)
	}
	return v, nil
}

// canonical reports whether every input is in the form the store writes.
func canonical(vs [3]*version) bool {
	for _, v := range vs {
		if v == nil {
			continue
		}
		e, err := v.entity()
		if err != nil {
			return false
		}
		want, err := encodeEntity(e)
		if err != nil || !bytes.Equal(want, v.data) {
			return false
		}
	}
	return true
}

// canonicalize replaces v's text by the store's encoding of its entity.
func (v *version) canonicalize() error {
	e, err := v.entity()
	if err != nil {
		return err
	}
	data, err := encodeEntity(e)
	if err != nil {
		return err
	}
	tree, err := parse(data)
	if err != nil {
		return err
	}
	v.data, v.tree = data, tree
	return nil
}

// encodeEntity encodes e as the store does.
func encodeEntity(e app.Entity) ([]byte, error) { return store.Encode(e) }

// mergeVersions merges the read versions and checks a clean result.
func mergeVersions(rel string, k app.Key, vs [3]*version, opt Options) (*Result, error) {
	m := &merger{noBase: vs[0] == nil, take: opt.Take}
	var base *node
	if vs[0] != nil {
		base = vs[0].tree
	}
	tree := m.value("", "", shapes[k.Kind], base, vs[1].tree, vs[2].tree)
	res := &Result{Key: k, Label: label(k, tree)}
	if len(m.conflicts) > 0 {
		res.Data, res.Conflicts = encode(tree), m.conflicts
		return res, nil
	}
	data := encode(tree)
	e, _, err := store.Decode(rel, data)
	if err != nil {
		// A value of one side that the store refuses (a date that is
		// not one): let the line merge keep it for the user to see.
		return nil, fmt.Errorf("%w: %s: %v", ErrFallback, rel, err)
	}
	res.Label = e.Label()
	if bad := newProblems(e, vs); len(bad) > 0 {
		// Two clean halves break a rule together (a start after the new
		// end): each field the rule names becomes a conflict.
		for _, f := range bad {
			m.markField(tree, f, vs)
		}
		if len(m.conflicts) > 0 {
			res.Data, res.Conflicts = encode(tree), m.conflicts
			return res, nil
		}
		// Take settled them: what it took is the result.
		if e, _, err = store.Decode(rel, encode(tree)); err != nil {
			return nil, fmt.Errorf("merge of %s gave a file that does not decode: %w", rel, err)
		}
	}
	if res.Data, err = store.Encode(e); err != nil {
		return nil, err
	}
	return res, nil
}

// newProblems returns the top-level fields named by the rules the merged
// entity e breaks that neither side broke already.
func newProblems(e app.Entity, vs [3]*version) []string {
	probs := app.CheckAlone(e)
	if len(probs) == 0 {
		return nil
	}
	had := map[string]bool{}
	for _, v := range vs[1:] {
		e, err := v.entity()
		if err != nil {
			continue
		}
		for _, p := range app.CheckAlone(e) {
			had[p.Field+"\x00"+p.Msg] = true
		}
	}
	var out []string
	for _, p := range probs {
		if had[p.Field+"\x00"+p.Msg] {
			continue
		}
		f, _, _ := strings.Cut(p.Field, ".")
		f, _, _ = strings.Cut(f, "[")
		if e.EntityKind() == app.KindProduct {
			f = "product." + f
		}
		out = append(out, f)
	}
	return out
}

// markField turns the field at path (a key, or "product.key") of the
// merged tree into a conflict between the two sides' values.
func (m *merger) markField(tree *node, path string, vs [3]*version) {
	parent, key := tree, path
	var trees [3]*node
	for i, v := range vs {
		if v != nil {
			trees[i] = v.tree
		}
	}
	if p, k, ok := strings.Cut(path, "."); ok {
		parent, key = tree.get(p), k
		for i := range trees {
			trees[i] = trees[i].get(p)
		}
	}
	if parent == nil || parent.kind != 'o' {
		return
	}
	for i, k := range parent.keys {
		if k == key && parent.vals[i].kind != 'c' {
			if n := m.conflict(path, trees[0].get(key), trees[1].get(key), trees[2].get(key)); n != nil {
				parent.vals[i] = n
			}
		}
	}
}

// label names the entity of a merged tree for messages, by its title as
// the entity's Label does, even while its title is in conflict (ours).
func label(k app.Key, tree *node) string {
	e := store.NewEntity(k.Kind)
	if e == nil {
		return k.String()
	}
	for _, f := range []string{"title", "name", "description"} {
		n := tree.get(f)
		if c, ok := n.conflict(); ok {
			n = c[1]
		}
		if n != nil && n.kind == 's' {
			// Build the label from a copy of the entity holding the
			// title only, so that it reads as everywhere else.
			data := appendJSONString([]byte(`{"id":`), k.ID)
			data = append(data, `,"`+f+`":`...)
			data = appendJSONString(data, n.str)
			data = append(data, '}')
			if json.Unmarshal(data, e) == nil {
				return e.Label()
			}
		}
	}
	return e.Label()
}
