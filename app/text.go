package app

import (
	"strconv"
	"strings"
)

// OneLine flattens s to one line (runs of white space become one space) of
// at most n runes, ending in "…" when it was cut. Exporters and messages use
// it to quote a title inside a sentence or a narrow cell.
func OneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// GroupThousands formats n with a space between groups of three digits
// ("32 767"), as the workbook, the import messages and the brief print counts.
func GroupThousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}
