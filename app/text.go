package app

import (
	"net/url"
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
func GroupThousands(n int) string { return GroupDigits(strconv.Itoa(n), " ") }

// GroupDigits puts sep between the groups of three digits of the whole
// part of the number written in s ("-21900.5" with "," gives
// "-21,900.5"); the sign and the decimals stay as they are.
func GroupDigits(s, sep string) string {
	sign, rest := "", s
	if strings.HasPrefix(rest, "-") {
		sign, rest = "-", rest[1:]
	}
	whole, dec, hasDec := strings.Cut(rest, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	if hasDec {
		b.WriteString("." + dec)
	}
	return b.String()
}

// SafeLink returns s as a link when it is an http, https or mailto
// address, and false for anything else (javascript:, data:, file:,
// relative paths, text with spaces or control characters): the only links
// an export makes, whatever a hand-edited file holds.
func SafeLink(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f || r == ' ' }) {
		return "", false
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return "", false
		}
	case "mailto":
		if u.Opaque == "" {
			return "", false
		}
	default:
		return "", false
	}
	return u.String(), true
}
