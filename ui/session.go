package ui

import (
	"canopy/app"
	"canopy/app/store"
)

// Session is one open workspace as the window sees it: the data and what
// the store does for it. main builds it with the store; tests build it by
// hand.
type Session struct {
	// WS is the workspace.
	WS *app.Workspace
	// Dir is the workspace folder, shown in the header.
	Dir string
	// Save writes the changes; nil when the workspace cannot be saved.
	Save func() error
	// Trash lists the deleted entities; nil when there is no trash.
	Trash func() ([]store.Trashed, error)
	// Restore brings an entity back from the trash as an undoable command.
	Restore func(id string) error
	// Problems lists what opening the workspace found wrong, one a line.
	Problems []string
	// Places are where the store keeps the workspace's trash and the
	// saved bases of conflicted copies, for working as a team.
	Places store.Places
	// Close releases the workspace (its lock); it may be nil.
	Close func() error

	// Watch calls changed, on the UI goroutine, when files in the folder
	// change; it returns how to stop. It may be nil.
	Watch func(changed func()) (stop func())
	// Store resolves changes made on disk by others; nil for a workspace
	// without a folder.
	Store DiskSync
}

// DiskSync is what the window needs from the store to bring in changes
// made by others and to settle conflicts with unsaved edits.
type DiskSync interface {
	// Rescan finds what changed on disk since the last read or save.
	Rescan(ws *app.Workspace) (*store.ChangeSet, error)
	// Apply brings a change set's non-conflicting changes in.
	Apply(ws *app.Workspace, cs *store.ChangeSet)
	// Theirs returns the entity as its file holds it now (nil: removed).
	Theirs(k app.Key) (app.Entity, []byte, error)
	// TakeTheirs replaces the entity in memory by the one on disk.
	TakeTheirs(ws *app.Workspace, k app.Key) error
	// KeepMine lets the next save replace the file on disk.
	KeepMine(ws *app.Workspace, k app.Key) error
}

// Opener opens the workspace in a folder, or, with create, makes a new
// one there named name. main supplies it; it is how File ▸ Open and File ▸
// New workspace reach the store.
type Opener interface {
	Open(dir string) (*Session, error)
	Create(dir, name string) (*Session, error)
}
