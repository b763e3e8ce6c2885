// Package dialogs holds the window's dialogs: Find (ShowFind over Search),
// File ▸ Import (a workbook or a CSV file, previewed, applied as one
// undoable edit) and File ▸ Export (the Excel workbook, the strategy brief
// with its options remembered and, while the window compares the plan
// with an earlier version, the section "What changed since …"; the roadmap
// image; the roadmap page in HTML with its options remembered), each
// export written off
// the UI goroutine behind a progress dialog and replaced atomically. The
// window gives them a Host: its window, workspace, folder, Do, and its busy
// flag, so that changes from disk wait while an export reads.
//
// Imports: the domain (canopy/app, app/timeline and its picture), the
// exporters, ui/page, Fyne and (on Windows and macOS) github.com/sqweek/dialog
// for the system's save dialog; never the window, a section, the editors or
// the store.
package dialogs
