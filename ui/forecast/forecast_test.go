package forecast

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"canopy/app"
	"canopy/app/forecast"
)

var today = app.MustDate("2026-11-26")

// sampleForecast is a forecast whose futures finish in weeks 2 to 5.
func sampleForecast(chance float64) forecast.Forecast {
	d := today.AddDays
	return forecast.Forecast{ID: "rel-a", Name: "4.3", Planned: d(28), Remaining: 9,
		P50: d(20), P85: d(27), P95: d(33), Chance: chance, HasChance: true, Spread: []int{0, 2000, 4000, 3000, 1000}}
}

func TestLayoutRange(t *testing.T) {
	f := sampleForecast(0.8)
	// 5 weeks of spread, planned on day 28: 42 days, 420 wide, 1 day = 10.
	l := layoutRange(&f, today, 420, 30)
	if len(l.cols) != 4 {
		t.Fatalf("columns %+v: want one per week with futures", l.cols)
	}
	if c := l.cols[1]; c.X != 140 || c.H != 30 || c.Y != 0 || c.W != 69 {
		t.Errorf("the peak week's column %+v, want x 140, full height, 69 wide", c)
	}
	if c := l.cols[0]; c.X != 70 || c.H != 15 || c.Y != 15 {
		t.Errorf("the second week's column %+v, want x 70, half height", c)
	}
	if l.x50 != 200 || l.x85 != 270 || l.x95 != 330 || !l.hasPlanned || l.xPlanned != 280 {
		t.Errorf("marks %v %v %v, planned %v %v", l.x50, l.x85, l.x95, l.xPlanned, l.hasPlanned)
	}
	// A planned date far out stretches the axis to hold it.
	f.Planned = today.AddDays(83)
	if l := layoutRange(&f, today, 900, 30); l.xPlanned != 830 {
		t.Errorf("planned at %v, want 830 of 900", l.xPlanned)
	}
	none := forecast.Forecast{Reason: "3 weeks of history"}
	if l := layoutRange(&none, today, 420, 30); len(l.cols) != 0 || l.hasPlanned {
		t.Errorf("no forecast laid out %+v", l)
	}
}

func TestLayoutSpark(t *testing.T) {
	weeks := []forecast.Week{{Done: 2}, {Done: 0}, {Done: 4}, {Done: 1}}
	cols := layoutSpark(weeks, 80, 20)
	want := []box{{0, 10, 18, 10}, {20, 19, 18, 1}, {40, 0, 18, 20}, {60, 15, 18, 5}}
	for i := range want {
		if cols[i] != want[i] {
			t.Errorf("week %d: %+v, want %+v", i, cols[i], want[i])
		}
	}
	if layoutSpark(nil, 80, 20) != nil {
		t.Error("no weeks, yet columns")
	}
}

func TestRangeBarRenders(t *testing.T) {
	test.NewTempApp(t)
	r := NewRangeBar()
	w := test.NewTempWindow(t, r)
	w.Resize(fyne.NewSize(420, 80))
	r.Set(sampleForecast(0.3), today)
	if got, want := r.Headline(), "P85: 23 Dec — 30 % chance by 24 Dec"; got != want {
		t.Errorf("headline %q, want %q", got, want)
	}
	objs := test.TempWidgetRenderer(t, r).Objects()
	var caption *canvas.Text
	shown, planned := 0, (*canvas.Line)(nil)
	for _, o := range objs {
		switch o := o.(type) {
		case *canvas.Text:
			caption = o
		case *canvas.Rectangle:
			if o.Visible() && o.Size().Height > 0 {
				shown++
			}
		case *canvas.Line:
			planned = o // the last line is the planned date
		}
	}
	if caption == nil || caption.Text != r.Headline() {
		t.Errorf("caption %v", caption)
	}
	if shown != 4 {
		t.Errorf("%d columns shown, want 4", shown)
	}
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	if planned == nil || planned.Hidden || planned.StrokeColor != r.Theme().Color(theme.ColorNameWarning, variant) {
		t.Errorf("the planned line %+v should be in the warning colour at a 30 %% chance", planned)
	}
	r.Set(sampleForecast(0.9), today)
	if planned.StrokeColor != r.Theme().Color(theme.ColorNameSuccess, variant) {
		t.Errorf("the planned line %+v should be in the success colour at a 90 %% chance", planned)
	}

	// No forecast: the reason, and nothing drawn under it.
	r.Set(forecast.Forecast{Reason: "3 weeks of history; a forecast needs about 6"}, today)
	objs = test.TempWidgetRenderer(t, r).Objects()
	for _, o := range objs {
		if l, ok := o.(*canvas.Line); ok && l.Visible() {
			t.Errorf("a line %+v shows without a forecast", l)
		}
	}
	if got := r.Headline(); got != "No forecast: 3 weeks of history; a forecast needs about 6" {
		t.Errorf("headline %q", got)
	}
}

func TestSparklineRenders(t *testing.T) {
	test.NewTempApp(t)
	s := NewSparkline()
	w := test.NewTempWindow(t, s)
	s.Set([]forecast.Week{{Done: 2}, {Done: 0}, {Done: 4}})
	w.Resize(fyne.NewSize(300, 30))
	if got := s.Caption(); got != "3 weeks: 0–4 done a week" {
		t.Errorf("caption %q", got)
	}
	cols := 0
	for _, o := range test.TempWidgetRenderer(t, s).Objects() {
		if _, ok := o.(*canvas.Rectangle); ok {
			cols++
		}
	}
	if cols != 3 {
		t.Errorf("%d columns, want 3", cols)
	}
	if min := s.MinSize(); min.Width < 3*sparkColumn || min.Height < 18 {
		t.Errorf("min size %v", min)
	}
	s.Set(nil)
	if s.Caption() != "no throughput yet" {
		t.Errorf("caption %q", s.Caption())
	}
}

// TestRangeBarAxis: under the axis, the planned date, the P85 date and
// today, each left out where it would run into one placed before it.
func TestRangeBarAxis(t *testing.T) {
	test.NewTempApp(t)
	r := NewRangeBar()
	w := test.NewTempWindow(t, r)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(420, 100))
	shown := func() []string {
		var out []string
		for _, o := range test.TempWidgetRenderer(t, r).Objects() {
			if x, ok := o.(*canvas.Text); ok && x.Visible() && x.Text != r.Headline() {
				out = append(out, x.Text)
			}
		}
		return out
	}
	for _, tt := range []struct {
		name    string
		planned int // days from today
		want    string
	}{
		// P85 on day 27 and the plan on day 28 meet: the plan wins.
		{"plan beside the P85", 28, "planned 24 Dec|today"},
		{"plan far out", 83, "planned 17 Feb 2027|P85 23 Dec|today"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := sampleForecast(0.3)
			f.Planned = today.AddDays(tt.planned)
			r.Set(f, today)
			if got := strings.Join(shown(), "|"); got != tt.want {
				t.Errorf("under the axis %q, want %q", got, tt.want)
			}
		})
	}
	r.Set(forecast.Forecast{Reason: "3 weeks of history"}, today)
	if got := shown(); len(got) != 0 {
		t.Errorf("without a forecast, under the axis: %q", got)
	}
}
