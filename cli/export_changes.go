package cli

import (
	"bytes"
	"fmt"
	"time"

	"canopy/app"
	"canopy/app/diff"
	"canopy/export"
)

// exportChanges compares the workspace with the version the flags name,
// for the brief's "What changed since …" and the workbook's Changes sheet;
// nil when no flag was given.
func exportChanges(env *Env, f compareFlags, dir string, now *app.Workspace) (*export.Changes, error) {
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
	return &export.Changes{Since: old.Name, Diff: diff.Compare(old.Workspace, now), Old: old.Workspace}, nil
}

// writeWorkbook writes the workbook on paper, with its Changes sheet when
// changes is set.
func writeWorkbook(buf *bytes.Buffer, ws *app.Workspace, now time.Time, changes *export.Changes, paper export.Paper) ([]string, error) {
	opt := export.WorkbookOptions{Paper: paper}
	if changes != nil {
		opt.Since, opt.Diff = changes.Since, changes.Diff
	}
	return export.WriteWorkbook(buf, ws, now, opt)
}
