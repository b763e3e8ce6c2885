package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"canopy/app"
)

func TestKeyOfPathAndDecode(t *testing.T) {
	p := testPlaces(t)
	dir := newWorkspaceDir(t, p)
	read := func(rel string) []byte {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	for _, c := range []struct {
		name, rel string
		data      []byte
		key       app.Key
		schema    int
		err       string
	}{
		{"the manifest", ManifestFile, read(ManifestFile), app.ProductKey, app.SchemaVersion, ""},
		{"the strategy", StrategyFile, read(StrategyFile), app.StrategyKey, 0, ""},
		{"an item", "items/item-full.json", read("items/item-full.json"), app.Key{Kind: app.KindItem, ID: "item-full"}, 0, ""},
		{"an item under another name", "items/item-other.json", read("items/item-full.json"), app.Key{}, 0, `does not match the file name "item-other"`},
		{"a file of no kind", "notes/item-full.json", read("items/item-full.json"), app.Key{}, 0, "not a file of a Canopy workspace"},
		{"a bad name", "items/Item Full.json", read("items/item-full.json"), app.Key{}, 0, "file name"},
		{"a newer manifest", ManifestFile, []byte(`{"schema": 9, "product": {"name": "X"}}`), app.ProductKey, 9, "written by a newer version"},
		{"duplicate keys", "items/item-full.json", []byte(`{"id": "item-full", "id": "item-full"}`), app.Key{}, 0, "duplicate key"},
	} {
		t.Run(c.name, func(t *testing.T) {
			e, schema, err := Decode(c.rel, c.data)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("err = %v, want %q", err, c.err)
				}
				if c.schema > 0 && (!errors.Is(err, ErrNewerSchema) || schema != c.schema) {
					t.Fatalf("newer schema: %d, %v", schema, err)
				}
				return
			}
			if err != nil || app.KeyOf(e) != c.key || schema != c.schema {
				t.Fatalf("Decode = %v, %d, %v", e, schema, err)
			}
			if k, err := KeyOfPath(c.rel); err != nil || k != c.key {
				t.Fatalf("KeyOfPath = %v, %v", k, err)
			}
			if again, _ := Encode(e); string(again) != string(c.data) {
				t.Fatalf("not the file's bytes:\n%s", again)
			}
		})
	}
}

func TestMigrateInMemory(t *testing.T) {
	files := Files{"items/item-a.json": []byte("{\"estimate\": 3}\n"), ManifestFile: []byte("{\"schema\": 1}\n")}
	steps := []migration{{From: 1, Apply: func(f Files) error {
		return rewriteJSON(f, "items/*.json", func(o map[string]any) error { o["points"] = o["estimate"]; delete(o, "estimate"); return nil })
	}}}
	if err := migrate(files, 1, 2, steps); err != nil {
		t.Fatal(err)
	}
	if got := string(files["items/item-a.json"]); got != "{\n  \"points\": 3\n}\n" {
		t.Fatalf("migrated item = %q", got)
	}
	if err := migrate(files, 1, 3, steps); err == nil || !strings.Contains(err.Error(), "from schema 2: no step known") {
		t.Fatalf("missing step = %v", err)
	}
	if err := Migrate(Files{}, app.SchemaVersion+1); !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("Migrate of a newer schema = %v", err)
	}
}

// TestVersionsKeepEveryDeletion: an entity deleted, made again and deleted
// again leaves two versions in the trash, latest first.
func TestVersionsKeepEveryDeletion(t *testing.T) {
	p := testPlaces(t)
	dir := newWorkspaceDir(t, p)
	s, ws := openAt(t, dir, p)
	k := app.Key{Kind: app.KindItem, ID: "item-full"}
	e, _ := ws.Get(k)
	for range 2 {
		if err := ws.Do(app.Delete(k)); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Save(ws); err != nil {
			t.Fatal(err)
		}
		if err := ws.Do(app.Create(e)); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Save(ws); err != nil {
			t.Fatal(err)
		}
	}
	v, err := Versions(p, dir, k)
	if err != nil || len(v) != 2 || v[0].At.Before(v[1].At) {
		t.Fatalf("versions = %v, %v", v, err)
	}
	// The singletons have versions too.
	if _, err := KeepVersion(p, dir, app.StrategyKey, []byte("{}\n"), time.Now()); err != nil {
		t.Fatal(err)
	}
	if v, err := Versions(p, dir, app.StrategyKey); err != nil || len(v) != 1 {
		t.Fatalf("strategy versions = %v, %v", v, err)
	}
}
