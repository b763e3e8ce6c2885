package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"canopy/app"
	"canopy/app/diff"
	"canopy/app/since"
	"canopy/internal/gittest"
	"canopy/ui/compare"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// overlayWith waits for the top overlay of the window to show text.
func overlayWith(t *testing.T, s *shell, text string) fyne.CanvasObject {
	t.Helper()
	var top fyne.CanvasObject
	uitest.WaitUntil(t, func() bool {
		top = s.win.Canvas().Overlays().Top()
		return top != nil && uitest.HasText(top, text)
	})
	return top
}

// firstDated returns the sample's first dated initiative.
func firstDated(t *testing.T, ws *app.Workspace) *app.Initiative {
	t.Helper()
	for _, in := range ws.Initiatives() {
		if in.Dated() {
			return in
		}
	}
	t.Fatal("the sample has no dated initiative")
	return nil
}

// TestCompareWithBaseline is the review a PM does: save a baseline, let
// an initiative slip three weeks, compare with the baseline (Roadmap ▸
// Compare with…): the roadmap shows the ghost at the old dates with the
// slip, the Changes panel lists it and opens it; an edit is compared
// again; Stop comparing leaves compare mode.
func TestCompareWithBaseline(t *testing.T) {
	s, _, dir := openSampleOnDisk(t, "pm")
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))

	// File ▸ Save baseline… writes the file, and refuses a bad name
	// without writing anything.
	s.saveBaseline("q1")
	overlayWith(t, s, "baselines/q1.json")
	if _, err := os.Stat(filepath.Join(dir, "baselines", "q1.json")); err != nil {
		t.Fatalf("Save baseline wrote no file: %v", err)
	}
	s.win.Canvas().Overlays().Top().Hide()
	s.saveBaseline("Q1 review")
	overlayWith(t, s, "lowercase letters")
	s.win.Canvas().Overlays().Top().Hide()
	if entries, _ := os.ReadDir(filepath.Join(dir, "baselines")); len(entries) != 1 {
		t.Errorf("baselines after a bad name: %v", entries)
	}

	// Settings lists it.
	s.showSection(page.Settings)
	if names := baselineNames(t, s); len(names) != 1 || names[0] != "q1" {
		t.Errorf("Settings lists the baselines %v", names)
	}

	// A baseline saved while Settings is shown is listed at once.
	s.saveBaseline("q2")
	overlayWith(t, s, "baselines/q2.json")
	s.win.Canvas().Overlays().Top().Hide()
	if names := baselineNames(t, s); len(names) != 2 {
		t.Errorf("Settings lists the baselines %v after saving q2", names)
	}

	// The initiative slips three weeks.
	in := firstDated(t, s.ws)
	moved := *in
	moved.End = in.End.AddDays(21)
	if err := s.ws.Do(app.Func{Desc: "slip", Fn: func(tx *app.Tx) error { return tx.Put(&moved) }}); err != nil {
		t.Fatal(err)
	}

	// Roadmap ▸ Compare with… lists the baseline; choosing it compares.
	if s.compareItem == nil || s.compareItem.Disabled || !s.stopCompareItem.Disabled {
		t.Fatal("Roadmap ▸ Compare with… is missing or disabled, or Stop comparing enabled before comparing")
	}
	s.onCompareWith()
	top := overlayWith(t, s, "Compare with")
	ch := uitest.Find[*compare.Chooser](t, top)
	if len(ch.Options()) < 3 || !strings.HasPrefix(ch.Options()[0], "Baseline q1") {
		t.Fatalf("the chooser offers %q", ch.Options())
	}
	ch.Choose(ch.Options()[0])
	ch.Compare()
	// The comparison and the bar's words arrive from a goroutine (fyne.Do).
	uitest.WaitUntil(t, func() bool {
		return s.env.Compare.Current() != nil && uitest.HasText(s.cmp.bar, "Comparing with")
	})
	if s.current != page.Roadmap || s.stopCompareItem.Disabled {
		t.Errorf("comparing shows %q, Stop comparing disabled %v", s.current, s.stopCompareItem.Disabled)
	}

	// The roadmap draws the ghost at the old dates with the slip.
	tl := s.roadmapPage().Timeline().Timeline
	var slip bool
	for _, g := range tl.Ghosts() {
		if g.ID == in.ID && g.Label == "+3 w" && g.End == in.End {
			slip = true
		}
	}
	if !slip {
		t.Fatalf("no ghost of %s with +3 w among %+v", in.Name, tl.Ghosts())
	}
	tl.Select(in.ID) // scrolls it into sight
	if !uitest.HasText(tl, "+3 w") {
		t.Errorf("the roadmap shows no slip label; it shows %q", uitest.Texts(tl))
	}
	if !uitest.HasText(s.cmp.bar, "Comparing with baseline q1") || !uitest.HasText(s.cmp.bar, "1 slipped") {
		t.Errorf("the bar says %q", uitest.Texts(s.cmp.bar))
	}

	// The Changes panel lists the slip and opens the initiative.
	s.showSection(page.Overview)
	row := -1
	for i, r := range s.cmp.panel.Rows() {
		if strings.Contains(r, in.Name) && strings.Contains(r, "slipped 3 w") {
			row = i
		}
	}
	if row < 0 {
		t.Fatalf("the Changes panel lists %q", s.cmp.panel.Rows())
	}
	s.cmp.panel.Select(row)
	if k, open := s.roadmapPage().Beside().Shown(); s.current != page.Roadmap || !open || k.ID != in.ID {
		t.Errorf("the change opened %v (open %v) in %q", k, open, s.current)
	}

	// An edit is compared again: the initiative back on its dates leaves
	// no ghost and no change.
	back := moved
	back.End = in.End
	if err := s.ws.Do(app.Func{Desc: "back", Fn: func(tx *app.Tx) error { return tx.Put(&back) }}); err != nil {
		t.Fatal(err)
	}
	uitest.WaitUntil(t, func() bool { return s.env.Compare.Current().Diff.Empty() })
	if c := s.env.Compare.Current(); c == nil || len(tl.Ghosts()) != 0 {
		t.Errorf("after moving it back: %+v", c.Diff.Changes)
	}

	// Stop comparing, once no comparison is pending (the save of the edit
	// above comes back from the disk watcher as a change too; the test
	// driver runs fyne.Do on the timer's own goroutine).
	uitest.WaitUntil(t, func() bool { return s.cmp.timer == nil && s.cmp.working.Load() == 0 })
	s.cmp.Stop()
	if s.env.Compare.Current() != nil || s.cmp.shown() || !s.stopCompareItem.Disabled {
		t.Error("Stop comparing left compare mode on")
	}
}

// TestCompareWithAMissingBaseline: a baseline that cannot be read is said
// in a dialog naming it, and nothing is compared.
func TestCompareWithAMissingBaseline(t *testing.T) {
	s, _, _ := openSampleOnDisk(t, "pm")
	s.cmp.Start(since.Source{Baseline: "q9"})
	top := overlayWith(t, s, `no such baseline named "q9"`)
	if !uitest.HasText(top, "Compare with baseline q9: ") {
		t.Errorf("the error does not say what was compared: %q", uitest.Texts(top))
	}
	if s.env.Compare.Current() != nil || s.cmp.shown() {
		t.Error("a missing baseline left compare mode on")
	}
}

// TestCompareWithACommit: in a workspace kept in git, Compare with… lists
// the commits by date and message; choosing one compares the plan in
// memory (unsaved edits too) with that commit.
func TestCompareWithACommit(t *testing.T) {
	gittest.Isolate(t)
	s, _, dir := openSampleOnDisk(t, "pm")
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	gittest.RunAt(t, dir, "2026-11-20T10:00:00Z", "init", "-q")
	gittest.RunAt(t, dir, "2026-11-20T10:00:00Z", "add", "-A")
	gittest.RunAt(t, dir, "2026-11-20T10:00:00Z", "commit", "-q", "-m", "Quarterly review")

	in := firstDated(t, s.ws)
	moved := *in
	moved.End = in.End.AddDays(21)
	if err := s.ws.Do(app.Func{Desc: "slip", Fn: func(tx *app.Tx) error { return tx.Put(&moved) }}); err != nil {
		t.Fatal(err)
	}
	pressShortcut(s, compareKey, fyne.KeyModifierShift) // Mod+Shift+D, as the menu says
	top := overlayWith(t, s, "Compare with")
	ch := uitest.Find[*compare.Chooser](t, top)
	opts := ch.Options()
	if len(opts) != 2 || !strings.HasPrefix(opts[0], "2026-11-20 · Quarterly review (") {
		t.Fatalf("the chooser offers %q", opts)
	}
	ch.Choose(opts[0])
	ch.Compare()
	uitest.WaitUntil(t, func() bool {
		return s.env.Compare.Current() != nil && len(s.roadmapPage().Timeline().Timeline.Ghosts()) > 0
	})
	cur := s.env.Compare.Current()
	if !strings.Contains(cur.Name, "2026-11-20") || len(cur.Diff.For(diff.EntityInitiative, in.ID)) == 0 {
		t.Errorf("compared with %q: %v", cur.Name, cur.Diff.Changes)
	}
	ghosts := s.roadmapPage().Timeline().Timeline.Ghosts()
	if len(ghosts) != 1 || ghosts[0].ID != in.ID || ghosts[0].Label != "+3 w" {
		t.Errorf("ghosts %+v", ghosts)
	}
}

// baselineNames returns the baselines Settings ▸ Baselines lists.
func baselineNames(t *testing.T, s *shell) []string {
	t.Helper()
	tabs := uitest.Find[*container.AppTabs](t, s.pages[page.Settings].Object())
	for _, it := range tabs.Items {
		if it.Text == "Baselines" {
			tabs.Select(it)
			return uitest.Find[*compare.Baselines](t, it.Content).Names()
		}
	}
	t.Fatal("Settings has no Baselines tab")
	return nil
}
