package store

import (
	"bytes"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"testing"

	"github.com/go-json-experiment/json/jsontext"

	"canopy/app"
)

// The fuzz targets feed every decoder hostile bytes. Each asserts that
// decoding never panics, that what decodes encodes, and that its encoding
// is stable: Encode → decode → Encode gives the same bytes, which pass
// checkStrict. Run one with
//
//	go test ./app/store -run '^$' -fuzz FuzzDecodeItem -fuzztime 20s

// goldenFiles returns the golden files, by slash-separated path, read
// with os.ReadFile.
func goldenFiles(f *testing.F) map[string][]byte {
	f.Helper()
	root := filepath.Join("testdata", "golden")
	out := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		out[filepath.ToSlash(rel)] = data
		return nil
	})
	if err != nil {
		f.Fatal(err)
	}
	if len(out) == 0 {
		f.Fatal("no golden files")
	}
	return out
}

// brokenSeeds are hostile files: the strict cases plus a few that decode
// as JSON but not as Canopy's types.
func brokenSeeds() [][]byte {
	var out [][]byte
	for _, c := range strictCases {
		out = append(out, []byte(c.content))
	}
	for _, s := range []string{
		`{"id": "item-x", "estimate": "five"}`,
		`{"id": "item-x", "history": [{"at": "2026-13-01T00:00:00Z"}]}`,
		`{"id": "item-x", "history": [{"at": "0000-01-01T00:30:00+01:00"}]}`,
		`{"id": "rel-x", "date": "soon", "start": null}`,
		`{"id": "item-x", "tags": ["b", "a", "b"], "dependsOn": null, "rank": -0, "estimate": 1e308}`,
		`{"id": "item-x", "title": "\u2028<&>\ufeff", "TITLE": "y"}`,
		`{"schema": 1, "product": {"name": "x", "wipLimits": {"done": 1, "Done": 2}}}`,
		`{"schema": 1, "product": null}`,
		`{"vision": "v", "positioning": {"for": 1}}`,
	} {
		out = append(out, []byte(s))
	}
	return out
}

// seed adds the golden files whose path matches keep, then the broken seeds.
func seed(f *testing.F, keep func(rel string) bool) {
	f.Helper()
	for rel, data := range goldenFiles(f) {
		if keep(rel) {
			f.Add(data)
		}
	}
	for _, b := range brokenSeeds() {
		f.Add(b)
	}
}

// checkRoundTrip encodes e, which was decoded from the fuzzer's bytes and
// normalized, decodes the result with redecode, and checks that the second
// encoding is the first, and that it passes checkStrict.
func checkRoundTrip(t *testing.T, file string, e app.Entity, redecode func([]byte) (app.Entity, error)) {
	t.Helper()
	first, err := Encode(e)
	if err != nil {
		t.Fatalf("decoded, then Encode failed: %v", err)
	}
	if err := checkStrict(file, first); err != nil {
		t.Fatalf("Encode wrote bytes checkStrict refuses: %v\n%s", err, first)
	}
	again, err := redecode(first)
	if err != nil {
		t.Fatalf("Encode wrote bytes that do not decode: %v\n%s", err, first)
	}
	second, err := Encode(again)
	if err != nil {
		t.Fatalf("re-encode: %v", err)
	}
	if !bytes.Equal(first, second) {
		t.Fatalf("round trip unstable:\nfirst  %s\nsecond %s", first, second)
	}
}

// checkSuspect checks that suspect, the fast scan of valid files, misses
// nothing that walk, the slow one, finds.
func checkSuspect(t *testing.T, data []byte) {
	t.Helper()
	if jsontext.Value(data).IsValid() && !suspect(data) {
		if err := walk("fuzz.json", data); err != nil {
			t.Fatalf("suspect missed what walk finds: %v", err)
		}
	}
}

// decodeEntity decodes data as an entity of kind k and normalizes it the
// way app.Restore does when a workspace is opened.
func decodeEntity(k app.Kind, file string, data []byte) (app.Entity, error) {
	e := newEntity(k)
	if err := decodeJSON(file, data, e); err != nil {
		return nil, err
	}
	app.Normalize(e)
	return e, nil
}

// fuzzEntity is the body of the entity fuzz targets.
func fuzzEntity(t *testing.T, k app.Kind, data []byte) {
	checkSuspect(t, data)
	file := string(k) + "/fuzz.json"
	e, err := decodeEntity(k, file, data)
	if err != nil {
		return
	}
	if err := checkStrict(file, data); err != nil {
		t.Fatalf("decoded bytes that checkStrict refuses: %v", err)
	}
	checkRoundTrip(t, file, e, func(b []byte) (app.Entity, error) { return decodeEntity(k, file, b) })
}

func FuzzDecodeItem(f *testing.F) {
	seed(f, func(rel string) bool { return path.Dir(rel) == string(app.KindItem) })
	f.Fuzz(func(t *testing.T, data []byte) { fuzzEntity(t, app.KindItem, data) })
}

// FuzzDecodeEntity covers every entity kind: kind picks one of app.Kinds.
func FuzzDecodeEntity(f *testing.F) {
	for rel, data := range goldenFiles(f) {
		if i := slices.Index(app.Kinds, app.Kind(path.Dir(rel))); i >= 0 {
			f.Add(uint8(i), data)
		}
	}
	for i, b := range brokenSeeds() {
		f.Add(uint8(i%len(app.Kinds)), b)
	}
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		fuzzEntity(t, app.Kinds[int(kind)%len(app.Kinds)], data)
	})
}

// decodeManifest decodes a manifest the way load does, refusing what load
// refuses, and returns the product normalized as app.Restore leaves it.
func decodeManifest(data []byte) (app.Entity, error) {
	var m manifest
	if err := decodeJSON(ManifestFile, data, &m); err != nil {
		return nil, err
	}
	if m.Schema < 1 || m.Schema > app.SchemaVersion || m.Product == nil {
		return nil, errBadManifest
	}
	ws, _ := app.Restore(m.Product, nil, nil)
	return ws.Product(), nil
}

var errBadManifest = &DecodeError{File: ManifestFile, Err: fs.ErrInvalid}

func FuzzDecodeManifest(f *testing.F) {
	seed(f, func(rel string) bool { return rel == ManifestFile })
	f.Fuzz(func(t *testing.T, data []byte) {
		checkSuspect(t, data)
		p, err := decodeManifest(data)
		if err != nil {
			return
		}
		checkRoundTrip(t, ManifestFile, p, decodeManifest)
	})
}

// decodeStrategy decodes a strategy the way load does and normalizes it as
// app.Restore does.
func decodeStrategy(data []byte) (app.Entity, error) {
	s := &app.Strategy{}
	if err := decodeJSON(StrategyFile, data, s); err != nil {
		return nil, err
	}
	app.Normalize(s)
	return s, nil
}

func FuzzDecodeStrategy(f *testing.F) {
	seed(f, func(rel string) bool { return rel == StrategyFile })
	f.Fuzz(func(t *testing.T, data []byte) {
		checkSuspect(t, data)
		s, err := decodeStrategy(data)
		if err != nil {
			return
		}
		checkRoundTrip(t, StrategyFile, s, decodeStrategy)
	})
}
