package forecast

import (
	"fmt"
	"strings"

	"canopy/app"
)

// Headline is the forecast in one line, for a release's or an
// initiative's row: "P85: 12 Jan — 68 % chance by 21 Dec", or why there is
// no forecast. Dates leave out the year when it is today's.
func Headline(f *Forecast, today app.Date) string {
	switch {
	case f.OK() && f.HasChance:
		return fmt.Sprintf("P85: %s — %.0f %% chance by %s", Day(f.P85, today), 100*f.Chance, Day(f.Planned, today))
	case f.OK():
		return fmt.Sprintf("P85: %s (P50 %s, P95 %s)", Day(f.P85, today), Day(f.P50, today), Day(f.P95, today))
	case f.Reason == "":
		return "No forecast"
	}
	return "No forecast: " + f.Reason
}

// Day writes d as "12 Jan", or "12 Jan 2027" when its year is not today's.
func Day(d, today app.Date) string {
	if d.IsZero() {
		return "—"
	}
	if d.Time().Year() == today.Time().Year() {
		return d.Time().Format("2 Jan")
	}
	return d.Time().Format("2 Jan 2006")
}

// Sparkline is the throughput as block characters, oldest week first
// ("▂▅▁▇"), for a line of text; a zero week is a space.
func Sparkline(weeks []Week) string {
	peak := 0
	for _, w := range weeks {
		peak = max(peak, w.Done)
	}
	const blocks = "▁▂▃▄▅▆▇█"
	var b strings.Builder
	for _, w := range weeks {
		switch {
		case w.Done == 0 || peak == 0:
			b.WriteByte(' ')
		default:
			k := (w.Done*8 - 1) / peak // 0..7
			b.WriteRune([]rune(blocks)[k])
		}
	}
	return b.String()
}
