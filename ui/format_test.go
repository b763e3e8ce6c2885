package ui

import (
	"testing"

	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
)

func TestFormatNumber(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{
		{0, "0"}, {3, "3"}, {2.5, "2.5"}, {0.126, "0.13"}, {12000, "12000"}, {-0.001, "0"}, {-1.5, "-1.5"},
	} {
		if got := form.FormatNumber(tc.in); got != tc.want {
			t.Errorf("form.FormatNumber(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMetricRange(t *testing.T) {
	for _, tc := range []struct {
		m    app.Metric
		want string
	}{
		{app.Metric{Baseline: 10, Current: 25, Target: 40, Unit: "ms"}, "10 → 25 → 40 ms"},
		{app.Metric{Baseline: 0, Current: 0.5, Target: 1}, "0 → 0.5 → 1"},
		{app.Metric{Baseline: 30, Current: 24, Target: 15, Unit: " % "}, "30 → 24 → 15 %"},
	} {
		if got := metricRange(tc.m); got != tc.want {
			t.Errorf("metricRange(%+v) = %q, want %q", tc.m, got, tc.want)
		}
	}
}

func TestFormatEstimate(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{
		{0, "no estimate"}, {1, "1 pt"}, {3, "3 pts"}, {0.5, "0.5 pts"},
	} {
		if got := form.FormatEstimate(tc.in); got != tc.want {
			t.Errorf("form.FormatEstimate(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPositioningSentence(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    app.Positioning
		want string
	}{
		{"full", app.Positioning{For: "growers", Who: "plan by hand", Unlike: "paper", OurProduct: "ranks the work."},
			"For growers who plan by hand. Unlike paper, our product ranks the work."},
		{"no competitor", app.Positioning{For: "growers", Who: "plan by hand", OurProduct: "ranks the work"},
			"For growers who plan by hand. Our product ranks the work."},
		{"only who", app.Positioning{Who: " plan by hand "}, "Who plan by hand."},
		{"empty", app.Positioning{}, "No positioning statement yet."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := widget.NewRichText(positioningSegments(tc.p)...).String(); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
