package ui

import (
	"canopy/app"
	"canopy/ui/edit"
	"canopy/ui/page"
)

// newEditor returns the editor of the entity with key k.
func newEditor(env *page.Env, k app.Key) page.Editor {
	if k.Kind == app.KindItem {
		return edit.NewItemEditor(env, k.ID)
	}
	if e, ok := edit.New(env, k); ok {
		return e
	}
	panic("no editor for " + string(k.Kind)) // every kind has one: sections list only those
}
