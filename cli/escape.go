package cli

import (
	"fmt"
	"io"
	"strings"

	"canopy/app"
)

// term makes s safe to print as part of one line on a terminal: every
// control character (an escape sequence that could retitle or clear the
// terminal, a line break that would print a forged line, a tab that would
// shift a column) is written as a visible escape (app.EscapeControl).
func term(s string) string { return app.EscapeControl(s) }

// termLine prints a line of text that may hold values from a workspace or
// a spreadsheet, escaped by term.
func termLine(w io.Writer, s string) {
	fmt.Fprintln(w, term(s))
}

// termLines prints a message whose lines are its own (several rule
// problems, one a line), each line escaped by term: the values inside a
// line were escaped where the line was made (app.RuleError).
func termLines(w io.Writer, s string) {
	for line := range strings.SplitSeq(s, "\n") {
		termLine(w, line)
	}
}
