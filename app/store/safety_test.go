package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"canopy/app"
)

// testPlaces returns places in a temporary folder.
func testPlaces(t *testing.T) Places {
	t.Helper()
	root := t.TempDir()
	return Places{Data: filepath.Join(root, "data"), Cache: filepath.Join(root, "cache")}
}

// newWorkspaceDir writes the full fixture and returns its folder.
func newWorkspaceDir(t *testing.T, p Places) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ws")
	if _, err := CreateAt(dir, fullWorkspace(t), p); err != nil {
		t.Fatal(err)
	}
	return dir
}

func openAt(t *testing.T, dir string, p Places) (*Store, *app.Workspace) {
	t.Helper()
	s, ws, report, err := OpenAt(dir, p)
	if err != nil {
		t.Fatal(err)
	}
	if len(report.Decode) > 0 {
		t.Fatalf("report: %v", report.Lines())
	}
	return s, ws
}

func rename(id, title string) app.Command {
	return app.EditItem(id, "Rename", func(it *app.Item) error { it.Title = title; return nil })
}

func TestSecondInstanceIsReadOnly(t *testing.T) {
	p := testPlaces(t)
	dir := newWorkspaceDir(t, p)
	first, ws1 := openAt(t, dir, p)
	if err := first.Lock(ws1); err != nil {
		t.Fatal(err)
	}
	second, ws2 := openAt(t, dir, p)
	err := second.Lock(ws2)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Lock = %v, want ErrLocked", err)
	}
	if err := ws2.Do(rename("item-full", "x")); !errors.Is(err, app.ErrReadOnly) || !strings.Contains(err.Error(), "another Canopy window has this workspace open") {
		t.Fatalf("edit in the second instance = %v", err)
	}
	// The first instance still edits and saves; after it closes, a new one may lock.
	if err := ws1.Do(rename("item-full", "Mine")); err != nil {
		t.Fatal(err)
	}
	if _, err := first.Save(ws1); err != nil {
		t.Fatal(err)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	third, ws3 := openAt(t, dir, p)
	if err := third.Lock(ws3); err != nil {
		t.Fatalf("lock after the first closed: %v", err)
	}
	third.Close()
}

func TestLockClearsInterruptedSaves(t *testing.T) {
	p := testPlaces(t)
	dir := newWorkspaceDir(t, p)
	left := []string{filepath.Join(dir, tempPrefix+"123"), filepath.Join(dir, "items", tempPrefix+"456")}
	for _, f := range left {
		os.WriteFile(f, []byte("{\"half"), 0o644)
	}
	s, ws := openAt(t, dir, p)
	for _, f := range left {
		if _, err := os.Stat(f); err != nil {
			t.Fatalf("Open alone removed %s: only the lock holder may", f)
		}
	}
	if err := s.Lock(ws); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, f := range left {
		if _, err := os.Stat(f); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s survived Lock: %v", f, err)
		}
	}
}

func TestExternalEditBetweenLoadAndSave(t *testing.T) {
	tests := []struct {
		name   string
		change func(dir string)
		want   string
	}{
		{"changed", func(dir string) {
			f := filepath.Join(dir, "items", "item-full.json")
			data, _ := os.ReadFile(f)
			os.WriteFile(f, []byte(strings.Replace(string(data), "Ask legal", "Asked legal", 1)), 0o644)
		}, "items/item-full.json"},
		{"removed", func(dir string) { os.Remove(filepath.Join(dir, "items", "item-full.json")) }, "items/item-full.json (removed)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPlaces(t)
			dir := newWorkspaceDir(t, p)
			s, ws := openAt(t, dir, p)
			if err := ws.Do(app.EditProduct("Owner", func(p *app.Product) error { p.Owner = "Grace"; return nil })); err != nil {
				t.Fatal(err)
			}
			if err := ws.Do(rename("item-full", "Mine")); err != nil {
				t.Fatal(err)
			}
			tt.change(dir)
			before := snapshot(t, dir)
			_, err := s.Save(ws)
			var ce *ConflictError
			if !errors.As(err, &ce) || !slices.Equal(ce.Files, []string{tt.want}) {
				t.Fatalf("Save = %v, want a conflict on %s", err, tt.want)
			}
			if !reflect.DeepEqual(before, snapshot(t, dir)) {
				t.Fatal("a conflicting save wrote something")
			}
			if len(ws.Dirty()) != 2 {
				t.Fatalf("unsaved edits forgotten: dirty = %v", ws.Dirty())
			}
		})
	}
}

func TestRescanFindsChangesBehindTheStore(t *testing.T) {
	p := testPlaces(t)
	dir := newWorkspaceDir(t, p)
	s, ws := openAt(t, dir, p)
	if err := ws.Do(rename("item-dep", "Local edit")); err != nil {
		t.Fatal(err)
	}
	// Another program: adds an item, changes a release, removes a persona,
	// and changes the item edited here too.
	added := &app.Item{ID: "item-new", Type: app.TypeBug, Title: "From git", Status: app.StatusNew, Rank: 9}
	app.Normalize(added)
	data, _ := Encode(added)
	os.WriteFile(filepath.Join(dir, "items", "item-new.json"), data, 0o644)
	rel := filepath.Join(dir, "releases", "rel-one.json")
	old, _ := os.ReadFile(rel)
	os.WriteFile(rel, []byte(strings.Replace(string(old), `"capacity": 40`, `"capacity": 55`, 1)), 0o644)
	os.Remove(filepath.Join(dir, "personas", "persona-ana.json"))
	dep := filepath.Join(dir, "items", "item-dep.json")
	old, _ = os.ReadFile(dep)
	os.WriteFile(dep, []byte(strings.Replace(string(old), `"Dependency"`, `"Theirs"`, 1)), 0o644)

	cs, err := s.Rescan(ws)
	if err != nil {
		t.Fatal(err)
	}
	var changed []string
	for _, e := range cs.Changed {
		changed = append(changed, app.KeyOf(e).String())
	}
	if !slices.Equal(changed, []string{"releases/rel-one", "items/item-new"}) ||
		!slices.Equal(cs.Removed, []app.Key{{Kind: app.KindPersona, ID: "persona-ana"}}) ||
		!slices.Equal(cs.Conflicts, []app.Key{{Kind: app.KindItem, ID: "item-dep"}}) {
		t.Fatalf("change set: changed %v removed %v conflicts %v", changed, cs.Removed, cs.Conflicts)
	}
	s.Apply(ws, cs)
	r, _ := ws.Release("rel-one")
	if _, ok := ws.Item("item-new"); !ok || r.Capacity != 55 || ws.Has(app.KindPersona, "persona-ana") {
		t.Fatal("Apply did not bring the changes in")
	}
	if _, ok := ws.CanUndo(); ok {
		t.Fatal("undo history kept across external changes")
	}
	// The conflict stays: saving the local edit refuses to overwrite theirs.
	var ce *ConflictError
	if _, err := s.Save(ws); !errors.As(err, &ce) {
		t.Fatalf("Save over a conflict = %v", err)
	}
	// A second rescan finds nothing new.
	cs, err = s.Rescan(ws)
	if err != nil || len(cs.Changed)+len(cs.Removed) != 0 {
		t.Fatalf("second rescan: %+v %v", cs, err)
	}
}

func TestTrashAndRestore(t *testing.T) {
	p := testPlaces(t)
	dir := newWorkspaceDir(t, p)
	s, ws := openAt(t, dir, p)
	want, _ := ws.Item("item-dep")
	if err := ws.Do(app.Delete(app.Key{Kind: app.KindItem, ID: "item-dep"})); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(ws); err != nil {
		t.Fatal(err)
	}
	trashed, problems, err := s.Trash()
	if err != nil || len(problems) > 0 || len(trashed) != 1 || !reflect.DeepEqual(trashed[0].Entity, want) {
		t.Fatalf("Trash = %+v %v %v", trashed, problems, err)
	}
	if strings.HasPrefix(p.TrashDir(FolderKey(dir)), dir) {
		t.Fatal("the trash is inside the workspace")
	}
	// Restoring an item whose initiative is gone is refused, naming it.
	s2, ws2 := openAt(t, dir, p)
	if _, err := s2.Restore(ws2, "item-nope"); !errors.Is(err, app.ErrNotFound) {
		t.Fatalf("restore of an unknown ID = %v", err)
	}
	got, err := s.Restore(ws, "item-dep")
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("Restore = %+v, %v", got, err)
	}
	if _, err := s.Save(ws); err != nil {
		t.Fatal(err)
	}
	if trashed, _, _ := s.Trash(); len(trashed) != 0 {
		t.Fatalf("restored entity still in the trash: %v", trashed)
	}
	if _, err := s.Restore(ws, "item-dep"); err == nil {
		t.Fatal("restored twice")
	}
}

func TestHostileFolderEntries(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "item-evil.json")
	os.WriteFile(secret, []byte(`{"id": "item-evil"}`), 0o644)
	tests := []struct {
		name  string
		setup func(dir string) error
		want  string
	}{
		{"symlink out", func(dir string) error { return os.Symlink(secret, filepath.Join(dir, "items", "item-evil.json")) },
			"items/item-evil.json: a symbolic link leading out of the workspace"},
		{"folder symlink out", func(dir string) error {
			os.RemoveAll(filepath.Join(dir, "risks"))
			return os.Symlink(outside, filepath.Join(dir, "risks"))
		}, "risks: a symbolic link leading out of the workspace"},
		{"dropbox copy", func(dir string) error {
			return copyFile(filepath.Join(dir, "items", "item-dep.json"), filepath.Join(dir, "items", "item-dep (Ada's conflicted copy 2026-11-02).json"))
		}, "items/item-dep (Ada's conflicted copy 2026-11-02).json: a conflicted copy of items/item-dep.json"},
		{"syncthing copy", func(dir string) error {
			return copyFile(filepath.Join(dir, "items", "item-dep.json"), filepath.Join(dir, "items", "item-dep.sync-conflict-20261102-101010-ABCDEFG.json"))
		}, "a conflicted copy of items/item-dep.json"},
		{"windows reserved name", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "lanes", "con.json"), []byte(`{"id": "con", "name": "x"}`), 0o644)
		}, "lanes/con.json: file name: ID \"con\": a device name reserved by Windows"},
		{"name with dots", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "lanes", "..lane.json"), []byte(`{"id": "..lane"}`), 0o644)
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPlaces(t)
			dir := newWorkspaceDir(t, p)
			if err := tt.setup(dir); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, dir)
			s, ws, report, err := OpenAt(dir, p)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Join(report.Lines(), "\n")
			if tt.want == "" {
				if lines != "" {
					t.Fatalf("hidden file reported: %s", lines)
				}
				return
			}
			if !strings.Contains(lines, tt.want) || ws.ReadOnly() == nil {
				t.Fatalf("report:\n%s\nwant %q and read-only", lines, tt.want)
			}
			if _, err := s.Save(ws); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(before, snapshot(t, dir)) {
				t.Fatal("files changed")
			}
			if _, ok := ws.Item("item-evil"); ok {
				t.Fatal("followed a link out of the workspace")
			}
		})
	}
}

func copyFile(from, to string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, data, 0o644)
}

func TestResolveConflicts(t *testing.T) {
	for _, keepMine := range []bool{false, true} {
		p := testPlaces(t)
		dir := newWorkspaceDir(t, p)
		s, ws := openAt(t, dir, p)
		if err := ws.Do(rename("item-full", "Mine")); err != nil {
			t.Fatal(err)
		}
		f := filepath.Join(dir, "items", "item-full.json")
		old, _ := os.ReadFile(f)
		os.WriteFile(f, []byte(strings.Replace(string(old), `"title": "Export \"PDF\" <now>"`, `"title": "Theirs"`, 1)), 0o644)
		cs, err := s.Rescan(ws)
		if err != nil || len(cs.Conflicts) != 1 {
			t.Fatalf("rescan: %+v %v", cs, err)
		}
		theirs, _, err := s.Theirs(cs.Conflicts[0])
		if err != nil || theirs.(*app.Item).Title != "Theirs" {
			t.Fatalf("Theirs = %+v, %v", theirs, err)
		}
		want := "Theirs"
		if keepMine {
			want = "Mine"
			err = s.KeepMine(ws, cs.Conflicts[0])
		} else {
			err = s.TakeTheirs(ws, cs.Conflicts[0])
		}
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Save(ws); err != nil {
			t.Fatalf("save after resolving (keep mine %v): %v", keepMine, err)
		}
		it, _ := ws.Item("item-full")
		data, _ := os.ReadFile(f)
		if it.Title != want || !strings.Contains(string(data), `"title": "`+want+`"`) {
			t.Fatalf("keep mine %v: memory %q, disk %s", keepMine, it.Title, data)
		}
	}
}
