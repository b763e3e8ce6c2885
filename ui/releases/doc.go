// Package releases is the sidebar's Releases section: each release's
// dates, scope against capacity, Musts share and go-to-market readiness,
// with the launch checklist (overdue tasks marked) and the items it
// delivers, and the release's editor in a dialog. Section describes it to
// the window.
//
// Imports: the domain (canopy/app), ui/page, ui/form and ui/internal;
// never the window, another section, the editors or the store.
package releases
