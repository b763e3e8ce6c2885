// Package strategy is the sidebar's Strategy section: the strategy read as
// a page and edited in place (vision, customers, personas, positioning),
// the goals traced to the work, and the risk register, in tabs, with the
// editor of what the PM opens beside them. Section describes it to the
// window.
//
// Imports: the domain (canopy/app), ui/page, ui/form and ui/internal;
// never the window, another section, the editors or the store.
package strategy
