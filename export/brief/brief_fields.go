package brief

import (
	"fmt"
	"slices"
	"strings"

	"canopy/app"
)

// MaxAppendixFields is how many custom fields the backlog excerpt shows at
// most, so that the table keeps room for the titles.
const MaxAppendixFields = 3

// ResolveFields reads a comma-separated list of item fields, each by its
// key or its name (any case), as BriefOptions.Fields wants them: their keys
// in the list's order. "none" is no field. An unknown field, one not kept
// on items, or more than MaxAppendixFields are refused, naming the fields
// there are.
func ResolveFields(p *app.Product, list string) ([]string, error) {
	keys := []string{}
	if strings.EqualFold(strings.TrimSpace(list), "none") {
		return keys, nil
	}
	var names []string
	for _, d := range p.Fields {
		if d.Applies(app.FieldOnItem) {
			names = append(names, d.Name)
		}
	}
	there := "the workspace's item fields are " + strings.Join(names, ", ")
	if len(names) == 0 {
		there = "the workspace declares no item field"
	}
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		d, ok := p.Field(f)
		if !ok {
			d, ok = p.FieldByName(f)
		}
		if !ok || !d.Applies(app.FieldOnItem) {
			return nil, fmt.Errorf("no item field %q: %s", f, there)
		}
		if !slices.Contains(keys, d.Key) {
			keys = append(keys, d.Key)
		}
	}
	if len(keys) > MaxAppendixFields {
		return nil, fmt.Errorf("%d fields: the backlog excerpt shows %d at most", len(keys), MaxAppendixFields)
	}
	return keys, nil
}

// appendixFields returns the custom fields the backlog excerpt shows: those
// of BriefOptions.Fields, else the fields the board's cards show; only
// fields declared on items, at most MaxAppendixFields.
func (b *brief) appendixFields() []app.FieldDecl {
	p := b.ws.Product()
	keys := b.opt.Fields
	if keys == nil {
		keys = p.CardFields
	}
	var out []app.FieldDecl
	for _, k := range keys {
		if d, ok := p.Field(k); ok && d.Applies(app.FieldOnItem) && len(out) < MaxAppendixFields {
			out = append(out, *d)
		}
	}
	return out
}

// withFields adds the chosen fields' columns to the backlog excerpt: their
// headers after cols, each row's values after its cells.
func (b *brief) withFields(cols []tcol, rows [][]cell, items []*app.Item) ([]tcol, [][]cell) {
	fields := b.appendixFields()
	for i := range fields {
		d := &fields[i]
		cols = append(cols, tcol{head: b.d.g.clean("product settings", "fields", d.Name), w: 0.9})
		for r, it := range items {
			rows[r] = append(rows[r], txt(b.clean(it, d.Name, app.FormatFieldValue(d, it.Fields[d.Key]))))
		}
	}
	return cols, rows
}
