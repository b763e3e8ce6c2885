package backlog

import (
	"maps"
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// fieldFilter is the filter bar's select of one custom field of items.
type fieldFilter struct {
	decl app.FieldDecl
	sel  *widget.Select
}

// filtersOn reports whether the filter bar offers a select for field d:
// select, multiselect, checkbox and person fields.
func filtersOn(d app.FieldDecl) bool {
	switch d.Type {
	case app.FieldSelect, app.FieldMultiselect, app.FieldCheckbox, app.FieldPerson:
		return true
	}
	return false
}

// refreshFields builds the custom fields' selects again when the
// declarations changed, and fills their options; a filter on a field no
// longer declared is dropped.
func (b *filterBar) refreshFields() {
	var decls []app.FieldDecl
	for _, d := range b.ws.Product().FieldsOn(app.FieldOnItem) {
		if filtersOn(d) {
			decls = append(decls, d)
		}
	}
	var had []app.FieldDecl
	for _, f := range b.fields {
		had = append(had, f.decl)
	}
	if !reflect.DeepEqual(decls, had) || len(b.box.Objects) == 0 {
		b.fields = b.fields[:0]
		objs := make([]fyne.CanvasObject, 0, len(decls))
		for _, d := range decls {
			key := d.Key
			f := fieldFilter{decl: d}
			f.sel = widget.NewSelect(nil, func(v string) { b.setField(key, v) })
			f.sel.PlaceHolder = d.Name
			b.fields = append(b.fields, f)
			objs = append(objs, f.sel)
		}
		b.box.Objects = append(append([]fyne.CanvasObject{b.textBox, b.typ, b.tag, b.assignee, b.init, b.rel, b.must},
			objs...), b.blocked, b.clear)
		b.box.Refresh()
	}
	for k := range b.filter.Fields {
		if _, ok := b.ws.Product().Field(k); !ok {
			delete(b.filter.Fields, k)
		}
	}
	for _, f := range b.fields {
		var opts []string
		switch f.decl.Type {
		case app.FieldSelect, app.FieldMultiselect:
			opts = f.decl.Options
		case app.FieldCheckbox:
			opts = []string{"yes", "no"}
		case app.FieldPerson:
			people := map[string]bool{}
			for _, it := range b.ws.Items() {
				if v, ok := it.Fields[f.decl.Key].(string); ok && v != "" {
					people[v] = true
				}
			}
			opts = sortedKeys(people)
		}
		f.sel.Options = withAny(opts)
	}
}

// setField filters by value v of custom field key ("Any" for none).
func (b *filterBar) setField(key, v string) {
	fs := maps.Clone(b.filter.Fields)
	if fs == nil {
		fs = map[string][]string{}
	}
	delete(fs, key)
	if w := one(v, v); w != nil {
		if d, ok := b.ws.Product().Field(key); ok && d.Type == app.FieldCheckbox && v == "no" {
			w = []string{"", "no"} // an unticked box is stored as no value
		}
		fs[key] = w
	}
	if len(fs) == 0 {
		fs = nil
	}
	b.filter.Fields = fs
	b.changed()
}

// loadFields shows the custom field filters in their selects.
func (b *filterBar) loadFields() {
	for _, f := range b.fields {
		vs := b.filter.Fields[f.decl.Key]
		v := ""
		for _, x := range vs {
			if x != "" {
				v = x
				break
			}
		}
		if v == "" {
			f.sel.ClearSelected()
		} else {
			f.sel.SetSelected(v)
		}
	}
}
