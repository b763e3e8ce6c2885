package store

import (
	"bytes"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"canopy/app"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// snapshot returns every file of dir with its bytes and modification time.
type fileState struct {
	data []byte
	mod  time.Time
}

func snapshot(t *testing.T, dir string) map[string]fileState {
	t.Helper()
	out := map[string]fileState{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := os.Readlink(p)
			out[filepath.ToSlash(rel)] = fileState{data: []byte("-> " + target)}
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		out[filepath.ToSlash(rel)] = fileState{data, fi.ModTime()}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEveryFieldSurvivesSaveAndLoad(t *testing.T) {
	ws := fullWorkspace(t)
	dir := t.TempDir()
	if _, err := Create(dir, ws); err != nil {
		t.Fatal(err)
	}
	_, got, report, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !report.OK() {
		t.Fatalf("report: %v", report.Lines())
	}
	keys := []app.Key{app.ProductKey, app.StrategyKey}
	for _, k := range app.Kinds {
		if ws.Count(k) == 0 {
			t.Errorf("the fixture has no %s", k)
		}
		for _, e := range ws.Entities(k) {
			keys = append(keys, app.KeyOf(e))
		}
		if got.Count(k) != ws.Count(k) {
			t.Errorf("%s: %d loaded, %d saved", k, got.Count(k), ws.Count(k))
		}
	}
	covered := map[string]bool{}
	var all []string
	seenType := map[reflect.Type]bool{}
	for _, k := range keys {
		want, _ := ws.Get(k)
		have, ok := got.Get(k)
		if !ok {
			t.Errorf("%s missing after load", k)
			continue
		}
		if !reflect.DeepEqual(want, have) {
			t.Errorf("%s changed in the round trip:\nsaved  %+v\nloaded %+v", k, want, have)
		}
		typ := reflect.TypeOf(want)
		coverage(covered, typ.String(), reflect.ValueOf(want))
		if !seenType[typ] {
			seenType[typ] = true
			all = leaves(all, typ.String(), typ)
		}
	}
	for _, p := range all {
		if !covered[p] {
			t.Errorf("the fixture never sets %s: add it so the round trip covers it", p)
		}
	}
}

func TestCanonicalFormatGolden(t *testing.T) {
	dir := t.TempDir()
	if _, err := Create(dir, fullWorkspace(t)); err != nil {
		t.Fatal(err)
	}
	got := snapshot(t, dir)
	golden := filepath.Join("testdata", "golden")
	if *update {
		os.RemoveAll(golden)
		for name, f := range got {
			p := filepath.Join(golden, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, f.data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	want := snapshot(t, golden)
	for name, f := range want {
		g, ok := got[name]
		switch {
		case !ok:
			t.Errorf("%s: not written", name)
		case !bytes.Equal(g.data, f.data):
			t.Errorf("%s differs from the golden file (run go test ./app/store -update to accept):\n%s", name, g.data)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: written but not in the golden files", name)
		}
	}
	for name, f := range got {
		if !bytes.HasSuffix(f.data, []byte("}\n")) || bytes.Contains(f.data, []byte("\t")) || bytes.Contains(f.data, []byte("\r")) {
			t.Errorf("%s: want two-space indentation and one trailing newline", name)
		}
	}
}

func TestSaveUnchangedWritesNothing(t *testing.T) {
	dir := t.TempDir()
	if _, err := Create(dir, fullWorkspace(t)); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	time.Sleep(10 * time.Millisecond)
	s, ws, _, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	// An edit undone leaves the entity dirty but its bytes unchanged.
	rename := app.EditItem("item-full", "Rename", func(it *app.Item) error { it.Title = "Other"; return nil })
	if err := ws.Do(rename); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.Undo(); err != nil {
		t.Fatal(err)
	}
	res, err := s.Save(ws)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Written)+len(res.Removed) != 0 {
		t.Fatalf("save of an unchanged workspace wrote %v removed %v", res.Written, res.Removed)
	}
	after := snapshot(t, dir)
	if !reflect.DeepEqual(before, after) {
		t.Fatal("files changed on disk")
	}
}

func TestOneFieldEditIsOneLineDiff(t *testing.T) {
	tests := []struct {
		name string
		cmd  app.Command
		file string
	}{
		{"title", app.EditItem("item-full", "Rename", func(it *app.Item) error { it.Title = "New title"; return nil }), "items/item-full.json"},
		{"estimate", app.EditItem("item-full", "Estimate", func(it *app.Item) error { it.Estimate = 8; return nil }), "items/item-full.json"},
		{"criterion met", app.EditItem("item-full", "Tick", func(it *app.Item) error { it.Criteria[1].Met = true; return nil }), "items/item-full.json"},
		{"notes", app.EditItem("item-full", "Notes", func(it *app.Item) error { it.Notes = "x"; return nil }), "items/item-full.json"},
		{"product owner", app.EditProduct("Owner", func(p *app.Product) error { p.Owner = "Grace"; return nil }), "canopy.json"},
		{"vision", app.EditStrategy("Vision", func(s *app.Strategy) error { s.Vision = "Plan as one"; return nil }), "strategy.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if _, err := Create(dir, fullWorkspace(t)); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, dir)
			s, ws, _, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			if err := ws.Do(tt.cmd); err != nil {
				t.Fatal(err)
			}
			res, err := s.Save(ws)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(res.Written, []string{tt.file}) {
				t.Fatalf("written = %v, want only %s", res.Written, tt.file)
			}
			after := snapshot(t, dir)
			a := strings.Split(string(before[tt.file].data), "\n")
			b := strings.Split(string(after[tt.file].data), "\n")
			if len(a) != len(b) {
				t.Fatalf("line count changed: %d → %d", len(a), len(b))
			}
			changed := 0
			for i := range a {
				if a[i] != b[i] {
					changed++
				}
			}
			if changed != 1 {
				t.Fatalf("%d lines changed, want 1:\n%s", changed, after[tt.file].data)
			}
		})
	}
}

func TestSaveWritesChangesAndRemovesDeleted(t *testing.T) {
	dir := t.TempDir()
	if _, err := Create(dir, fullWorkspace(t)); err != nil {
		t.Fatal(err)
	}
	s, ws, _, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := ws.Do(app.Delete(app.Key{Kind: app.KindItem, ID: "item-dep"})); err != nil {
		t.Fatal(err)
	}
	res, err := s.Save(ws)
	if err != nil {
		t.Fatal(err)
	}
	// The reference goes first, the file it referred to last.
	if !slices.Equal(res.Written, []string{"items/item-full.json"}) || !slices.Equal(res.Removed, []string{"items/item-dep.json"}) {
		t.Fatalf("save = %+v", res)
	}
	if _, err := os.Stat(filepath.Join(dir, "items", "item-dep.json")); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("deleted item's file: %v", err)
	}
	if _, err := ws.Undo(); err != nil {
		t.Fatal(err)
	}
	res, err = s.Save(ws)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Written, []string{"items/item-dep.json", "items/item-full.json"}) {
		t.Fatalf("save after undo wrote %v", res.Written)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, "items", tempPrefix+"*")); len(leftovers) > 0 {
		t.Fatalf("temp files left: %v", leftovers)
	}
}

func TestCreateRefusesNonEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644)
	if _, err := Create(dir, fullWorkspace(t)); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Fatalf("Create into a non-empty folder = %v", err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "notes.txt")); string(data) != "mine" {
		t.Fatal("the user's file changed")
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, file, content string
		want                string
		fatal               bool // Open fails instead of reporting
	}{
		{"syntax", "items/item-full.json", "{\n  \"id\": \"item-full\",\n  \"title\": oops\n}\n", "items/item-full.json:3:12: invalid character 'o'", false},
		{"wrong type", "items/item-full.json", "{\n  \"id\": \"item-full\",\n  \"estimate\": \"five\"\n}\n", "items/item-full.json:3:", false},
		{"id mismatch", "items/item-full.json", `{"id": "item-other"}`, `items/item-full.json: field id: "item-other" does not match the file name "item-full"`, false},
		{"bad file name", "items/Item Full.json", `{"id": "Item Full"}`, "items/Item Full.json: file name: ID", false},
		{"bad date", "releases/rel-one.json", `{"id": "rel-one", "date": "soon"}`, `releases/rel-one.json: date "soon": want YYYY-MM-DD`, false},
		{"newer schema", "canopy.json", `{"schema": 99, "product": {"name": "x", "futureField": 1}}`, "canopy.json: schema 99: written by a newer version of Canopy", false},
		{"no product", "canopy.json", `{"schema": 1}`, "canopy.json: product: the product settings are missing", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if _, err := Create(dir, fullWorkspace(t)); err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(dir, filepath.FromSlash(tt.file))
			if err := os.WriteFile(p, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, dir)
			s, ws, report, err := Open(dir)
			if tt.fatal {
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("Open = %v, want an error mentioning %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Join(report.Lines(), "\n")
			if !strings.Contains(lines, tt.want) {
				t.Fatalf("report:\n%s\nwant a line mentioning %q", lines, tt.want)
			}
			if ws.ReadOnly() == nil {
				t.Fatal("a workspace with an undecodable file must be read-only")
			}
			if err := ws.Do(app.EditProduct("Owner", func(p *app.Product) error { p.Owner = "x"; return nil })); !errors.Is(err, app.ErrReadOnly) {
				t.Fatalf("edit of read-only workspace = %v", err)
			}
			if _, err := s.Save(ws); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(before, snapshot(t, dir)) {
				t.Fatal("files changed")
			}
		})
	}
}

func TestNotAWorkspace(t *testing.T) {
	_, _, _, err := Open(t.TempDir())
	if !errors.Is(err, ErrNotWorkspace) {
		t.Fatalf("Open of an empty folder = %v", err)
	}
}

// TestCreateWritesTheManifestLast: Create writes every entity before the
// manifest, so a creation cut short leaves a folder that is not a
// workspace (nothing opens it half made), and says so.
func TestCreateWritesTheManifestLast(t *testing.T) {
	ws := fullWorkspace(t)
	dir := filepath.Join(t.TempDir(), "ws")
	var mu sync.Mutex
	var written []string
	put := createPut
	t.Cleanup(func() { createPut = put })
	createPut = func(path string, data []byte) error {
		mu.Lock()
		defer mu.Unlock()
		if len(written) == 3 {
			return errors.New("disk full")
		}
		written = append(written, path)
		return put(path, data)
	}
	_, err := Create(dir, ws)
	if err == nil || !strings.Contains(err.Error(), "disk full") || !strings.Contains(err.Error(), "holds no manifest") {
		t.Fatalf("Create = %v, want the write's error and that the folder holds no manifest", err)
	}
	if _, err := os.Stat(filepath.Join(dir, ManifestFile)); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("a creation cut short wrote the manifest (%v)", err)
	}
	if _, _, _, err := Open(dir); !errors.Is(err, ErrNotWorkspace) {
		t.Fatalf("opening the half-made folder: %v, want ErrNotWorkspace", err)
	}

	// Uncut, every file is there and the workspace reads back whole.
	createPut = put
	dir = filepath.Join(t.TempDir(), "ws")
	if _, err := Create(dir, ws); err != nil {
		t.Fatal(err)
	}
	_, back, report, err := Open(dir)
	if err != nil || !report.OK() {
		t.Fatalf("open: %v %v", err, report.Lines())
	}
	for _, k := range app.Kinds {
		if back.Count(k) != ws.Count(k) {
			t.Errorf("%s: %d read back, %d created", k, back.Count(k), ws.Count(k))
		}
	}
}
