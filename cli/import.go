package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"canopy/app/store"
	"canopy/export/xlsx"
)

func runImport(env *Env, args []string) error {
	fs, today := newFlags("import", "DIR FILE [--apply [--skip-invalid]]",
		"read the Backlog sheet of an Excel file (as written by canopy export, or a Jira or GitHub export; FILE.csv is read as CSV) and print what importing it into the workspace in DIR would do: the new, updated, unchanged and invalid rows; --apply applies it as one undoable edit", env)
	apply := fs.Bool("apply", false, "apply the import when no cell is invalid, and save")
	skip := fs.Bool("skip-invalid", false, "with --apply, apply the valid rows even when some are invalid")
	insights := fs.Bool("insights", false, "read customer feedback (a CSV file, or a workbook's Insights sheet, else its first) into insights instead of backlog items")
	pos, err := parse(fs, args, "a workspace folder", "a file")
	if err != nil {
		return err
	}
	if *skip && !*apply {
		return usageError("import: --skip-invalid goes with --apply")
	}
	d, err := today()
	if err != nil {
		return err
	}
	dir, file := pos[0], pos[1]
	s, ws, report, err := store.Open(dir)
	if err != nil {
		return err
	}
	ws.SetClock(clockFor(d))
	if *apply {
		if len(report.Decode) > 0 {
			return fmt.Errorf("import: %s cannot be edited: %w", dir, ws.ReadOnly())
		}
		// Lock before reading the plan, so that it is made against what
		// is saved.
		if err := s.Lock(ws); err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer s.Close()
	}
	if err := store.HostRules.CheckName(file); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("import: %w", store.HostRules.Describe(file, err))
	}
	defer f.Close()
	size := int64(-1)
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	if *insights {
		return importInsights(env, file, f, size, s, ws, *apply, *skip)
	}
	var plan *xlsx.ImportPlan
	if strings.EqualFold(filepath.Ext(file), ".csv") {
		plan, err = xlsx.ReadBacklogCSV(f, ws)
	} else {
		plan, err = xlsx.ReadBacklog(f, size, ws)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	for _, line := range plan.Lines() {
		termLine(env.Stdout, line)
	}
	if !*apply {
		if plan.Invalid > 0 {
			fmt.Fprintf(env.Stderr, "%s: %d invalid row(s); nothing was changed\n", file, plan.Invalid)
			return errFailed
		}
		fmt.Fprintf(env.Stderr, "%s: preview only; nothing was changed (apply with --apply)\n", file)
		return nil
	}
	if plan.Invalid > 0 && !*skip {
		fmt.Fprintf(env.Stderr, "%s: %d invalid row(s); nothing was applied (fix them, or add --skip-invalid)\n", file, plan.Invalid)
		return errFailed
	}
	plan.SkipInvalid = *skip
	if plan.New+plan.Updated == 0 {
		fmt.Fprintln(env.Stderr, "nothing to apply")
		return nil
	}
	if err := ws.Do(plan.Command()); err != nil {
		return fmt.Errorf("import: nothing was applied: %w", err)
	}
	if _, err := s.Save(ws); err != nil {
		if errors.Is(err, store.ErrNothingSaved) {
			return fmt.Errorf("import: %w; once that is fixed, run the import again: it adds nothing twice", err)
		}
		return fmt.Errorf("import: %w", err)
	}
	for _, line := range plan.Result.Lines(ws) {
		termLine(env.Stdout, line)
	}
	res := plan.Result
	fmt.Fprintf(env.Stderr, "applied: %d new, %d updated, %d refused\n", len(res.Created), len(res.Changed), len(res.Refusals))
	if len(res.Refusals) > 0 {
		return errFailed
	}
	return nil
}
