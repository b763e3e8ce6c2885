// Package team is what two people planning one product need from git and
// synced folders, around the field-level merge of app/merge: setting a
// repository up for the merge driver, finding the conflicts of a
// workspace (from git's index, from markers in files, from sync clients'
// conflicted copies), settling them, and the name decisions are recorded
// under. It runs git as a process and imports no Fyne; the command line
// and the window both call it.
package team
