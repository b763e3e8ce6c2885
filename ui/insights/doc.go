// Package insights is the sidebar's Insights section: what customers said,
// in an inbox with the untriaged first, filters (segment, source, persona,
// importance, state, linked or not, text), a capture field at the top,
// bulk triage of the checked insights and linking them to items and
// initiatives found by search; the editor of the insight picked opens
// beside the inbox. Section describes it to the window; Capture is the
// quick capture the window's shortcut opens from anywhere.
//
// Imports: the domain (canopy/app), ui/page and ui/form; never the window,
// another section, the editors or the store.
package insights
