package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"canopy/app"
	"canopy/app/store"
	"canopy/export/xlsx"
)

// importInsights is `canopy import DIR FILE --insights`: it reads customer
// feedback from a CSV file or a workbook (its Insights sheet, else its
// first) and previews, or with apply adds, the insights it holds. Rows
// imported before are matched and left alone, so a second import of the
// same file adds nothing.
func importInsights(env *Env, file string, r io.Reader, size int64, s *store.Store, ws *app.Workspace, apply, skip bool) error {
	var plan *xlsx.InsightPlan
	var err error
	if strings.EqualFold(filepath.Ext(file), ".csv") {
		plan, err = xlsx.ReadInsightsCSV(r, ws)
	} else {
		plan, err = xlsx.ReadInsights(r, size, ws)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	for _, line := range plan.Lines(ws) {
		fmt.Fprintln(env.Stdout, line)
	}
	if !apply {
		if plan.Invalid > 0 {
			fmt.Fprintf(env.Stderr, "%s: %d invalid row(s); nothing was changed\n", file, plan.Invalid)
			return errFailed
		}
		fmt.Fprintf(env.Stderr, "%s: preview only; nothing was changed (apply with --apply)\n", file)
		return nil
	}
	if plan.Invalid > 0 && !skip {
		fmt.Fprintf(env.Stderr, "%s: %d invalid row(s); nothing was applied (fix them, or add --skip-invalid)\n", file, plan.Invalid)
		return errFailed
	}
	plan.SkipInvalid = skip
	if plan.New == 0 {
		fmt.Fprintln(env.Stderr, "nothing to apply")
		return nil
	}
	if err := ws.Do(plan.Command()); err != nil {
		return fmt.Errorf("import: nothing was applied: %w", err)
	}
	if _, err := s.Save(ws); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	fmt.Fprintf(env.Stderr, "applied: %d new, %d already imported, %d invalid skipped\n", len(plan.Created), plan.Unchanged, plan.Invalid)
	return nil
}
