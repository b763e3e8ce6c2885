package store

import (
	"os"
	"path/filepath"
	"testing"

	"canopy/app"
)

// TestUnknownFolderIsHarmless pins what lets a build that predates a kind
// (insights/ before issue 20) open a workspace written by a newer one: a
// folder of a kind it does not know is neither read, reported nor
// removed, and a save leaves its files as they were.
func TestUnknownFolderIsHarmless(t *testing.T) {
	dir := t.TempDir()
	if _, err := Create(dir, fullWorkspace(t)); err != nil {
		t.Fatal(err)
	}
	future := filepath.Join(dir, "feedback-from-the-future")
	if err := os.MkdirAll(future, 0o755); err != nil {
		t.Fatal(err)
	}
	body := []byte("{\"id\": \"x-1\", \"whatever\": [1, 2]}\n")
	if err := os.WriteFile(filepath.Join(future, "x-1.json"), body, 0o644); err != nil {
		t.Fatal(err)
	}
	s, ws, report, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !report.OK() {
		t.Fatalf("an unknown folder made problems: %v", report.Lines())
	}
	if err := ws.Do(app.EditItem("item-dep", "Rename", func(it *app.Item) error { it.Title = "Renamed"; return nil })); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(ws); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(future, "x-1.json"))
	if err != nil || string(got) != string(body) {
		t.Fatalf("the unknown folder's file after a save: %q, %v", got, err)
	}
}
