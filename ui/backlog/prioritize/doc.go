// Package prioritize holds the product owner's prioritization views: the
// sortable prioritized list with bulk edit, the value vs effort matrix and
// the release capacity summary.
//
// Imports: the domain (canopy/app), ui/page, ui/form and ui/internal; never
// the window, another section, the editors or the store.
package prioritize
