package roadmap

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/app/forecast"
	"canopy/app/sample"
	"canopy/app/timeline"
	"canopy/ui/page"
)

// sampleDay is the day the sample workspace of the whisker tests is seen on.
var sampleDay = app.MustDate("2026-11-27")

// sampleFixture shows the roadmap of the sample, whose history forecasts,
// scrolled to a month before today; each forecast arrives on arrived, for
// waitWhiskers to show.
func sampleFixture(t *testing.T) (*fixture, chan func()) {
	t.Helper()
	ws, err := sample.New(sampleDay, app.DayClock(sampleDay))
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, ws)
	f.tl.ScrollTo(f.tl.Frame().X(sampleDay.AddDays(-30)), 0)
	arrived := make(chan func(), 4)
	f.tl.forecaster().Do = func(show func()) { arrived <- show }
	return f, arrived
}

// waitWhiskers waits for the next forecast and shows it, here, as fyne.Do
// would on the UI goroutine.
func waitWhiskers(t *testing.T, arrived chan func()) {
	t.Helper()
	select {
	case show := <-arrived:
		show()
	case <-time.After(20 * time.Second):
		t.Fatal("no forecast shown")
	}
}

// whiskerLines returns the whisker lines drawn now.
func whiskerLines(tl *Timeline) []*canvas.Line {
	var out []*canvas.Line
	if p := tl.fc.lines; p != nil {
		for _, l := range p.items {
			if l.Visible() {
				out = append(out, l)
			}
		}
	}
	return out
}

// TestForecastWhiskers: ticking Forecast in the toolbar forecasts the
// sample off the UI goroutine and draws a whisker from the P50 to the P85
// day past each active initiative's bar in sight, the late ones in the
// late colour, and says the range in the status line; clearing it takes
// them away.
func TestForecastWhiskers(t *testing.T) {
	f, arrived := sampleFixture(t)
	if len(whiskerLines(f.tl)) != 0 || f.tl.Forecast() || len(f.tl.Whiskers()) != 0 {
		t.Fatal("whiskers drawn before Forecast is ticked")
	}
	test.Tap(f.v.forecast)
	waitWhiskers(t, arrived)
	if !f.tl.Forecast() {
		t.Fatal("Forecast ticked, yet off")
	}

	// The whiskers are those of the forecast, worked out here on its own.
	res, err := forecast.Run(f.ws, forecast.Defaults(sampleDay))
	if err != nil {
		t.Fatal(err)
	}
	want := f.tl.Plan().Whiskers(res.Initiatives)
	got := f.tl.Whiskers()
	if len(want) == 0 || len(got) != len(want) {
		t.Fatalf("%d whiskers, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("whisker %d: %+v, want %+v", i, got[i], want[i])
		}
	}

	// Each whisker wholly in sight is drawn: its line from the P50 day to
	// the end of the P85 day just under its bar, in the late colour
	// when it runs past the bar's end.
	fr, sc, body := f.tl.Frame(), f.tl.Scroll(), f.tl.body()
	lines := whiskerLines(f.tl)
	checked, late := 0, 0
	for _, b := range fr.WhiskersIn(timeline.Rect{X: sc.X, Y: sc.Y, W: float64(body.Width), H: float64(body.Height)}, got, nil) {
		x50, x85 := float32(laneW+b.X50-sc.X), float32(laneW+b.X85-sc.X)
		y := float32(headerH+b.Y+b.H-sc.Y) + whiskerDrop
		if x50 < laneW || x85 > laneW+body.Width || y < headerH || y > headerH+body.Height {
			continue
		}
		found := false
		for _, l := range lines {
			if l.Position1 == fyne.NewPos(x50, y) && l.Position2 == fyne.NewPos(x85, y) && l.StrokeWidth == 2 {
				found = true
				if b.Late != (l.StrokeColor == whiskerLate) {
					t.Errorf("%s: late %v, drawn in %v", f.tl.Plan().Bars[b.Bar].Name, b.Late, l.StrokeColor)
				}
			}
		}
		if !found {
			t.Errorf("%s: no line from %v to %v at %v", f.tl.Plan().Bars[b.Bar].Name, x50, x85, y)
		}
		if b.Late {
			late++
		}
		checked++
	}
	if checked == 0 || late == 0 {
		t.Fatalf("%d whiskers in sight (%d late): the test needs one of each kind at least", checked, late)
	}

	if !strings.HasPrefix(f.v.status.Text, "Under each active initiative, its forecast from P50 to P85, red past its end.") {
		t.Errorf("the status line does not say what the whiskers are: %q", f.v.status.Text)
	}

	// The status line of a bar with a whisker names its range.
	bar := f.tl.Plan().Bars[got[0].Bar]
	f.tl.Select(bar.ID)
	wantNote := "forecast " + forecast.Day(got[0].P50, sampleDay) + " – " + forecast.Day(got[0].P85, sampleDay) + " (P50–P85)"
	if !strings.Contains(f.v.status.Text, wantNote) {
		t.Errorf("status %q, want it to say %q", f.v.status.Text, wantNote)
	}

	// An item of that initiative finished: the forecast follows, with one
	// item fewer left.
	left := -1
	for _, fc := range f.tl.fc.res.Initiatives {
		if fc.ID == bar.ID {
			left = fc.Remaining
		}
	}
	var open *app.Item
	for _, it := range f.ws.Items() {
		if it.Initiative == bar.ID && it.Status == app.StatusInProgress {
			open = it
		}
	}
	if open == nil || left < 1 {
		t.Fatalf("%s has %d items left, none in progress: the test needs one", bar.Name, left)
	}
	if err := f.ws.Do(app.MoveCard(open.ID, app.StatusDone, "", "", "")); err != nil {
		t.Fatal(err)
	}
	waitWhiskers(t, arrived)
	for _, fc := range f.tl.fc.res.Initiatives {
		if fc.ID == bar.ID && fc.Remaining != left-1 {
			t.Errorf("after finishing %q: %d left, want %d", open.Title, fc.Remaining, left-1)
		}
	}
	if len(f.tl.Whiskers()) == 0 || len(whiskerLines(f.tl)) == 0 {
		t.Errorf("after a change: %d whiskers, %d lines", len(f.tl.Whiskers()), len(whiskerLines(f.tl)))
	}

	test.Tap(f.v.forecast)
	if n := len(whiskerLines(f.tl)); n != 0 || f.tl.Forecast() {
		t.Errorf("Forecast cleared, yet %d whisker lines drawn", n)
	}
	if strings.Contains(strings.ToLower(f.v.status.Text), "forecast") {
		t.Errorf("status %q still names the forecast", f.v.status.Text)
	}
}

// TestForecastWhiskersRemembered: the roadmap section draws the whiskers
// when the preference says so, and remembers the toolbar's toggle. (A
// workspace without history: its forecast shows at once, on this
// goroutine.)
func TestForecastWhiskersRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	ws := roadmapWorkspace(t)
	prefs := a.Preferences()
	prefs.SetBool(page.PrefRoadmapForecast, true)
	v := newRoadmapView(Section(), &page.Env{WS: ws, Do: ws.Do}, prefs)
	tl := v.timeline.Timeline
	if !tl.Forecast() || !v.timeline.forecast.Checked || tl.fc.res == nil {
		t.Fatal("the preference asks for the forecast, the roadmap makes none")
	}
	test.Tap(v.timeline.forecast)
	if prefs.Bool(page.PrefRoadmapForecast) || tl.Forecast() {
		t.Error("Forecast cleared, and not remembered")
	}
	test.Tap(v.timeline.forecast)
	if !prefs.Bool(page.PrefRoadmapForecast) || !tl.Forecast() {
		t.Error("Forecast ticked, and not remembered")
	}
}

// TestForecastWhiskersWithoutHistory: a roadmap whose items record no
// history draws no whisker, and the status line says why.
func TestForecastWhiskersWithoutHistory(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	test.Tap(f.v.forecast)
	if !f.tl.Forecast() || len(f.tl.Whiskers()) != 0 || len(whiskerLines(f.tl)) != 0 {
		t.Fatalf("whiskers without history: %d", len(whiskerLines(f.tl)))
	}
	want := "No forecast: no item has a recorded status change yet; a forecast needs about 6 weeks of history. "
	if !strings.HasPrefix(f.v.status.Text, want) {
		t.Errorf("status %q, want it to start with %q", f.v.status.Text, want)
	}
}
