package brief

import (
	"strings"
	"testing"

	"canopy/app"
	"canopy/app/forecast"
)

// TestBriefReleaseForecast checks that the releases table of the sample's
// brief gives each release its forecast and chance, with the line that
// says how they are computed, and that a workspace without history says
// why there is none.
func TestBriefReleaseForecast(t *testing.T) {
	ws := sampleWorkspace(t)
	res, err := forecast.Run(ws, forecast.Defaults(day))
	if err != nil || res.Reason != "" {
		t.Fatalf("the sample does not forecast on %s: %v %q", day, err, res.Reason)
	}
	want := []string{"Forecast", "Chance", "8 weeks' throughput", "10 000 simulated futures", "releases in date order"}
	for _, f := range res.Releases {
		want = append(want, "P85 "+shortDay(f.P85), percent(f.Chance))
	}
	b, _, _ := writeBrief(t, ws, BriefOptions{Paper: PaperA4, Sections: []Section{app.DocRoadmap}})
	checkText(t, savePDF(t, b), want...)

	// One release, four items left, three weeks of history.
	blank := app.NewWorkspace(app.Product{Name: "Blank"})
	blank.SetClock(app.DayClock(day))
	err = blank.Do(app.Func{Desc: "fixture", Fn: func(tx *app.Tx) error {
		if err := tx.Put(&app.Release{ID: "rel-a", Name: "First light", Date: day.AddDays(30)}); err != nil {
			return err
		}
		for i, s := range []app.Status{app.StatusNew, app.StatusNew, app.StatusNew, app.StatusNew, app.StatusDone} {
			it := &app.Item{ID: "item-" + string(rune('a'+i)), Type: app.TypeStory, Title: "Story", Status: s, Release: "rel-a", Rank: float64(i)}
			if s == app.StatusDone {
				it.Estimate, it.Criteria = 1, []app.Criterion{{Text: "works", Met: true}}
				it.History = []app.Decision{{At: day.AddDays(-20).Time(), Kind: app.DecisionMoved, From: app.StatusInProgress, To: app.StatusDone}}
			}
			if err := tx.Put(it); err != nil {
				return err
			}
		}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	b, _, _ = writeBrief(t, blank, BriefOptions{Paper: PaperA4, Sections: []Section{app.DocRoadmap}})
	checkText(t, savePDF(t, b), "First light", "No forecast: 3 weeks of history; a forecast needs about 6.")
}

func TestForecastCells(t *testing.T) {
	p50, p85, p95 := app.MustDate("2026-03-02"), app.MustDate("2026-03-16"), app.MustDate("2026-04-01")
	tests := []struct {
		name         string
		f            forecast.Forecast
		ok           bool
		fc, sub, ch  string
		amber, muted bool
	}{
		{"likely", forecast.Forecast{P50: p50, P85: p85, P95: p95, Chance: 0.72, HasChance: true, Remaining: 3}, true, "P85 16 Mar 2026", "2 Mar – 1 Apr 2026", "72 %", false, false},
		{"unlikely", forecast.Forecast{P50: p50, P85: p85, P95: p95, Chance: 0.31, HasChance: true, Remaining: 3}, true, "P85 16 Mar 2026", "2 Mar – 1 Apr 2026", "31 %", true, false},
		{"undated", forecast.Forecast{P50: p50, P85: p85, P95: p95, Remaining: 3}, true, "P85 16 Mar 2026", "2 Mar – 1 Apr 2026", "—", false, false},
		{"done", forecast.Forecast{Reason: "every item is Done or Accepted", HasChance: true, Chance: 1}, true, "all done", "", "—", false, true},
		{"no history", forecast.Forecast{Reason: "3 weeks of history", Remaining: 4}, true, "—", "", "—", false, true},
		{"shipped", forecast.Forecast{}, false, "shipped", "", "—", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fc, ch := forecastCells(tt.f, tt.ok)
			if fc.s != tt.fc || fc.sub != tt.sub || ch.s != tt.ch || fc.muted != tt.muted || (ch.col == &colAmber) != tt.amber {
				t.Errorf("cells %q/%q and %q (amber %v, muted %v); want %q/%q and %q (amber %v, muted %v)",
					fc.s, fc.sub, ch.s, ch.col == &colAmber, fc.muted, tt.fc, tt.sub, tt.ch, tt.amber, tt.muted)
			}
		})
	}
}

func TestForecastNoteAndThousands(t *testing.T) {
	weeks := []forecast.Week{{Done: 3}, {Done: 0}, {Done: 7}}
	got := forecastNote(&forecast.Result{Runs: 10000, Throughput: weeks})
	if !strings.Contains(got, "last 3 weeks' throughput (0–7 items done a week), 10 000 simulated futures") {
		t.Errorf("note %q", got)
	}
	if got := forecastNote(&forecast.Result{Reason: "1 week of history; a forecast needs about 6"}); got != "No forecast: 1 week of history; a forecast needs about 6." {
		t.Errorf("note %q", got)
	}
	for n, want := range map[int]string{7: "7", 999: "999", 1000: "1 000", 1234567: "1 234 567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
