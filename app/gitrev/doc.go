// Package gitrev reads a past version of a workspace from git, for the
// plan diff: any revision git rev-parse understands (a tag, HEAD~3, a
// branch), or the last commit before a date. It runs the git program:
// one git cat-file --batch process reads every file that changed, and
// files whose bytes are the same as on disk are taken from the workspace
// already open instead of being read and decoded again. It never checks
// anything out, and never writes.
package gitrev
