// Package app is Canopy's domain: the entities of a product plan, the rules
// they obey, the scoring models, the dependency graph, the "what next"
// ranking, and the edit commands (with undo and redo) that are the only way
// the data changes.
//
// The package imports no UI toolkit and does no file I/O; the store in
// app/store reads and writes workspaces on disk.
package app
