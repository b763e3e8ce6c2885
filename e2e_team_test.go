//go:build e2e

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"canopy/internal/xvfb"
)

// TestE2ESyncConflicts builds canopy, makes a remote and two clones of the
// sample set up for the field-level merge, and has the PM sync a new title
// for an item from the command line. The PO, who retitled the same item,
// opens the workspace in a real window on a virtual display and presses
// Sync: the merge stops on the title, the window shows the Conflicts
// section (screenshotted), "All theirs, everywhere" and Apply settle it,
// and git has nothing left unmerged. Run by `make test` (go test -tags
// e2e); it needs git, Xvfb, xdotool and ImageMagick's import.
func TestE2ESyncConflicts(t *testing.T) {
	needTools(t, "git", "Xvfb", "xdotool", "import")
	tmp := t.TempDir()
	bin := buildCanopy(t, tmp)
	home := filepath.Join(tmp, "home")
	if err := os.MkdirAll(home, 0o755); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "HOME="+home, "XDG_DATA_HOME="+filepath.Join(home, "data"),
		"XDG_CONFIG_HOME="+filepath.Join(home, "config"), "XDG_CACHE_HOME="+filepath.Join(home, "cache"),
		"GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+filepath.Join(home, "gitconfig"), "LANG=en_US.UTF-8")
	run := func(dir string, name string, args ...string) (string, error) {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	must := func(dir string, name string, args ...string) string {
		t.Helper()
		out, err := run(dir, name, args...)
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
		}
		return out
	}
	for _, kv := range [][2]string{{"user.name", "Pat"}, {"user.email", "pat@example.com"}, {"init.defaultBranch", "main"}} {
		must(tmp, "git", "config", "--global", kv[0], kv[1])
	}
	must(tmp, "git", "init", "-q", "--bare", "origin.git")
	must(tmp, "git", "clone", "-q", "origin.git", "pm")
	must(tmp, bin, "sample", "pm/plan", "--today", "2026-11-27")
	must(tmp, bin, "git-setup", "pm/plan")
	must(filepath.Join(tmp, "pm"), "git", "add", "-A")
	must(filepath.Join(tmp, "pm"), "git", "commit", "-qm", "the plan")
	must(filepath.Join(tmp, "pm"), "git", "push", "-q", "-u", "origin", "main")
	must(tmp, "git", "clone", "-q", "origin.git", "po")
	must(tmp, bin, "git-setup", "po/plan")

	entries, err := os.ReadDir(filepath.Join(tmp, "pm", "plan", "items"))
	if err != nil || len(entries) == 0 {
		t.Fatalf("items: %v", err)
	}
	rel := filepath.Join("plan", "items", entries[0].Name())
	title := regexp.MustCompile(`(?m)^  "title": ".*",$`)
	retitle := func(clone, to string) {
		t.Helper()
		file := filepath.Join(tmp, clone, rel)
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !title.Match(data) {
			t.Fatalf("no title line in %s", file)
		}
		if err := os.WriteFile(file, title.ReplaceAll(data, []byte(`  "title": "`+to+`",`)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	retitle("pm", "The PM's title")
	must(tmp, bin, "sync", "pm/plan")
	retitle("po", "The PO's title")

	display := xvfb.Start(t)
	env = append(env, "DISPLAY="+display)
	w := startCanopy(t, bin, env, filepath.Join(tmp, "po", "plan"))
	win := w.id
	time.Sleep(3 * time.Second) // the first frames, and the Sync button's state
	if _, err := xdotool(env, "windowfocus", "--sync", win); err != nil {
		t.Fatalf("focus: %v", err)
	}
	// Bare Xvfb has no window manager: the window sits at the top left at
	// its default size (1280×820), the Sync button at the header's right.
	click := func(x, y int) {
		t.Helper()
		if out, err := xdotool(env, "mousemove", fmt.Sprint(x), fmt.Sprint(y), "click", "1"); err != nil {
			t.Fatalf("click %d,%d: %v %s", x, y, err, out)
		}
		time.Sleep(700 * time.Millisecond)
	}
	click(1250, 53)
	po := filepath.Join(tmp, "po")
	waitFor(t, 60*time.Second, func() (string, bool) {
		out, err := run(po, "git", "ls-files", "-u")
		return "", err == nil && out != ""
	})
	time.Sleep(2 * time.Second) // the Conflicts section
	shoot(t, env, "root", "1280x820+0+0", tmp, "conflicts")

	// The section's buttons sit at its bottom, over the summary line.
	click(440, 754) // All theirs, everywhere
	click(561, 754) // Apply
	waitFor(t, 30*time.Second, func() (string, bool) {
		out, err := run(po, "git", "ls-files", "-u")
		data, _ := os.ReadFile(filepath.Join(po, rel))
		return "", err == nil && out == "" && strings.Contains(string(data), `"title": "The PM's title",`) && !strings.Contains(string(data), "<<<<<<<")
	})

	w.quit()
}
