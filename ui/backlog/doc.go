// Package backlog is the sidebar's Backlog, the product owner's lens: one
// filter bar (remembered per workspace) over the board (package board), the
// prioritized list, the value/effort matrix and the release capacity
// (package prioritize), and the items beside the item editor. Section
// describes it to the window.
//
// Imports: the domain (canopy/app), ui/page, ui/form, ui/internal and its
// own sub-packages board and prioritize; never the window, another
// section, the editors or the store.
package backlog
