package trash

import (
	"errors"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

// TestTrashView: the trash lists what was deleted with its day, Restore
// brings it back and the row goes; an empty, a missing and an unreadable
// trash each say so; a refused restore shows the rules' words.
func TestTrashView(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.SeedWorkspace(t)
	deleted := &app.Item{ID: "item-gone", Title: "Deleted idea", Type: app.TypeBug, Status: app.StatusNew}
	restored := 0
	bin := Bin{
		List: func() ([]Entry, error) {
			if restored > 0 {
				return nil, nil
			}
			return []Entry{{Entity: deleted, DeletedAt: time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)}}, nil
		},
		Restore: func(string) error {
			restored++
			return ws.Do(app.Create(app.Clone(deleted)))
		},
	}
	c := uitest.NewContext(t, ws)
	v := newView(bin, c.Env)
	c.Show(v.Object(), 800, 500)
	v.SetShown(true)
	if !uitest.HasText(v.Object(), "Deleted entities, latest first") || !uitest.HasText(v.Object(), "Item · Deleted idea") || !uitest.HasText(v.Object(), "2026-11-02") {
		t.Fatalf("trash view: %q", uitest.Texts(v.Object()))
	}
	test.Tap(uitest.Button(v.Object(), "Restore"))
	if _, ok := ws.Item("item-gone"); !ok || restored != 1 || uitest.HasText(v.Object(), "Deleted idea") {
		t.Fatalf("restore: present %v, calls %d, shown %q", ok, restored, uitest.Texts(v.Object()))
	}
	if !uitest.HasText(v.Object(), "The trash is empty") {
		t.Errorf("after the last restore: %q", uitest.Texts(v.Object()))
	}

	tests := []struct {
		name string
		bin  Bin
		want string
	}{
		{"no trash", Bin{}, "This workspace has no trash."},
		{"unreadable", Bin{List: func() ([]Entry, error) { return nil, errors.New("permission denied") }}, "The trash cannot be read: permission denied"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := newView(tc.bin, c.Env)
			c.Show(v.Object(), 800, 500)
			v.SetShown(true)
			if !uitest.HasText(v.Object(), tc.want) {
				t.Errorf("shows %q, want %q", uitest.Texts(v.Object()), tc.want)
			}
		})
	}
}

// TestTrashRefusedRestore: a restore the rules refuse says why in a dialog
// and keeps the row.
func TestTrashRefusedRestore(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.SeedWorkspace(t)
	deleted := &app.Item{ID: "item-gone", Title: "Deleted idea", Type: app.TypeBug, Status: app.StatusNew}
	bin := Bin{
		List:    func() ([]Entry, error) { return []Entry{{Entity: deleted, DeletedAt: time.Now()}}, nil },
		Restore: func(string) error { return errors.New("restore Deleted idea: its initiative is gone") },
	}
	c := uitest.NewContext(t, ws)
	v := newView(bin, c.Env)
	c.Show(v.Object(), 800, 500)
	v.SetShown(true)
	test.Tap(uitest.Button(v.Object(), "Restore"))
	uitest.WaitForDialog(t, c.Win, "its initiative is gone")
	if !uitest.HasText(v.Object(), "Deleted idea") {
		t.Errorf("the row went: %q", uitest.Texts(v.Object()))
	}
}
