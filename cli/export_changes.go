package cli

import (
	"bytes"
	"fmt"
	"time"

	"canopy/app"
	"canopy/app/diff"
	"canopy/export/brief"
	"canopy/export/xlsx"
)

// exportChanges compares the workspace with the version the flags name,
// for the brief's "What changed since …" and the workbook's Changes sheet;
// nil when no flag was given.
func exportChanges(env *Env, f compareFlags, dir string, now *app.Workspace) (*brief.Changes, error) {
	if !f.given() {
		return nil, nil
	}
	old, err := f.oldSide(dir, now)
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	for _, p := range old.Problems {
		fmt.Fprintf(env.Stderr, "warning: %s, in %s (left out of the comparison)\n", p, old.Name)
	}
	return &brief.Changes{Since: old.Name, Diff: diff.Compare(old.Workspace, now), Old: old.Workspace}, nil
}

// writeWorkbook writes the workbook on the brief's paper, with its Changes
// sheet when changes is set.
func writeWorkbook(buf *bytes.Buffer, ws *app.Workspace, now time.Time, changes *brief.Changes, paper brief.Paper) ([]string, error) {
	opt := xlsx.WorkbookOptions{Letter: paper == brief.PaperLetter}
	if changes != nil {
		opt.Since, opt.Diff = changes.Since, changes.Diff
	}
	return xlsx.WriteWorkbook(buf, ws, now, opt)
}
