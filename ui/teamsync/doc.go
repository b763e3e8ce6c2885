// Package teamsync holds the window's parts for working as a team through
// git, ready for the shell to use: the Conflicts page, which shows each
// disputed field side by side (base, mine, theirs) in a person's words and
// settles it by a choice per field, all mine or all theirs, or a value of
// one's own; the Sync button, which shows where the workspace stands
// (unsaved, not committed, to push, to bring in); and the Runner, which
// syncs off the UI goroutine with progress and reports back through
// fyne.Do. The work itself is app/team's; this package only shows it.
//
// Imports: the domain (canopy/app, app/team, app/merge, app/diff) and
// Fyne; never app/store (the window hands it what needs the store, through
// ConflictsEnv.Apply and RunnerEnv) nor another section.
package teamsync
