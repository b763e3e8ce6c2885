// Package storetest is the tests' kit for workspace files: it changes a
// file as another Canopy would, so that a test can stand for a teammate
// whose edit arrives through git or a synced folder.
//
// Imports: the domain (canopy/app) and the store.
package storetest

import (
	"os"
	"path/filepath"
	"testing"

	"canopy/app"
	"canopy/app/store"
)

// EditFile decodes the workspace file rel of the workspace in dir, applies
// f to its entity and writes it back as the store writes it (normalized,
// canonical); any failure fails the test.
func EditFile(t testing.TB, dir, rel string, f func(e app.Entity)) {
	t.Helper()
	file := filepath.Join(dir, filepath.FromSlash(rel))
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	e, _, err := store.Decode(rel, data)
	if err != nil {
		t.Fatal(err)
	}
	f(e)
	app.Normalize(e)
	if data, err = store.Encode(e); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// EditItem is EditFile for the item file rel.
func EditItem(t testing.TB, dir, rel string, f func(it *app.Item)) {
	t.Helper()
	EditFile(t, dir, rel, func(e app.Entity) { f(e.(*app.Item)) })
}
