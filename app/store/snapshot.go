package store

import (
	"errors"
	"fmt"
	"io/fs"

	"canopy/app"
)

// Reuse returns the entity already decoded from a file whose bytes are
// those of file (a slash-separated path in the workspace, such as
// "items/item-x.json"), or false to have the file read.
type Reuse func(file string) (app.Entity, bool)

// ErrSnapshot is wrapped by the errors of LoadSnapshot.
var ErrSnapshot = errors.New("cannot read that version of the workspace")

// LoadSnapshot reads another version of a workspace from fsys (a git
// revision, say) to compare it with the current one. It differs from Load
// in three ways: a file reuse returns an entity for is not read (the
// entity is then shared with the workspace it came from and must not be
// changed); the whole-workspace rules are not run (nobody edits a
// snapshot; Report.Rules stays empty); and the returned workspace is
// read-only. A workspace of another schema is brought to this one in
// memory first; one written by a newer Canopy is an error wrapping
// ErrNewerSchema.
func LoadSnapshot(fsys fs.FS, reuse Reuse) (*app.Workspace, *Report, error) {
	fsys, err := upgradeSnapshot(fsys)
	if err != nil {
		return nil, nil, err
	}
	l, err := loadWith(fsys, "", loadOptions{reuse: reuse, noRules: true})
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrSnapshot, err)
	}
	l.ws.SetReadOnly(errors.New("a past version of the plan, open for comparison"))
	return l.ws, l.report, nil
}

// upgradeSnapshot returns fsys with its files at the current schema. A
// workspace of the current schema comes back as it is; one of a newer
// schema is refused; an older one would go through the in-memory
// migration steps, from its schema up, and there are none yet: schema 1
// is the first.
func upgradeSnapshot(fsys fs.FS) (fs.FS, error) {
	data, err := fs.ReadFile(fsys, ManifestFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %w", ErrSnapshot, ErrNotWorkspace)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: read %s: %w", ErrSnapshot, ManifestFile, err)
	}
	var m struct {
		Schema int `json:"schema"`
	}
	if err := decodeJSON(ManifestFile, data, &m); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSnapshot, err)
	}
	switch {
	case m.Schema > app.SchemaVersion:
		return nil, fmt.Errorf("%w: schema %d: %w (this one reads up to %d): update Canopy to compare with it",
			ErrSnapshot, m.Schema, ErrNewerSchema, app.SchemaVersion)
	case m.Schema < 1:
		return nil, fmt.Errorf("%w: %s: schema: want a version from 1 to %d, got %d", ErrSnapshot, ManifestFile, app.SchemaVersion, m.Schema)
	case m.Schema < app.SchemaVersion:
		return nil, fmt.Errorf("%w: schema %d: no in-memory upgrade from it to schema %d", ErrSnapshot, m.Schema, app.SchemaVersion)
	}
	return fsys, nil
}
