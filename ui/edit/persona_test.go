package edit

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/page"
)

func openPersona(env *page.Env) page.Editor { return NewPersonaEditor(env, "persona-pat") }

func TestPersonaEditor(t *testing.T) {
	f := newFixture(t, openPersona)
	ed := f.ed.(*personaEditor)
	p := func() *app.Persona { v, _ := f.ws.Persona("persona-pat"); return v }

	n := f.applied
	f.typeInto(ed.name, "Patricia")
	f.expectCommand(n, "Rename persona")
	n = f.applied
	f.typeInto(ed.role, "Head grower")
	f.expectCommand(n, "Edit persona role")
	if p().Name != "Patricia" || p().Role != "Head grower" {
		t.Fatalf("persona %+v", p())
	}
	f.undo()
	if p().Role != "Grower" || ed.role.Text != "Grower" {
		t.Fatalf("after undo: role %q, field %q", p().Role, ed.role.Text)
	}

	n = f.applied
	f.typeInto(listAdder(ed.needs), "Know the weather")
	f.expectCommand(n, "Add need")
	n = f.applied
	f.typeInto(listAdder(ed.pains), "Paper plans")
	f.expectCommand(n, "Add pain")
	if !slices.Equal(p().Needs, []string{"Plan the season", "Know the weather"}) || !slices.Equal(p().Pains, []string{"Paper plans"}) {
		t.Fatalf("needs %q, pains %q", p().Needs, p().Pains)
	}
	n = f.applied
	test.Tap(listRowButtons(ed.needs, 0)[2])
	f.expectCommand(n, "Remove need")
	if !slices.Equal(p().Needs, []string{"Know the weather"}) || len(ed.needs.rows) != 1 || listEntries(ed.needs)[0].Text != "Know the weather" {
		t.Fatalf("after remove: needs %q, rows %d", p().Needs, len(ed.needs.rows))
	}
}

func TestPersonaEditorDelete(t *testing.T) {
	f := newFixture(t, openPersona)
	ed := f.ed.(*personaEditor)
	test.Tap(ed.h.delete)
	f.confirm("Cancel")
	if _, ok := f.ws.Persona("persona-pat"); !ok {
		t.Fatal("cancelled delete removed the persona")
	}
	n := f.applied
	test.Tap(ed.h.delete)
	f.confirm("Delete")
	f.expectCommand(n, "Delete persona")
	if _, ok := f.ws.Persona("persona-pat"); ok {
		t.Fatal("persona still there")
	}
	// The editor of a deleted entity edits nothing.
	if !ed.name.Disabled() || !ed.h.delete.Disabled() {
		t.Fatal("controls of a deleted persona are enabled")
	}
	f.undo()
	if _, ok := f.ws.Persona("persona-pat"); !ok || ed.name.Disabled() {
		t.Fatal("undo did not bring the persona back")
	}
}

func TestPersonaEditorReadOnly(t *testing.T) {
	newFixture(t, openPersona).checkReadOnly()
}
