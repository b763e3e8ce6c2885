package brief

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"canopy/app"
	"canopy/app/diff"
	"canopy/export/internal/exporttest"
)

// reviewed returns the sample and a copy a month later: an initiative
// slipped three weeks, an item dropped from its release, the vision
// rewritten.
func reviewed(t *testing.T) (old, now *app.Workspace, slipped *app.Initiative, dropped *app.Item) {
	t.Helper()
	old, now = sampleWorkspace(t), sampleWorkspace(t)
	slipped, dropped = exporttest.Review(t, now)
	return old, now, slipped, dropped
}

func TestBriefChangesSection(t *testing.T) {
	old, now, in, it := reviewed(t)
	d := diff.Compare(old, now)
	ch := &Changes{Since: "v1 (95d1473, 2026-11-20)", Diff: d, Old: old}
	b, _, _ := writeBrief(t, now, BriefOptions{Changes: ch})
	path := savePDF(t, b)
	checkPDF(t, path)
	text := checkText(t, path,
		"What changed since v1 (95d1473, 2026-11-20)",
		d.Headline(),
		in.Name, "slipped 3 w",
		"scope removed", it.Title,
		"Crews finish the day with nothing left to type.",
		"The roadmap shows where each initiative was",
		"+3 w", // the ghost's slip beside the bar on the roadmap
	)
	// The section comes first, before the vision, and is in the contents.
	flat := strings.Join(strings.Fields(text), " ")
	first := strings.Index(flat, "What changed since")
	last := strings.LastIndex(flat, "What changed since")
	vision := strings.LastIndex(flat, SectionTitle(app.DocVision))
	if first == last || vision < last {
		t.Errorf("the section is not in the contents and before the vision (contents at %d, section at %d, vision at %d)", first, last, vision)
	}

	// Without changes, no section; the same changes give the same bytes.
	plain, _, _ := writeBrief(t, now, BriefOptions{})
	if text := checkText(t, savePDF(t, plain), SectionTitle(app.DocVision)); strings.Contains(text, "What changed") {
		t.Error("a brief without changes has the section")
	}
	again, _, _ := writeBrief(t, now, BriefOptions{Changes: ch})
	if !bytes.Equal(b, again) {
		t.Error("the same brief twice gives different bytes")
	}
}

// TestSummaryChanges: the executive summary of a brief that compares says
// what changed in its gist (the count and the headline) under the key
// facts, and stays on its one page on every paper; without changes it
// says nothing of them.
func TestSummaryChanges(t *testing.T) {
	old, now, _, _ := reviewed(t)
	ch := &Changes{Since: "baseline q4 (saved 2026-11-20)", Diff: diff.Compare(old, now), Old: old}
	for _, opt := range []BriefOptions{
		{Summary: true, Changes: ch},
		{Summary: true, Changes: ch, Paper: PaperLetter, Landscape: true},
	} {
		b, lay, _ := writeBrief(t, now, opt)
		path := savePDF(t, b)
		pages := checkPDF(t, path)
		if pages != 1 {
			t.Errorf("%+v: the summary has %d pages", opt, pages)
		}
		checkLayout(t, lay, pages, opt)
		checkText(t, path, "WHAT CHANGED SINCE BASELINE Q4", fmt.Sprintf("%d changes:", len(ch.Diff.Changes)), "slipped")
	}
	plain, _, _ := writeBrief(t, now, BriefOptions{Summary: true})
	if text := checkText(t, savePDF(t, plain), "EXECUTIVE SUMMARY"); strings.Contains(text, "WHAT CHANGED") {
		t.Error("a summary without changes speaks of them")
	}
}
