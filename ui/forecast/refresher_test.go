package forecast

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/app/forecast"
	"canopy/app/sample"
)

// TestRefresherShowsTheLatest: the refresher hands over the forecast of the
// workspace as it was when Refresh was called, and of two refreshes in a
// row only the second's reaches the page.
func TestRefresherShowsTheLatest(t *testing.T) {
	test.NewTempApp(t)
	day := app.MustDate("2026-11-12")
	ws, err := sample.New(day, app.DayClock(day))
	if err != nil {
		t.Fatal(err)
	}
	shown := make(chan *forecast.Result, 4)
	r := NewRefresher(func(res *forecast.Result) { shown <- res })
	o := forecast.Defaults(day)
	o.Runs = 500
	if err := r.Refresh(ws, o); err != nil {
		t.Fatal(err)
	}
	o.Runs = 700
	if err := r.Refresh(ws, o); err != nil {
		t.Fatal(err)
	}
	// The first forecast may show if it finished before the second was
	// asked for (it was not overtaken then); once the second shows, nothing
	// more does.
	for first := true; ; first = false {
		select {
		case res := <-shown:
			if res.Runs == 700 {
				if res.Reason != "" || !res.Releases[1].OK() {
					t.Errorf("shown %d runs (%q): want the second refresh's forecast", res.Runs, res.Reason)
				}
			} else if !first || res.Runs != 500 {
				t.Fatalf("shown %d runs, first %v: want the first refresh's forecast at most once, before the second's", res.Runs, first)
			}
			if res.Runs != 700 {
				continue
			}
		case <-time.After(10 * time.Second):
			t.Fatal("no forecast shown")
		}
		break
	}
	select {
	case res := <-shown:
		t.Errorf("an overtaken forecast (%d runs) was shown too", res.Runs)
	case <-time.After(200 * time.Millisecond):
	}
	if err := r.Refresh(ws, forecast.Options{}); err == nil {
		t.Error("bad options: no error")
	}
}

// TestRefresherShowsAtOnceWithNothingToSimulate: a workspace without
// history has nothing to simulate, and its reasons show before Refresh
// returns, on the calling goroutine.
func TestRefresherShowsAtOnceWithNothingToSimulate(t *testing.T) {
	test.NewTempApp(t)
	day := app.MustDate("2026-11-12")
	ws := app.NewWorkspace(app.Product{Name: "No history"})
	ws.SetClock(app.DayClock(day))
	if err := ws.Do(app.Create(&app.Release{Name: "1.0", Date: day.AddDays(30)})); err != nil {
		t.Fatal(err)
	}
	var shown *forecast.Result
	r := NewRefresher(func(res *forecast.Result) { shown = res })
	if err := r.Refresh(ws, forecast.Defaults(day)); err != nil {
		t.Fatal(err)
	}
	if shown == nil || shown.Reason == "" || len(shown.Releases) != 1 || shown.Releases[0].OK() {
		t.Fatalf("shown %+v: want the reason at once, and the release without dates", shown)
	}
}
