package page

import (
	"fyne.io/fyne/v2"

	"canopy/app"
)

// ID names a section of the sidebar; the window registers each section
// under its ID, in the sidebar's order.
type ID string

// The sections of the sidebar.
const (
	Overview ID = "overview"
	Strategy ID = "strategy"
	Market   ID = "market"
	Roadmap  ID = "roadmap"
	Releases ID = "releases"
	Backlog  ID = "backlog"
	Trash    ID = "trash"
	Settings ID = "settings"
	// Conflicts is shown only while the workspace has conflicts to settle.
	Conflicts ID = "conflicts"
)

// Page is what the window needs from a section: its object, a refresh
// that receives the change, the kinds it reads, showing an entity, and
// whether it is in sight. A page subscribes itself (Subscribe) when built;
// the window only routes.
type Page interface {
	// Object returns the page's content.
	Object() fyne.CanvasObject
	// Refresh follows a change of the workspace that touched Kinds.
	Refresh(c app.Change)
	// Kinds lists every kind the page reads (its lists, its editors, its
	// progress bars), or nil when it reads them all: changes to others are
	// skipped.
	Kinds() []app.Kind
	// Show brings the entity with key k into sight, with its editor.
	Show(k app.Key)
	// SetShown tells the page whether it is the one in sight.
	SetShown(on bool)
}

// PanelCloser is a page with a side panel that Escape closes.
type PanelCloser interface {
	// ClosePanel closes the panel, if open, and says whether it was.
	ClosePanel() bool
}

// Subscribe has p follow the changes that touch its kinds until env closes.
func Subscribe(env *Env, p Page) { env.Follow(p.Kinds(), p.Refresh) }

// Host is what a section may need from the window besides Env.
type Host struct {
	// Prefs holds the app's preferences (nil in tests).
	Prefs fyne.Preferences
	// Dir is the workspace's folder ("" when there is none to show).
	Dir string
}

// Section is one entry of the sidebar, as a section package declares it.
type Section struct {
	ID    ID
	Title string
	// Lists are the kinds whose entities the section shows: Find and links
	// open those here.
	Lists []app.Kind
	// Keys lists the entities the section's list shows, in order (nil for
	// a section without a list).
	Keys func(ws *app.Workspace) []app.Key
	// Adds are the kinds its Add button creates.
	Adds []app.Kind
	// New builds the section's page, which subscribes itself.
	New func(sec *Section, env *Env, host Host) Page
}
