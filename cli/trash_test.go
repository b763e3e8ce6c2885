package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"canopy/app"
	"canopy/app/store"
)

// isolate points the user's data and cache folders into the test's own.
func isolate(t *testing.T) {
	t.Helper()
	home := t.TempDir()
	for _, v := range []string{"HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "AppData", "LocalAppData"} {
		t.Setenv(v, filepath.Join(home, v))
	}
}

func TestTrashAndRestoreCommands(t *testing.T) {
	isolate(t)
	dir := sampleDir(t)
	s, ws, _, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	victim := ws.Items()[0]
	if err := ws.Do(app.Delete(app.KeyOf(victim))); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(ws); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "items", victim.ID+".json")
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Fatalf("deleted item's file: %v", err)
	}
	code, stdout, stderr := runCLI(t, "trash", dir)
	if code != 0 || !strings.Contains(stdout, victim.ID) || !strings.Contains(stdout, "item") {
		t.Fatalf("trash: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr = runCLI(t, "restore", dir, victim.ID, "--today", "2026-11-27")
	if code != 0 || !strings.Contains(stdout, "restored item "+victim.ID) {
		t.Fatalf("restore: exit %d\n%s%s", code, stdout, stderr)
	}
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("restored file: %v", err)
	}
	if code, _, stderr = runCLI(t, "trash", dir); code != 0 || !strings.Contains(stderr, "the trash is empty") {
		t.Fatalf("trash after restore: %d %s", code, stderr)
	}
	if code, _, stderr = runCLI(t, "restore", dir, victim.ID); code != 1 || !strings.Contains(stderr, "not in the trash") {
		t.Fatalf("second restore: %d %s", code, stderr)
	}
	if code, _, stderr = runCLI(t, "restore", dir); code != 2 || !strings.Contains(stderr, "want a workspace folder and an ID") {
		t.Fatalf("restore without ID: %d %s", code, stderr)
	}
	if code, stdout, stderr = runCLI(t, "validate", dir); code != 0 {
		t.Fatalf("validate after restore: %s%s", stdout, stderr)
	}
}

func TestRestoreRefusedWhileOpenElsewhere(t *testing.T) {
	isolate(t)
	dir := sampleDir(t)
	s, ws, _, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Lock(ws); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	code, _, stderr := runCLI(t, "restore", dir, "item-whatever")
	if code != 1 || !strings.Contains(stderr, "another Canopy window has this workspace open") {
		t.Fatalf("restore while locked: %d %s", code, stderr)
	}
}
