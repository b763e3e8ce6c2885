package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"canopy/app"
)

// ManifestFile is the name of the manifest at the root of a workspace.
const ManifestFile = "canopy.json"

// StrategyFile is the name of the strategy document.
const StrategyFile = "strategy.json"

// manifest is the content of canopy.json.
type manifest struct {
	Schema  int          `json:"schema"`
	Product *app.Product `json:"product"`
}

// Path returns the slash-separated path of the file holding the entity with
// key k, relative to the workspace folder.
func Path(k app.Key) string {
	switch k.Kind {
	case app.KindProduct:
		return ManifestFile
	case app.KindStrategy:
		return StrategyFile
	}
	return string(k.Kind) + "/" + k.ID + ".json"
}

// Encode returns the canonical JSON of e: the bytes its file holds. The
// order of the fields is the order of the struct's fields in app. Fields
// added after schema 1 was published (the positioning map's axes and
// places) are tagged omitzero: left out while unset, so that a file written
// before them encodes to the same bytes and an unchanged workspace saves
// nothing.
func Encode(e app.Entity) ([]byte, error) {
	var v any = e
	if p, ok := e.(*app.Product); ok {
		v = manifest{Schema: app.SchemaVersion, Product: p}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("encode %s: %w", e.Label(), err)
	}
	return buf.Bytes(), nil
}

// newEntity returns an empty entity of kind k to decode into.
func newEntity(k app.Kind) app.Entity {
	switch k {
	case app.KindPersona:
		return &app.Persona{}
	case app.KindGoal:
		return &app.Goal{}
	case app.KindCompetitor:
		return &app.Competitor{}
	case app.KindRisk:
		return &app.Risk{}
	case app.KindLane:
		return &app.Lane{}
	case app.KindInitiative:
		return &app.Initiative{}
	case app.KindMilestone:
		return &app.Milestone{}
	case app.KindRelease:
		return &app.Release{}
	case app.KindItem:
		return &app.Item{}
	case app.KindInsight:
		return &app.Insight{}
	}
	return nil
}

// DecodeError is a file that could not be decoded, with the place of the
// fault when one is known.
type DecodeError struct {
	File   string // slash-separated path in the workspace
	Line   int    // 1-based; 0 when unknown
	Column int    // 1-based, in bytes; 0 when unknown
	Err    error
}

// Error returns "items/item-x.json:3:14: what is wrong".
func (e *DecodeError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %v", e.File, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the underlying error.
func (e *DecodeError) Unwrap() error { return e.Err }

// decodeJSON decodes data into v, turning json's offsets into lines and
// columns. It first refuses, with checkStrict, what json would accept
// silently: duplicate keys, invalid UTF-8, trailing data and the like;
// then, with checkDecoded, a value that could not be written back.
func decodeJSON(file string, data []byte, v any) error {
	if err := checkStrict(file, data); err != nil {
		return err
	}
	err := json.Unmarshal(data, v)
	if err == nil {
		return checkDecoded(file, v)
	}
	var off int64 = -1
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off = syn.Offset
	case errors.As(err, &typ):
		off = typ.Offset
		if typ.Field != "" {
			err = fmt.Errorf("field %s: cannot use a JSON %s as %s", typ.Field, typ.Value, typ.Type)
		}
	}
	de := &DecodeError{File: file, Err: err}
	if off > 0 {
		// json reports the offset after the offending byte.
		de.Line, de.Column = position(data, off-1)
	}
	return de
}

// position converts a byte offset in data to a 1-based line and column.
func position(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line, col = 1, 1
	for _, b := range data[:off] {
		if b == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line, col
}
