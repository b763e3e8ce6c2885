package team

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"
)

// DefaultTimeout bounds each git command Sync runs that talks to a remote.
const DefaultTimeout = 2 * time.Minute

// InstallGit says how to install git on this machine's system.
func InstallGit() string { return installGit(runtime.GOOS) }

func installGit(goos string) string {
	switch goos {
	case "windows":
		return "install Git for Windows from https://git-scm.com/download/win (or run: winget install Git.Git), then start Canopy again"
	case "darwin":
		return "install git with the command line tools (run: xcode-select --install) or from https://git-scm.com/download/mac, then start Canopy again"
	}
	return "install git with your system's package manager (for example: sudo apt install git, sudo dnf install git), then start Canopy again"
}

// GitError is a git command that failed, with git's own message.
type GitError struct {
	// Step says what Sync was doing in a user's words: "fetch", "push".
	Step string
	// Message is what git printed, trimmed.
	Message string
	// TimedOut is set when git was stopped after the timeout.
	TimedOut bool
	Err      error
}

func (e *GitError) Error() string {
	if e.TimedOut {
		return fmt.Sprintf("%s: git did not answer in time (is the remote reachable?)", e.Step)
	}
	return fmt.Sprintf("%s: %s", e.Step, plainGit(e.Message))
}

func (e *GitError) Unwrap() error { return e.Err }

// plainGit turns git's messages that people meet when syncing into plain
// words, keeping git's own text after them.
func plainGit(msg string) string {
	lower := strings.ToLower(msg)
	hint := ""
	switch {
	case strings.Contains(lower, "could not read username") || strings.Contains(lower, "terminal prompts disabled") || strings.Contains(lower, "authentication failed"):
		hint = "the remote asked for a password: set up a credential helper or an SSH key for it (Canopy never asks for passwords)"
	case strings.Contains(lower, "permission denied (publickey)") || strings.Contains(lower, "host key verification failed"):
		hint = "the remote refused this machine's SSH key: add the key to your account, or load it into your SSH agent"
	case strings.Contains(lower, "does not appear to be a git repository") || strings.Contains(lower, "repository not found") || strings.Contains(lower, "does not exist"):
		hint = "the remote repository is not there: check its address (git remote -v)"
	case strings.Contains(lower, "could not resolve host") || strings.Contains(lower, "unable to access") || strings.Contains(lower, "connection refused") || strings.Contains(lower, "network is unreachable"):
		hint = "the remote cannot be reached: check the network"
	case strings.Contains(lower, "please tell me who you are") || strings.Contains(lower, "author identity unknown"):
		hint = "git does not know your email: run git config --global user.email you@example.com"
	case strings.Contains(lower, "would be overwritten by merge"):
		hint = "files outside the plan have uncommitted changes that the merge would overwrite: commit or stash them first"
	}
	msg = strings.Join(strings.Fields(strings.ReplaceAll(msg, "\n", " ")), " ")
	if hint == "" {
		return msg
	}
	if msg == "" {
		return hint
	}
	return hint + " (git said: " + msg + ")"
}

// runner runs git for Sync: never prompting, in the C locale so its
// messages can be read, each command bounded by a timeout.
type runner struct {
	dir     string
	timeout time.Duration
	env     []string // extra variables (the author's name)
}

// run runs git with args for step and returns its standard output.
func (r *runner) run(ctx context.Context, step string, args ...string) (string, error) {
	out, _, err := r.run2(ctx, step, args...)
	return out, err
}

// run2 is run that also returns what git wrote on its standard error.
func (r *runner) run2(ctx context.Context, step string, args ...string) (string, string, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return "", "", fmt.Errorf("%w: %s", ErrNoGit, InstallGit())
	}
	if r.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, r.timeout)
		defer cancel()
	}
	cmd := exec.CommandContext(ctx, "git", append([]string{"-c", "core.quotepath=off"}, args...)...)
	cmd.Dir = r.dir
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "GIT_OPTIONAL_LOCKS=0", "LC_ALL=C", "LANGUAGE=C", "GIT_MERGE_AUTOEDIT=no")
	cmd.Env = append(cmd.Env, r.env...)
	cmd.WaitDelay = 5 * time.Second
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if err != nil {
		ge := &GitError{Step: step, Message: strings.TrimSpace(errb.String()), Err: err}
		if ge.Message == "" {
			ge.Message = strings.TrimSpace(out.String())
		}
		if ctx.Err() != nil {
			ge.TimedOut = errors.Is(ctx.Err(), context.DeadlineExceeded)
			if !ge.TimedOut {
				ge.Err = ctx.Err()
				ge.Message = "stopped"
			}
		}
		return out.String(), errb.String(), ge
	}
	return out.String(), errb.String(), nil
}
