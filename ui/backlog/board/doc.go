// Package board is the product owner's board: one column per status, the
// backlog items as cards in rank order, moved by dragging or by the
// keyboard and menu twins of a drag. Every move is a workspace command, so
// the domain's rules refuse a forbidden one and undo takes it back.
//
// Imports: the domain (canopy/app), ui/page, ui/form and ui/internal; never
// the window, another section, the editors or the store.
package board
