package main

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/cli"
	"canopy/ui"
	"canopy/ui/page"
)

func TestChooseWorkspace(t *testing.T) {
	a := test.NewTempApp(t)
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	clock := app.DayClock(app.MustDate("2026-11-27"))
	p := a.Preferences()

	// First start: the user's copy of the sample is written and chosen.
	dir, err := chooseWorkspace(p, options{}, clock, false)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(data, "canopy", "Sample workspace"); dir != want {
		t.Fatalf("first start chose %q, want %q", dir, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "canopy.json")); err != nil {
		t.Fatalf("sample copy not written: %v", err)
	}
	// An edited copy is reopened as it is, never overwritten.
	marker := filepath.Join(dir, "strategy.json")
	if err := os.WriteFile(marker, []byte("{\"vision\": \"mine\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if again, err := chooseWorkspace(p, options{Sample: true}, clock, false); err != nil || again != dir {
		t.Fatalf("second start = %q, %v", again, err)
	}
	if data, _ := os.ReadFile(marker); string(data) != "{\"vision\": \"mine\"}\n" {
		t.Fatal("the user's copy of the sample was overwritten")
	}
	// The last workspace wins while it exists.
	last := t.TempDir()
	os.WriteFile(filepath.Join(last, "canopy.json"), []byte("{}"), 0o644)
	p.SetString(page.PrefLastWorkspace, last)
	if got, _ := chooseWorkspace(p, options{}, clock, false); got != last {
		t.Fatalf("chose %q, want the last workspace %q", got, last)
	}
	if got, _ := chooseWorkspace(p, options{Sample: true}, clock, false); got != dir {
		t.Fatalf("--sample chose %q", got)
	}
	// After a crash the last workspace is offered, not opened by itself.
	if got, _ := chooseWorkspace(p, options{}, clock, true); got != dir {
		t.Fatalf("after a crash chose %q, want the sample", got)
	}
	if got, _ := chooseWorkspace(p, options{Dir: last}, clock, true); got != last {
		t.Fatalf("after a crash, open DIR chose %q", got)
	}
	if got, _ := chooseWorkspace(p, options{Dir: "x"}, clock, false); got != "x" {
		t.Fatalf("open DIR chose %q", got)
	}
	os.RemoveAll(last)
	if got, _ := chooseWorkspace(p, options{}, clock, false); got != dir {
		t.Fatalf("with the last workspace gone, chose %q", got)
	}
}

// The version has one source: FyneApp.toml, which the Makefile stamps
// into cli.Version; a plain `go build` says it is a development build of
// the same version.
func TestVersionMatchesFyneApp(t *testing.T) {
	data, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]+)"`).FindSubmatch(data)
	if m == nil {
		t.Fatal("FyneApp.toml has no Version")
	}
	if want := string(m[1]) + "-dev"; cli.Version != want {
		t.Fatalf("cli.Version = %q, want %q (FyneApp.toml's, as a development build)", cli.Version, want)
	}
	for _, key := range []string{"Name = \"Canopy\"", "ID = \"" + appID + "\"", "Build = ", "Icon = \"assets/icon/canopy-512.png\""} {
		if !strings.Contains(string(data), key) {
			t.Errorf("FyneApp.toml lacks %s", key)
		}
	}
}

// A panic in a window callback (here a tapped button, under the test
// driver, which calls it on this goroutine as the real one does) ends in
// a crash report that names the time, version, OS, panic, stack and
// workspace, and that the next start finds once.
func TestGuardWritesCrashReport(t *testing.T) {
	test.NewTempApp(t)
	data := t.TempDir()
	btn := widget.NewButton("Crash", func() {
		var items []string
		_ = items[3] // index out of range
	})
	w := test.NewWindow(btn)
	defer w.Close()
	err := guard(data, func() string { return "/plans/orchard" }, func() { test.Tap(btn) })
	if err == nil || !strings.Contains(err.Error(), "index out of range") || !strings.Contains(err.Error(), filepath.Join(data, "crashes")) {
		t.Fatalf("guard = %v", err)
	}
	pending, err := ui.TakePendingCrash(data)
	if err != nil || pending == nil {
		t.Fatalf("pending crash = %v, %v", pending, err)
	}
	if pending.Workspace != "/plans/orchard" || !strings.HasPrefix(pending.Report, filepath.Join(data, "crashes", "crash-")) {
		t.Fatalf("pending = %+v", pending)
	}
	report, err := os.ReadFile(pending.Report)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Canopy closed unexpectedly", "Time:      20", "Version:   " + cli.Version,
		"OS:        " + runtime.GOOS + "/" + runtime.GOARCH, "Workspace: /plans/orchard",
		"Panic:     runtime error: index out of range [3] with length 0", "Stack:\ngoroutine ", "launch_test.go"} {
		if !strings.Contains(string(report), want) {
			t.Errorf("the report lacks %q:\n%s", want, report)
		}
	}
	if again, err := ui.TakePendingCrash(data); again != nil || err != nil {
		t.Fatalf("the crash was offered twice: %v, %v", again, err)
	}
	if err := guard(data, func() string { return "" }, func() {}); err != nil {
		t.Fatalf("a run without a panic: %v", err)
	}
}
