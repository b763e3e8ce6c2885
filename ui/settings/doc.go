// Package settings is the sidebar's Settings section: the product's editor,
// this machine's settings (your name, auto-sync, kept as preferences), the
// product's custom fields, and the tabs the window adds for what only it
// reaches (the baselines, files of the store). Section describes it to
// the window.
//
// Imports: the domain (canopy/app, canopy/app/team for the author's
// default name), ui/page and ui/form; never the window, another section,
// the editors or the store.
package settings
