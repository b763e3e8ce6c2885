package ui

import (
	"fmt"
	"strconv"
	"strings"

	"canopy/app"
)

// formatNumber prints v with at most two decimals and no trailing zeros.
func formatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		s = "0"
	}
	return s
}

// formatPercent prints a share 0..1 as a whole percentage ("42%").
func formatPercent(share float64) string {
	return fmt.Sprintf("%.0f%%", 100*share)
}

// withUnit appends a unit to a number, if there is one ("40 ms").
func withUnit(v float64, unit string) string {
	if unit = strings.TrimSpace(unit); unit == "" {
		return formatNumber(v)
	}
	return formatNumber(v) + " " + unit
}

// metricRange describes a metric's path: "10 → 25 → 40 ms" (baseline →
// current → target).
func metricRange(m app.Metric) string {
	return formatNumber(m.Baseline) + " → " + formatNumber(m.Current) + " → " + withUnit(m.Target, m.Unit)
}

// formatEstimate prints an item's estimate in points, or says there is none.
func formatEstimate(e float64) string {
	switch {
	case e <= 0:
		return "no estimate"
	case e == 1:
		return "1 pt"
	}
	return formatNumber(e) + " pts"
}

// plural returns "1 item" or "3 items".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// orPlaceholder returns s, or placeholder when s is blank.
func orPlaceholder(s, placeholder string) (text string, missing bool) {
	if strings.TrimSpace(s) == "" {
		return placeholder, true
	}
	return s, false
}
