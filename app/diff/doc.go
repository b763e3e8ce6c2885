// Package diff compares two versions of a plan and lists the changes a
// product manager reads at a review: initiatives rescheduled or moved,
// milestones and releases that slipped, scope added to and dropped from
// releases, backlog items added, removed or moved through the board, moves
// in the top of what next, key results that moved, and the parts of the
// strategy that were rewritten. Each change names its entity by title,
// with the value before and after.
//
// The package does not care where the two sides come from: a git revision
// (package canopy/app/gitrev), a saved baseline (canopy/app/store) or the
// state before and after a pull are all two *app.Workspace.
package diff
