// Package releases is the sidebar's Releases section: each release's
// dates, scope against capacity, Musts share and go-to-market readiness,
// with the launch checklist (overdue tasks marked) and the items it
// delivers, and the release's editor in a dialog; each release's forecast
// (when it will likely ship, and the chance of making its date) with the
// team's throughput of the past weeks, computed off the UI goroutine.
// Section describes it to the window.
//
// Imports: the domain (canopy/app, app/forecast), ui/page, ui/form,
// ui/forecast and ui/internal; never the window, another section, the
// editors or the store.
package releases
