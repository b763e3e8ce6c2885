package export

import (
	"canopy/app"
	"canopy/app/diff"
)

// Changes is what changed in the plan since an earlier version, for the
// workbook's Changes sheet and the brief's "What changed since …" section.
type Changes struct {
	// Since names the earlier version: "v1 (3f2a1b9, 2026-08-01)",
	// "baseline q3 (saved 2026-09-30)".
	Since string
	Diff  *diff.Diff
	// Old is the earlier version itself: when set, the brief's roadmap
	// draws ghost bars where the initiatives were.
	Old *app.Workspace
}
