package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/app/store"
	"canopy/ui/internal/uitest"
)

func TestGoldenTrashAndReadOnly(t *testing.T) {
	a := test.NewTempApp(t)
	ws := uitest.SeedWorkspace(t)
	ws.MarkSaved(ws.Dirty())
	ws.SetReadOnly(uitest.ErrLocked)
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
	uitest.AssertGolden(t, "shell_trash_readonly.xml", s.win.Canvas())
}

func TestGoldenBacklogLens(t *testing.T) {
	for i, tab := range []string{"board", "prioritized", "matrix"} {
		t.Run(tab, func(t *testing.T) {
			a := test.NewTempApp(t)
			ws := uitest.SeedWorkspace(t)
			ws.MarkSaved(ws.Dirty())
			s := newShell(a, &Session{WS: ws, Dir: "/plans/orchard"}, nil)
			t.Cleanup(s.win.Close)
			s.win.Resize(fyne.NewSize(1400, 800))
			s.showSection("backlog")
			s.backlogPage().Tabs().SelectIndex(i)
			uitest.AssertGolden(t, "backlog_"+tab+".xml", s.win.Canvas())
		})
	}
}
