package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/store"
	"canopy/ui/internal/uitest"
)

// fakeDisk is a DiskSync whose rescan reports a conflict on one item.
type fakeDisk struct {
	conflict      app.Key
	theirs, mine  []app.Key
	rescans       int
	theirsVersion *app.Item
}

func (f *fakeDisk) Rescan(*app.Workspace) (*store.ChangeSet, error) {
	f.rescans++
	return &store.ChangeSet{Conflicts: []app.Key{f.conflict}}, nil
}
func (f *fakeDisk) Apply(*app.Workspace, *store.ChangeSet) {}
func (f *fakeDisk) Theirs(app.Key) (app.Entity, []byte, error) {
	data, err := store.Encode(f.theirsVersion)
	return f.theirsVersion, data, err
}
func (f *fakeDisk) TakeTheirs(ws *app.Workspace, k app.Key) error {
	f.theirs = append(f.theirs, k)
	ws.ApplyExternal([]app.Entity{f.theirsVersion}, nil)
	return nil
}
func (f *fakeDisk) KeepMine(_ *app.Workspace, k app.Key) error {
	f.mine = append(f.mine, k)
	return nil
}

func TestConflictChoice(t *testing.T) {
	for _, choice := range []string{"Take theirs", "Keep mine"} {
		t.Run(choice, func(t *testing.T) {
			ws := uitest.SeedWorkspace(t)
			k := app.Key{Kind: app.KindItem, ID: "item-a"}
			theirs := app.Clone(mustItem(t, ws, "item-a"))
			theirs.Title = "Their title"
			disk := &fakeDisk{conflict: k, theirsVersion: theirs}
			a := test.NewTempApp(t)
			s := newShell(a, &Session{WS: ws, Dir: "x", Store: disk}, nil)
			t.Cleanup(s.win.Close)
			s.win.Show()

			s.onDiskChanged()
			top := s.win.Canvas().Overlays().Top()
			if top == nil || !uitest.HasText(top, "Item · Highest scored") || !uitest.HasText(top, "Nothing is saved over them until you choose") {
				t.Fatalf("no conflict dialog: %v", top)
			}
			var button *widget.Button
			uitest.Visit(top, func(o fyne.CanvasObject) bool {
				if b, ok := o.(*widget.Button); ok && b.Text == choice {
					button = b
				}
				return true
			})
			if button == nil {
				t.Fatalf("no %q button", choice)
			}
			test.Tap(button)
			it := mustItem(t, ws, "item-a")
			switch choice {
			case "Take theirs":
				if len(disk.theirs) != 1 || it.Title != "Their title" {
					t.Fatalf("take theirs: calls %v, title %q", disk.theirs, it.Title)
				}
			case "Keep mine":
				if len(disk.mine) != 1 || it.Title != "Highest scored" {
					t.Fatalf("keep mine: calls %v, title %q", disk.mine, it.Title)
				}
			}
			if s.win.Canvas().Overlays().Top() != nil {
				t.Error("the dialog stays open with nothing left to decide")
			}
		})
	}
}

func mustItem(t *testing.T, ws *app.Workspace, id string) *app.Item {
	t.Helper()
	it, ok := ws.Item(id)
	if !ok {
		t.Fatalf("no %s", id)
	}
	return it
}

func TestProblemFile(t *testing.T) {
	for line, want := range map[string]string{
		"items/item-x.json:3:14: duplicate key":                  "items/item-x.json",
		"canopy.json: schema 99: written by a newer version":     "canopy.json",
		"item item-x (Title): field estimate: must be 0 or more": "",
	} {
		if got := problemFile(line); got != want {
			t.Errorf("problemFile(%q) = %q, want %q", line, got, want)
		}
	}
}
