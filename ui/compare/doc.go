// Package compare holds the parts of the window's compare mode (Roadmap ▸
// "Compare with…"), ready for the roadmap and the shell to use: the
// Changes panel that lists what changed since an earlier version and opens
// an entity, the ghost bars drawn at the old places of initiatives (with
// the slip: "+3 w"), the chooser of what to compare with (a baseline, a
// recent commit, or a day), and the baselines' list with Save and Delete
// (File ▸ Save baseline…, Settings). The geometry of the ghosts is
// app/timeline's; the changes are app/diff's.
//
// Imports: the domain (canopy/app, app/diff, app/since, app/timeline) and
// Fyne; never the window, a section or the store.
package compare
