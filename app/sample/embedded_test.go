package sample_test

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"canopy/app/sample"
	"canopy/app/store"
	"canopy/assets"
)

var update = flag.Bool("update", false, "rewrite assets/sample from Build")

// TestEmbeddedSampleIsCurrent checks that the embedded sample is exactly
// what Build writes for the anchor quarter; -update rewrites it.
func TestEmbeddedSampleIsCurrent(t *testing.T) {
	ws, err := sample.Build(sample.Anchor, sample.AnchorClock)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "sample")
	if _, err := store.Create(dir, ws); err != nil {
		t.Fatal(err)
	}
	if *update {
		target := filepath.Join("..", "..", "assets", "sample")
		if err := os.RemoveAll(target); err != nil {
			t.Fatal(err)
		}
		if err := os.CopyFS(target, os.DirFS(dir)); err != nil {
			t.Fatal(err)
		}
	}
	built := os.DirFS(dir)
	embedded := assets.Sample()
	count := 0
	err = fs.WalkDir(built, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		count++
		want, _ := fs.ReadFile(built, p)
		got, err := fs.ReadFile(embedded, p)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("assets/sample/%s is not what Build writes (go test ./app/sample -update)", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	fs.WalkDir(embedded, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return err
	})
	if n != count {
		t.Errorf("assets/sample has %d files, Build writes %d", n, count)
	}
}
