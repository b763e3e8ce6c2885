package page

import (
	"fmt"
	"strings"

	"canopy/app"
	"canopy/ui/form"
)

// FormatPercent prints a share 0..1 as a whole percentage ("42%").
func FormatPercent(share float64) string {
	return fmt.Sprintf("%.0f%%", 100*share)
}

// WithUnit appends a unit to a number, if there is one ("40 ms").
func WithUnit(v float64, unit string) string {
	if unit = strings.TrimSpace(unit); unit == "" {
		return form.FormatNumber(v)
	}
	return form.FormatNumber(v) + " " + unit
}

// MetricRange describes a metric's path: "10 → 25 → 40 ms" (baseline →
// current → target).
func MetricRange(m app.Metric) string {
	return form.FormatNumber(m.Baseline) + " → " + form.FormatNumber(m.Current) + " → " + WithUnit(m.Target, m.Unit)
}

// OrPlaceholder returns s, or placeholder when s is blank.
func OrPlaceholder(s, placeholder string) (text string, missing bool) {
	if strings.TrimSpace(s) == "" {
		return placeholder, true
	}
	return s, false
}

// Trimmed returns s without the spaces at its ends (only spaces: a field
// typed with a tab keeps it).
func Trimmed(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ') {
		if s[0] == ' ' {
			s = s[1:]
		} else {
			s = s[:len(s)-1]
		}
	}
	return s
}
