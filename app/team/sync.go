package team

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"canopy/app"
	"canopy/app/diff"
	"canopy/app/gitrev"
	"canopy/app/store"
)

// ErrCannotSync is wrapped when the repository is in a state Sync refuses
// to touch (a detached HEAD, a rebase in progress), or the workspace has
// files that cannot be read.
var ErrCannotSync = errors.New("cannot sync")

// The steps Sync reports to SyncOptions.Progress.
const (
	StepCommit = "Committing"
	StepFetch  = "Fetching"
	StepMerge  = "Merging"
	StepPush   = "Pushing"
)

// SyncOptions tune Sync.
type SyncOptions struct {
	// Message is the commit's message; "" makes one from the plan diff.
	Message string
	// Author is the name the commit is made under (the window's setting);
	// "" leaves git's user.name.
	Author string
	// Driver is how git runs Canopy as the merge driver when Sync sets the
	// repository up; "" asks DriverCommand.
	Driver string
	// Timeout bounds each git command; 0 means DefaultTimeout.
	Timeout time.Duration
	// Progress, when set, is called as each step starts (StepCommit…).
	Progress func(step string)
	// Places are where the saved bases of conflicted copies are kept.
	Places store.Places
	// Workspace, when set, is the workspace as just saved to dir (the
	// window's, with edits paused): the commit message is worked out from
	// it instead of reading every file again. It is only read.
	Workspace *app.Workspace
}

// SyncResult says what Sync did.
type SyncResult struct {
	// Setup lists what setting the repository up for the merge changed.
	Setup []string
	// Commit is the commit made (short hash) and Message its message; ""
	// when there was nothing to commit.
	Commit, Message string
	// Upstream is the branch synced with ("origin/main"); "" without one.
	Upstream string
	// Incoming is what came in with the merge, from the plan diff between
	// the commit before it and after it; nil when nothing came in. From
	// and To name those commits.
	Incoming *diff.Diff
	From, To string
	// Conflicts lists what is left to settle: the merge waits for them.
	Conflicts []FileConflict
	// Pushed is set when the commits went to the upstream; Retried when a
	// rejected push was fetched, merged and pushed again.
	Pushed, Retried bool
	// Reread is set when the workspace's files changed on disk: the
	// window reads the workspace again before it allows edits.
	Reread bool
	// Notes says in plain words what Sync did not do, and why.
	Notes []string
}

// Sync shares the workspace in dir through git: it commits the
// workspace's files only (git commit -- DIR) with a message that says
// what changed, fetches and merges the upstream (git merge, whatever
// pull.rebase says, through Canopy's merge driver, which it sets up when
// needed), then pushes. Without a remote or an upstream it commits only
// and says so. A conflict stops it with the merge in progress and the
// conflicts listed (no error): settle them, then Sync again finishes the
// merge. A failed fetch, merge or push returns git's message in plain
// words and loses nothing: the commits made stay. A rejected push is
// fetched, merged and pushed again once. The caller saves first.
func Sync(ctx context.Context, dir string, opt SyncOptions) (*SyncResult, error) {
	timeout := opt.Timeout
	if timeout == 0 {
		timeout = DefaultTimeout
	}
	r := &runner{dir: dir, timeout: timeout}
	if opt.Author != "" {
		r.env = []string{"GIT_AUTHOR_NAME=" + opt.Author}
	}
	progress := func(step string) {
		if opt.Progress != nil {
			opt.Progress(step)
		}
	}
	st, err := r.state(ctx)
	if err != nil {
		return nil, fmt.Errorf("sync: %w", err)
	}
	if st.Refusal != "" {
		return nil, fmt.Errorf("sync: %w: %s", ErrCannotSync, st.Refusal)
	}
	res := &SyncResult{Upstream: st.Upstream}
	// Conflicts first: nothing is committed or merged over them.
	if fcs, err := Find(dir, opt.Places); err != nil {
		return nil, fmt.Errorf("sync: %w", err)
	} else if len(fcs) > 0 {
		res.Conflicts = fcs
		return res, nil
	}
	if NeedsSetup(dir) {
		drv := opt.Driver
		if drv == "" {
			if drv, err = DriverCommand(); err != nil {
				return nil, fmt.Errorf("sync: %w", err)
			}
		}
		if res.Setup, err = Setup(dir, drv); err != nil {
			return nil, fmt.Errorf("sync: %w", err)
		}
	}
	progress(StepCommit)
	if err := r.commit(ctx, dir, st, opt.Message, opt.Workspace, res); err != nil {
		return res, fmt.Errorf("sync: %w", err)
	}
	if st.Upstream == "" {
		if st.Remotes == 0 {
			res.Notes = append(res.Notes, "no remote: committed here only (add one with git remote add origin URL to share the plan)")
		} else {
			res.Notes = append(res.Notes, fmt.Sprintf("branch %s has no upstream: committed here only (push it once with git push -u REMOTE %s)", st.Branch, st.Branch))
		}
		return res, nil
	}
	for attempt := 0; ; attempt++ {
		progress(StepFetch)
		if err := r.fetchMerge(ctx, dir, st, opt, res); err != nil || len(res.Conflicts) > 0 {
			return res, err
		}
		ahead, err := r.run(ctx, "compare with the upstream", "rev-list", "--count", "@{upstream}..HEAD")
		if err != nil {
			return res, fmt.Errorf("sync: %w", err)
		}
		if strings.TrimSpace(ahead) == "0" {
			return res, nil
		}
		progress(StepPush)
		_, errOut, err := r.run2(ctx, "push", "push", st.Remote, "HEAD:"+upstreamRef(ctx, r, st))
		if err == nil {
			res.Pushed = true
			return res, nil
		}
		if attempt == 0 && rejected(errOut+" "+err.Error()) {
			res.Retried = true // someone pushed in between: bring it in, once
			continue
		}
		return res, fmt.Errorf("sync: %w (your commits are kept here; Sync again later)", err)
	}
}

// upstreamRef returns the ref of the remote branch HEAD's branch tracks.
func upstreamRef(ctx context.Context, r *runner, st *SyncState) string {
	out, err := r.run(ctx, "read the upstream", "config", "--get", "branch."+st.Branch+".merge")
	if err != nil || strings.TrimSpace(out) == "" {
		return "refs/heads/" + st.Branch
	}
	return strings.TrimSpace(out)
}

// rejected reports whether git refused a push because the remote moved on.
func rejected(msg string) bool {
	return strings.Contains(msg, "[rejected]") || strings.Contains(msg, "non-fast-forward") || strings.Contains(msg, "fetch first") || strings.Contains(msg, "[remote rejected]") && strings.Contains(msg, "cannot lock ref")
}

// commit commits the workspace's files, with a message from the plan
// diff unless one is given; a merge whose conflicts were settled is
// committed whole, as git requires.
func (r *runner) commit(ctx context.Context, dir string, st *SyncState, message string, cur *app.Workspace, res *SyncResult) error {
	changed, err := r.run(ctx, "stage the workspace", "status", "--porcelain", "-z", "--untracked-files=all", "--", ".")
	if err != nil {
		return err
	}
	if changed == "" && !st.Merging {
		return nil // nothing to commit: the files are not read
	}
	if cur == nil {
		ws, report, err := store.Load(os.DirFS(dir))
		if err != nil {
			return err
		}
		if len(report.Decode) > 0 {
			return fmt.Errorf("%w: %d file(s) of the workspace cannot be read, and would be shared as they are: %v (canopy validate lists them)", ErrCannotSync, len(report.Decode), report.Decode[0])
		}
		cur = ws
	}
	if _, err := r.run(ctx, "stage the workspace", "add", "-A", "--", "."); err != nil {
		return err
	}
	staged, err := r.run(ctx, "stage the workspace", "diff", "--cached", "--name-status", "-z", "--no-renames", "--", ".")
	if err != nil {
		return err
	}
	if staged == "" && !st.Merging {
		return nil
	}
	if st.Merging {
		if message == "" {
			message = "Merge the plan from " + orWord(st.Upstream, "the other side") + " (conflicts settled)\n"
		}
		if _, err := r.run(ctx, "commit", "commit", "-q", "-m", message); err != nil {
			return err
		}
	} else {
		if message == "" {
			message = r.message(ctx, dir, st, cur, staged)
		}
		if _, err := r.run(ctx, "commit", "commit", "-q", "-m", message, "--", "."); err != nil {
			return err
		}
	}
	hash, err := r.run(ctx, "commit", "rev-parse", "--short", "HEAD")
	if err != nil {
		return err
	}
	res.Commit, res.Message = strings.TrimSpace(hash), message
	return nil
}

// message says what the staged files change, from the plan diff between
// the last commit and cur; entities changed in ways the diff does not
// list are named as edited.
func (r *runner) message(ctx context.Context, dir string, st *SyncState, cur *app.Workspace, staged string) string {
	old := app.NewWorkspace(app.Product{})
	if !st.NoCommit {
		if ws, _, _, err := gitrev.Load(dir, "HEAD", cur); err == nil {
			old = ws
		}
	}
	d := diff.Compare(old, cur)
	listed := map[string]bool{}
	for _, c := range d.Changes {
		listed[c.ID] = true
	}
	prefix, _ := r.run(ctx, "read the repository", "rev-parse", "--show-prefix")
	prefix = strings.TrimSpace(prefix)
	var edits []Edit
	f := strings.Split(strings.TrimSuffix(staged, "\x00"), "\x00")
	for i := 0; i+1 < len(f); i += 2 {
		code, rel := f[i], strings.TrimPrefix(f[i+1], prefix)
		k, err := store.KeyOfPath(rel)
		if err != nil || listed[k.ID] {
			continue
		}
		e := Edit{Kind: k.Kind, What: "edit", Title: rel}
		switch code {
		case "A":
			e.What = "add"
		case "D":
			e.What = "remove"
		}
		if x, ok := cur.Get(k); ok {
			e.Title = x.Label()
		} else if x, ok := old.Get(k); ok {
			e.Title = x.Label()
		}
		edits = append(edits, e)
	}
	return CommitMessage(d, edits)
}

// fetchMerge fetches the upstream and merges what came in, recording it
// in res; conflicts stop it with the merge in progress.
func (r *runner) fetchMerge(ctx context.Context, dir string, st *SyncState, opt SyncOptions, res *SyncResult) error {
	if _, err := r.run(ctx, "fetch", "fetch", "--quiet", st.Remote); err != nil {
		return fmt.Errorf("sync: %w (nothing was lost: your commits are kept here)", err)
	}
	behind, err := r.run(ctx, "compare with the upstream", "rev-list", "--count", "HEAD..@{upstream}")
	if err != nil {
		return fmt.Errorf("sync: %w", err)
	}
	if strings.TrimSpace(behind) == "0" {
		return nil
	}
	before, err := r.run(ctx, "merge", "rev-parse", "HEAD")
	if err != nil {
		return fmt.Errorf("sync: %w", err)
	}
	before = strings.TrimSpace(before)
	if opt.Progress != nil {
		opt.Progress(StepMerge)
	}
	// git merge, not git pull: it never rebases, whatever pull.rebase says.
	_, mergeErr := r.run(ctx, "merge", "merge", "--no-edit", "@{upstream}")
	if mergeErr != nil {
		unmerged, err := r.run(ctx, "merge", "ls-files", "-u", "--", ".")
		if err != nil || unmerged == "" {
			// Nothing was merged (the working tree was in the way), or
			// the conflicts lie outside the workspace.
			if all, _ := r.run(ctx, "merge", "ls-files", "-u"); all != "" {
				return fmt.Errorf("sync: the merge left conflicts in files outside the plan: settle them with git, then Sync again: %w", mergeErr)
			}
			return fmt.Errorf("sync: %w (nothing was lost: your commits are kept here)", mergeErr)
		}
		res.Reread = true
		fcs, err := Find(dir, opt.Places)
		if err != nil {
			return fmt.Errorf("sync: %w", err)
		}
		res.Conflicts = fcs
		return nil
	}
	res.Reread = true
	after, err := r.run(ctx, "merge", "rev-parse", "HEAD")
	if err != nil {
		return fmt.Errorf("sync: %w", err)
	}
	after = strings.TrimSpace(after)
	// The files on disk are the merge's: read them once, and the commit
	// before from git, sharing every entity the merge did not change.
	now, _, err := store.Load(os.DirFS(dir))
	if err != nil {
		return nil // the plan came in; only the words for it are missing
	}
	old, _, fromRev, err := gitrev.Load(dir, before, now)
	if err != nil {
		return nil
	}
	short := after
	if len(short) > 7 {
		short = short[:7]
	}
	res.Incoming, res.From, res.To = diff.Compare(old, now), fromRev.String(), "commit "+short
	return nil
}

func orWord(s, word string) string {
	if s == "" {
		return word
	}
	return s
}
