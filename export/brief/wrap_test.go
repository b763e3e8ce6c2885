package brief

import (
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// TestWrapBreaksBetweenWords: lines break between words; a word wider than
// the column is broken with a hyphen, never cut without one; no line is
// wider than the column; the words come back whole when the hyphens at
// the line ends are taken away; an indent stays on the first line.
func TestWrapBreaksBetweenWords(t *testing.T) {
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", SizeStr: "A4"})
	d := &pdfDoc{pdf: pdf, tr: func(s string) string { return s }, fam: "Helvetica"}
	d.setFont("", 9)
	tests := []struct {
		s     string
		w     float64
		lines []string // nil: only the properties are checked
	}{
		{"Customer commitment", 40, nil},
		{"short", 200, []string{"short"}},
		{"two words", 35, []string{"two", "words"}},
		{"   → Dependent item title", 300, []string{"   → Dependent item title"}},
		{"Supercalifragilisticexpialidocious and more words after it", 60, nil},
		{"a b c d e f g h i j k l m n o p", 20, nil},
		{"W", 2, []string{"W"}},
	}
	if got := d.wrapWords("Customer commitment", 40); len(got) != 3 || got[0] != "Customer" || !strings.HasSuffix(got[1], "-") {
		t.Errorf("a header wider than its column: %q, want Customer, then commitment broken with a hyphen", got)
	}
	for _, tc := range tests {
		got := d.wrapWords(tc.s, tc.w)
		if tc.lines != nil && strings.Join(got, "|") != strings.Join(tc.lines, "|") {
			t.Errorf("%q at %v: %q, want %q", tc.s, tc.w, got, tc.lines)
		}
		var whole []string
		for i, l := range got {
			if d.strWidth(l) > tc.w && len([]rune(strings.TrimSuffix(l, "-"))) > 1 {
				t.Errorf("%q at %v: line %q is %v wide", tc.s, tc.w, l, d.strWidth(l))
			}
			if strings.HasSuffix(l, "-") && i+1 < len(got) {
				whole = append(whole, strings.TrimSuffix(l, "-")+"\x00")
				continue
			}
			whole = append(whole, l)
		}
		joined := strings.ReplaceAll(strings.Join(whole, " "), "\x00 ", "")
		if strings.Join(strings.Fields(joined), " ") != strings.Join(strings.Fields(tc.s), " ") {
			t.Errorf("%q at %v: the words come back as %q", tc.s, tc.w, joined)
		}
	}
}

// TestFitWordsWidensNarrowColumns: a column too narrow for its longest
// word (of the bold header or of a cell, bold or not) takes room from the
// columns with room to spare, and the table keeps its width; when no
// column has room to spare, nothing moves.
func TestFitWordsWidensNarrowColumns(t *testing.T) {
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", SizeStr: "A4"})
	d := &pdfDoc{pdf: pdf, tr: func(s string) string { return s }, fam: "Helvetica", left: 40, right: 440}
	cols := []tcol{{head: "Item", w: 8}, {head: "Status", w: 0.5}, {head: "Segment", w: 0.5}}
	rows := [][]cell{{txt("A long title that wraps anyway"), {s: "Planned", bold: true}, txt("Enterprise")}}
	ws := []float64{400.0 * 8 / 9, 400.0 * 0.5 / 9, 400.0 * 0.5 / 9}
	d.fitWords(ws, cols, rows)
	d.setFont("B", sizeTable)
	if ws[1] < d.strWidth("Planned")+2*cellPad {
		t.Errorf("the status column is %v wide, narrower than a bold Planned", ws[1])
	}
	d.setFont("", sizeTable)
	if ws[2] < d.strWidth("Enterprise")+2*cellPad {
		t.Errorf("the segment column is %v wide, narrower than Enterprise", ws[2])
	}
	if sum := ws[0] + ws[1] + ws[2]; sum < 399.99 || sum > 400.01 {
		t.Errorf("the table is %v wide, want 400", sum)
	}
	tight := []float64{10, 10, 10}
	d.right = 70
	d.fitWords(tight, cols, rows)
	if tight[0] != 10 || tight[1] != 10 || tight[2] != 10 {
		t.Errorf("without room to spare the widths moved: %v", tight)
	}
}
