// Package conflicts is the dialog of the entities changed both here and on
// disk: each is compared side by side, then kept as mine or taken as
// theirs, through the Resolver (the store) the window gives it. The
// conflicts of a merge (git, markers, a sync client's copies) have a
// section of their own: ui/teamsync's page, registered by the window.
//
// Imports: the domain (canopy/app), ui/page and Fyne; never the window, a
// section, the editors or the store (it gets the store's functions).
package conflicts
