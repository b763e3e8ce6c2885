package edit

import (
	"testing"

	"canopy/app"
	"canopy/ui/page"
)

func openMilestone(env *page.Env) page.Editor { return NewMilestoneEditor(env, "ms-bloom") }

func TestMilestoneEditor(t *testing.T) {
	f := newFixture(t, openMilestone)
	ed := f.ed.(*milestoneEditor)
	m := func() *app.Milestone { v, _ := f.ws.Milestone("ms-bloom"); return v }

	// References show names.
	if ed.lane.Selected != "Field" || ed.initiative.Selected != "Alpha" {
		t.Fatalf("lane %q, initiative %q; want names", ed.lane.Selected, ed.initiative.Selected)
	}
	n := f.applied
	f.typeInto(ed.name, "Full bloom")
	f.expectCommand(n, "Rename milestone")

	n = f.applied
	f.typeInto(ed.date, "2026-04-20")
	f.expectCommand(n, "Change milestone date")
	if m().Date != app.MustDate("2026-04-20") {
		t.Fatalf("date %v", m().Date)
	}
	for _, bad := range []struct{ text, want string }{
		{"20/04/2026", "want YYYY-MM-DD"},
		{"2026-02-30", "want YYYY-MM-DD"},
		{"", "the date is required"},
	} {
		n = f.applied
		f.typeInto(ed.date, bad.text)
		f.expectRefused(n, "Change milestone date", bad.want)
		if ed.date.Text != "2026-04-20" || m().Date != app.MustDate("2026-04-20") {
			t.Fatalf("after %q: field %q, date %v", bad.text, ed.date.Text, m().Date)
		}
	}
	f.undo()
	if m().Date != app.MustDate("2026-04-01") || ed.date.Text != "2026-04-01" {
		t.Fatalf("after undo: %v, field %q", m().Date, ed.date.Text)
	}

	n = f.applied
	ed.lane.SetSelected("Office")
	f.expectCommand(n, "Change milestone lane")
	n = f.applied
	ed.initiative.SetSelected("(no initiative)")
	f.expectCommand(n, "Change milestone initiative")
	if m().Lane != "lane-office" || m().Initiative != "" {
		t.Fatalf("milestone %+v", m())
	}
	n = f.applied
	f.typeInto(ed.description, "Petals everywhere")
	f.expectCommand(n, "Edit milestone description")
	f.undo()
	f.undo()
	if m().Initiative != "init-a" || ed.initiative.Selected != "Alpha" {
		t.Fatalf("after undo: initiative %q, shown %q", m().Initiative, ed.initiative.Selected)
	}
}

func TestMilestoneEditorReadOnly(t *testing.T) {
	newFixture(t, openMilestone).checkReadOnly()
}
