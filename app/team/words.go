package team

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"canopy/app"
	"canopy/app/store"
)

// FieldView is one disputed field as the Conflicts page shows it: its
// name and its three values in a person's words.
type FieldView struct {
	// Path is the field as merge names it ("criteria[1].text"), for
	// Choices.Fields.
	Path string
	// Name says it in words: "Criteria 2 › text".
	Name string
	// Base, Mine and Theirs are the values in words: titles instead of
	// IDs, dates as dates, lists one entry a line.
	Base, Mine, Theirs string
}

// Views lists the disputed fields of the conflict in words; ws, when not
// nil, names the entities that IDs refer to.
func (fc *FileConflict) Views(ws *app.Workspace) []FieldView {
	out := make([]FieldView, len(fc.Fields))
	for i, c := range fc.Fields {
		out[i] = FieldView{Path: c.Path, Name: FieldName(c.Path), Base: Words(ws, c.Base), Mine: Words(ws, c.Ours), Theirs: Words(ws, c.Theirs)}
	}
	return out
}

// FieldName says a field path in words: "criteria[1].text" is
// "Criteria 2 › text", "positioning.for" "Positioning › for".
func FieldName(p string) string {
	var parts []string
	for _, s := range steps(p) {
		switch s := s.(type) {
		case string:
			parts = append(parts, spaced(s))
		case int:
			if n := len(parts); n > 0 {
				parts[n-1] += " " + strconv.Itoa(s+1)
			} else {
				parts = append(parts, "entry "+strconv.Itoa(s+1))
			}
		}
	}
	if len(parts) == 0 {
		return p
	}
	parts[0] = capital(parts[0])
	return strings.Join(parts, " › ")
}

// spaced splits a JSON key's words: "launchNotes" is "launch notes".
func spaced(key string) string {
	var b strings.Builder
	for i, r := range key {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte(' ')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Words says a field's value (compact JSON; "" when absent) for people:
// "(not set)" when absent, an entity's title for its ID, "2 March 2026"
// for a date, "yes"/"no", and a list one entry a line.
func Words(ws *app.Workspace, raw string) string {
	if raw == "" {
		return "(not set)"
	}
	d := json.NewDecoder(bytes.NewReader([]byte(raw)))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return raw
	}
	return words(ws, v, "")
}

func words(ws *app.Workspace, v any, indent string) string {
	switch v := v.(type) {
	case nil:
		return "(none)"
	case bool:
		if v {
			return "yes"
		}
		return "no"
	case json.Number:
		return v.String()
	case string:
		return stringWords(ws, v)
	case []any:
		if len(v) == 0 {
			return "(empty list)"
		}
		lines := make([]string, len(v))
		for i, x := range v {
			lines[i] = indent + "• " + words(ws, x, indent+"  ")
		}
		return strings.Join(lines, "\n")
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		lines := make([]string, 0, len(keys))
		for _, k := range keys {
			lines = append(lines, fmt.Sprintf("%s%s: %s", indent, spaced(k), words(ws, v[k], indent+"  ")))
		}
		if len(lines) == 0 {
			return "(empty)"
		}
		return strings.Join(lines, "\n")
	}
	return fmt.Sprint(v)
}

func stringWords(ws *app.Workspace, s string) string {
	if s == "" {
		return "(empty)"
	}
	if d, err := app.ParseDate(s); err == nil && len(s) == 10 {
		return d.Time().Format("2 January 2006")
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format("2 January 2006 15:04")
	}
	if ws != nil && strings.Contains(s, "-") {
		for _, k := range app.Kinds {
			if e, ok := ws.Get(app.Key{Kind: k, ID: s}); ok {
				if name := app.Name(e); name != "" {
					return name
				}
			}
		}
	}
	return s
}

// Title names the conflict's entity as people know it (its title or
// name, without the ID), from the first of its versions that decodes.
func (fc *FileConflict) Title() string {
	for _, v := range [][]byte{fc.Ours, fc.Theirs, fc.Base} {
		if v == nil {
			continue
		}
		if e, _, err := store.Decode(fc.Rel, v); err == nil {
			if n := app.Name(e); n != "" {
				return n
			}
		}
	}
	return fc.Label
}

// EditText is the text a value of the field is edited as: its words for
// a string, a number, a yes/no, a date, an entity or a list of those; its
// JSON for records.
func EditText(ws *app.Workspace, raw string) string {
	v, ok := decodeValue(raw)
	if !ok {
		return raw
	}
	switch v := v.(type) {
	case nil:
		return ""
	case map[string]any:
		return raw
	case []any:
		for _, x := range v {
			if _, rec := x.(map[string]any); rec {
				return raw
			}
		}
		lines := make([]string, len(v))
		for i, x := range v {
			lines[i] = words(ws, x, "")
		}
		return strings.Join(lines, "\n")
	}
	return words(ws, v, "")
}

// FromEdit turns the text a person typed for a field back into its value
// (compact JSON), typed like example (the field's value on either side):
// a date from "2 March 2026" or 2026-03-02, an entity from its name, a
// number, yes or no, a list one entry a line; a record as JSON.
func FromEdit(ws *app.Workspace, example, text string) (json.RawMessage, error) {
	ex, ok := decodeValue(example)
	if !ok {
		ex = ""
	}
	v, err := fromEdit(ws, ex, strings.TrimSpace(text))
	if err != nil {
		return nil, err
	}
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return data, nil
}

func fromEdit(ws *app.Workspace, ex any, text string) (any, error) {
	switch ex := ex.(type) {
	case json.Number:
		n, err := strconv.ParseFloat(strings.ReplaceAll(text, ",", "."), 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a number", text)
		}
		return n, nil
	case bool:
		switch strings.ToLower(text) {
		case "yes", "true", "y":
			return true, nil
		case "no", "false", "n", "":
			return false, nil
		}
		return nil, fmt.Errorf("%q is neither yes nor no", text)
	case string:
		return stringFromEdit(ws, ex, text)
	case []any:
		var elem any = ""
		for _, x := range ex {
			if _, rec := x.(map[string]any); rec {
				return jsonFromEdit(text)
			}
			elem = x
		}
		out := []any{}
		for line := range strings.SplitSeq(text, "\n") {
			line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "•"))
			if line == "" {
				continue
			}
			v, err := fromEdit(ws, elem, line)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case map[string]any:
		return jsonFromEdit(text)
	}
	return text, nil
}

func stringFromEdit(ws *app.Workspace, ex, text string) (any, error) {
	if _, err := app.ParseDate(ex); err == nil && len(ex) == 10 {
		if d, err := app.ParseDate(text); err == nil {
			return d.String(), nil
		}
		if t, err := time.Parse("2 January 2006", text); err == nil {
			return t.Format("2006-01-02"), nil
		}
		return nil, fmt.Errorf("%q is not a date (write it as 2 March 2026 or 2026-03-02)", text)
	}
	if ws != nil && strings.Contains(ex, "-") {
		for _, k := range app.Kinds {
			if _, ok := ws.Get(app.Key{Kind: k, ID: ex}); !ok {
				continue
			}
			if _, ok := ws.Get(app.Key{Kind: k, ID: text}); ok {
				return text, nil
			}
			var found []string
			for _, e := range ws.Entities(k) {
				if strings.EqualFold(app.Name(e), text) {
					found = append(found, e.EntityID())
				}
			}
			switch len(found) {
			case 1:
				return found[0], nil
			case 0:
				return nil, fmt.Errorf("no %s is named %q", strings.TrimSuffix(string(k), "s"), text)
			}
			return nil, fmt.Errorf("%d %s are named %q: give the ID", len(found), k, text)
		}
	}
	return text, nil
}

func jsonFromEdit(text string) (any, error) {
	v, ok := decodeValue(text)
	if !ok {
		return nil, fmt.Errorf("write this value as JSON, as shown: %q is not", text)
	}
	return v, nil
}

func decodeValue(raw string) (any, bool) {
	if raw == "" {
		return nil, false
	}
	d := json.NewDecoder(bytes.NewReader([]byte(raw)))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, false
	}
	return v, true
}
