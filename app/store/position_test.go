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

// copyDir copies the files of src into a new temporary folder.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	for name, f := range snapshot(t, src) {
		p := filepath.Join(dst, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// TestWorkspaceBeforePositioningLoadsAndStays opens a workspace written
// before the positioning map existed (testdata/before-positioning, the
// golden files of that time): it loads without problems, nothing is placed,
// saving it unchanged writes nothing, and placing a competitor changes only
// that competitor's file, by lines added at its end.
func TestWorkspaceBeforePositioningLoadsAndStays(t *testing.T) {
	dir := copyDir(t, filepath.Join("testdata", "before-positioning"))
	// It was written at schema 1: the opener upgrades it first, which
	// changes only the manifest's version.
	if _, err := Upgrade(dir, testPlaces(t), time.Date(2026, 12, 6, 4, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	st, ws, report, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if !report.OK() {
		t.Fatalf("report: %v", report.Lines())
	}
	s := ws.Strategy()
	if s.OurPosition != nil || s.PositioningAxes != (app.Axes{}) {
		t.Fatalf("strategy came back placed: axes %+v, us %+v", s.PositioningAxes, s.OurPosition)
	}
	c, ok := ws.Competitor("comp-acme")
	if !ok || c.Position != nil {
		t.Fatalf("competitor comp-acme: found %v, position %+v; want unplaced", ok, c)
	}
	// Re-encoding every entity gives the bytes on disk.
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
		if !bytes.Equal(data, before[Path(k)].data) {
			t.Errorf("%s re-encodes differently:\n%s\nwant\n%s", Path(k), data, before[Path(k)].data)
		}
	}
	for _, k := range keys {
		ws.MarkDirty(k)
	}
	res, err := st.Save(ws)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Written) != 0 || len(res.Removed) != 0 {
		t.Fatalf("saving an unchanged workspace wrote %v and removed %v", res.Written, res.Removed)
	}

	cp := app.Clone(c)
	cp.Position = &app.Point{X: 12.5, Y: 70}
	if err := ws.Do(app.Update(cp)); err != nil {
		t.Fatal(err)
	}
	if res, err = st.Save(ws); err != nil {
		t.Fatal(err)
	}
	if want := []string{"competitors/comp-acme.json"}; strings.Join(res.Written, ",") != strings.Join(want, ",") {
		t.Fatalf("placing a competitor wrote %v, want %v", res.Written, want)
	}
	after := snapshot(t, dir)
	old, now := string(before["competitors/comp-acme.json"].data), string(after["competitors/comp-acme.json"].data)
	wantNow := strings.TrimSuffix(old, "\"\n}\n") + "\",\n  \"position\": {\n    \"x\": 12.5,\n    \"y\": 70\n  }\n}\n"
	if now != wantNow {
		t.Fatalf("placed competitor file:\n%s\nwant\n%s", now, wantNow)
	}
	for name, f := range before {
		if name != "competitors/comp-acme.json" && !bytes.Equal(f.data, after[name].data) {
			t.Errorf("%s changed", name)
		}
	}
}
