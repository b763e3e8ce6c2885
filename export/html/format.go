package html

import (
	"math"
	"strconv"

	"canopy/app"
)

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
	// Group the thousands of the whole part: 21,900.
	return app.GroupDigits(strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64), ",")
}
