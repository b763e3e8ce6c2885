// Package compare holds the window's parts of compare mode (Roadmap ▸
// "Compare with…"): the Changes panel that lists what changed since an
// earlier version and opens an entity, the chooser of what to compare with
// (a baseline, a recent commit, or a day), and the baselines' list with
// Save and Delete (File ▸ Save baseline…, Settings). The baselines come
// through a Shelf that the window implements with the store; the ghost
// bars at the old places of initiatives are the roadmap's (ui/roadmap),
// from app/timeline's geometry; the changes are app/diff's.
//
// Imports: the domain (canopy/app, app/diff, app/gitrev, app/since) and
// Fyne; never the window, a section or the store.
package compare
