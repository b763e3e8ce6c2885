package team

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"canopy/app"
	"canopy/app/merge"
	"canopy/app/store"
)

// Where a conflict was found.
const (
	FromGit    = "git"     // the git index's stages 1–3 (with or without markers)
	FromMarker = "markers" // conflict markers in the file, outside git's view
	FromCopy   = "copy"    // a sync client's conflicted copy beside the file
)

// FileConflict is one workspace file in conflict, with the versions it
// was merged from.
type FileConflict struct {
	// Rel is the file, slash-separated, relative to the workspace folder.
	Rel string
	// From says where it was found: FromGit, FromMarker or FromCopy; Copy
	// is the conflicted copy's path for FromCopy.
	From, Copy string
	// Key is the entity; Label names it by its title.
	Key   app.Key
	Label string
	// Fields lists the fields given two values. It is empty when the file
	// conflicts as a whole, and Whole says why (deleted on one side and
	// changed on the other, or not mergeable field by field).
	Fields []merge.Conflict
	Whole  string
	// Base, Ours and Theirs are the three versions; nil where absent.
	Base, Ours, Theirs []byte
}

// Find lists the conflicts of the workspace in dir: from the git index
// when dir is in a repository (a file with stages 1–3, markers or not),
// from markers in files otherwise, and from sync clients' conflicted
// copies, merged with their original (base: the last version this machine
// saved, kept in p; without one every differing field is a conflict).
func Find(dir string, p store.Places) ([]FileConflict, error) {
	schema, err := store.SchemaOf(dir)
	if err != nil {
		schema = 0 // the manifest itself may be the conflict
	}
	var out []FileConflict
	seen := map[string]bool{}
	if InRepo(dir) {
		fcs, err := fromIndex(dir)
		if err != nil {
			return nil, err
		}
		for _, fc := range fcs {
			seen[fc.Rel] = true
		}
		out = append(out, fcs...)
	}
	files, err := workspaceFiles(dir)
	if err != nil {
		return nil, err
	}
	for _, rel := range files {
		name := path.Base(rel)
		if orig, ok := store.ConflictedCopy(name); ok {
			origRel := path.Join(path.Dir(rel), orig)
			fc := FileConflict{Rel: origRel, From: FromCopy, Copy: rel}
			if fc.Theirs, err = os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel))); err != nil {
				return nil, err
			}
			fc.Ours, err = os.ReadFile(filepath.Join(dir, filepath.FromSlash(origRel)))
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return nil, err
			}
			if fc.Base, err = store.SavedBase(p, dir, origRel); err != nil {
				return nil, err
			}
			out = append(out, fc)
			continue
		}
		if seen[rel] {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			return nil, err
		}
		if !hasMarkers(data) {
			continue
		}
		fc := FileConflict{Rel: rel, From: FromMarker}
		fc.Ours, fc.Base, fc.Theirs = splitMarkers(data)
		out = append(out, fc)
	}
	for i := range out {
		out[i].merge(schema, nil)
	}
	slices.SortStableFunc(out, func(a, b FileConflict) int { return strings.Compare(a.Rel, b.Rel) })
	return out, nil
}

// merge fills the conflict's key, label and fields by merging its
// versions; take settles fields as merge.Options.Take does. It returns
// the merge's result, nil when the file conflicts as a whole.
func (fc *FileConflict) merge(schema int, take func(merge.Conflict) merge.Side) *merge.Result {
	fc.Key, _ = store.KeyOfPath(fc.Rel)
	fc.Label = labelOf(fc.Rel, fc.Ours, fc.Theirs, fc.Base)
	fc.Fields, fc.Whole = nil, ""
	switch {
	case fc.Ours == nil && fc.Theirs == nil:
		fc.Whole = "deleted on both sides"
		return nil
	case fc.Ours == nil:
		fc.Whole = "deleted on our side, changed on theirs"
		return nil
	case fc.Theirs == nil:
		fc.Whole = "changed on our side, deleted on theirs"
		return nil
	}
	res, err := merge.Merge(fc.Rel, fc.Base, fc.Ours, fc.Theirs, merge.Options{Schema: schema, Take: take})
	if err != nil {
		fc.Whole = err.Error()
		return nil
	}
	fc.Label, fc.Fields = res.Label, res.Conflicts
	return res
}

// labelOf names the entity of rel by the first version that decodes.
func labelOf(rel string, versions ...[]byte) string {
	for _, v := range versions {
		if e, _, err := store.Decode(rel, v); v != nil && err == nil {
			return e.Label()
		}
	}
	return rel
}

// fromIndex reads the unmerged entries of the git index under dir.
func fromIndex(dir string) ([]FileConflict, error) {
	out, err := git(dir, nil, "ls-files", "-u", "-z", "--", ".")
	if err != nil {
		return nil, err
	}
	byPath := map[string]*FileConflict{}
	var order []string
	for rec := range strings.SplitSeq(strings.TrimSuffix(string(out), "\x00"), "\x00") {
		if rec == "" {
			continue
		}
		meta, rel, ok := strings.Cut(rec, "\t")
		f := strings.Fields(meta)
		if !ok || len(f) != 3 || !strings.HasSuffix(rel, ".json") {
			continue
		}
		if _, err := store.KeyOfPath(rel); err != nil {
			continue // not a file of this workspace's own
		}
		fc := byPath[rel]
		if fc == nil {
			fc = &FileConflict{Rel: rel, From: FromGit}
			byPath[rel] = fc
			order = append(order, rel)
		}
		blob, err := git(dir, nil, "cat-file", "blob", f[1])
		if err != nil {
			return nil, err
		}
		switch f[2] {
		case "1":
			fc.Base = blob
		case "2":
			fc.Ours = blob
		case "3":
			fc.Theirs = blob
		}
	}
	fcs := make([]FileConflict, 0, len(order))
	for _, rel := range order {
		fcs = append(fcs, *byPath[rel])
	}
	return fcs, nil
}

// workspaceFiles lists the JSON files of the workspace: the manifest, the
// strategy and the entity files, copies included, hidden files not.
func workspaceFiles(dir string) ([]string, error) {
	var out []string
	for _, folder := range append([]string{"."}, kindFolders()...) {
		entries, err := os.ReadDir(filepath.Join(dir, folder))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			n := e.Name()
			if e.Type().IsRegular() && strings.HasSuffix(n, ".json") && !strings.HasPrefix(n, ".") {
				out = append(out, path.Join(folder, n))
			}
		}
	}
	return out, nil
}

func kindFolders() []string {
	out := make([]string, len(app.Kinds))
	for i, k := range app.Kinds {
		out[i] = string(k)
	}
	return out
}

// hasMarkers reports whether data holds a line starting a conflict.
func hasMarkers(data []byte) bool {
	return bytes.HasPrefix(data, []byte("<<<<<<< ")) || bytes.Contains(data, []byte("\n<<<<<<< "))
}

// trailingComma matches a comma left before a closing bracket when a
// version lacks the last field of an object.
var trailingComma = regexp.MustCompile(`,(\s*\n\s*[}\]])`)

// splitMarkers rebuilds the three versions of a file holding conflict
// markers (merge or diff3 style); base is nil without a base section.
func splitMarkers(data []byte) (ours, base, theirs []byte) {
	const (
		common = iota
		inOurs
		inBase
		inTheirs
	)
	state, sawBase := common, false
	var o, b, t bytes.Buffer
	for line := range bytes.SplitAfterSeq(data, []byte("\n")) {
		switch {
		case bytes.HasPrefix(line, []byte("<<<<<<<")) && state == common:
			state = inOurs
			continue
		case bytes.HasPrefix(line, []byte("|||||||")) && state == inOurs:
			state, sawBase = inBase, true
			continue
		case bytes.HasPrefix(line, []byte("=======")) && (state == inOurs || state == inBase):
			state = inTheirs
			continue
		case bytes.HasPrefix(line, []byte(">>>>>>>")) && state == inTheirs:
			state = common
			continue
		}
		switch state {
		case common:
			o.Write(line)
			b.Write(line)
			t.Write(line)
		case inOurs:
			o.Write(line)
		case inBase:
			b.Write(line)
		case inTheirs:
			t.Write(line)
		}
	}
	clean := func(buf *bytes.Buffer) []byte { return trailingComma.ReplaceAll(buf.Bytes(), []byte("$1")) }
	ours, theirs = clean(&o), clean(&t)
	if sawBase {
		base = clean(&b)
	}
	return ours, base, theirs
}

// Describe returns one line naming the conflict in a user's words.
func (fc *FileConflict) Describe() string {
	return fmt.Sprintf("%s: %s: %s", fc.Rel, fc.Label, fc.Whole)
}
