package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"canopy/app"
)

// saveEdits makes a save of several files in dir's workspace: two items
// renamed (one referring to the other), one added and the risk deleted.
func saveEdits(t *testing.T, ws *app.Workspace) {
	t.Helper()
	for _, c := range []app.Command{
		rename("item-dep", "Dependency, renamed"),
		rename("item-full", "Export, renamed"),
		app.Create(&app.Item{ID: "item-new", Type: app.TypeBug, Title: "New", Status: app.StatusNew}),
		app.Delete(app.Key{Kind: app.KindRisk, ID: "risk-late"}),
	} {
		if err := ws.Do(c); err != nil {
			t.Fatal(err)
		}
	}
}

// contents returns the bytes of every file in dir, by slash path.
func contents(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for rel, f := range snapshot(t, dir) {
		out[rel] = string(f.data)
	}
	return out
}

// hook sets *v to f for the test.
func hook[F any](t *testing.T, v *F, f F) {
	t.Helper()
	old := *v
	*v = f
	t.Cleanup(func() { *v = old })
}

// otherEdit rewrites the file rel in dir as another program would, and
// returns its new bytes.
func otherEdit(t *testing.T, dir, rel string) string {
	t.Helper()
	file := filepath.Join(dir, filepath.FromSlash(rel))
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	theirs := strings.Replace(string(data), "\n}", ",\n  \"x\": 1\n}", 1)
	if err := os.WriteFile(file, []byte(theirs), 0o644); err != nil {
		t.Fatal(err)
	}
	return theirs
}

func TestExternalEditDuringSaveIsNeverOverwritten(t *testing.T) {
	tests := []struct {
		name string
		// when: "staged" (after every file is staged) or the path before
		// whose rename the other program writes.
		when  string
		edits string // the file the other program edits
	}{
		{"after staging, before any rename", "staged", "items/item-full.json"},
		{"late: files already renamed are undone", "items/item-full.json", "items/item-full.json"},
		{"late, on the removal", "risks/risk-late.json", "risks/risk-late.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPlaces(t)
			dir := newWorkspaceDir(t, p)
			s, ws := openAt(t, dir, p)
			saveEdits(t, ws)
			want := contents(t, dir)
			var renamed []string
			edit := func() { want[tt.edits] = otherEdit(t, dir, tt.edits) }
			if tt.when == "staged" {
				hook(t, &staged, edit)
			}
			hook(t, &beforeRename, func(rel string) {
				if rel == tt.when {
					edit()
				}
				renamed = append(renamed, rel)
			})
			_, err := s.Save(ws)
			var ce *ConflictError
			if !errors.As(err, &ce) || !slices.Equal(ce.Files, []string{tt.edits}) {
				t.Fatalf("Save = %v, want a conflict on %s", err, tt.edits)
			}
			if !strings.Contains(err.Error(), "nothing was saved") {
				t.Errorf("the error does not say nothing was saved: %v", err)
			}
			if tt.when != "staged" && len(renamed) < 2 {
				t.Fatalf("the conflict came before any rename (%v): the test checks nothing late", renamed)
			}
			got := contents(t, dir)
			for rel := range got {
				if strings.Contains(rel, tempPrefix) {
					t.Errorf("staged file left behind: %s", rel)
				}
			}
			for rel, w := range want {
				if got[rel] != w {
					t.Errorf("%s after the refused save:\n%s\nwant:\n%s", rel, got[rel], w)
				}
			}
			for rel := range got {
				if _, ok := want[rel]; !ok {
					t.Errorf("%s written by the refused save", rel)
				}
			}
			if len(ws.Dirty()) == 0 {
				t.Error("the edits are marked saved")
			}
			if trashed, _, _ := s.Trash(); tt.when == "staged" && len(trashed) > 0 {
				t.Errorf("the refused save trashed %v", trashed)
			}
		})
	}
}

func TestSaveIsAllOrNothing(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"disk full", syscall.ENOSPC, "the disk is full"},
		{"permission", fs.ErrPermission, "permission denied"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPlaces(t)
			dir := newWorkspaceDir(t, p)
			s, ws := openAt(t, dir, p)
			saveEdits(t, ws)
			before := contents(t, dir)
			n := 0
			hook(t, &stageWrite, func(path string, data []byte) (string, error) {
				if n++; n == 3 {
					return "", fmt.Errorf("write %s: %w", path, &fs.PathError{Op: "write", Path: path, Err: tt.err})
				}
				return writeTemp(path, data)
			})
			_, err := s.Save(ws)
			if !errors.Is(err, ErrNothingSaved) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Save = %v, want %q and that nothing was saved", err, tt.want)
			}
			if got := contents(t, dir); !mapsEqual(got, before) {
				t.Fatalf("the failed save changed files:\n%v\nwant:\n%v", keysOf(got), keysOf(before))
			}
			// The retry saves each edit once.
			stageWrite = writeTemp
			if _, err := s.Save(ws); err != nil {
				t.Fatal(err)
			}
			_, again := openAt(t, dir, p)
			if len(again.Items()) != len(ws.Items()) {
				t.Fatalf("after the retry %d items, want %d", len(again.Items()), len(ws.Items()))
			}
			if again.Has(app.KindRisk, "risk-late") {
				t.Fatal("the deletion was not saved by the retry")
			}
		})
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func keysOf(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func TestNotSavedSaysItPlainly(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{&fs.PathError{Op: "open", Path: "/ws/items/.canopy-tmp-1", Err: syscall.ENOSPC},
			"save: the disk is full (write items/item-x.json: no space left on device); nothing was saved: the workspace on disk is as it was"},
		{&fs.PathError{Op: "open", Path: "/ws/items/.canopy-tmp-1", Err: syscall.EACCES},
			"save: permission denied (write items/item-x.json: permission denied); nothing was saved: the workspace on disk is as it was"},
		{&fs.PathError{Op: "open", Path: "/ws/items/.canopy-tmp-1", Err: syscall.EIO},
			"save: write items/item-x.json: input/output error; nothing was saved: the workspace on disk is as it was"},
	}
	for _, tt := range tests {
		err := notSaved("write items/item-x.json", fmt.Errorf("write /ws/items/item-x.json: %w", tt.err))
		if err.Error() != tt.want || !errors.Is(err, ErrNothingSaved) || !errors.Is(err, tt.err.(*fs.PathError).Err) {
			t.Errorf("notSaved = %q, want %q (wrapping the cause and ErrNothingSaved)", err, tt.want)
		}
	}
}
