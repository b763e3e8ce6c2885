// Package store reads and writes Canopy workspaces: a folder holding a
// manifest (canopy.json: the schema version and the product settings), the
// strategy (strategy.json) and one canonical JSON file per entity under a
// folder per kind (items/item-7f3k9q2m.json).
//
// Canonical JSON means fields in a fixed order, sets sorted, two-space
// indentation and a trailing newline, with no volatile fields, so that an
// unchanged workspace saves to identical bytes and a one-field edit is a
// one-line diff. A save writes only the files whose bytes changed, each by
// atomic replace, in an order that never leaves a reference to a file not
// yet written.
package store
