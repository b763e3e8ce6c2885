// Package gittest gives the tests that run the git program a git of their
// own: a home without the developer's configuration, a known author and
// branch, and a runner that fails the test with git's own words.
//
// Imports: the standard library only; tests of any package may use it.
package gittest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Isolate points HOME, the XDG and Windows data folders and git's global
// configuration into a folder of the test's own, with user.name "Test",
// user.email test@example.com, init.defaultBranch main and pull.rebase
// false, and no system configuration; it returns that home. A machine
// without git fails the test: `make test` installs it.
func Isolate(t testing.TB) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatal("git is needed by this test (scripts/deps.sh test installs it)")
	}
	home := t.TempDir()
	for _, v := range []string{"HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "AppData", "LocalAppData"} {
		t.Setenv(v, filepath.Join(home, v))
	}
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_CONFIG_GLOBAL", filepath.Join(home, "gitconfig"))
	t.Setenv("LANG", "en_US.UTF-8")
	for _, kv := range [][2]string{{"user.name", "Test"}, {"user.email", "test@example.com"}, {"init.defaultBranch", "main"}, {"pull.rebase", "false"}} {
		Run(t, home, "config", "--global", kv[0], kv[1])
	}
	return home
}

// Run runs git in dir and returns its output; an error fails the test.
func Run(t testing.TB, dir string, args ...string) string {
	t.Helper()
	return RunAt(t, dir, "", args...)
}

// RunAt is Run with the author's and committer's date set to date (an
// RFC 3339 time) when it is not empty.
func RunAt(t testing.TB, dir, date string, args ...string) string {
	t.Helper()
	out, err := Try(dir, date, args...)
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// Try runs git in dir, dated as RunAt, and returns its output and error.
func Try(dir, date string, args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if date != "" {
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
	}
	out, err := cmd.CombinedOutput()
	return string(out), err
}
