package xlsx

import (
	"canopy/app"
	"fmt"
	"unicode/utf8"
)

// MaxCellChars is the most characters a spreadsheet cell holds: Excel counts
// UTF-16 code units, and excelize cuts longer strings silently.
const MaxCellChars = 32767

// CutMarkerPrefix starts the marker appended to text that was cut to fit a
// cell ("… [cut: 40 000 characters in Canopy]"). An importer that finds it
// in a cell leaves the field unchanged.
const CutMarkerPrefix = "… [cut: "

// cutMarker returns the marker for text of n characters.
func cutMarker(n int) string {
	return CutMarkerPrefix + groupThousands(n) + " characters in Canopy]"
}

// groupThousands formats n with a space between groups of three digits.
func groupThousands(n int) string { return app.GroupThousands(n) }

// utf16Len returns the length of s in UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// fit returns s cut to fit one cell with the marker appended, and whether it
// had to be cut. Cuts fall between characters, never inside one.
func fit(s string) (string, bool) {
	if len(s) <= MaxCellChars { // bytes ≥ UTF-16 units: fits for sure
		return s, false
	}
	if utf16Len(s) <= MaxCellChars {
		return s, false
	}
	marker := cutMarker(utf8.RuneCountInString(s))
	room := MaxCellChars - utf16Len(marker)
	units, end := 0, 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if units+w > room {
			end = i
			break
		}
		units += w
	}
	return s[:end] + marker, true
}

// texts collects the warnings of one export.
type texts struct {
	warnings []string
}

// cell returns s ready for a cell: cut to fit, with a warning naming who
// (an entity's label) and the field when it was cut.
func (t *texts) cell(who, field, s string) string {
	out, cut := fit(s)
	if cut {
		t.warnings = append(t.warnings, fmt.Sprintf("%s: %s has %s characters, cut to fit a spreadsheet cell (%s)",
			who, field, groupThousands(utf8.RuneCountInString(s)), groupThousands(MaxCellChars)))
	}
	return out
}
