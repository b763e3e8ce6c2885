package store

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"path"
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
		out = append(out, p.Error())
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
// manifest. Load never writes.
func Load(fsys fs.FS) (*app.Workspace, *Report, error) {
	l, err := load(fsys)
	if err != nil {
		return nil, nil, err
	}
	return l.ws, l.report, nil
}

func load(fsys fs.FS) (*loaded, error) {
	l := &loaded{hashes: map[app.Key]hash{}, report: &Report{}}
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
	switch {
	case m.Schema > app.SchemaVersion:
		return nil, &DecodeError{File: ManifestFile, Err: fmt.Errorf("schema %d: %w (this one reads up to %d)", m.Schema, ErrNewerSchema, app.SchemaVersion)}
	case m.Schema < 1:
		return nil, &DecodeError{File: ManifestFile, Err: fmt.Errorf("schema: want a version from 1 to %d, got %d", app.SchemaVersion, m.Schema)}
	case m.Product == nil:
		return nil, &DecodeError{File: ManifestFile, Err: errors.New("product: the product settings are missing")}
	}
	l.hashes[app.ProductKey] = sha256.Sum256(data)

	var strategy *app.Strategy
	if data, err := fs.ReadFile(fsys, StrategyFile); err == nil {
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

	var ents []app.Entity
	for _, k := range app.Kinds {
		dir, err := fs.ReadDir(fsys, string(k))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			l.report.Decode = append(l.report.Decode, &DecodeError{File: string(k), Err: err})
			continue
		}
		for _, de := range dir {
			name := de.Name()
			if de.IsDir() || !strings.HasSuffix(name, ".json") || strings.HasPrefix(name, ".") {
				continue
			}
			file := path.Join(string(k), name)
			e, h, err := readEntity(fsys, k, file, strings.TrimSuffix(name, ".json"))
			if err != nil {
				l.report.Decode = append(l.report.Decode, err)
				continue
			}
			ents = append(ents, e)
			l.hashes[app.KeyOf(e)] = h
		}
	}
	ws, dups := app.Restore(m.Product, strategy, ents)
	for _, d := range dups {
		l.report.Decode = append(l.report.Decode, &DecodeError{File: Path(app.KeyOf(d)), Err: errors.New("duplicate ID")})
	}
	l.ws = ws
	l.report.Rules = app.Validate(ws)
	if len(l.report.Decode) > 0 {
		ws.SetReadOnly(fmt.Errorf("%d file(s) could not be read; fix them, then reopen: %w", len(l.report.Decode), l.report.Decode[0]))
	}
	return l, nil
}

// readEntity reads and decodes one entity file whose name gives its ID.
func readEntity(fsys fs.FS, k app.Kind, file, id string) (app.Entity, hash, error) {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, hash{}, &DecodeError{File: file, Err: err}
	}
	if err := app.CheckID(id); err != nil {
		return nil, hash{}, &DecodeError{File: file, Err: fmt.Errorf("file name: %w", err)}
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
