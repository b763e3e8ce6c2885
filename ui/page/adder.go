package page

import "canopy/app"

// Adder is a page that makes something new itself on Ctrl+N (Edit ▸ New),
// in the part of it in sight: the Backlog's board adds an item to its New
// column. The window gives a page that is not an Adder the first kind of
// its section's Adds, opened in its editor.
type Adder interface {
	AddNew()
}

// NewEntity returns a new entity of kind k with a placeholder name that
// the rules accept, as a section's Add button makes it.
func NewEntity(k app.Kind, ws *app.Workspace) app.Entity { return newEntity(k, ws) }
