// Package market is the sidebar's Market section: the competitors
// compared in a sortable table, and the positioning map of us and them on
// two axes the PM names, with the editor of the competitor picked beside
// them. Section describes it to the window.
//
// Imports: the domain (canopy/app), ui/page, ui/form and ui/internal;
// never the window, another section, the editors or the store.
package market
