package brief

import (
	"strings"
	"testing"
)

// TestBriefHyphens checks that the brief draws '-' with the Go fonts'
// short hyphen glyph (the soft hyphen's) rather than their minus-wide one,
// while the text still reads "-": fpdf measures '-' as wide as the soft
// hyphen and narrower than an en dash in every face, the coverage check
// still holds '-', pdftotext finds the sample's hyphenated words with a
// plain "-" in regular, bold and italic text, and qpdf and pdffonts accept
// the file.
func TestBriefHyphens(t *testing.T) {
	ws := sampleWorkspace(t)

	pdf, _, _, err := buildBrief(ws, BriefOptions{Date: day}, false, false)
	if err != nil {
		t.Fatalf("buildBrief: %v", err)
	}
	for _, f := range briefFaces {
		pdf.SetFont(briefFamily, f.style, 100)
		hyphen, soft, en := pdf.GetStringWidth("-"), pdf.GetStringWidth("\u00ad"), pdf.GetStringWidth("\u2013")
		if hyphen == 0 || hyphen != soft || hyphen >= en {
			t.Errorf("face %q: '-' is %g wide, want the soft hyphen's %g, less than the en dash's %g", f.style, hyphen, soft, en)
		}
	}
	cov, err := fontCoverage()
	if err != nil {
		t.Fatal(err)
	}
	if !cov.has('-') {
		t.Error("the coverage check says the fonts lack '-'")
	}
	if got := (&glyphs{cov: cov}).clean("test", "text", "re-planning – 10−12"); got != "re-planning – 10−12" {
		t.Errorf("clean changed hyphens or dashes: %q", got)
	}

	b, _, _ := writeBrief(t, ws, BriefOptions{})
	path := savePDF(t, b)
	checkPDF(t, path)
	checkFonts(t, path)
	text := checkText(t, path)
	flat := strings.Join(strings.Fields(text), " ")
	for _, tt := range []struct {
		face, word string
	}{
		{"regular", "drag-and-drop calendar"},
		{"regular", "Real-time re-planning"},
		{"regular", "Offline-first technician app"},
		{"bold", "Go-to-market readiness"},
		{"bold", "NORTH-STAR METRIC"},
		{"italic", "Every field-service crew"},
	} {
		if !strings.Contains(flat, tt.word) {
			t.Errorf("pdftotext does not find %q (%s)", tt.word, tt.face)
		}
	}
	for _, r := range []rune{'\u00ad', '\u2010', '\u2011'} {
		if strings.ContainsRune(text, r) {
			t.Errorf("pdftotext reads %U where the brief has '-'", r)
		}
	}
}
