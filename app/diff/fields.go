package diff

import (
	"maps"
	"reflect"
	"slices"

	"canopy/app"
)

// customFields lists the custom field values changed, set or cleared on
// the items and initiatives of both sides, each named by its field's name
// (the new side's declaration first, then the old side's, else its key).
func (d *Diff) customFields(old, new *app.Workspace) {
	name := func(key string) string {
		if f, ok := new.Product().Field(key); ok {
			return f.Name
		}
		if f, ok := old.Product().Field(key); ok {
			return f.Name
		}
		return key
	}
	compare := func(c Change, o, n map[string]any) {
		keys := slices.Sorted(maps.Keys(o))
		for k := range n {
			if _, seen := o[k]; !seen {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		for _, k := range keys {
			a, b := o[k], n[k]
			d.field(c, name(k), a, b, reflect.DeepEqual(a, b))
		}
	}
	pairs(old.Initiatives(), new.Initiatives(), func(o, n *app.Initiative) {
		compare(Change{Entity: EntityInitiative, ID: n.ID, Title: n.Name}, o.Fields, n.Fields)
	}, func(*app.Initiative) {}, func(*app.Initiative) {})
	pairs(old.Items(), new.Items(), func(o, n *app.Item) {
		compare(Change{Entity: EntityItem, ID: n.ID, Title: n.Title}, o.Fields, n.Fields)
	}, func(*app.Item) {}, func(*app.Item) {})
}
