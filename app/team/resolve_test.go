package team

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"canopy/app"
	"canopy/app/merge"
	"canopy/app/store"
)

// TestMarkersOutsideGit: a merged file holding markers in a folder git
// does not track is found from its markers, settled one field at a time,
// and every replaced version is kept.
func TestMarkersOutsideGit(t *testing.T) {
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(t.TempDir())) // no repository above
	p := store.Places{Data: filepath.Join(t.TempDir(), "data")}
	ws := t.TempDir()
	if err := os.WriteFile(filepath.Join(ws, store.ManifestFile), []byte("{\n  \"schema\": 1,\n  \"product\": {\"name\": \"P\", \"scoringModel\": \"rice\", \"ice\": \"product\", \"fiscalYearStart\": 1}\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	enc := func(it *app.Item) []byte {
		app.Normalize(it)
		data, err := store.Encode(it)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	item := func(title string, status app.Status) *app.Item {
		return &app.Item{ID: "item-00000001", Type: app.TypeStory, Title: title, Status: status}
	}
	const rel = "items/item-00000001.json"
	res, err := merge.Merge(rel, enc(item("T", app.StatusNew)), enc(item("Ours", app.StatusReady)), enc(item("Theirs", app.StatusDone)), merge.Options{})
	if err != nil || len(res.Conflicts) != 2 {
		t.Fatalf("merge: %v %v", err, res)
	}
	if err := os.MkdirAll(filepath.Join(ws, "items"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ws, rel), res.Data, 0o644); err != nil {
		t.Fatal(err)
	}
	all, err := Find(ws, p)
	if err != nil || len(all) != 1 {
		t.Fatalf("Find = %v, %v", all, err)
	}
	fc := all[0]
	if fc.From != FromMarker || fc.Label != "item item-00000001 (Ours)" || len(fc.Fields) != 2 || fc.Fields[0].Path != "title" ||
		fc.Fields[0].Base != `"T"` || fc.Fields[1].Path != "status" || fc.Fields[1].Theirs != `"done"` {
		t.Fatalf("found %+v", fc)
	}
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	if _, err := Resolve(ws, p, "item-00000001", merge.Theirs, "estimate", now); err == nil || !strings.Contains(err.Error(), "no conflict on field estimate; its conflicts: title, status") {
		t.Fatalf("resolve of a field not in conflict = %v", err)
	}
	r, err := Resolve(ws, p, "item-00000001", merge.Theirs, "title", now)
	if err != nil || len(r.Left) != 1 || r.Left[0].Path != "status" || r.Staged {
		t.Fatalf("resolve title = %+v, %v", r, err)
	}
	if r, err = Resolve(ws, p, "item-00000001", merge.Ours, "", now); err != nil || len(r.Left) != 0 {
		t.Fatalf("resolve the rest = %+v, %v", r, err)
	}
	data, _ := os.ReadFile(filepath.Join(ws, rel))
	if want := enc(item("Theirs", app.StatusReady)); string(data) != string(want) {
		t.Fatalf("resolved file:\n%s\nwant\n%s", data, want)
	}
	v, err := store.Versions(p, ws, app.Key{Kind: app.KindItem, ID: "item-00000001"})
	if err != nil || len(v) != 2 {
		t.Fatalf("kept versions: %v, %v", v, err)
	}
	if _, err := Resolve(ws, p, "item-00000001", merge.Ours, "", now); err == nil || !strings.Contains(err.Error(), "no conflict") {
		t.Fatalf("resolve again = %v", err)
	}
}
