package app

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// FieldKeyFor derives a free key for a new field named name: lowercase
// letters, digits and _ ("Customer commitment" → "customer_commitment"),
// with a number added when the key is taken.
func FieldKeyFor(p *Product, name string) string {
	var b strings.Builder
	under := false
	for _, r := range strings.ToLower(strings.TrimSpace(name)) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			under = false
		default:
			under = true
		}
	}
	key := b.String()
	if key == "" || !FieldKeyPattern.MatchString(key) {
		key = "field_" + key
	}
	base := key
	for n := 2; ; n++ {
		if _, taken := p.Field(key); !taken {
			return key
		}
		key = base + "_" + strconv.Itoa(n)
	}
}

// FieldCommand is an edit of the custom field declarations. After Do it
// tells how many values it changed or removed, for the confirmation.
type FieldCommand struct {
	desc string
	fn   func(tx *Tx, n *int) error
	// Values counts the values the command changed or removed on items
	// and initiatives.
	Values int
}

// Describe returns what the command does.
func (c *FieldCommand) Describe() string { return c.desc }

// Apply makes the edit.
func (c *FieldCommand) Apply(tx *Tx) error {
	c.Values = 0
	return c.fn(tx, &c.Values)
}

// AddField declares a new custom field at the end of the list. An empty
// key is derived from the name.
func AddField(d FieldDecl) *FieldCommand {
	return &FieldCommand{desc: "Add field", fn: func(tx *Tx, _ *int) error {
		p := tx.EditProduct()
		if d.Key == "" {
			d.Key = FieldKeyFor(p, d.Name)
		}
		if old, taken := p.Field(d.Key); taken {
			return fmt.Errorf("add field %s: the key %q is taken by field %s", d.Name, d.Key, old.Name)
		}
		if old, taken := p.FieldByName(d.Name); taken {
			return fmt.Errorf("add field %s: a field of that name exists (key %q)", d.Name, old.Key)
		}
		p.Fields = append(p.Fields, cloneDecls([]FieldDecl{d})...)
		return nil
	}}
}

// fieldOf returns the writable declaration with key in the transaction's
// product settings.
func fieldOf(tx *Tx, key string) (*Product, *FieldDecl, error) {
	p := tx.EditProduct()
	d, ok := p.Field(key)
	if !ok {
		return nil, nil, fmt.Errorf("field %q: %w", key, ErrNotFound)
	}
	return p, d, nil
}

// RenameField gives field key a new name; its key, values and formulas
// are unchanged.
func RenameField(key, name string) *FieldCommand {
	return &FieldCommand{desc: "Rename field", fn: func(tx *Tx, _ *int) error {
		_, d, err := fieldOf(tx, key)
		if err != nil {
			return err
		}
		d.Name = strings.TrimSpace(name)
		return nil
	}}
}

// MoveField moves field key to position to (0-based, clamped) in the list.
func MoveField(key string, to int) *FieldCommand {
	return &FieldCommand{desc: "Reorder fields", fn: func(tx *Tx, _ *int) error {
		p, d, err := fieldOf(tx, key)
		if err != nil {
			return err
		}
		moved := *d
		p.Fields = slices.DeleteFunc(p.Fields, func(f FieldDecl) bool { return f.Key == key })
		to = min(max(to, 0), len(p.Fields))
		p.Fields = slices.Insert(p.Fields, to, moved)
		return nil
	}}
}

// SetCardFields chooses the custom fields the board's cards show, by key.
func SetCardFields(keys []string) Command {
	return EditProduct("Choose card fields", func(p *Product) error {
		p.CardFields = slices.Clone(keys)
		return nil
	})
}

// SetFormula sets the product's scoring formula; a formula that does not
// compile is refused with its position.
func SetFormula(source string) Command {
	return EditProduct("Set formula", func(p *Product) error {
		p.Formula = strings.TrimSpace(source)
		if p.Formula == "" {
			return nil
		}
		_, err := CompileFormula(p.Formula, p.Fields)
		return err
	})
}

// carriers lists the items and initiatives with a value for field key, in
// the workspace's order.
func carriers(ws *Workspace, key string) []Entity {
	var out []Entity
	for _, k := range []Kind{KindInitiative, KindItem} {
		for _, e := range ws.ents[k].list {
			if _, has := FieldValues(e)[key]; has {
				out = append(out, e)
			}
		}
	}
	return out
}

// FieldUsage counts the items and initiatives with a value for field key;
// with option set, those whose value is (or holds) that option.
func FieldUsage(ws *Workspace, key, option string) int {
	n := 0
	for _, e := range carriers(ws, key) {
		if option == "" || holdsOption(FieldValues(e)[key], option) {
			n++
		}
	}
	return n
}

func holdsOption(v any, option string) bool {
	switch x := v.(type) {
	case string:
		return x == option
	case []string:
		return slices.Contains(x, option)
	}
	return false
}

// editValues calls f with a writable copy of the custom field values of
// every item and initiative that has a value for key; f returns the new
// value (nil removes it) and whether it changed anything.
func editValues(tx *Tx, key string, f func(e Entity, v any) (any, bool, error)) (int, error) {
	n := 0
	for _, e := range carriers(tx.ws, key) {
		v, changed, err := f(e, FieldValues(e)[key])
		if err != nil {
			return n, err
		}
		if !changed {
			continue
		}
		w, err := tx.edit(KeyOf(e))
		if err != nil {
			return n, err
		}
		vals := valuesOf(w)
		if v == nil {
			delete(*vals, key)
		} else {
			(*vals)[key] = v
		}
		*vals = normalizeFields(*vals)
		n++
	}
	return n, nil
}

// valuesOf returns the address of the custom field values of an item or
// initiative.
func valuesOf(e Entity) *map[string]any {
	switch v := e.(type) {
	case *Item:
		return &v.Fields
	case *Initiative:
		return &v.Fields
	}
	panic("valuesOf: not an item or an initiative")
}

// DeleteField removes field key and, in the same command, every value of
// it; Values then counts the values removed. A formula or card that uses
// the field must be changed first (the rules refuse it otherwise).
func DeleteField(key string) *FieldCommand {
	return &FieldCommand{desc: "Delete field", fn: func(tx *Tx, n *int) error {
		p, _, err := fieldOf(tx, key)
		if err != nil {
			return err
		}
		p.Fields = slices.DeleteFunc(p.Fields, func(f FieldDecl) bool { return f.Key == key })
		p.CardFields = slices.DeleteFunc(p.CardFields, func(k string) bool { return k == key })
		*n, err = editValues(tx, key, func(Entity, any) (any, bool, error) { return nil, true, nil })
		return err
	}}
}

// SetFieldOptions replaces the options of select or multiselect field key.
// A removed option still in use needs a fate in replace: the option that
// takes its place, or "" to clear the values; one without a fate is
// refused, naming how many entities use it. Values counts the values
// changed.
func SetFieldOptions(key string, options []string, replace map[string]string) *FieldCommand {
	return &FieldCommand{desc: "Change field options", fn: func(tx *Tx, n *int) error {
		_, d, err := fieldOf(tx, key)
		if err != nil {
			return err
		}
		if d.Type != FieldSelect && d.Type != FieldMultiselect {
			return fmt.Errorf("field %s is a %s field: only select and multiselect fields have options", d.Name, d.Type)
		}
		old := d.Options
		d.Options = slices.Clone(options)
		name := d.Name
		for _, o := range old {
			if slices.Contains(options, o) {
				continue
			}
			to, decided := replace[o]
			if u := FieldUsage(tx.ws, key, o); u > 0 && !decided {
				return fmt.Errorf("field %s: option %q is used by %d items or initiatives: choose an option to replace it, or clear those values", name, o, u)
			}
			if to != "" && !slices.Contains(options, to) {
				return fmt.Errorf("field %s: %q cannot replace %q: it is not one of the new options", name, to, o)
			}
		}
		*n, err = editValues(tx, key, func(_ Entity, v any) (any, bool, error) {
			switch x := v.(type) {
			case string:
				if to, ok := replace[x]; ok && !slices.Contains(options, x) {
					if to == "" {
						return nil, true, nil
					}
					return to, true, nil
				}
			case []string:
				out, changed := make([]string, 0, len(x)), false
				for _, s := range x {
					if to, ok := replace[s]; ok && !slices.Contains(options, s) {
						changed = true
						if to == "" {
							continue
						}
						s = to
					}
					out = append(out, s)
				}
				if !changed {
					return v, false, nil
				}
				if len(out) == 0 {
					return nil, true, nil
				}
				return out, true, nil
			}
			return v, false, nil
		})
		return err
	}}
}

// ChangeFieldType changes the type of field key to t (with options, for a
// select or multiselect), converting every value in the same command. When
// a value does not convert the change is refused, naming the entities (by
// title) whose values do not. Values counts the values converted.
func ChangeFieldType(key string, t FieldType, options []string) *FieldCommand {
	return &FieldCommand{desc: "Change field type", fn: func(tx *Tx, n *int) error {
		_, d, err := fieldOf(tx, key)
		if err != nil {
			return err
		}
		if !slices.Contains(FieldTypes, t) {
			return fmt.Errorf("field %s: unknown type %q", d.Name, t)
		}
		from := *d
		d.Type = t
		d.Options = nil
		if t == FieldSelect || t == FieldMultiselect {
			d.Options = slices.Clone(options)
		}
		if t != FieldNumber {
			d.Min, d.Max, d.Unit = nil, nil, ""
		}
		to := *d
		var refused []string
		*n, err = editValues(tx, key, func(e Entity, v any) (any, bool, error) {
			c, ok := convertValue(v, &to)
			if !ok {
				refused = append(refused, titleOf(e))
				return v, false, nil
			}
			return c, true, nil
		})
		if err != nil {
			return err
		}
		if len(refused) > 0 {
			const show = 5
			more := ""
			if len(refused) > show {
				more = fmt.Sprintf(" and %d more", len(refused)-show)
				refused = refused[:show]
			}
			return fmt.Errorf("field %s cannot become %s: the values of %s%s do not convert", from.Name, t, strings.Join(refused, ", "), more)
		}
		return nil
	}}
}

// titleOf names an entity for a message by its title, in quotes.
func titleOf(e Entity) string {
	switch v := e.(type) {
	case *Item:
		return strconv.Quote(v.Title)
	case *Initiative:
		return strconv.Quote(v.Name)
	}
	return e.Label()
}

// convertValue converts a value to a value of d, or reports it cannot.
func convertValue(v any, d *FieldDecl) (any, bool) {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case float64:
		s = strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		s = strconv.FormatBool(x)
	case []string:
		if d.Type == FieldMultiselect {
			return x, d.Check(x) == ""
		}
		if len(x) != 1 {
			return nil, false
		}
		s = x[0]
	default:
		return nil, false
	}
	var out any = s
	switch d.Type {
	case FieldNumber:
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return nil, false
		}
		out = f
	case FieldCheckbox:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return nil, false
		}
		out = b
	case FieldMultiselect:
		out = []string{s}
	}
	return out, d.Check(out) == ""
}

// SetFieldValue sets custom field key of the item or initiative with key k
// to v (nil clears it); the rules check v against the declaration.
func SetFieldValue(k Key, key string, v any) Command {
	return SetFieldValues([]Key{k}, key, v)
}

// SetFieldValues sets custom field key of several items or initiatives to
// v (nil clears it), as one command: the bulk edit.
func SetFieldValues(keys []Key, key string, v any) Command {
	return Func{Desc: "Set field", Fn: func(tx *Tx) error {
		for _, k := range keys {
			if k.Kind != KindItem && k.Kind != KindInitiative {
				return fmt.Errorf("%s %s has no custom fields", k.Kind.Singular(), k.ID)
			}
			e, err := tx.edit(k)
			if err != nil {
				return err
			}
			vals := valuesOf(e)
			if v == nil {
				delete(*vals, key)
			} else {
				if *vals == nil {
					*vals = map[string]any{}
				}
				(*vals)[key] = cloneFields(map[string]any{key: v})[key]
			}
			*vals = normalizeFields(*vals)
		}
		return nil
	}}
}

// FieldKeys returns the keys of the values, sorted.
func FieldKeys(vals map[string]any) []string { return slices.Sorted(maps.Keys(vals)) }
