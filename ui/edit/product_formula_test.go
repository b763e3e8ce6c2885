package edit

import (
	"slices"
	"strings"
	"testing"

	"canopy/app"
)

func TestProductFormulaPreview(t *testing.T) {
	f := newFixture(t, openProduct)
	ed := f.ed.(*productEditor)
	if !slices.Contains(ed.model.Options, "Formula") {
		t.Fatalf("models offered: %v", ed.model.Options)
	}
	// Typing previews at once; an error is placed by line and column.
	ed.own.entry.SetText("rice.reach +\n nosuch")
	if !ed.own.problem.Visible() || !strings.HasPrefix(ed.own.problem.Text, "Line 2, column") {
		t.Fatalf("problem = %q", ed.own.problem.Text)
	}
	ed.own.entry.SetText("rice.reach * 2")
	if ed.own.problem.Visible() || !strings.Contains(ed.own.preview.Text, "1. ") || !strings.Contains(ed.own.preview.Text, "cannot be scored") {
		t.Fatalf("preview = %q", ed.own.preview.Text)
	}
	f.typeInto(ed.own.entry, "rice.reach * 2")
	if got := f.ws.Product().Formula; got != "rice.reach * 2" {
		t.Fatalf("formula saved %q", got)
	}
	ed.model.SetSelected("Formula")
	if f.ws.Product().ScoringModel != app.ModelFormula {
		t.Fatalf("model %q (refused: %v)", f.ws.Product().ScoringModel, f.Errs)
	}
	if ed.formula.Text != "Backlog ranked by the formula below." {
		t.Fatalf("hint = %q", ed.formula.Text)
	}
	// A formula that does not compile is refused and not saved.
	f.typeInto(ed.own.entry, "rice.reach +")
	if got := f.ws.Product().Formula; got != "rice.reach * 2" || len(f.Errs) == 0 {
		t.Fatalf("broken formula: saved %q, errors %v", got, f.Errs)
	}
}
