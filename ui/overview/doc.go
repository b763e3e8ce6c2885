// Package overview is the sidebar's Overview: the strategy at a glance
// (vision, customers, positioning, north star), the goals with their key
// results, and the what-next list that ranks the backlog, never before what
// an item depends on. The window puts its header above and its summary
// line below. Section describes it to the window.
//
// Imports: the domain (canopy/app), ui/page, ui/form and ui/internal;
// never the window, another section, the editors or the store.
package overview
