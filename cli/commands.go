package cli

import (
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"canopy/app"
	"canopy/app/sample"
	"canopy/app/store"
)

func runOpen(env *Env, args []string) error {
	fs, today := newFlags("open", "DIR", "open the workspace in DIR in the desktop window", env)
	pos, err := parse(fs, args, "a workspace folder")
	if err != nil {
		return err
	}
	d, err := today()
	if err != nil {
		return err
	}
	return gui(env, GUIRequest{Dir: pos[0], Today: d})
}

func runSample(env *Env, args []string) error {
	fs, today := newFlags("sample", "DIR [--items N] [--initiatives N]", "write the sample workspace into DIR, which must be missing or empty", env)
	items := fs.Int("items", 0, "add N generated items with about two dependencies each, for trying Canopy at scale")
	initiatives := fs.Int("initiatives", -1, "add N generated initiatives over the two years around today (default: one per five items)")
	seed := fs.Uint64("seed", 1, "seed of the generated items")
	pos, err := parse(fs, args, "a workspace folder")
	if err != nil {
		return err
	}
	if *items < 0 || *items > 1_000_000 {
		return usageError("sample: --items must be from 0 to 1000000, got %d", *items)
	}
	if *initiatives < 0 {
		*initiatives = *items / 5
	}
	if *initiatives > 100_000 {
		return usageError("sample: --initiatives must be from 0 to 100000, got %d", *initiatives)
	}
	d, err := today()
	if err != nil {
		return err
	}
	clock := clockFor(d)
	ws, err := sample.New(app.Today(clock), clock)
	if err != nil {
		return fmt.Errorf("sample: %w", err)
	}
	if err := sample.GenerateRoadmap(ws, *initiatives, *seed); err != nil {
		return fmt.Errorf("sample: %w", err)
	}
	if *items > 0 {
		if err := sample.Generate(ws, *items, *seed); err != nil {
			return fmt.Errorf("sample: %w", err)
		}
	}
	if _, err := store.Create(pos[0], ws); err != nil {
		return fmt.Errorf("sample: %w", err)
	}
	fmt.Fprintf(env.Stdout, "wrote the sample workspace %q to %s (%d items, %d initiatives)\n", ws.Product().Name, pos[0], ws.Count(app.KindItem), ws.Count(app.KindInitiative))
	return nil
}

// open reads a workspace for a headless command; it never writes.
func open(dir string, today app.Date) (*app.Workspace, *store.Report, error) {
	_, ws, report, err := store.Open(dir)
	if err != nil {
		return nil, nil, err
	}
	ws.SetClock(clockFor(today))
	return ws, report, nil
}

func runValidate(env *Env, args []string) error {
	fs, today := newFlags("validate", "DIR", "list every problem of the workspace in DIR, one a line, and exit 0 only when there is none", env)
	pos, err := parse(fs, args, "a workspace folder")
	if err != nil {
		return err
	}
	d, err := today()
	if err != nil {
		return err
	}
	ws, report, err := open(pos[0], d)
	if err != nil {
		termLine(env.Stderr, err.Error()) // an error, not a finding: stderr
		for _, line := range conflictLines(pos[0]) {
			termLine(env.Stderr, line)
		}
		return errFailed
	}
	lines := append(report.Lines(), conflictLines(pos[0])...)
	for _, line := range lines {
		termLine(env.Stdout, line)
	}
	for _, w := range app.Warnings(ws) {
		termLine(env.Stdout, fmt.Sprintf("warning: %s", w))
	}
	if len(lines) > 0 {
		fmt.Fprintf(env.Stderr, "%s: %d problem(s)\n", pos[0], len(lines))
		return errFailed
	}
	fmt.Fprintf(env.Stderr, "%s: no problems (%d items, %d initiatives, %d releases)\n", pos[0],
		ws.Count(app.KindItem), ws.Count(app.KindInitiative), ws.Count(app.KindRelease))
	return nil
}

func runNext(env *Env, args []string) error {
	fs, today := newFlags("next", "DIR [--model rice|wsjf|ice|value-effort|formula] [--limit N]", "list the New and Ready items in the order to work on them: highest score first, never before what they depend on", env)
	modelFlag := fs.String("model", "", "scoring model (default: the workspace's)")
	limit := fs.Int("limit", 20, "show at most N items (0: all)")
	pos, err := parse(fs, args, "a workspace folder")
	if err != nil {
		return err
	}
	if *limit < 0 {
		return usageError("next: --limit must be 0 or more, got %d", *limit)
	}
	d, err := today()
	if err != nil {
		return err
	}
	ws, _, err := open(pos[0], d)
	if err != nil {
		return err
	}
	model := ws.Product().ScoringModel
	if *modelFlag != "" {
		if model, err = app.ParseModel(*modelFlag); err != nil {
			return usageError("next: --model: %v", err)
		}
	}
	if model == app.ModelFormula {
		if _, err := ws.Formula(); err != nil {
			return fmt.Errorf("next: the product's %w", err)
		}
	}
	// A cycle still ranks everything around it, its members flagged as
	// blocked: the list is printed, then the cycle as the error.
	entries, rankErr := app.Next(ws, model)
	if rankErr != nil && !errors.As(rankErr, new(*app.CycleError)) {
		return rankErr
	}
	if *limit > 0 && len(entries) > *limit {
		entries = entries[:*limit]
	}
	evidence := ws.Evidence()
	tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "#\tID\t%s\tSTATUS\tEST\t%s\tTITLE\tBLOCKED BY\n", strings.ToUpper(model.Title()), evidenceHeader)
	for i, e := range entries {
		est := "—"
		if e.Item.Estimate > 0 {
			est = fmt.Sprintf("%g", e.Item.Estimate)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", i+1, term(e.Item.ID), app.FormatScore(e.Score, e.Scored),
			term(string(e.Item.Status.Title())), est, evidenceCells(evidence.Item(e.Item.ID)), term(oneLine(e.Item.Title, 60)), term(blockers(ws, e.BlockedBy)))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return rankErr
}

// blockers describes unsatisfied dependencies: "item-x (In progress)".
func blockers(ws *app.Workspace, ids []string) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		if it, ok := ws.Item(id); ok {
			parts[i] = fmt.Sprintf("%s (%s)", id, it.Status.Title())
		} else {
			parts[i] = id + " (missing)"
		}
	}
	return strings.Join(parts, ", ")
}

// oneLine flattens s to one line of at most n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
