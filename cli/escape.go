package cli

import (
	"fmt"
	"strings"
	"unicode"
)

// term makes s safe to print as part of one line on a terminal: every
// control character (an escape sequence that could retitle or clear the
// terminal, a line break that would print a forged line, a tab that would
// shift a column) is written as a visible escape, `\n`, `\t`, `\x1b` or
// `\u009b`. Other text, accents and all, is unchanged.
func term(s string) string {
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x80 && unicode.IsControl(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unicode.IsControl(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// termLine prints a line of text that may hold values from a workspace or
// a spreadsheet, escaped by term.
func termLine(w interface{ Write([]byte) (int, error) }, s string) {
	fmt.Fprintln(w, term(s))
}
