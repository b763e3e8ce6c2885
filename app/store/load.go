package store

import (
	"cmp"
	"crypto/sha256"
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
)

// ErrNotWorkspace is returned when a folder has no manifest.
var ErrNotWorkspace = errors.New("not a Canopy workspace (no " + ManifestFile + ")")

// ErrNewerSchema is wrapped when a workspace was written by a newer Canopy.
var ErrNewerSchema = errors.New("written by a newer version of Canopy")

// Report lists what opening a workspace found wrong.
type Report struct {
	// Decode lists files that could not be read or decoded. The workspace
	// is then read-only, and those files are never overwritten.
	Decode []error
	// Rules lists rule violations (a cycle from a merge, a dangling
	// reference). The workspace stays editable so the user can fix them.
	Rules app.Problems
}

// OK reports whether nothing was found wrong.
func (r *Report) OK() bool { return len(r.Decode) == 0 && len(r.Rules) == 0 }

// Lines returns every problem, one a line, files first.
func (r *Report) Lines() []string {
	out := make([]string, 0, len(r.Decode)+len(r.Rules))
	for _, e := range r.Decode {
		out = append(out, e.Error())
	}
	for _, p := range r.Rules {
		out = append(out, Path(p.Key)+": "+p.Error()) // where, as the decode errors say it
	}
	return out
}

// hash is the digest of a file's bytes, kept to tell what changed.
type hash = [sha256.Size]byte

// loaded is what reading a workspace produced.
type loaded struct {
	ws     *app.Workspace
	hashes map[app.Key]hash
	report *Report
}

// Load reads a workspace from fsys, which must hold the manifest at its
// root. Files that cannot be decoded are listed in the report and make the
// workspace read-only; an error is returned only when there is no usable
// manifest. Load never writes. The entity files are read on all cores:
// fsys must allow reads side by side (os.DirFS, embed.FS and
// fstest.MapFS do).
func Load(fsys fs.FS) (*app.Workspace, *Report, error) {
	l, err := load(fsys, "")
	if err != nil {
		return nil, nil, err
	}
	return l.ws, l.report, nil
}

// load reads a workspace from fsys. When abs, the folder's path on disk, is
// given, symbolic links are followed only while they stay inside it.
func load(fsys fs.FS, abs string) (*loaded, error) {
	return loadWith(fsys, abs, loadOptions{})
}

// loadOptions change how loadWith reads: see LoadSnapshot.
type loadOptions struct {
	reuse    Reuse    // entities already decoded from identical files
	noRules  bool     // skip the whole-workspace rules
	progress Progress // told how many entity files are read
}

// loadWith is load with options.
func loadWith(fsys fs.FS, abs string, o loadOptions) (*loaded, error) {
	l := &loaded{hashes: map[app.Key]hash{}, report: &Report{}}
	if err := checkLink(abs, ManifestFile); err != nil {
		return nil, err
	}
	data, err := fs.ReadFile(fsys, ManifestFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNotWorkspace
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", ManifestFile, err)
	}
	var m manifest
	if err := decodeJSON(ManifestFile, data, &m); err != nil {
		return nil, err
	}
	if m.Schema > app.SchemaVersion {
		// Read what this version understands, but never write over it.
		l.report.Decode = append(l.report.Decode, &DecodeError{File: ManifestFile,
			Err: fmt.Errorf("schema %d: %w (this one reads up to %d): open it read-only, or update Canopy", m.Schema, ErrNewerSchema, app.SchemaVersion)})
	}
	switch {
	case m.Schema < 1:
		return nil, &DecodeError{File: ManifestFile, Err: fmt.Errorf("schema: want a version from 1 to %d, got %d", app.SchemaVersion, m.Schema)}
	case m.Product == nil:
		return nil, &DecodeError{File: ManifestFile, Err: errors.New("product: the product settings are missing")}
	}
	l.hashes[app.ProductKey] = sha256.Sum256(data)

	var strategy *app.Strategy
	if err := checkLink(abs, StrategyFile); err != nil {
		l.report.Decode = append(l.report.Decode, err)
	} else if data, err := fs.ReadFile(fsys, StrategyFile); err == nil {
		s := &app.Strategy{}
		if err := decodeJSON(StrategyFile, data, s); err != nil {
			l.report.Decode = append(l.report.Decode, err)
		} else {
			strategy = s
			l.hashes[app.StrategyKey] = sha256.Sum256(data)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		l.report.Decode = append(l.report.Decode, &DecodeError{File: StrategyFile, Err: err})
	}

	// The folders are listed and every name checked first, in order; the
	// files are then read and decoded on all cores (decodeFiles), and the
	// results taken in the listing's order, so that the report and the
	// workspace do not depend on which goroutine finished first.
	var steps []listed
	fail := func(err error) { steps = append(steps, listed{err: err}) }
	for _, k := range app.Kinds {
		if err := checkLink(abs, string(k)); err != nil {
			fail(err)
			continue
		}
		dir, err := fs.ReadDir(fsys, string(k))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			fail(&DecodeError{File: string(k), Err: err})
			continue
		}
		clash := caseClashes(string(k), dir)
		for _, de := range dir {
			name := de.Name()
			if err := clash[name]; err != nil {
				fail(err)
				continue
			}
			if de.IsDir() || !strings.HasSuffix(name, ".json") || strings.HasPrefix(name, ".") {
				continue
			}
			file := path.Join(string(k), name)
			if orig, ok := conflictedCopy(name); ok {
				fail(&DecodeError{File: file,
					Err: fmt.Errorf("a conflicted copy of %s/%s made by a sync client: canopy conflicts merges it with the original, field by field, and canopy resolve settles it", k, orig)})
				continue
			}
			if de.Type()&fs.ModeSymlink != 0 {
				if err := checkLink(abs, file); err != nil {
					fail(err)
					continue
				}
			}
			if o.reuse != nil {
				if e, ok := o.reuse(file); ok {
					steps = append(steps, listed{ent: e, reused: true})
					continue
				}
			}
			steps = append(steps, listed{kind: k, file: file, id: strings.TrimSuffix(name, ".json")})
		}
	}
	decodeFiles(fsys, steps, o.progress)
	ents := make([]app.Entity, 0, len(steps))
	for _, st := range steps {
		if st.err != nil {
			l.report.Decode = append(l.report.Decode, st.err)
			continue
		}
		ents = append(ents, st.ent)
		if !st.reused {
			l.hashes[app.KeyOf(st.ent)] = st.sum
		}
	}
	ws, dups := app.Restore(m.Product, strategy, ents)
	for _, d := range dups {
		l.report.Decode = append(l.report.Decode, &DecodeError{File: Path(app.KeyOf(d)), Err: errors.New("duplicate ID")})
	}
	l.ws = ws
	if !o.noRules {
		l.report.Rules = app.Validate(ws)
	}
	if len(l.report.Decode) > 0 {
		ws.SetReadOnly(fmt.Errorf("%d file(s) could not be read; fix them, then reopen: %w", len(l.report.Decode), l.report.Decode[0]))
	}
	return l, nil
}

// caseClashes finds the JSON files of a kind folder whose names differ only
// in case ("item-x.json", "Item-X.json"): Windows and macOS keep one of
// them, so a workspace holding both cannot travel. It returns an error
// naming both files for the one of each pair that is not read: the name
// in lowercase, as Canopy writes it, is read and the other is not.
func caseClashes(folder string, dir []fs.DirEntry) map[string]error {
	var names []string
	for _, de := range dir {
		if n := de.Name(); !de.IsDir() && strings.HasSuffix(strings.ToLower(n), ".json") && !strings.HasPrefix(n, ".") {
			names = append(names, n)
		}
	}
	slices.SortStableFunc(names, func(a, b string) int {
		return cmp.Compare(boolInt(a != strings.ToLower(a)), boolInt(b != strings.ToLower(b)))
	})
	out := map[string]error{}
	for _, c := range foldCollisions(names) {
		out[c.Second] = &DecodeError{File: path.Join(folder, c.Second), Err: fmt.Errorf(
			"the same name as %s but for case: Windows and macOS see one file where Linux sees two; keep one, delete the other",
			path.Join(folder, c.First))}
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// readEntity reads and decodes one entity file whose name gives its ID.
func readEntity(fsys fs.FS, k app.Kind, file, id string) (app.Entity, hash, error) {
	// The name first, before reading: on Windows a file named like a
	// device (con.json) opens the device, and the same clear message is
	// given on every OS.
	if err := app.CheckID(id); err != nil {
		return nil, hash{}, &DecodeError{File: file, Err: fmt.Errorf("file name: %w", err)}
	}
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, hash{}, &DecodeError{File: file, Err: err}
	}
	e := newEntity(k)
	if err := decodeJSON(file, data, e); err != nil {
		return nil, hash{}, err
	}
	if got := e.EntityID(); got != id {
		return nil, hash{}, &DecodeError{File: file, Err: fmt.Errorf("field id: %q does not match the file name %q", got, id)}
	}
	return e, sha256.Sum256(data), nil
}

// checkLink returns an error when rel, inside the workspace at abs, is a
// symbolic link that leads out of the workspace. Without abs (an embedded
// workspace) there are no links to check.
func checkLink(abs, rel string) error {
	if abs == "" {
		return nil
	}
	p := filepath.Join(abs, filepath.FromSlash(rel))
	fi, err := os.Lstat(p)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return nil // a missing file is reported where it is read
	}
	target, err := filepath.EvalSymlinks(p)
	if err != nil {
		return &DecodeError{File: rel, Err: fmt.Errorf("a symbolic link that leads nowhere: %w", err)}
	}
	root, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return &DecodeError{File: rel, Err: err}
	}
	if r, err := filepath.Rel(root, target); err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) || filepath.IsAbs(r) {
		return &DecodeError{File: rel, Err: fmt.Errorf("a symbolic link leading out of the workspace (to %s): Canopy does not follow it", target)}
	}
	return nil
}

// conflictedCopy reports whether a file name is one of the copies sync
// clients make when two machines change a file at once, and returns the
// name of the original: "item-x (conflicted copy 2026-01-02).json" and
// "item-x (Ada's conflicted copy).json" (Dropbox), "item-x (1).json" and
// "item-x-1.json" style duplicates (Google Drive, OneDrive),
// "item-x.sync-conflict-20260102-101010-ABCDEFG.json" (Syncthing).
func conflictedCopy(name string) (string, bool) {
	stem := strings.TrimSuffix(name, ".json")
	if i := strings.Index(stem, ".sync-conflict-"); i > 0 {
		return stem[:i] + ".json", true
	}
	if i := strings.Index(stem, " ("); i > 0 && strings.HasSuffix(stem, ")") {
		return stem[:i] + ".json", true
	}
	if !strings.ContainsAny(stem, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return "", false // the cheap common case: no machine name in it
	}
	if m := copySuffix.FindStringSubmatch(stem); m != nil && app.CheckID(m[1]) == nil {
		return m[1] + ".json", true
	}
	return "", false
}

// copySuffix matches names like "item-x-Ada-PC" (OneDrive adds the
// machine's name) and "item-x (2)" once spaces are gone.
var copySuffix = regexp.MustCompile(`^([a-z]+-[0-9a-z]{8})-[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*$`)
