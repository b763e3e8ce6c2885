package store

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"canopy/app"
)

// TestSchema1GoldenUpgrades runs the schema 1 → 2 step on the golden
// schema-1 workspace: only the manifest's version changes, every other
// byte stays, and the result is what this build writes for the same data.
func TestSchema1GoldenUpgrades(t *testing.T) {
	golden := filepath.Join("testdata", "schema-1")
	files, err := readFiles(golden)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 10 {
		t.Fatalf("the golden schema-1 workspace has %d files", len(files))
	}
	old := map[string][]byte{}
	for k, v := range files {
		old[k] = v
	}
	if !bytes.Contains(old[ManifestFile], []byte(`"schema": 1,`)) {
		t.Fatalf("the golden manifest is not schema 1:\n%s", old[ManifestFile])
	}
	if err := Migrate(files, 1); err != nil {
		t.Fatal(err)
	}
	for name, data := range old {
		want := data
		if name == ManifestFile {
			want = bytes.Replace(data, []byte(`"schema": 1,`), []byte(`"schema": 2,`), 1)
		}
		if !bytes.Equal(files[name], want) {
			t.Errorf("%s after the upgrade:\n%s\nwant:\n%s", name, files[name], want)
		}
	}
	// The upgraded files are canonical: opened and encoded again, each
	// entity gives the same bytes, so the first save writes nothing.
	dir := t.TempDir()
	if err := writeFiles(dir, nil, files); err != nil {
		t.Fatal(err)
	}
	_, ws, report, err := OpenAt(dir, testPlaces(t))
	if err != nil || !report.OK() {
		t.Fatalf("open the upgraded workspace: %v %v", err, report)
	}
	if ps := app.Validate(ws); len(ps) != 0 {
		t.Fatalf("problems: %v", ps)
	}
	keys := []app.Key{app.ProductKey, app.StrategyKey}
	for _, k := range app.Kinds {
		for _, e := range ws.Entities(k) {
			keys = append(keys, app.KeyOf(e))
		}
	}
	for _, k := range keys {
		e, _ := ws.Get(k)
		data, err := Encode(e)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, files[Path(k)]) {
			t.Errorf("%s encodes differently after the upgrade:\n%s", Path(k), data)
		}
	}
}

func TestSetSchemaKeepsOtherKeys(t *testing.T) {
	files := Files{ManifestFile: []byte("{\"x\": [1,2], \"product\": {\"name\": \"A\"}, \"schema\": 1}\n")}
	if err := setSchema(files, 2); err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"schema\": 2,\n  \"product\": {\"name\": \"A\"},\n  \"x\": [1,2]\n}\n"
	if got := string(files[ManifestFile]); got != want {
		t.Fatalf("manifest = %q, want %q", got, want)
	}
	item := Files{"items/item-a.json": []byte("{\"id\": \"item-a\"}\n")}
	if err := setSchema(item, 2); err != nil || string(item["items/item-a.json"]) != "{\"id\": \"item-a\"}\n" {
		t.Fatalf("a set of one entity file: %v, %q", err, item["items/item-a.json"])
	}
	if err := setSchema(Files{ManifestFile: []byte("[1]")}, 2); err == nil || !strings.Contains(err.Error(), ManifestFile) {
		t.Fatalf("a manifest that is no object = %v", err)
	}
}

func TestUpgradeFromSchema1BacksUpWithoutGit(t *testing.T) {
	p := testPlaces(t)
	dir := filepath.Join(t.TempDir(), "ws")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "schema-1"))); err != nil {
		t.Fatal(err)
	}
	gitFile := filepath.Join(dir, ".git", "objects", "pack", "big.pack")
	if err := os.MkdirAll(filepath.Dir(gitFile), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(gitFile, []byte("history"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.git.txt"), []byte("kept"), 0o644); err != nil {
		t.Fatal(err)
	}
	backup, err := Upgrade(dir, p, time.Date(2026, 12, 6, 4, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if v, err := SchemaOf(dir); err != nil || v != 2 {
		t.Fatalf("schema after the upgrade = %d, %v", v, err)
	}
	if v, err := SchemaOf(backup); err != nil || v != 1 {
		t.Fatalf("schema of the backup = %d, %v", v, err)
	}
	if _, err := os.Stat(filepath.Join(backup, ".git")); !os.IsNotExist(err) {
		t.Fatalf("the backup holds .git: %v", err)
	}
	if _, err := os.Stat(filepath.Join(backup, "notes.git.txt")); err != nil {
		t.Fatalf("a file whose name merely contains .git is missing from the backup: %v", err)
	}
	if _, err := os.Stat(filepath.Join(backup, "items", "item-full.json")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(gitFile); err != nil {
		t.Fatal("the upgrade touched .git")
	}
}
