// Package ui is Canopy's window, built with Fyne: the shell (sidebar,
// menus and their shortcuts, the section shown), the sections registry
// (sections.go), the session and its files (open, recent, drop, autosave,
// crash reports, changes from disk), the theme, the header and the summary
// line, the banner, About and the keyboard help, the store's trash and
// baselines handed to the Trash and Settings sections, and the team work
// (teamwork.go: the Sync button and File ▸ Sync from ui/teamsync, the
// Conflicts section while conflicts wait, settled through the store, and
// the offer of git-setup). Each section of the sidebar is a
// package of its own (ui/overview, ui/strategy, ui/market, ui/roadmap,
// ui/releases, ui/backlog, ui/insights, ui/trash, ui/settings) that
// implements page.Page; the dialogs live in
// ui/dialogs and the conflicts with changes on disk in ui/conflicts.
// Compare mode (comparing.go) reads the earlier version off the UI
// goroutine, diffs it after each change and shares it with the pages
// through page.Comparing; its panel, chooser and baselines' list are
// ui/compare's. The window only routes: it
// builds a section's page when first shown, tells the pages which one is
// in sight, and opens an entity in the section that lists it.
//
// The views read the workspace through package app and never write files:
// persisting is the save function of the Session given to Run.
//
// Imports: everything below it — the domain, the store (it alone opens
// workspaces), the exporters, ui/page, ui/edit, ui/form, ui/internal and
// every section.
package ui
