package team

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// SyncState is where the workspace stands against git: what the window's
// Sync button shows, and what Sync checks before it starts.
type SyncState struct {
	// Branch is the branch checked out; "" when HEAD is detached.
	Branch string
	// Upstream is the branch it syncs with ("origin/main"); Remote its
	// remote ("origin"). Both are "" without an upstream.
	Upstream, Remote string
	// Remotes counts the remotes the repository knows.
	Remotes int
	// Changed lists the workspace's files changed since the last commit,
	// relative to the workspace folder, slash-separated.
	Changed []string
	// Ahead and Behind count the commits to push and to bring in, as of
	// the last fetch.
	Ahead, Behind int
	// Unmerged counts the workspace's files left in conflict by a merge;
	// Merging is set while a merge waits to be committed.
	Unmerged int
	Merging  bool
	// NoCommit is set in a repository without a commit yet.
	NoCommit bool
	// Refusal says why Sync cannot run here (a detached HEAD, a rebase in
	// progress), in a user's words; "" when it can.
	Refusal string
}

// State reads where the workspace in dir stands against git. It fetches
// nothing: Ahead and Behind are as of the last fetch.
func State(ctx context.Context, dir string) (*SyncState, error) {
	r := &runner{dir: dir, timeout: DefaultTimeout}
	return r.state(ctx)
}

func (r *runner) state(ctx context.Context) (*SyncState, error) {
	inside, err := r.run(ctx, "read the repository", "rev-parse", "--is-inside-work-tree")
	if err != nil || strings.TrimSpace(inside) != "true" {
		if errors.Is(err, ErrNoGit) {
			return nil, err
		}
		return nil, fmt.Errorf("%s is not inside a git repository (run git init, or clone the plan, first)", r.dir)
	}
	st := &SyncState{}
	if branch, err := r.run(ctx, "read the branch", "symbolic-ref", "-q", "--short", "HEAD"); err == nil {
		st.Branch = strings.TrimSpace(branch)
	} else {
		st.Refusal = "the repository is on a detached HEAD (no branch checked out): check out a branch first, for example git switch main"
	}
	for _, name := range []string{"rebase-merge", "rebase-apply"} {
		p, err := r.run(ctx, "read the repository", "rev-parse", "--git-path", name)
		if err != nil {
			return nil, err
		}
		p = strings.TrimSpace(p)
		if !filepath.IsAbs(p) {
			p = filepath.Join(r.dir, p)
		}
		if _, err := os.Stat(p); err == nil {
			st.Refusal = "a rebase is in progress in this repository: finish it (git rebase --continue) or abandon it (git rebase --abort) first"
		}
	}
	if _, err := r.run(ctx, "read the repository", "rev-parse", "-q", "--verify", "HEAD"); err != nil {
		st.NoCommit = true
	}
	if _, err := r.run(ctx, "read the repository", "rev-parse", "-q", "--verify", "MERGE_HEAD"); err == nil {
		st.Merging = true
	}
	remotes, err := r.run(ctx, "read the remotes", "remote")
	if err != nil {
		return nil, err
	}
	st.Remotes = len(strings.Fields(remotes))
	if st.Branch != "" && !st.NoCommit {
		if up, err := r.run(ctx, "read the upstream", "rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"); err == nil {
			st.Upstream = strings.TrimSpace(up)
			remote, _ := r.run(ctx, "read the upstream", "config", "--get", "branch."+st.Branch+".remote")
			st.Remote = strings.TrimSpace(remote)
			counts, err := r.run(ctx, "compare with the upstream", "rev-list", "--left-right", "--count", "HEAD...@{upstream}")
			if err != nil {
				return nil, err
			}
			f := strings.Fields(counts)
			if len(f) == 2 {
				st.Ahead, _ = strconv.Atoi(f[0])
				st.Behind, _ = strconv.Atoi(f[1])
			}
		}
	}
	prefix, err := r.run(ctx, "read the repository", "rev-parse", "--show-prefix")
	if err != nil {
		return nil, err
	}
	prefix = strings.TrimSpace(prefix)
	status, err := r.run(ctx, "read what changed", "status", "--porcelain", "-z", "--untracked-files=all", "--", ".")
	if err != nil {
		return nil, err
	}
	recs := strings.Split(strings.TrimSuffix(status, "\x00"), "\x00")
	for i := 0; i < len(recs); i++ {
		rec := recs[i]
		if len(rec) < 4 {
			continue
		}
		code, p := rec[:2], rec[3:]
		if code[0] == 'R' || code[0] == 'C' {
			i++ // the source path follows
		}
		rel := strings.TrimPrefix(p, prefix)
		if strings.HasPrefix(filepath.Base(rel), ".canopy-") {
			continue // a save or a resolve under way
		}
		switch code {
		case "DD", "AU", "UD", "UA", "DU", "AA", "UU":
			st.Unmerged++
		}
		st.Changed = append(st.Changed, rel)
	}
	return st, nil
}

// InSync reports whether there is nothing to commit, push or bring in.
func (s *SyncState) InSync() bool {
	return len(s.Changed) == 0 && s.Ahead == 0 && s.Behind == 0 && s.Unmerged == 0 && !s.Merging
}

// Words says the state in a few words for the Sync button's tooltip and
// the status line: "2 files not committed, 1 to push, 3 to bring in".
// unsaved tells whether the window holds changes not yet saved.
func (s *SyncState) Words(unsaved bool) string {
	var parts []string
	if s.Refusal != "" {
		return "cannot sync: " + s.Refusal
	}
	if s.Unmerged > 0 {
		parts = append(parts, plural(s.Unmerged, "conflict", "conflicts")+" to settle")
	} else if s.Merging {
		parts = append(parts, "a merge to finish")
	}
	if unsaved {
		parts = append(parts, "unsaved changes")
	}
	if n := len(s.Changed) - s.Unmerged; n > 0 {
		parts = append(parts, plural(n, "file", "files")+" not committed")
	}
	if s.Ahead > 0 {
		parts = append(parts, strconv.Itoa(s.Ahead)+" to push")
	}
	if s.Behind > 0 {
		parts = append(parts, strconv.Itoa(s.Behind)+" to bring in")
	}
	if s.Upstream == "" {
		if s.Remotes == 0 {
			parts = append(parts, "no remote")
		} else {
			parts = append(parts, "no upstream branch")
		}
	}
	if len(parts) == 0 {
		return "in sync with " + s.Upstream
	}
	return strings.Join(parts, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
