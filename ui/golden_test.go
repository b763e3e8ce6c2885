package ui

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/app/store"
)

var update = flag.Bool("update", false, "rewrite the golden markup under testdata/")

// assertGolden compares the canvas with testdata/name; -update rewrites it.
// A mismatch leaves the new markup in testdata/failed/ to inspect.
func assertGolden(t *testing.T, name string, c fyne.Canvas) {
	t.Helper()
	if *update {
		p := filepath.Join("testdata", name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(test.RenderToMarkup(c)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	test.AssertRendersToMarkup(t, name, c)
}

func TestGoldenTrashAndReadOnly(t *testing.T) {
	a := test.NewTempApp(t)
	ws := seedWorkspace(t)
	ws.MarkSaved(ws.Dirty())
	ws.SetReadOnly(errLocked)
	gone := &app.Item{ID: "item-gone", Title: "Deleted idea", Type: app.TypeBug, Status: app.StatusNew}
	sess := &Session{WS: ws, Dir: "/plans/orchard",
		Trash: func() ([]store.Trashed, error) {
			return []store.Trashed{{Entity: gone, DeletedAt: time.Date(2026, 11, 2, 9, 0, 0, 0, time.Local)}}, nil
		},
		Restore: func(string) error { return nil },
	}
	s := newShell(a, sess, nil)
	t.Cleanup(s.win.Close)
	s.win.Resize(fyne.NewSize(1000, 600))
	s.showSection("trash")
	assertGolden(t, "shell_trash_readonly.xml", s.win.Canvas())
}

func TestGoldenBacklogLens(t *testing.T) {
	for i, tab := range []string{"board", "prioritized", "matrix"} {
		t.Run(tab, func(t *testing.T) {
			a := test.NewTempApp(t)
			ws := seedWorkspace(t)
			ws.MarkSaved(ws.Dirty())
			s := newShell(a, &Session{WS: ws, Dir: "/plans/orchard"}, nil)
			t.Cleanup(s.win.Close)
			s.win.Resize(fyne.NewSize(1400, 800))
			s.showSection("backlog")
			s.backlogPage().tabs.SelectIndex(i)
			assertGolden(t, "backlog_"+tab+".xml", s.win.Canvas())
		})
	}
}
