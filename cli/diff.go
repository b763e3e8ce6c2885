package cli

import (
	"errors"
	"flag"
	"fmt"

	"canopy/app"
	"canopy/app/diff"
	"canopy/app/gitrev"
	"canopy/app/since"
)

// troubleError is an error of a command whose exit statuses 0 and 1 mean
// answers (diff: nothing changed, something did): it exits with 2.
type troubleError struct{ err error }

func (e *troubleError) Error() string { return e.err.Error() }
func (e *troubleError) Unwrap() error { return e.err }

// compareFlags are the flags that choose the old side of a comparison:
// --rev, --since or --baseline.
type compareFlags struct {
	rev, since, baseline *string
}

// addCompareFlags adds --rev, --since and --baseline to fs; what says what
// the old side is for ("compare with", "list the changes since").
func addCompareFlags(fs *flag.FlagSet, what string) compareFlags {
	return compareFlags{
		rev:      fs.String("rev", "", what+" a git revision: a tag, a branch, HEAD~3, a commit"),
		since:    fs.String("since", "", what+" the last commit before the day (YYYY-MM-DD)"),
		baseline: fs.String("baseline", "", what+" the baseline NAME saved with canopy baseline"),
	}
}

// given reports whether one of the flags was set.
func (f compareFlags) given() bool { return *f.rev != "" || *f.since != "" || *f.baseline != "" }

// check refuses more than one of the flags.
func (f compareFlags) check(cmd string) error {
	n := 0
	for _, v := range []string{*f.rev, *f.since, *f.baseline} {
		if v != "" {
			n++
		}
	}
	if n > 1 {
		return usageError("%s: give one of --rev, --since and --baseline", cmd)
	}
	if *f.since != "" {
		if _, err := app.ParseDate(*f.since); err != nil {
			return usageError("%s: --since: %v", cmd, err)
		}
	}
	return nil
}

// oldSide reads the old side of a comparison of the workspace in dir, now
// being its files as just read; without a flag it is the last commit
// (HEAD): what is not committed yet.
func (f compareFlags) oldSide(dir string, now *app.Workspace) (*since.Side, error) {
	src := since.Source{Rev: *f.rev, Baseline: *f.baseline}
	if *f.since != "" {
		src.Day, _ = app.ParseDate(*f.since) // checked by check
	}
	side, err := since.Load(dir, src, now)
	if errors.Is(err, gitrev.ErrNotRepo) && !f.given() {
		err = fmt.Errorf("%w (--baseline NAME)", err)
	}
	return side, err
}

// currentSide is the name of the files on disk in a comparison.
const currentSide = "the files on disk"

func runDiff(env *Env, args []string) error {
	fs, today := newFlags("diff", "DIR [--rev REV | --since YYYY-MM-DD | --baseline NAME] [--json]",
		"list what changed in the plan since a git revision (by default HEAD: what is not committed yet), the last commit before a day, or a baseline; exit 0 when nothing changed, 1 when something did, 2 on an error", env)
	from := addCompareFlags(fs, "compare with")
	asJSON := fs.Bool("json", false, "print the changes as JSON: {from, to, changes: [{kind, entity, id, title, field, old, new}]}")
	pos, err := parse(fs, args, "a workspace folder")
	if err != nil {
		return err
	}
	if err := from.check("diff"); err != nil {
		return err
	}
	d, err := today()
	if err != nil {
		return err
	}
	now, report, err := open(pos[0], d)
	if err != nil {
		return &troubleError{err}
	}
	for _, e := range report.Decode {
		fmt.Fprintf(env.Stderr, "warning: %v (left out of the comparison)\n", e)
	}
	old, err := from.oldSide(pos[0], now)
	if err != nil {
		return &troubleError{err}
	}
	for _, p := range old.Problems {
		fmt.Fprintf(env.Stderr, "warning: %s, in %s (left out of the comparison)\n", p, old.Name)
	}
	label := old.Name
	changes := diff.Compare(old.Workspace, now)
	if *asJSON {
		err = diff.WriteJSON(env.Stdout, changes, label, currentSide)
	} else {
		err = diff.WriteText(env.Stdout, changes, label, currentSide)
	}
	if err != nil {
		return &troubleError{err}
	}
	if !changes.Empty() {
		return errFailed
	}
	return nil
}
