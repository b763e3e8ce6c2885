package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"canopy/app"
)

func TestBaselineSaveLoadListDelete(t *testing.T) {
	ws := fullWorkspace(t)
	dir := t.TempDir()
	if _, err := Create(dir, ws); err != nil {
		t.Fatal(err)
	}
	file, err := SaveBaseline(dir, ws, "q3-review")
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "baselines", "q3-review.json"); file != want {
		t.Errorf("saved to %s, want %s", file, want)
	}
	// The loader ignores the baselines folder: the workspace opens clean.
	_, opened, report, err := Open(dir)
	if err != nil || !report.OK() {
		t.Fatalf("open with a baseline: %v %v", err, report.Lines())
	}
	if opened.Count(app.KindItem) != ws.Count(app.KindItem) {
		t.Errorf("items: %d, want %d", opened.Count(app.KindItem), ws.Count(app.KindItem))
	}

	got, b, err := LoadBaseline(dir, "q3-review")
	if err != nil {
		t.Fatal(err)
	}
	if b.Name != "q3-review" || !b.SavedAt.Equal(fixedNow) {
		t.Errorf("baseline %+v, want q3-review saved at %v", b, fixedNow)
	}
	if got.ReadOnly() == nil {
		t.Error("a baseline opens editable; want read-only")
	}
	for _, k := range append([]app.Key{app.ProductKey, app.StrategyKey}, entityKeys(ws)...) {
		want, _ := ws.Get(k)
		have, ok := got.Get(k)
		if !ok || !reflect.DeepEqual(want, have) {
			t.Errorf("%s: baseline holds %+v, want %+v", k, have, want)
		}
	}

	// Canonical: the same workspace and time give the same bytes.
	again, err := EncodeBaseline(ws, "q3-review", fixedNow)
	if err != nil {
		t.Fatal(err)
	}
	if onDisk, _ := os.ReadFile(file); !bytes.Equal(onDisk, again) {
		t.Error("encoding the baseline twice gives different bytes")
	}

	if _, err := SaveBaseline(dir, ws, "q3-review"); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("saving over a baseline: %v, want an error saying it exists", err)
	}
	ws.SetClock(app.FixedClock{T: fixedNow.Add(24 * time.Hour)})
	if _, err := SaveBaseline(dir, ws, "q4"); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "baselines", "notes.txt"), []byte("x"), 0o644)
	list, problems, err := ListBaselines(dir)
	if err != nil || len(problems) > 0 {
		t.Fatal(err, problems)
	}
	if len(list) != 2 || list[0].Name != "q3-review" || list[1].Name != "q4" {
		t.Errorf("list %+v, want q3-review then q4", list)
	}

	if err := DeleteBaseline(dir, "q3-review"); err != nil {
		t.Fatal(err)
	}
	err = DeleteBaseline(dir, "q3-review")
	if !errors.Is(err, ErrNoBaseline) || !strings.Contains(err.Error(), "there are: q4") {
		t.Errorf("deleting it twice: %v, want no such baseline, naming q4", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "baselines", "q4.json")); err != nil {
		t.Errorf("q4 is gone: %v", err)
	}
}

func entityKeys(ws *app.Workspace) []app.Key {
	var out []app.Key
	for _, k := range app.Kinds {
		for _, e := range ws.Entities(k) {
			out = append(out, app.KeyOf(e))
		}
	}
	return out
}

func TestBaselineNames(t *testing.T) {
	for _, tt := range []struct {
		name string
		ok   bool
	}{
		{"q3", true}, {"v1.2_final-b", true}, {strings.Repeat("a", 64), true},
		{"", false}, {"Q3", false}, {"../x", false}, {"a/b", false}, {"..", false}, {"a b", false}, {strings.Repeat("a", 65), false},
	} {
		if err := CheckBaselineName(tt.name); (err == nil) != tt.ok {
			t.Errorf("%q: %v, want ok %v", tt.name, err, tt.ok)
		}
	}
}

func TestBaselineErrors(t *testing.T) {
	ws := fullWorkspace(t)
	good, err := EncodeBaseline(ws, "b", fixedNow)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, data, want string
	}{
		{"truncated", string(good[:len(good)/2]), "baselines/b.json:"},
		{"newer schema", strings.Replace(string(good), fmt.Sprintf(`"schema": %d`, app.SchemaVersion), `"schema": 9`, 1), "newer version of Canopy"},
		{"not a baseline", `{"product": {}}`, "field schema is missing"},
		{"bad item", strings.Replace(string(good), `"estimate": 5`, `"estimate": "five"`, 1), "field estimate: cannot use a JSON string as float64"},
		{"duplicate ID", strings.Replace(string(good), `"id": "init-next"`, `"id": "init-base"`, 1), "appears twice"},
		{"bad ID", strings.Replace(string(good), `"id": "init-next"`, `"id": "../x"`, 1), "initiatives[1]: id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.data == string(good) {
				t.Fatal("the test's edit changed nothing")
			}
			dir := t.TempDir()
			os.MkdirAll(filepath.Join(dir, "baselines"), 0o755)
			os.WriteFile(filepath.Join(dir, "baselines", "b.json"), []byte(tt.data), 0o644)
			_, _, err := LoadBaseline(dir, "b")
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "baseline b") {
				t.Errorf("error %v, want one naming baseline b and mentioning %q", err, tt.want)
			}
		})
	}
}

func TestBaselineDeleteIsSafe(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "precious.json")
	os.WriteFile(outside, []byte("{}"), 0o644)
	os.MkdirAll(filepath.Join(dir, "baselines"), 0o755)
	if err := os.Symlink(outside, filepath.Join(dir, "baselines", "link.json")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := DeleteBaseline(dir, "link"); err == nil {
		t.Error("deleted a symbolic link as a baseline")
	}
	if err := DeleteBaseline(dir, "../canopy"); err == nil {
		t.Error("deleted outside the baselines folder")
	}
	if _, err := os.Stat(outside); err != nil {
		t.Errorf("the file behind the link is gone: %v", err)
	}
}
