package forecast

import (
	"testing"

	"canopy/app"
)

func TestHeadline(t *testing.T) {
	d := app.MustDate
	today := d("2026-11-26")
	tests := []struct {
		name string
		f    Forecast
		want string
	}{
		{"with a date", Forecast{P50: d("2027-01-05"), P85: d("2027-01-12"), P95: d("2027-01-20"), Planned: d("2026-12-21"), Chance: 0.684, HasChance: true},
			"P85: 12 Jan 2027 — 68 % chance by 21 Dec"},
		{"undated", Forecast{P50: d("2026-12-05"), P85: d("2026-12-12"), P95: d("2026-12-20")}, "P85: 12 Dec (P50 5 Dec, P95 20 Dec)"},
		{"no history", Forecast{Reason: "3 weeks of history; a forecast needs about 6"}, "No forecast: 3 weeks of history; a forecast needs about 6"},
		{"nothing", Forecast{}, "No forecast"},
	}
	for _, tt := range tests {
		if got := Headline(&tt.f, today); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSparkline(t *testing.T) {
	tests := []struct {
		counts []int
		want   string
	}{
		{[]int{1, 2, 3, 4, 5, 6, 7, 8}, "▁▂▃▄▅▆▇█"},
		{[]int{0, 4, 2, 0}, " █▄ "},
		{[]int{0, 0}, "  "},
		{nil, ""},
	}
	for _, tt := range tests {
		weeks := make([]Week, len(tt.counts))
		for i, c := range tt.counts {
			weeks[i].Done = c
		}
		if got := Sparkline(weeks); got != tt.want {
			t.Errorf("Sparkline(%v) = %q, want %q", tt.counts, got, tt.want)
		}
	}
}
