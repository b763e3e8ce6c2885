package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestUpgradeBacksUpThenMigratesStepByStep(t *testing.T) {
	p := testPlaces(t)
	dir := newWorkspaceDir(t, p)
	original := snapshot(t, dir)
	now := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	var order []int
	steps := []migration{
		{From: 3, Apply: func(files Files) error {
			order = append(order, 3)
			return rewriteJSON(files, "canopy.json", func(o map[string]any) error { o["schema"] = 4; return nil })
		}},
		{From: 2, Apply: func(files Files) error {
			order = append(order, 2)
			return rewriteJSON(files, "items/*.json", func(o map[string]any) error {
				o["points"] = o["estimate"]
				delete(o, "estimate")
				return nil
			})
		}},
	}
	backup, err := upgrade(dir, p, 4, steps, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(order) != 2 || order[0] != 2 || order[1] != 3 {
		t.Fatalf("steps ran in order %v", order)
	}
	if !strings.HasPrefix(backup, p.BackupDir(FolderKey(dir))) || !strings.HasSuffix(backup, "20261127-100000-schema-2") {
		t.Fatalf("backup in %s", backup)
	}
	saved := snapshot(t, backup)
	for name, f := range original {
		if string(saved[name].data) != string(f.data) {
			t.Errorf("backup of %s differs from the original", name)
		}
	}
	if v, err := SchemaOf(dir); err != nil || v != 4 {
		t.Fatalf("schema after upgrade = %d, %v", v, err)
	}
	item, _ := os.ReadFile(filepath.Join(dir, "items", "item-full.json"))
	if !strings.Contains(string(item), `"points": 5`) || strings.Contains(string(item), `"estimate"`) {
		t.Fatalf("step 1 not applied:\n%s", item)
	}
	// Current workspaces are left alone; a missing step stops with the backup named.
	if b, err := upgrade(dir, p, 4, steps, now); b != "" || err != nil {
		t.Fatalf("upgrade of a current workspace = %q, %v", b, err)
	}
	if _, err := upgrade(dir, p, 5, steps, now.Add(time.Hour)); err == nil || !strings.Contains(err.Error(), "no step known; the backup is in") {
		t.Fatalf("missing step = %v", err)
	}
}

func TestUpgradeOfCurrentSchemaDoesNothing(t *testing.T) {
	p := testPlaces(t)
	dir := newWorkspaceDir(t, p)
	if b, err := Upgrade(dir, p, time.Now()); b != "" || err != nil {
		t.Fatalf("Upgrade = %q, %v", b, err)
	}
	if _, err := os.Stat(p.BackupDir(FolderKey(dir))); !os.IsNotExist(err) {
		t.Fatal("a backup was made of a current workspace")
	}
}
