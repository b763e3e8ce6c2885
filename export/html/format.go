package html

import (
	"math"
	"net/url"
	"strconv"
	"strings"

	"canopy/app"
)

// SafeLink returns s as a link when it is an http, https or mailto
// address, and false for anything else (javascript:, data:, file:,
// relative paths, text with spaces or control characters).
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

// longDay formats "December 6, 2026".
func longDay(d app.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format("January 2, 2006")
}

// shortDay formats "Dec 6, 2026", or "" for no date.
func shortDay(d app.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format("Jan 2, 2006")
}

// dayRange formats "Jan 5 – Mar 31, 2027", or across years "Dec 1, 2026 –
// Feb 28, 2027"; one side alone when the other is missing.
func dayRange(a, b app.Date) string {
	switch {
	case a.IsZero():
		return shortDay(b)
	case b.IsZero():
		return "from " + shortDay(a)
	case a.Time().Year() == b.Time().Year():
		return a.Time().Format("Jan 2") + " – " + shortDay(b)
	}
	return shortDay(a) + " – " + shortDay(b)
}

// percent formats a share as "45%".
func percent(v float64) string {
	if math.IsNaN(v) {
		v = 0
	}
	return strconv.Itoa(int(math.Round(v*100))) + "%"
}

// frac formats a share (0..1) for a progress element's value.
func frac(v float64) string {
	if math.IsNaN(v) || v < 0 {
		v = 0
	}
	return strconv.FormatFloat(math.Min(v, 1), 'f', 3, 64)
}

// fmtNum formats a number without needless decimals ("12", "2.5").
func fmtNum(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	// Group the thousands of the whole part: 21,900.
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, dec, _ := strings.Cut(s, ".")
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	if dec != "" {
		whole += "." + dec
	}
	if neg {
		whole = "-" + whole
	}
	return whole
}
