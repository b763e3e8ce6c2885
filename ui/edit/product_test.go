package edit

import (
	"testing"

	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/ui/page"
)

func openProduct(env *page.Env) page.Editor { return NewProductEditor(env) }

func TestProductEditorFields(t *testing.T) {
	f := newFixture(t, openProduct)
	ed := f.ed.(*productEditor)
	p := func() *app.Product { return f.ws.Product() }

	n := f.applied
	f.typeInto(ed.name, "  Grove  ")
	f.expectCommand(n, "Rename product")
	if p().Name != "Grove" || ed.name.Text != "Grove" {
		t.Fatalf("name %q, field %q; want Grove (trimmed)", p().Name, ed.name.Text)
	}
	f.undo()
	if p().Name != "Orchard" || ed.name.Text != "Orchard" {
		t.Fatalf("after undo: name %q, field %q", p().Name, ed.name.Text)
	}

	// An empty name is refused by the domain and the old one comes back.
	n = f.applied
	f.typeInto(ed.name, "")
	f.expectRefused(n, "Rename product", "name", "required")
	if ed.name.Text != "Orchard" {
		t.Fatalf("refused name left %q in the field", ed.name.Text)
	}

	n = f.applied
	ed.model.SetSelected("WSJF")
	f.expectCommand(n, "Change scoring model")
	if p().ScoringModel != app.ModelWSJF {
		t.Fatalf("model %q", p().ScoringModel)
	}
	f.undo()
	if p().ScoringModel != app.ModelRICE || ed.model.Selected != "RICE" {
		t.Fatalf("after undo: model %q, select %q", p().ScoringModel, ed.model.Selected)
	}

	n = f.applied
	ed.ice.SetSelected(ed.ice.Options[1])
	f.expectCommand(n, "Change ICE combination")
	if p().ICE != app.ICEMean {
		t.Fatalf("ICE %q", p().ICE)
	}

	n = f.applied
	ed.fiscal.SetSelected("April")
	f.expectCommand(n, "Change fiscal year start")
	if p().FiscalYearStart != 4 {
		t.Fatalf("fiscal year starts in %d", p().FiscalYearStart)
	}
	// Choosing what is chosen already does nothing.
	n = f.applied
	ed.fiscal.SetSelected("April")
	if f.applied != n {
		t.Fatal("re-choosing the same month made a command")
	}
}

func TestProductEditorWIPLimits(t *testing.T) {
	f := newFixture(t, openProduct)
	ed := f.ed.(*productEditor)
	ready := ed.wip[app.StatusReady]
	if ready.Text != "" || ready.PlaceHolder != "no limit" {
		t.Fatalf("unset limit shows %q (placeholder %q)", ready.Text, ready.PlaceHolder)
	}
	n := f.applied
	f.typeInto(ready, "4")
	f.expectCommand(n, "Change WIP limit of Ready")
	if got := f.ws.Product().WIPLimits[app.StatusReady]; got != 4 {
		t.Fatalf("limit %d, want 4", got)
	}
	for _, bad := range []struct{ text, want string }{
		{"lots", `"lots" is not a number`},
		{"2.5", "whole number"},
		{"-1", "must be 0 or more, got -1"},
	} {
		n = f.applied
		f.typeInto(ready, bad.text)
		f.expectRefused(n, "Change WIP limit of Ready", bad.want)
		if ready.Text != "4" || f.ws.Product().WIPLimits[app.StatusReady] != 4 {
			t.Fatalf("after %q: field %q, limit %d; want 4 back", bad.text, ready.Text, f.ws.Product().WIPLimits[app.StatusReady])
		}
	}
	// Emptying the field removes the limit.
	n = f.applied
	f.typeInto(ready, "")
	f.expectCommand(n, "Change WIP limit of Ready")
	if _, ok := f.ws.Product().WIPLimits[app.StatusReady]; ok {
		t.Fatal("an empty limit was kept in the map")
	}
	f.undo()
	if ready.Text != "4" {
		t.Fatalf("after undo the field shows %q", ready.Text)
	}
}

func TestProductEditorReadOnly(t *testing.T) {
	newFixture(t, openProduct).checkReadOnly()
}

// TestProductEditorFieldsLineUp: Settings' blocks (product, prioritization,
// calendar, WIP limits) start their fields at one x.
func TestProductEditorFieldsLineUp(t *testing.T) {
	f := newFixture(t, openProduct)
	ed := f.ed.(*productEditor)
	d := fyne.CurrentApp().Driver()
	x := d.AbsolutePositionForObject(ed.name).X
	for name, o := range map[string]fyne.CanvasObject{"scoring model": ed.model, "fiscal year": ed.fiscal, "WIP limit of New": ed.wip[app.StatusNew]} {
		if got := d.AbsolutePositionForObject(o).X; got != x {
			t.Errorf("the %s field starts at x=%v, the name field at %v", name, got, x)
		}
	}
}
