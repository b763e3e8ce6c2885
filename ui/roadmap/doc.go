// Package roadmap is the product manager's roadmap in the window: the
// timeline of lanes and initiative bars over a zoomable time axis, with
// the undated work in a Now / Next / Later tray beside it, and a Now / Next
// / Later board for audiences who do not want dates. The geometry comes from
// app/timeline; every change made here (a drag, a nudge, a drop on the
// tray) is one workspace command, checked by the domain's rules and undone
// with one Undo. A toggle of its toolbar draws the forecast (P50–P85) as a
// whisker past each active initiative's bar, computed off the UI goroutine.
//
// It is also the sidebar's Roadmap section (Section): the timeline, the
// Now / Next / Later board and the list of lanes, initiatives and
// milestones, with the editor of a bar beside the timeline.
//
// Imports: the domain (canopy/app, app/timeline, app/forecast), ui/page,
// ui/form, ui/forecast and ui/internal; never the window, another section,
// the editors or the store.
package roadmap
