// Package trash is the sidebar's Trash section: the entities deleted from
// the workspace, latest first, each with Restore. The window gives it the
// store's trash as a Bin; Section describes it to the window.
//
// Imports: the domain (canopy/app) and ui/page; never the window, another
// section, the editors or the store.
package trash
