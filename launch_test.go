package main

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui"
)

func TestChooseWorkspace(t *testing.T) {
	a := test.NewTempApp(t)
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	clock := app.DayClock(app.MustDate("2026-11-27"))
	p := a.Preferences()

	// First start: the user's copy of the sample is written and chosen.
	dir, err := chooseWorkspace(p, options{}, clock)
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
	if again, err := chooseWorkspace(p, options{Sample: true}, clock); err != nil || again != dir {
		t.Fatalf("second start = %q, %v", again, err)
	}
	if data, _ := os.ReadFile(marker); string(data) != "{\"vision\": \"mine\"}\n" {
		t.Fatal("the user's copy of the sample was overwritten")
	}
	// The last workspace wins while it exists.
	last := t.TempDir()
	os.WriteFile(filepath.Join(last, "canopy.json"), []byte("{}"), 0o644)
	p.SetString(ui.PrefLastWorkspace, last)
	if got, _ := chooseWorkspace(p, options{}, clock); got != last {
		t.Fatalf("chose %q, want the last workspace %q", got, last)
	}
	if got, _ := chooseWorkspace(p, options{Sample: true}, clock); got != dir {
		t.Fatalf("--sample chose %q", got)
	}
	if got, _ := chooseWorkspace(p, options{Dir: "x"}, clock); got != "x" {
		t.Fatalf("open DIR chose %q", got)
	}
	os.RemoveAll(last)
	if got, _ := chooseWorkspace(p, options{}, clock); got != dir {
		t.Fatalf("with the last workspace gone, chose %q", got)
	}
}
