package brief

import (
	"bytes"
	"testing"

	"canopy/export/internal/exporttest"
)

// TestBriefStaysBoundedWhateverTheDates: a date typo centuries away (year
// 226) adds a few pages at most, never hundreds.
func TestBriefStaysBoundedWhateverTheDates(t *testing.T) {
	good, _, _ := writeBrief(t, sampleWorkspace(t), BriefOptions{})
	bad, _, _ := writeBrief(t, exporttest.WithDateTypo(t, sampleWorkspace(t)), BriefOptions{})
	if g, b := pdfPages(good), pdfPages(bad); g == 0 || b > g+6 {
		t.Fatalf("the brief runs to %d pages with the typo, %d without", b, g)
	}
}

// pdfPages counts the pages of a PDF by its page objects.
func pdfPages(pdf []byte) int {
	return bytes.Count(pdf, []byte("/Type /Page\n")) + bytes.Count(pdf, []byte("/Type /Page ")) + bytes.Count(pdf, []byte("/Type /Page>"))
}
