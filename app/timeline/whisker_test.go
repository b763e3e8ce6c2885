package timeline

import (
	"testing"

	"canopy/app"
	"canopy/app/forecast"
)

func TestWhiskers(t *testing.T) {
	ws := workspace(t, lane("a", 1), bar("early", "a", "03-01", "03-31"), bar("late", "a", "04-01", "04-30"), bar("quiet", "a", "05-01", "05-31"),
		&app.Initiative{ID: "undated", Name: "Undated", Lane: "a", Horizon: app.HorizonNext})
	p := NewPlan(ws, today)
	d := app.MustDate
	fs := []forecast.Forecast{
		{ID: "late", P50: d("2027-05-04"), P85: d("2027-05-20"), P95: d("2027-06-01")},
		{ID: "early", P50: d("2027-03-20"), P85: d("2027-03-28"), P95: d("2027-04-02")},
		{ID: "quiet", Reason: "3 weeks of history; a forecast needs about 6"},
		{ID: "undated", P50: d("2027-05-04"), P85: d("2027-05-20"), P95: d("2027-06-01")},
		{ID: "gone", P50: d("2027-05-04"), P85: d("2027-05-20"), P95: d("2027-06-01")},
	}
	whiskers := p.Whiskers(fs)
	if len(whiskers) != 2 || whiskers[0].Bar != barIndex(t, p, "early") || whiskers[1].Bar != barIndex(t, p, "late") {
		t.Fatalf("whiskers %+v: want early's and late's, in bar order", whiskers)
	}
	if whiskers[0].Late || !whiskers[1].Late {
		t.Errorf("late flags %v %v: only late's P85 is past its end", whiskers[0].Late, whiskers[1].Late)
	}
	f := p.Frame(Options{Zoom: Months, From: d("2027-01-01"), To: d("2028-01-01"), DayWidth: 2})
	boxes := f.WhiskersIn(Rect{X: 0, Y: 0, W: f.Width, H: f.Height}, whiskers, nil)
	if len(boxes) != 2 {
		t.Fatalf("boxes %+v", boxes)
	}
	for _, tt := range []struct {
		name          string
		box           WhiskerBox
		bar           string
		x0, x50, x85  float64
		lead          bool
		leadX0, leadX float64
	}{
		// early: P50 and P85 inside the bar; the whisker starts at P50.
		{"early", boxes[0], "early", f.X(d("2027-03-20")), f.X(d("2027-03-20")), f.X(d("2027-03-29")), false, 0, 0},
		// late: from the bar's end, faint to P50, then to the end of the P85 day.
		{"late", boxes[1], "late", f.X(d("2027-05-01")), f.X(d("2027-05-04")), f.X(d("2027-05-21")), true, f.X(d("2027-05-01")), f.X(d("2027-05-04"))},
	} {
		b := tt.box
		r := f.BarRect(barIndex(t, p, tt.bar))
		if b.X0 != tt.x0 || b.X50 != tt.x50 || b.X85 != tt.x85 || b.HasLead != tt.lead || b.LeadX0 != tt.leadX0 || b.LeadX != tt.leadX {
			t.Errorf("%s: %+v, want x0 %v x50 %v x85 %v lead %v %v–%v", tt.name, b, tt.x0, tt.x50, tt.x85, tt.lead, tt.leadX0, tt.leadX)
		}
		if b.Y != r.Y+r.H/2 || b.H != r.H/2 {
			t.Errorf("%s: y %v h %v, want the middle of the bar %v", tt.name, b.Y, b.H, r)
		}
	}
	// A viewport left of late's whisker and of its bar shows only early's.
	if got := f.WhiskersIn(Rect{X: 0, Y: 0, W: f.X(d("2027-04-01")) - 1, H: f.Height}, whiskers, nil); len(got) != 1 || got[0].Index != 0 {
		t.Errorf("in the first quarter: %+v", got)
	}
	// One right of the bar still shows the whisker past it.
	if got := f.WhiskersIn(Rect{X: f.X(d("2027-05-10")), Y: 0, W: 100, H: f.Height}, whiskers, nil); len(got) != 1 || got[0].Index != 1 {
		t.Errorf("past the bar: %+v", got)
	}
}
