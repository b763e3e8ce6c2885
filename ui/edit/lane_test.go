package edit

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/ui/page"
)

func openLane(env *page.Env) page.Editor { return NewLaneEditor(env, "lane-field") }

func TestLaneEditor(t *testing.T) {
	f := newFixture(t, openLane)
	ed := f.ed.(*laneEditor)
	n := f.applied
	f.typeInto(ed.name, "Field work")
	f.expectCommand(n, "Rename lane")
	n = f.applied
	f.typeInto(ed.description, "Everything done outdoors")
	f.expectCommand(n, "Edit lane description")
	if l, _ := f.ws.Lane("lane-field"); l.Name != "Field work" || l.Description != "Everything done outdoors" {
		t.Fatalf("lane %+v", l)
	}
	if got := ed.h.title.String(); got != "Field work" {
		t.Fatalf("header shows %q", got)
	}
}

// Deleting a lane unlinks what sits in it, in the same command.
func TestLaneEditorDeleteUnlinks(t *testing.T) {
	f := newFixture(t, openLane)
	ed := f.ed.(*laneEditor)
	n := f.applied
	test.Tap(ed.h.delete)
	f.confirm("Delete")
	f.expectCommand(n, "Delete lane")
	if in, _ := f.ws.Initiative("init-a"); in.Lane != "" {
		t.Fatalf("initiative still in lane %q", in.Lane)
	}
	f.undo()
	if in, _ := f.ws.Initiative("init-a"); in.Lane != "lane-field" {
		t.Fatalf("undo: initiative in lane %q", in.Lane)
	}
}

func TestLaneEditorReadOnly(t *testing.T) {
	newFixture(t, openLane).checkReadOnly()
}
