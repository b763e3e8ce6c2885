// Package dialogs holds the window's dialogs that a section or the menus
// open: for now Find (ShowFind, over Search). The export, import, brief and
// roadmap-image dialogs still live in the window, which they reach into
// (its busy flag, its session); they move here next, behind a small host.
//
// Imports: the domain (canopy/app), ui/page and Fyne; never the window, a
// section, the editors or the store.
package dialogs
