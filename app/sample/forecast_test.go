package sample_test

import (
	"slices"
	"testing"

	"canopy/app"
	"canopy/app/forecast"
)

// TestSampleForecasts checks that the sample's history gives a forecast:
// twelve whole weeks of throughput that varies from week to week, and dates
// for every release and active initiative with work left.
func TestSampleForecasts(t *testing.T) {
	ws := build(t)
	res, err := forecast.Run(ws, forecast.Defaults(app.Today(testClock)))
	if err != nil {
		t.Fatal(err)
	}
	if res.Reason != "" {
		t.Fatalf("no forecast: %s", res.Reason)
	}
	var counts []int
	total := 0
	for _, w := range res.Throughput {
		counts = append(counts, w.Done)
		total += w.Done
	}
	if len(counts) != forecast.DefaultWeeks {
		t.Fatalf("throughput of %d weeks, want %d", len(counts), forecast.DefaultWeeks)
	}
	if lo, hi := slices.Min(counts), slices.Max(counts); hi-lo < 3 || total < 20 {
		t.Errorf("throughput %v: want about twenty items or more, varying by 3 or more a week", counts)
	}
	if len(res.Releases) != 3 || len(res.Initiatives) < 3 {
		t.Fatalf("%d releases and %d initiatives forecast", len(res.Releases), len(res.Initiatives))
	}
	for _, f := range append(res.Releases, res.Initiatives...) {
		if f.Remaining > 0 && !f.OK() {
			t.Errorf("%s: %d items left and no forecast: %s", f.Name, f.Remaining, f.Reason)
		}
	}
}
