package app

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"net/url"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FieldType is the type of a custom field's values.
type FieldType string

// The custom field types. A value is stored in the entity's file as JSON:
// text, select, date ("2026-01-31"), url and person as a string, number as
// a number, multiselect as a list of strings, checkbox as true or false.
const (
	FieldText        FieldType = "text"
	FieldNumber      FieldType = "number"
	FieldSelect      FieldType = "select"
	FieldMultiselect FieldType = "multiselect"
	FieldDate        FieldType = "date"
	FieldCheckbox    FieldType = "checkbox"
	FieldURL         FieldType = "url"
	FieldPerson      FieldType = "person"
)

// FieldTypes lists the custom field types in display order.
var FieldTypes = []FieldType{FieldText, FieldNumber, FieldSelect, FieldMultiselect, FieldDate, FieldCheckbox, FieldURL, FieldPerson}

// FieldTarget names the entities a custom field is declared on.
type FieldTarget string

// The entities that carry custom fields.
const (
	FieldOnItem       FieldTarget = "item"
	FieldOnInitiative FieldTarget = "initiative"
)

// MaxCardFields is how many custom fields the board's cards show at most.
const MaxCardFields = 2

// FieldKeyPattern is what a field's key must match, so that it reads as a
// name in a formula (fields.KEY).
var FieldKeyPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// FieldDecl declares a custom field in the product settings. The key is
// stable (values and formulas use it); the name is what people read and may
// change.
type FieldDecl struct {
	Key  string    `json:"key"`
	Name string    `json:"name"`
	Type FieldType `json:"type"`
	// Options are the choices of a select or multiselect field, in display order.
	Options []string `json:"options,omitzero"`
	// Min, Max and Unit are a number field's optional bounds and unit.
	Min  *float64 `json:"min,omitzero"`
	Max  *float64 `json:"max,omitzero"`
	Unit string   `json:"unit,omitzero"`
	// On lists the entities that carry the field.
	On []FieldTarget `json:"on"`
}

// Applies reports whether the field is declared on entities of target t.
func (d *FieldDecl) Applies(t FieldTarget) bool { return slices.Contains(d.On, t) }

// Field returns the declaration of the custom field with the key, if any.
func (p *Product) Field(key string) (*FieldDecl, bool) {
	for i := range p.Fields {
		if p.Fields[i].Key == key {
			return &p.Fields[i], true
		}
	}
	return nil, false
}

// FieldByName returns the declaration whose name is name, ignoring case
// and surrounding spaces: how imports find a column's field.
func (p *Product) FieldByName(name string) (*FieldDecl, bool) {
	name = strings.TrimSpace(name)
	for i := range p.Fields {
		if strings.EqualFold(p.Fields[i].Name, name) {
			return &p.Fields[i], true
		}
	}
	return nil, false
}

// FieldsOn returns the declarations that apply to target t, in order.
func (p *Product) FieldsOn(t FieldTarget) []FieldDecl {
	var out []FieldDecl
	for _, d := range p.Fields {
		if d.Applies(t) {
			out = append(out, d)
		}
	}
	return out
}

// targetOf returns the field target of an entity, or "" when it carries none.
func targetOf(e Entity) (FieldTarget, map[string]any) {
	switch v := e.(type) {
	case *Item:
		return FieldOnItem, v.Fields
	case *Initiative:
		return FieldOnInitiative, v.Fields
	}
	return "", nil
}

// FieldValues returns the custom field values of an item or initiative
// (nil for other entities or when it has none). The map is read-only.
func FieldValues(e Entity) map[string]any {
	_, v := targetOf(e)
	return v
}

// cloneFields returns a deep copy of custom field values.
func cloneFields(m map[string]any) map[string]any {
	if m == nil {
		return nil
	}
	c := maps.Clone(m)
	for k, v := range c {
		switch s := v.(type) {
		case []string:
			c[k] = slices.Clone(s)
		case []any:
			c[k] = slices.Clone(s)
		}
	}
	return c
}

// normalizeFields puts custom field values in canonical form: no map when
// there are no values (so files without fields keep their bytes), no null
// values, a multiselect's choices as a sorted set of strings.
func normalizeFields(m map[string]any) map[string]any {
	for k, v := range m {
		switch s := v.(type) {
		case nil:
			delete(m, k)
		case int:
			m[k] = float64(s)
		case []any:
			strs := make([]string, 0, len(s))
			for _, x := range s {
				str, ok := x.(string)
				if !ok {
					strs = nil
					break
				}
				strs = append(strs, str)
			}
			if strs != nil {
				m[k] = set(strs)
			}
		case []string:
			m[k] = set(s)
		}
	}
	if len(m) == 0 {
		return nil
	}
	return m
}

func cloneDecls(ds []FieldDecl) []FieldDecl {
	if ds == nil {
		return nil
	}
	out := slices.Clone(ds)
	for i := range out {
		out[i].Options = slices.Clone(ds[i].Options)
		out[i].On = slices.Clone(ds[i].On)
		if ds[i].Min != nil {
			v := *ds[i].Min
			out[i].Min = &v
		}
		if ds[i].Max != nil {
			v := *ds[i].Max
			out[i].Max = &v
		}
	}
	return out
}

// checkFieldDecls checks the custom field declarations and the board's
// card fields of the product settings.
func checkFieldDecls(c *checker, p *Product) {
	keys, names := map[string]bool{}, map[string]bool{}
	for i, d := range p.Fields {
		at := fmt.Sprintf("fields[%d]", i)
		if !FieldKeyPattern.MatchString(d.Key) {
			c.add(at+".key", "must start with a lowercase letter and hold only lowercase letters, digits and _, got %q", d.Key)
		} else if keys[d.Key] {
			c.add(at+".key", "%q is declared twice", d.Key)
		}
		keys[d.Key] = true
		if strings.TrimSpace(d.Name) == "" {
			c.add(at+".name", "is required")
		} else if n := strings.ToLower(strings.TrimSpace(d.Name)); names[n] {
			c.add(at+".name", "%q names two fields", d.Name)
		} else {
			names[n] = true
		}
		if !slices.Contains(FieldTypes, d.Type) {
			c.add(at+".type", "must be text, number, select, multiselect, date, checkbox, url or person, got %q", d.Type)
		}
		choice := d.Type == FieldSelect || d.Type == FieldMultiselect
		if choice && len(d.Options) == 0 {
			c.add(at+".options", "field %s needs at least one option", d.Name)
		}
		if !choice && len(d.Options) > 0 {
			c.add(at+".options", "field %s is a %s field: only select and multiselect fields have options", d.Name, d.Type)
		}
		seen := map[string]bool{}
		for j, o := range d.Options {
			switch {
			case strings.TrimSpace(o) == "" || strings.TrimSpace(o) != o:
				c.add(fmt.Sprintf("%s.options[%d]", at, j), "must be non-empty without surrounding spaces, got %q", o)
			case seen[o]:
				c.add(fmt.Sprintf("%s.options[%d]", at, j), "field %s lists option %q twice", d.Name, o)
			}
			seen[o] = true
		}
		if d.Type != FieldNumber && (d.Min != nil || d.Max != nil || d.Unit != "") {
			c.add(at, "field %s is a %s field: only number fields have min, max and unit", d.Name, d.Type)
		}
		if d.Min != nil {
			c.inRange(at+".min", "metric", *d.Min)
		}
		if d.Max != nil {
			c.inRange(at+".max", "metric", *d.Max)
		}
		if d.Min != nil && d.Max != nil && *d.Max < *d.Min {
			c.add(at+".max", "field %s: max %g is below min %g", d.Name, *d.Max, *d.Min)
		}
		if len(d.On) == 0 {
			c.add(at+".on", "field %s must be on items, initiatives or both", d.Name)
		}
		for j, t := range d.On {
			if t != FieldOnItem && t != FieldOnInitiative {
				c.add(fmt.Sprintf("%s.on[%d]", at, j), "must be item or initiative, got %q", t)
			}
		}
	}
	if len(p.CardFields) > MaxCardFields {
		c.add("cardFields", "cards show at most %d fields, got %d", MaxCardFields, len(p.CardFields))
	}
	for i, k := range p.CardFields {
		if d, ok := p.Field(k); !ok {
			c.add(fmt.Sprintf("cardFields[%d]", i), "refers to undeclared field %q", k)
		} else if !d.Applies(FieldOnItem) {
			c.add(fmt.Sprintf("cardFields[%d]", i), "field %s is not on items, so cards cannot show it", d.Name)
		}
	}
}

// checkFieldValues checks an item's or an initiative's custom field values
// against the declarations of ws's product settings.
func checkFieldValues(ws *Workspace, c *checker, t FieldTarget, vals map[string]any) {
	if len(vals) == 0 || ws == nil {
		return
	}
	for _, k := range slices.Sorted(maps.Keys(vals)) {
		if msg := valueProblem(ws.product, t, k, vals[k]); msg != "" {
			c.add("fields."+k, "%s", msg)
		}
	}
}

// Check returns what is wrong with v as a value of the field, in a user's
// words naming the field, or "" when v is a valid value.
func (d *FieldDecl) Check(v any) string {
	switch d.Type {
	case FieldText, FieldPerson:
		s, ok := v.(string)
		if !ok {
			return fmt.Sprintf("%s must be text, got %s", d.Name, describeValue(v))
		}
		if d.Type == FieldPerson && strings.TrimSpace(s) == "" {
			return fmt.Sprintf("%s must name a person", d.Name)
		}
		if i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) && (d.Type == FieldPerson || r != '\n' && r != '\t') }); i >= 0 {
			return fmt.Sprintf("%s holds a control character at character %d", d.Name, utf8.RuneCountInString(s[:i])+1)
		}
	case FieldNumber:
		n, ok := v.(float64)
		if !ok {
			return fmt.Sprintf("%s must be a number, got %s", d.Name, describeValue(v))
		}
		if math.IsNaN(n) || math.IsInf(n, 0) {
			return fmt.Sprintf("%s must be a finite number", d.Name)
		}
		if err := CheckRange("metric", n); err != nil {
			return fmt.Sprintf("%s %v", d.Name, err)
		}
		if d.Min != nil && n < *d.Min {
			return fmt.Sprintf("%s must be at least %g, got %g", d.Name, *d.Min, n)
		}
		if d.Max != nil && n > *d.Max {
			return fmt.Sprintf("%s must be at most %g, got %g", d.Name, *d.Max, n)
		}
	case FieldSelect:
		s, ok := v.(string)
		if !ok || !slices.Contains(d.Options, s) {
			return fmt.Sprintf("%s must be one of %s, got %s", d.Name, strings.Join(d.Options, ", "), describeValue(v))
		}
	case FieldMultiselect:
		ss, ok := v.([]string)
		if !ok {
			return fmt.Sprintf("%s must be a list of options among %s, got %s", d.Name, strings.Join(d.Options, ", "), describeValue(v))
		}
		for _, s := range ss {
			if !slices.Contains(d.Options, s) {
				return fmt.Sprintf("%s: %q is not one of %s", d.Name, s, strings.Join(d.Options, ", "))
			}
		}
	case FieldDate:
		s, ok := v.(string)
		if !ok {
			return fmt.Sprintf("%s must be a date (2026-01-31), got %s", d.Name, describeValue(v))
		}
		if _, err := ParseDate(s); err != nil || s == "" {
			return fmt.Sprintf("%s must be a date (2026-01-31), got %q", d.Name, s)
		}
	case FieldCheckbox:
		if _, ok := v.(bool); !ok {
			return fmt.Sprintf("%s must be true or false, got %s", d.Name, describeValue(v))
		}
	case FieldURL:
		s, ok := v.(string)
		if !ok {
			return fmt.Sprintf("%s must be a URL, got %s", d.Name, describeValue(v))
		}
		if u, err := url.Parse(s); err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
			return fmt.Sprintf("%s must be an http or https URL, got %q", d.Name, s)
		}
	}
	return ""
}

// describeValue names a decoded JSON value for a message.
func describeValue(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("%q", x)
	case float64:
		return fmt.Sprintf("the number %g", x)
	case bool:
		return fmt.Sprintf("%t", x)
	case []string, []any:
		return "a list"
	case map[string]any:
		return "an object"
	case nil:
		return "nothing"
	}
	return fmt.Sprintf("%v", v)
}

// checkCustom applies the custom field rules to e: the declarations and the
// formula of the product settings, the values of items and initiatives.
func checkCustom(ws *Workspace, c *checker, e Entity) {
	if p, ok := e.(*Product); ok {
		checkFieldDecls(c, p)
		checkFormulaSetting(c, p)
		return
	}
	if t, vals := targetOf(e); t != "" {
		checkFieldValues(ws, c, t, vals)
	}
}

// FormatFieldValue writes a custom field's value for people: a number with
// its unit, a checkbox as yes or no, a multiselect's options joined by
// commas; "" when unset.
func FormatFieldValue(d *FieldDecl, v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case float64:
		s := FormatScore(x, true)
		if d != nil && d.Unit != "" {
			if d.Unit == "$" || d.Unit == "€" || d.Unit == "£" {
				return d.Unit + s
			}
			return s + " " + d.Unit
		}
		return s
	case bool:
		if x {
			return "yes"
		}
		return "no"
	case []string:
		return strings.Join(x, ", ")
	case string:
		return x
	}
	return fmt.Sprint(v)
}

// redeclaredProblems checks again the custom field values of the items
// and initiatives the change did not touch when it changed declarations
// (an option removed, a bound moved, a field no longer on initiatives): a
// value the old declarations accepted and the new ones refuse is refused
// with the change, naming it. Values that were already problems stay as
// they were, listed by Validate, so that they never block other edits.
func redeclaredProblems(ws *Workspace, ch *change) Problems {
	before, _ := ch.before[ProductKey].(*Product)
	after, _ := ch.after[ProductKey].(*Product)
	if before == nil || after == nil || reflect.DeepEqual(before.Fields, after.Fields) {
		return nil
	}
	var out Problems
	for _, k := range []Kind{KindInitiative, KindItem} {
		for _, e := range ws.ents[k].list {
			if _, touched := ch.after[KeyOf(e)]; touched {
				continue // checked with the change
			}
			t, vals := targetOf(e)
			for _, key := range FieldKeys(vals) {
				if valueProblem(before, t, key, vals[key]) != "" {
					continue
				}
				if msg := valueProblem(after, t, key, vals[key]); msg != "" {
					out = append(out, &RuleError{Key: KeyOf(e), Label: e.Label(), Field: "fields." + key, Msg: msg})
				}
			}
		}
	}
	return out
}

// valueProblem returns what is wrong with v as the value of field key on
// an entity of target t under the declarations of p, or "".
func valueProblem(p *Product, t FieldTarget, key string, v any) string {
	d, ok := p.Field(key)
	switch {
	case !ok:
		return fmt.Sprintf("is not a declared field: declare %q in Settings ▸ Fields, or remove the value", key)
	case !d.Applies(t):
		return fmt.Sprintf("field %s is not declared on %ss", d.Name, t)
	}
	return d.Check(v)
}

// EditField changes the declaration of field key with f, as one command:
// its targets, a number's bounds or unit. Values the new declaration
// refuses make the rules refuse the edit, naming them.
func EditField(key, desc string, f func(d *FieldDecl) error) *FieldCommand {
	return &FieldCommand{desc: desc, fn: func(tx *Tx, _ *int) error {
		_, d, err := fieldOf(tx, key)
		if err != nil {
			return err
		}
		return f(d)
	}}
}

// hasFieldFilter reports whether the filter constrains any custom field.
func (f *Filter) hasFieldFilter() bool {
	for _, vs := range f.Fields {
		if len(vs) > 0 {
			return true
		}
	}
	return false
}

// FieldFilterValue writes a value as the filter bar lists it: a select's
// option, a person, "yes" or "no" for a checkbox, the number as text; ""
// for no value. A multiselect gives one value per option (FieldFilterValues).
func FieldFilterValue(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case bool:
		if x {
			return "yes"
		}
		return "no"
	case float64:
		return FormatScore(x, true)
	case string:
		return x
	}
	return fmt.Sprint(v)
}

// FieldFilterValues returns the values the filter bar offers for an item's
// value: each option of a multiselect, else its one FieldFilterValue.
func FieldFilterValues(v any) []string {
	if ss, ok := v.([]string); ok {
		if len(ss) == 0 {
			return []string{""}
		}
		return ss
	}
	return []string{FieldFilterValue(v)}
}

// matchFields reports whether the item's custom fields pass the filter's:
// for each field filtered, one of its values is among those wanted.
func matchFields(want map[string][]string, it *Item) bool {
	for key, vs := range want {
		if len(vs) == 0 {
			continue
		}
		if !slices.ContainsFunc(FieldFilterValues(it.Fields[key]), func(v string) bool { return slices.Contains(vs, v) }) {
			return false
		}
	}
	return true
}

// CompareFieldValues orders two values of the field for a sortable column:
// numbers by size, select options in their declared order, checkboxes no
// before yes, dates and text alphabetically (ignoring case); an absent
// value after every present one.
func CompareFieldValues(d *FieldDecl, a, b any) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	switch x := a.(type) {
	case float64:
		if y, ok := b.(float64); ok {
			return cmp.Compare(x, y)
		}
	case bool:
		if y, ok := b.(bool); ok {
			return cmp.Compare(boolRank(x), boolRank(y))
		}
	case string:
		if y, ok := b.(string); ok {
			if d != nil && d.Type == FieldSelect {
				if i, j := slices.Index(d.Options, x), slices.Index(d.Options, y); i >= 0 && j >= 0 {
					return cmp.Compare(i, j)
				}
			}
			return cmp.Compare(strings.ToLower(x), strings.ToLower(y))
		}
	}
	return cmp.Compare(strings.ToLower(FormatFieldValue(d, a)), strings.ToLower(FormatFieldValue(d, b)))
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}
