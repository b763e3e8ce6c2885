//go:build e2e

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"canopy/internal/xvfb"
)

// TestE2EWindow builds canopy, writes the sample, opens it in a real window
// on a virtual display (Xvfb), checks that the window shows, screenshots it,
// retitles an item with the mouse and keyboard and finds it on disk, undoes
// it with Ctrl+Z, makes the window 800×600 and shows every section in it
// (the window must not grow), quits with Ctrl+Q and checks the files are as
// they were.
// Run by `make test` (go test -tags e2e); it needs Xvfb, xdotool and
// ImageMagick's import, which `make test` installs.
func TestE2EWindow(t *testing.T) {
	needTools(t, "Xvfb", "xdotool", "import")
	tmp := t.TempDir()
	bin := buildCanopy(t, tmp)
	ws := filepath.Join(tmp, "ws")
	if out, err := exec.Command(bin, "sample", ws, "--today", "2026-11-27").CombinedOutput(); err != nil {
		t.Fatalf("sample: %v\n%s", err, out)
	}
	before := files(t, ws)

	display := xvfb.Start(t)
	env := append(os.Environ(), "DISPLAY="+display, "HOME="+tmp, "XDG_DATA_HOME="+filepath.Join(tmp, "data"),
		"XDG_CONFIG_HOME="+filepath.Join(tmp, "config"), "LANG=en_US.UTF-8")
	w := startCanopy(t, bin, env, ws)
	win := w.id
	time.Sleep(2 * time.Second) // let the first frames render
	shoot(t, env, "root", "", tmp, "window")

	if _, err := xdotool(env, "windowfocus", "--sync", win); err != nil {
		t.Fatalf("focus: %v", err)
	}

	// Edit as a user: open the backlog, pick the first item, retitle it.
	// Bare Xvfb has no window manager: the window sits at the top left at
	// the size the shell gives it, so these positions are stable.
	step := func(args ...string) {
		t.Helper()
		if out, err := xdotool(env, args...); err != nil {
			t.Fatalf("xdotool %v: %v %s", args, err, out)
		}
		time.Sleep(700 * time.Millisecond)
	}
	// The PM's lens: each page, screenshotted; then a launch task ticked
	// reaches the disk and Ctrl+Z takes it back.
	shot := func(name string) { t.Helper(); shoot(t, env, "root", "", tmp, name) }
	for _, page := range []struct {
		name  string
		click [][2]string
	}{
		{"strategy", [][2]string{{"40", "187"}}},                 // Strategy: the page
		{"goals", [][2]string{{"295", "148"}}},                   // its Goals tab
		{"risks", [][2]string{{"352", "148"}}},                   // its Risks tab
		{"competitors", [][2]string{{"40", "226"}}},              // Market: the table
		{"positioning", [][2]string{{"343", "148"}}},             // its Positioning tab
		{"releases", [][2]string{{"40", "304"}, {"300", "330"}}}, // Releases: the second one
	} {
		for _, c := range page.click {
			step("mousemove", c[0], c[1], "click", "1")
		}
		shot(page.name)
	}
	release := filepath.Join(ws, "releases", "rel-y2wxzvvj.json")
	step("mousemove", "551", "619", "click", "1") // tick its second launch task
	waitFor(t, 20*time.Second, func() (string, bool) {
		data, err := os.ReadFile(release)
		return "", err == nil && strings.Count(string(data), `"done": true`) == strings.Count(before[release], `"done": true`)+1
	})
	shot("releases-ticked")
	step("key", "ctrl+z")
	waitFor(t, 20*time.Second, func() (string, bool) {
		data, err := os.ReadFile(release)
		return "", err == nil && string(data) == before[release]
	})

	// The roadmap: the timeline, a bar dragged three months later reaches
	// the disk and Ctrl+Z takes it back; then the Now / Next / Later board.
	step("mousemove", "40", "265", "click", "1") // Roadmap: the timeline
	shot("roadmap")
	step("mousemove", "560", "446", "mousedown", "1") // "On-my-way texts and live ETA"
	for _, x := range []string{"600", "700", "800", "860"} {
		step("mousemove", x, "448")
	}
	step("mouseup", "1")
	moved := waitFor(t, 20*time.Second, func() (string, bool) {
		for name, data := range files(t, ws) {
			if strings.Contains(name, "initiatives") && data != before[name] {
				return name, true
			}
		}
		return "", false
	})
	shot("roadmap-moved")
	step("key", "ctrl+z")
	waitFor(t, 20*time.Second, func() (string, bool) {
		data, err := os.ReadFile(moved)
		return "", err == nil && string(data) == before[moved]
	})
	step("mousemove", "341", "148", "click", "1") // its Now / Next / Later tab
	shot("horizons")

	step("mousemove", "80", "343", "click", "1") // Backlog: the board
	shot("board")
	step("mousemove", "629", "236", "click", "1") // the Items tab (below the custom fields' filters)
	step("mousemove", "330", "314", "click", "1") // its first item
	step("mousemove", "980", "617", "click", "1") // the Title field
	step("key", "ctrl+a")
	step("type", "Renamed by the end-to-end test")
	step("key", "Return")
	renamed := waitFor(t, 20*time.Second, func() (string, bool) {
		for name, data := range files(t, ws) {
			if strings.Contains(data, `"title": "Renamed by the end-to-end test"`) {
				return name, true
			}
		}
		return "", false
	})
	shot("edited")
	// Ctrl+Z undoes the whole edit, and autosave writes the file back.
	step("key", "ctrl+z")
	waitFor(t, 20*time.Second, func() (string, bool) {
		data, err := os.ReadFile(renamed)
		return "", err == nil && string(data) == before[renamed]
	})

	// A window of 800×600 shows every section without growing.
	smallWindow(t, env, win, tmp)

	w.quit()
	if after := files(t, ws); !reflect.DeepEqual(before, after) {
		t.Fatal("an edit undone, then quitting, left the workspace changed")
	}
}

// sectionNames are the sections that Ctrl+1 … Ctrl+9 show, in order.
var sectionNames = []string{"overview", "strategy", "market", "roadmap", "releases", "backlog", "insights", "trash", "settings"}

// smallWindow makes the window 800×600, shows each section with Ctrl+1 …
// Ctrl+9 and checks that the window is still 800×600 once the section is
// drawn: a section whose content asks for more makes the window grow. Each
// section is screenshotted (e2e-800-NAME.png in CANOPY_SHOT_DIR if set).
func smallWindow(t *testing.T, env []string, win, tmp string) {
	t.Helper()
	resize := func() {
		t.Helper()
		if out, err := xdotool(env, "windowsize", "--sync", win, "800", "600"); err != nil {
			t.Fatalf("resizing the window: %v %s", err, out)
		}
		waitFor(t, 20*time.Second, func() (string, bool) { g := geometry(env, win); return g, g == "800x600" })
	}
	resize()
	prev := pixels(t, env, win)
	for i, name := range sectionNames {
		if out, err := xdotool(env, "key", "ctrl+"+string(rune('1'+i))); err != nil {
			t.Fatalf("ctrl+%d: %v %s", i+1, err, out)
		}
		// Shown once the window changes, drawn once it stops changing.
		waitFor(t, 30*time.Second, func() (string, bool) { return "", !bytes.Equal(pixels(t, env, win), prev) })
		last := pixels(t, env, win)
		waitFor(t, 30*time.Second, func() (string, bool) {
			time.Sleep(300 * time.Millisecond)
			now := pixels(t, env, win)
			same := bytes.Equal(now, last)
			last = now
			return "", same
		})
		// A window that grows does so within a frame or two of the drawing:
		// look a little longer.
		grown := ""
		for end := time.Now().Add(1500 * time.Millisecond); time.Now().Before(end) && grown == ""; time.Sleep(250 * time.Millisecond) {
			if g := geometry(env, win); g != "800x600" {
				grown = g
			}
		}
		shoot(t, env, win, "", tmp, "800-"+name)
		if grown != "" {
			t.Errorf("the %s section made the 800×600 window %s", name, grown)
			resize() // the next section is measured from 800×600 again
		}
		prev = pixels(t, env, win)
	}
}

// geometry is the window's size as xdotool reads it ("800x600"), or "" if
// it cannot be read.
func geometry(env []string, win string) string {
	out, err := xdotool(env, "getwindowgeometry", win)
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "Geometry:" {
			return f[1]
		}
	}
	return ""
}

// pixels are the window's raw RGB pixels: two captures of the same picture
// are equal (a PNG's would differ by its timestamps).
func pixels(t *testing.T, env []string, win string) []byte {
	t.Helper()
	cmd := exec.Command("import", "-window", win, "-depth", "8", "rgb:-")
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("capturing the window: %v", err)
	}
	return out
}
