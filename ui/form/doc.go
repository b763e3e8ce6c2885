// Package form holds the input widgets of Canopy's editors. Each is bound
// to a commit function that makes a workspace command: a text field commits
// when it loses focus or Enter is pressed, so that Ctrl+Z undoes whole
// edits, not keystrokes. A refused commit (a rule) reports its error and
// puts the last good value back.
//
// Imports: the domain (canopy/app) and Fyne; nothing else of the window.
package form
