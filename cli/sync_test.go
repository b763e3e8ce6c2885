package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"canopy/app"
	"canopy/app/store"
	"canopy/app/store/storetest"
	"canopy/assets"
	"canopy/internal/gittest"
)

// TestSyncedFolderCopy: a sync client left a conflicted copy beside an
// item; the copy is merged three-way with the original, its base the last
// version this machine saved, and settled by resolve.
func TestSyncedFolderCopy(t *testing.T) {
	gittest.Isolate(t) // a home of its own for the saved bases and the trash
	ws := filepath.Join(t.TempDir(), "plan")
	if err := os.CopyFS(ws, assets.Sample()); err != nil {
		t.Fatal(err)
	}
	s, w, _, err := store.Open(ws)
	if err != nil {
		t.Fatal(err)
	}
	items := w.Items()
	id := items[0].ID
	rel := "items/" + id + ".json"
	// This machine saves an edit: that version is the base.
	if err := w.Do(app.EditItem(id, "Notes", func(it *app.Item) error { it.Notes = "saved here"; return nil })); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(w); err != nil {
		t.Fatal(err)
	}
	s.Close()
	base, _ := os.ReadFile(filepath.Join(ws, rel))
	// The other machine changed the assignee; this one the status since.
	theirs := strings.Replace(string(base), `"assignee": "`+items[0].Assignee+`"`, `"assignee": "Remote"`, 1)
	if theirs == string(base) {
		t.Fatal("no assignee line")
	}
	copyRel := "items/" + id + " (Ada's conflicted copy 2026-03-02).json"
	if err := os.WriteFile(filepath.Join(ws, filepath.FromSlash(copyRel)), []byte(theirs), 0o644); err != nil {
		t.Fatal(err)
	}
	storetest.EditFile(t, ws, rel, func(e app.Entity) { e.(*app.Item).Title = "Renamed here" })

	code, out, errOut := runCLI(t, "conflicts", ws)
	if code != 1 || !strings.Contains(out, copyRel) || !strings.Contains(out, "merges cleanly") {
		t.Fatalf("conflicts = %d\n%s%s", code, out, errOut)
	}
	if code, out, errOut := runCLI(t, "resolve", ws, id, "--take", "ours"); code != 0 {
		t.Fatalf("resolve = %d\n%s%s", code, out, errOut)
	}
	it := readEntity(t, ws, rel).(*app.Item)
	if it.Title != "Renamed here" || it.Assignee != "Remote" || it.Notes != "saved here" {
		t.Fatalf("merged: title %q, assignee %q, notes %q", it.Title, it.Assignee, it.Notes)
	}
	if _, err := os.Stat(filepath.Join(ws, filepath.FromSlash(copyRel))); !os.IsNotExist(err) {
		t.Fatalf("the copy is still there: %v", err)
	}
	p, _ := store.DefaultPlaces()
	if v, err := store.Versions(p, ws, app.Key{Kind: app.KindItem, ID: id}); err != nil || len(v) != 2 {
		t.Fatalf("the original and the copy are not both in the trash: %v %v", v, err)
	}
	if code, out, _ := runCLI(t, "validate", ws); code != 0 {
		t.Fatalf("validate:\n%s", out)
	}
}
