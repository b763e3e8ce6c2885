package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/export"
)

func TestBriefDialogOptions(t *testing.T) {
	test.NewTempApp(t)
	b := newBriefDialog()
	opt, err := b.options()
	if err != nil || opt.Paper != export.PaperA4 || opt.Landscape || opt.Summary || !slices.Equal(opt.Sections, export.Sections) {
		t.Fatalf("defaults: %+v, %v", opt, err)
	}
	b.paper.SetSelected(paperLetter)
	b.orient.SetSelected(orientLand)
	b.from.SetText("2026-03-01")
	b.to.SetText("2026-05-31")
	selectSections(b, export.SectionRisks, export.SectionRoadmap)
	opt, err = b.options()
	if err != nil || opt.Paper != export.PaperLetter || !opt.Landscape || opt.From != app.MustDate("2026-03-01") || opt.To != app.MustDate("2026-06-01") ||
		!slices.Equal(opt.Sections, []export.Section{export.SectionRoadmap, export.SectionRisks}) {
		t.Fatalf("chosen: %+v, %v", opt, err)
	}
	b.audience.SetSelected(briefSummary)
	if !b.sections[0].Disabled() {
		t.Error("the sections stay enabled for the executive summary")
	}
	if opt, err = b.options(); err != nil || !opt.Summary || opt.Sections != nil {
		t.Errorf("summary: %+v, %v", opt, err)
	}
	for _, c := range []struct {
		from, to string
		sections []export.Section
		want     string
	}{
		{"March", "", nil, `roadmap from: date "March": want YYYY-MM-DD`},
		{"2026-05-01", "2026-03-01", nil, "the roadmap ends (2026-03-01) before it starts (2026-05-01)"},
		{"", "", []export.Section{}, "choose at least one section"},
	} {
		b.audience.SetSelected(briefFull)
		b.from.SetText(c.from)
		b.to.SetText(c.to)
		if c.sections != nil {
			selectSections(b, c.sections...)
		}
		if _, err := b.options(); err == nil || err.Error() != c.want {
			t.Errorf("from %q to %q: error %v, want %q", c.from, c.to, err, c.want)
		}
	}
}

// selectSections checks the sections given and unchecks the others.
func selectSections(b *briefDialog, secs ...export.Section) {
	for i, c := range b.sections {
		c.SetChecked(slices.Contains(secs, export.Sections[i]))
	}
}

func TestExportBriefFromTheWindow(t *testing.T) {
	ws := seedWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	out := filepath.Join(t.TempDir(), "brief.pdf")
	s.exportBriefTo(out, export.BriefOptions{Summary: true})
	top := waitForDialog(t, s, "Wrote "+out)
	if s.busy {
		t.Error("busy is still set after the brief was written")
	}
	data, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("the brief: %d bytes, %v", len(data), err)
	}
	open := button(top, "Open the brief")
	if open == nil {
		t.Fatal("no button opens the brief")
	}
	test.Tap(open)
	if top := s.win.Canvas().Overlays().Top(); top != nil && hasText(top, "Wrote ") {
		t.Error("the dialog stays open after opening the brief")
	}
	// Inside the workspace: refused before anything is written.
	s.sess.Dir = t.TempDir()
	inside := filepath.Join(s.sess.Dir, "brief.pdf")
	s.exportBriefTo(inside, export.BriefOptions{})
	waitForDialog(t, s, "outside the workspace folder")
	if _, err := os.Stat(inside); err == nil {
		t.Error("a brief was written inside the workspace")
	}
	if !strings.Contains(s.exportMenu().ChildMenu.Items[1].Label, "Strategy brief") {
		t.Error("File ▸ Export has no Strategy brief item")
	}
}
