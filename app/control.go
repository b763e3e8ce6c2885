package app

import (
	"fmt"
	"strings"
	"unicode"
)

// EscapeControl returns s with every control character written as a
// visible escape (`\n`, `\t`, `\r`, `\x1b`, `\u009b`), so that a value
// from a hand-edited file or a spreadsheet cannot drive a terminal (an
// escape sequence that retitles or clears it) or forge a line of output.
// Text without control characters comes back as it is.
func EscapeControl(s string) string {
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
