package timeline

import (
	"testing"

	"canopy/app"
)

func TestHorizonOf(t *testing.T) {
	dated := func(start, end string) *app.Initiative {
		return &app.Initiative{Start: app.MustDate(start), End: app.MustDate(end), Horizon: app.HorizonLater}
	}
	for _, c := range []struct {
		name string
		in   *app.Initiative
		want app.Horizon
	}{
		{"undated keeps its horizon", &app.Initiative{Horizon: app.HorizonNext}, app.HorizonNext},
		{"undated without horizon", &app.Initiative{}, app.HorizonNone},
		{"started", dated("2027-01-04", "2027-05-01"), app.HorizonNow},
		{"ended already", dated("2026-10-01", "2027-01-01"), app.HorizonNow},
		{"starts today", dated("2027-03-10", "2027-04-01"), app.HorizonNow},
		{"starts in 30 days", dated("2027-04-09", "2027-05-01"), app.HorizonNow},
		{"starts in 31 days", dated("2027-04-10", "2027-05-01"), app.HorizonNext},
		{"starts in 92 days", dated("2027-06-10", "2027-07-01"), app.HorizonNext},
		{"starts in 93 days", dated("2027-06-11", "2027-07-01"), app.HorizonLater},
	} {
		if got := HorizonOf(c.in, today); got != c.want {
			t.Errorf("%s: HorizonOf = %q, want %q", c.name, got, c.want)
		}
	}
}
