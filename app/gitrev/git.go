package gitrev

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// ErrNoGit is wrapped when the git program cannot be run.
var ErrNoGit = errors.New("the git program is not installed (or not on the PATH)")

// ErrNotRepo is wrapped when the workspace is not inside a git repository.
var ErrNotRepo = errors.New("not inside a git repository")

// ErrUnknownRevision is wrapped when git knows no commit by the name given.
var ErrUnknownRevision = errors.New("unknown revision")

// ErrNoWorkspace is wrapped when the workspace did not exist at the
// revision asked for.
var ErrNoWorkspace = errors.New("the workspace did not exist at that revision")

// repo is the git repository holding a workspace.
type repo struct {
	dir    string // the workspace folder, where git runs
	prefix string // the workspace's path in the repository, "" or ending in "/"
}

// git runs git in r.dir with args and returns its standard output.
func (r *repo) git(args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-c", "core.quotepath=off"}, args...)...)
	cmd.Dir = r.dir
	cmd.Env = append(os.Environ(), "GIT_OPTIONAL_LOCKS=0", "LC_ALL=C")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if errors.Is(err, exec.ErrNotFound) {
			return nil, ErrNoGit
		}
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, &gitError{args: args, msg: msg, err: err}
	}
	return out, nil
}

// gitError is a git command that failed, with what git said.
type gitError struct {
	args []string
	msg  string
	err  error
}

func (e *gitError) Error() string { return "git " + e.args[0] + ": " + e.msg }
func (e *gitError) Unwrap() error { return e.err }

// openRepo finds the repository holding the workspace in dir.
func openRepo(dir string) (*repo, error) {
	r := &repo{dir: dir}
	out, err := r.git("rev-parse", "--show-prefix")
	if err != nil {
		if errors.Is(err, ErrNoGit) {
			return nil, err
		}
		return nil, fmt.Errorf("%s: %w", dir, ErrNotRepo)
	}
	r.prefix = strings.TrimSpace(string(out))
	return r, nil
}

// resolve returns the commit a revision names.
func (r *repo) resolve(rev string) (string, error) {
	if rev == "" || strings.HasPrefix(rev, "-") {
		return "", fmt.Errorf("%w %q", ErrUnknownRevision, rev)
	}
	out, err := r.git("rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil {
		if errors.Is(err, ErrNoGit) {
			return "", err
		}
		return "", fmt.Errorf("%w %q: git knows no commit by that name (try a tag, a branch, HEAD~3, or --since a date)", ErrUnknownRevision, rev)
	}
	return strings.TrimSpace(string(out)), nil
}
