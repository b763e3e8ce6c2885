package brief

import "canopy/app"

// maxAppendixFields is how many custom fields the backlog excerpt shows at
// most, so that the table keeps room for the titles.
const maxAppendixFields = 3

// appendixFields returns the custom fields the backlog excerpt shows: those
// of BriefOptions.Fields, else the fields the board's cards show; only
// fields declared on items, at most maxAppendixFields.
func (b *brief) appendixFields() []app.FieldDecl {
	p := b.ws.Product()
	keys := b.opt.Fields
	if keys == nil {
		keys = p.CardFields
	}
	var out []app.FieldDecl
	for _, k := range keys {
		if d, ok := p.Field(k); ok && d.Applies(app.FieldOnItem) && len(out) < maxAppendixFields {
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
