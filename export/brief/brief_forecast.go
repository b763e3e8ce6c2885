package brief

import (
	"fmt"
	"strings"

	"canopy/app/forecast"
)

// releaseForecasts forecasts the brief's releases on its day with the
// default, fixed seed, so that the same workspace and day give the same
// bytes. It returns the forecasts by release ID and the result.
func (b *brief) releaseForecasts() (map[string]forecast.Forecast, *forecast.Result) {
	o := forecast.Defaults(b.today)
	o.Initiatives = false
	res, err := forecast.Run(b.ws, o)
	if err != nil { // only bad options fail, and the defaults are good
		return nil, nil
	}
	out := make(map[string]forecast.Forecast, len(res.Releases))
	for _, f := range res.Releases {
		out[f.ID] = f
	}
	return out, res
}

// forecastCells returns the Forecast and Chance cells of a release's row:
// the P85 date with the P50–P95 range under it, and the chance of making
// the release's date; a release the forecast leaves out has shipped.
func forecastCells(f forecast.Forecast, ok bool) (cell, cell) {
	switch {
	case !ok:
		return cell{s: "shipped", muted: true}, cell{s: "—", muted: true}
	case f.OK():
		chance := cell{s: "—", muted: true}
		if f.HasChance {
			chance = cell{s: percent(f.Chance)}
			if f.Chance < 0.5 {
				chance.col = &colAmber
			}
		}
		return cell{s: "P85 " + shortDay(f.P85), sub: dayRange(f.P50, f.P95)}, chance
	case f.Remaining == 0:
		return cell{s: "all done", muted: true}, cell{s: "—", muted: true}
	}
	return cell{s: "—", muted: true}, cell{s: "—", muted: true}
}

// forecastNote is the line under the releases table that says how the
// forecast is computed, or why there is none.
func forecastNote(res *forecast.Result) string {
	if res == nil {
		return ""
	}
	if res.Reason != "" {
		return "No forecast: " + res.Reason + "."
	}
	lo, hi := -1, 0
	for _, w := range res.Throughput {
		if lo < 0 || w.Done < lo {
			lo = w.Done
		}
		hi = max(hi, w.Done)
	}
	return fmt.Sprintf("Forecast from the last %d weeks' throughput (%d–%d items done a week), %s simulated futures, "+
		"releases in date order: the P85 date, the P50–P95 range beneath, and the chance of making the release date.",
		len(res.Throughput), lo, hi, thousands(res.Runs))
}

// thousands writes n with a space between groups of three digits
// ("10 000"), the house style for counts in prose.
func thousands(n int) string {
	s := fmt.Sprint(n)
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	return strings.Join(append([]string{s}, parts...), " ")
}
