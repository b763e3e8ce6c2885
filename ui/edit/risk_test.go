package edit

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/page"
)

func openRisk(env *page.Env) page.Editor { return NewRiskEditor(env, "risk-rain") }

func TestRiskEditorTexts(t *testing.T) {
	f := newFixture(t, openRisk)
	ed := f.ed.(*riskEditor)
	r := func() *app.Risk { v, _ := f.ws.Risk("risk-rain"); return v }
	n := f.applied
	f.typeInto(ed.assumption, "Spring is dry")
	f.expectCommand(n, "Edit risk assumption")
	n = f.applied
	f.typeInto(ed.mitigation, "Irrigation")
	f.expectCommand(n, "Edit risk mitigation")
	n = f.applied
	f.typeInto(ed.owner, "Sam")
	f.expectCommand(n, "Edit risk owner")
	if v := r(); v.Assumption != "Spring is dry" || v.Mitigation != "Irrigation" || v.Owner != "Sam" {
		t.Fatalf("risk %+v", v)
	}
	// The description is required.
	n = f.applied
	f.typeInto(ed.description, "")
	f.expectRefused(n, "Edit risk description", "description", "required")
	if ed.description.Text != "Too much rain" {
		t.Fatalf("description field %q", ed.description.Text)
	}
}

func TestRiskEditorInitiatives(t *testing.T) {
	f := newFixture(t, openRisk)
	ed := f.ed.(*riskEditor)
	r := func() *app.Risk { v, _ := f.ws.Risk("risk-rain"); return v }
	l := ed.initiatives
	names := func() []string {
		var out []string
		for _, row := range l.rows {
			out = append(out, row.open.Text)
		}
		return out
	}
	if got := names(); !slices.Equal(got, []string{"Alpha"}) {
		t.Fatalf("linked initiatives shown as %q, want names", got)
	}
	// The select offers the others by name.
	if !slices.Equal(l.pick.Options, []string{"Beta", "Gamma"}) {
		t.Fatalf("select offers %q", l.pick.Options)
	}
	n := f.applied
	l.pick.SetSelected("Gamma")
	f.expectCommand(n, "Link initiative to risk")
	if !slices.Equal(r().Initiatives, []string{"init-a", "init-c"}) || !slices.Equal(names(), []string{"Alpha", "Gamma"}) {
		t.Fatalf("initiatives %q, shown %q", r().Initiatives, names())
	}
	if l.pick.Selected != "" || !slices.Equal(l.pick.Options, []string{"Beta"}) {
		t.Fatalf("select after linking: %q of %q", l.pick.Selected, l.pick.Options)
	}
	// A row opens its initiative.
	test.Tap(l.rows[1].open)
	if len(f.Opened) != 1 || f.Opened[0] != (app.Key{Kind: app.KindInitiative, ID: "init-c"}) {
		t.Fatalf("opened %v", f.Opened)
	}
	n = f.applied
	test.Tap(l.rows[0].remove)
	f.expectCommand(n, "Unlink initiative from risk")
	if !slices.Equal(r().Initiatives, []string{"init-c"}) || !slices.Equal(names(), []string{"Gamma"}) {
		t.Fatalf("after unlink: %q, shown %q", r().Initiatives, names())
	}
	f.undo()
	f.undo()
	if !slices.Equal(r().Initiatives, []string{"init-a"}) || !slices.Equal(names(), []string{"Alpha"}) {
		t.Fatalf("after undo: %q, shown %q", r().Initiatives, names())
	}
}

func TestRiskEditorReadOnly(t *testing.T) {
	newFixture(t, openRisk).checkReadOnly()
}

// TestRiskEditorRatings: likelihood and impact are chosen from a list, each
// change one undoable command; "Not rated" clears the rating.
func TestRiskEditorRatings(t *testing.T) {
	f := newFixture(t, openRisk)
	ed := f.ed.(*riskEditor)
	r := func() *app.Risk { v, _ := f.ws.Risk("risk-rain"); return v }
	if ed.likelihood.Selected != "Not rated" || ed.impact.Selected != "Not rated" {
		t.Fatalf("an unrated risk shows %q, %q", ed.likelihood.Selected, ed.impact.Selected)
	}
	n := f.applied
	ed.likelihood.SetSelected("High")
	f.expectCommand(n, "Rate risk likelihood")
	n = f.applied
	ed.impact.SetSelected("Medium")
	f.expectCommand(n, "Rate risk impact")
	if v := r(); v.Likelihood != app.RiskHigh || v.Impact != app.RiskMedium || v.Exposure() != 6 {
		t.Fatalf("risk %+v", v)
	}
	// Undo takes the impact back, and the select follows.
	f.undo()
	if r().Impact != app.RiskUnrated || ed.impact.Selected != "Not rated" {
		t.Fatalf("after undo: impact %q, select %q", r().Impact, ed.impact.Selected)
	}
	n = f.applied
	ed.likelihood.SetSelected("Not rated")
	f.expectCommand(n, "Rate risk likelihood")
	if r().Likelihood != app.RiskUnrated {
		t.Fatalf("likelihood %q after Not rated", r().Likelihood)
	}
}
