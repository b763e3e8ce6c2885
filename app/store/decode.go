package store

import (
	"errors"
	"fmt"
	"path"
	"strings"

	"canopy/app"
)

// KeyOfPath returns the key of the entity held by the workspace file rel
// (slash-separated, relative to the workspace folder): the manifest holds
// the product settings, strategy.json the strategy, and KIND/ID.json one
// entity. A path that names no Canopy file is an error.
func KeyOfPath(rel string) (app.Key, error) {
	switch rel {
	case ManifestFile:
		return app.ProductKey, nil
	case StrategyFile:
		return app.StrategyKey, nil
	}
	dir, name := path.Split(rel)
	k := app.Kind(strings.TrimSuffix(dir, "/"))
	if newEntity(k) == nil || !strings.HasSuffix(name, ".json") {
		return app.Key{}, fmt.Errorf("%s: not a file of a Canopy workspace", rel)
	}
	id := strings.TrimSuffix(name, ".json")
	if err := app.CheckID(id); err != nil {
		return app.Key{}, &DecodeError{File: rel, Err: fmt.Errorf("file name: %w", err)}
	}
	return app.Key{Kind: k, ID: id}, nil
}

// Decode decodes the bytes of the workspace file rel as Load reads it:
// strictly, with the ID matching the file name, normalized. For the
// manifest it returns the product settings and the schema; for other files
// the schema is 0 (only the manifest carries one). A manifest of a newer
// schema is decoded and the error wraps ErrNewerSchema.
func Decode(rel string, data []byte) (e app.Entity, schema int, err error) {
	k, err := KeyOfPath(rel)
	if err != nil {
		return nil, 0, err
	}
	switch k.Kind {
	case app.KindProduct:
		var m manifest
		if err := decodeJSON(rel, data, &m); err != nil {
			return nil, 0, err
		}
		switch {
		case m.Schema < 1:
			return nil, m.Schema, &DecodeError{File: rel, Err: fmt.Errorf("schema: want a version from 1 to %d, got %d", app.SchemaVersion, m.Schema)}
		case m.Product == nil:
			return nil, m.Schema, &DecodeError{File: rel, Err: errors.New("product: the product settings are missing")}
		}
		app.Normalize(m.Product)
		if m.Schema > app.SchemaVersion {
			return m.Product, m.Schema, &DecodeError{File: rel, Err: fmt.Errorf("schema %d: %w (this one reads up to %d)", m.Schema, ErrNewerSchema, app.SchemaVersion)}
		}
		return m.Product, m.Schema, nil
	case app.KindStrategy:
		s := &app.Strategy{}
		if err := decodeJSON(rel, data, s); err != nil {
			return nil, 0, err
		}
		app.Normalize(s)
		return s, 0, nil
	}
	e = newEntity(k.Kind)
	if err := decodeJSON(rel, data, e); err != nil {
		return nil, 0, err
	}
	if got := e.EntityID(); got != k.ID {
		return nil, 0, &DecodeError{File: rel, Err: fmt.Errorf("field id: %q does not match the file name %q", got, k.ID)}
	}
	app.Normalize(e)
	return e, 0, nil
}

// NewEntity returns an empty entity of kind k to decode into, the product
// settings and the strategy included; nil for an unknown kind.
func NewEntity(k app.Kind) app.Entity {
	switch k {
	case app.KindProduct:
		return &app.Product{}
	case app.KindStrategy:
		return &app.Strategy{}
	}
	return newEntity(k)
}
