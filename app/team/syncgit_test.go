package team

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// stubGit puts a git of the test's own first on the PATH: a shell script.
func stubGit(t *testing.T, script string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the stub git is a shell script")
	}
	bin := t.TempDir()
	if err := os.WriteFile(filepath.Join(bin, "git"), []byte("#!/bin/sh\n"+script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
}

// TestRunnerNeverPrompts: git runs with prompts off, in the C locale.
func TestRunnerNeverPrompts(t *testing.T) {
	stubGit(t, `echo "$GIT_TERMINAL_PROMPT $LC_ALL $GIT_AUTHOR_NAME"`+"\n")
	r := &runner{dir: t.TempDir(), timeout: time.Minute, env: []string{"GIT_AUTHOR_NAME=Pat"}}
	out, err := r.run(context.Background(), "fetch", "fetch")
	if err != nil || strings.TrimSpace(out) != "0 C Pat" {
		t.Fatalf("run = %q, %v", out, err)
	}
}

// TestRunnerTimeout: a git that does not answer is stopped, and the
// error says so in words.
func TestRunnerTimeout(t *testing.T) {
	stubGit(t, "exec sleep 30\n")
	r := &runner{dir: t.TempDir(), timeout: 200 * time.Millisecond}
	start := time.Now()
	_, err := r.run(context.Background(), "fetch", "fetch")
	var ge *GitError
	if !errors.As(err, &ge) || !ge.TimedOut || !strings.Contains(err.Error(), "fetch: git did not answer in time") {
		t.Fatalf("err = %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("stopped after %v", d)
	}
}

// TestRunnerGitMessage: git's own message is kept behind the plain words.
func TestRunnerGitMessage(t *testing.T) {
	stubGit(t, "echo \"fatal: could not read Username for 'https://example.com': terminal prompts disabled\" >&2\nexit 128\n")
	r := &runner{dir: t.TempDir(), timeout: time.Minute}
	_, err := r.run(context.Background(), "push", "push")
	if err == nil || !strings.HasPrefix(err.Error(), "push: the remote asked for a password") || !strings.Contains(err.Error(), "git said: fatal: could not read Username") {
		t.Fatalf("err = %v", err)
	}
}
