// Package page is what every section of the window shares: the Page
// interface the window routes to, the typed section IDs and the Section
// description a section package registers with the window, Env (the
// workspace, the window, Do and Open) with the Editor contract the editors
// of ui/edit implement, Follow (the one way to hear about changes), Lazy
// (the one way to refresh only what is in sight), the side panel, the
// tabbed section, the master list, the sortable entity table, and the small
// widgets and layouts the pages are made of.
//
// Imports: the domain (canopy/app), Fyne, ui/form and ui/internal; never
// the window, a section, the editors or the store.
package page
