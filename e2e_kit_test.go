//go:build e2e

package main

import (
	"bytes"
	"image/png"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// needTools fails the test when a program it drives is missing.
func needTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is missing: run `make test`, which installs it", tool)
		}
	}
}

// buildCanopy builds the app into dir and returns its path.
func buildCanopy(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "canopy")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// window is canopy running on a virtual display: its process, what it
// wrote to stderr, and its X window.
type window struct {
	t      *testing.T
	env    []string
	cmd    *exec.Cmd
	done   chan error
	stderr bytes.Buffer
	id     string
}

// startCanopy runs `canopy open dir` on 2026-11-27 in env (which names the
// display) and waits for its window, titled after the sample's product.
// The process is killed when the test ends.
func startCanopy(t *testing.T, bin string, env []string, dir string) *window {
	t.Helper()
	w := &window{t: t, env: env, done: make(chan error, 1)}
	w.cmd = exec.Command(bin, "open", dir, "--today", "2026-11-27")
	w.cmd.Env = env
	w.cmd.Stderr = &w.stderr
	if err := w.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { w.done <- w.cmd.Wait() }()
	t.Cleanup(func() { w.cmd.Process.Kill() })
	w.id = waitFor(t, 60*time.Second, func() (string, bool) {
		out, err := xdotool(env, "search", "--name", "Crewline")
		ids := strings.Fields(out)
		if err != nil || len(ids) == 0 {
			return "", false
		}
		return ids[0], true
	})
	return w
}

// quit presses Ctrl+Q and waits for canopy to end without an error.
func (w *window) quit() {
	w.t.Helper()
	if _, err := xdotool(w.env, "key", "ctrl+q"); err != nil {
		w.t.Fatalf("ctrl+q: %v", err)
	}
	select {
	case err := <-w.done:
		if err != nil {
			w.t.Fatalf("canopy exited with %v\n%s", err, w.stderr.String())
		}
	case <-time.After(20 * time.Second):
		w.t.Fatalf("canopy did not quit on Ctrl+Q\n%s", w.stderr.String())
	}
}

// shoot screenshots what (a window's ID, or "root" for the screen) into
// dir as NAME.png, fails when it looks empty (under 50 colours), copies it
// to CANOPY_SHOT_DIR as e2e-NAME.png when that is set, and returns its path.
// crop, when not empty, is ImageMagick's geometry of the part kept.
func shoot(t *testing.T, env []string, what, crop, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name+".png")
	args := []string{"-window", what}
	if crop != "" {
		args = append(args, "-crop", crop)
	}
	cmd := exec.Command("import", append(args, p)...)
	cmd.Env = env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("screenshot %s: %v\n%s", name, err, out)
	}
	if n := colours(t, p); n < 50 {
		t.Fatalf("the %s screenshot has %d colours: it looks empty", name, n)
	}
	if shots := os.Getenv("CANOPY_SHOT_DIR"); shots != "" {
		data, _ := os.ReadFile(p)
		os.WriteFile(filepath.Join(shots, "e2e-"+name+".png"), data, 0o644)
	}
	return p
}

func xdotool(env []string, args ...string) (string, error) {
	cmd := exec.Command("xdotool", args...)
	cmd.Env = env
	out, err := cmd.Output()
	return string(out), err
}

func waitFor(t *testing.T, limit time.Duration, f func() (string, bool)) string {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if v, ok := f(); ok {
			return v
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatalf("gave up after %v", limit)
	return ""
}

// colours counts the distinct colours of a PNG, sampling every fourth pixel.
func colours(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r, g, bl}] = true
		}
	}
	return len(seen)
}

func files(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(p)
			out[p] = string(data)
		}
		return err
	})
	return out
}
