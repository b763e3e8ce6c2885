// Package since reads the earlier version of a plan that a comparison
// names: a git revision, the last commit before a day, or a saved
// baseline. The command line (canopy diff, canopy export) and the window's
// compare mode choose the version the same way and get the same name for
// it.
package since

import (
	"errors"
	"fmt"

	"canopy/app"
	"canopy/app/gitrev"
	"canopy/app/store"
)

// Source names an earlier version of the workspace: at most one field is
// set; none means the last commit (HEAD), what is not committed yet.
type Source struct {
	Rev      string   // a git revision: a tag, a branch, HEAD~3, a commit
	Day      app.Date // the last commit before the day
	Baseline string   // a baseline's name
}

// Check refuses a source with more than one field set.
func (s Source) Check() error {
	n := 0
	for _, set := range []bool{s.Rev != "", !s.Day.IsZero(), s.Baseline != ""} {
		if set {
			n++
		}
	}
	if n > 1 {
		return errors.New("give one of a revision, a day and a baseline")
	}
	return nil
}

// Side is an earlier version, read.
type Side struct {
	// Workspace is read-only; it may share unchanged entities with the
	// current workspace given to Load.
	Workspace *app.Workspace
	// Name says which version it is, for people: "v1 (3f2a1b9,
	// 2026-08-01)", "baseline q3 (saved 2026-09-30)".
	Name string
	// Problems lists the files of the version that could not be read,
	// left out of it.
	Problems []string
}

// Load reads the version src names of the workspace in dir. now, when not
// nil, is the workspace as just read from dir's files: a git revision
// reuses its entities whose files did not change.
func Load(dir string, src Source, now *app.Workspace) (*Side, error) {
	if err := src.Check(); err != nil {
		return nil, err
	}
	switch {
	case src.Baseline != "":
		ws, b, err := store.LoadBaseline(dir, src.Baseline)
		if err != nil {
			return nil, err
		}
		return &Side{Workspace: ws, Name: fmt.Sprintf("baseline %s (saved %s)", b.Name, b.SavedAt.Format("2006-01-02"))}, nil
	case !src.Day.IsZero():
		commit, err := gitrev.Since(dir, src.Day)
		if err != nil {
			return nil, err
		}
		ws, report, rev, err := gitrev.Load(dir, commit, now)
		if err != nil {
			return nil, err
		}
		return &Side{Workspace: ws, Name: fmt.Sprintf("the last commit before %s, %s", src.Day, rev), Problems: report.Lines()}, nil
	}
	rev := src.Rev
	if rev == "" {
		rev = "HEAD"
	}
	ws, report, info, err := gitrev.Load(dir, rev, now)
	if errors.Is(err, gitrev.ErrNotRepo) && src.Rev == "" {
		err = fmt.Errorf("%w: compare with a baseline instead", err)
	}
	if err != nil {
		return nil, err
	}
	return &Side{Workspace: ws, Name: info.String(), Problems: report.Lines()}, nil
}
