// Package edit holds Canopy's editors: one per kind of entity, each a view
// of one entity whose fields commit workspace commands (see ui/form), so
// every change is undoable and checked by the domain's rules. Each editor
// implements page.Editor and takes the page.Env of the window.
//
// Imports: the domain (canopy/app), ui/page, ui/form and ui/internal; never
// a section, the window or the store.
package edit
