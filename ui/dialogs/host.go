package dialogs

import (
	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/ui/page"
)

// Host is what the dialogs need from the window around them.
type Host struct {
	// App gives the preferences and opens files in the system's viewer.
	App fyne.App
	// Win hosts the dialogs.
	Win fyne.Window
	// WS is the workspace shown; Dir its folder ("" when it has none).
	WS  *app.Workspace
	Dir string
	// Do runs a command and shows a refusal.
	Do func(app.Command) error
	// Busy tells the window that an export or an import reads the
	// workspace (true) or is done (false): changes from disk wait for it.
	Busy func(on bool)
	// Go runs f off the UI goroutine, so that a panic there still reaches
	// the window's crash report.
	Go func(f func())
	// Files are the operating system's rules for the files an export
	// writes and an import reads (the store's, given by the window).
	Files FileRules
	// Compare is the comparison the window shows, if any: the brief can
	// say what changed since (nil in tests without one).
	Compare *page.Comparing
}

// FileRules checks a file's name before it is touched and says what went
// wrong with it in the user's words.
type FileRules interface {
	// CheckName refuses a name the system cannot hold (a device name).
	CheckName(path string) error
	// Describe turns an error about path into words, or returns nil.
	Describe(path string, err error) error
}
