// Package merge is Canopy's field-level three-way merge of workspace files:
// the git merge driver behind `canopy merge-file`, the merge of a sync
// client's conflicted copy, and the source of what `canopy conflicts`
// lists and `canopy resolve` settles.
//
// Each file is merged per field, by the kind of field: a value changed on
// one side takes that side; a set (tags, goals, dependsOn…) takes the
// additions of both minus what either removed; an ordered list keeps its
// order, insertions placed after their predecessor in the base; a list of
// records without IDs (criteria, key results, launch tasks) is aligned with
// the base by a longest common subsequence of its text and merged field by
// field; an item's history is append-only. Every rule is symmetric. A field
// given two different values is a Conflict: the file then holds diff3-style
// markers around that field's lines only. The package imports no Fyne and
// runs no process: an input it cannot merge field-wise (a key this build
// does not know, a newer schema, not a Canopy file) returns ErrFallback and
// the caller falls back to a line merge.
package merge
