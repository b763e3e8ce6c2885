package releases

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/forecast"
	"canopy/app/sample"
	"canopy/ui/internal/uitest"
)

// waitForecast waits for the next forecast and shows it, here: the
// refresher's Do hands it over on arrived instead of through fyne.Do.
func waitForecast(t *testing.T, arrived chan func()) {
	t.Helper()
	select {
	case show := <-arrived:
		show()
	case <-time.After(20 * time.Second):
		t.Fatal("no forecast shown")
	}
}

// TestReleasesPageForecast: shown, the page forecasts the sample's
// releases off the UI goroutine; each release not yet shipped shows the
// headline of its forecast in the list, and, selected, its range bar and
// the throughput of the past weeks; an item finished moves the forecast.
func TestReleasesPageForecast(t *testing.T) {
	test.NewTempApp(t)
	day := app.MustDate("2026-11-27")
	ws, err := sample.New(day, app.DayClock(day))
	if err != nil {
		t.Fatal(err)
	}
	// What the page must show, computed here on its own.
	o := forecast.Defaults(day)
	o.Initiatives = false
	want, err := forecast.Run(ws, o)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Releases) < 2 || want.Reason != "" {
		t.Fatalf("the sample forecasts %d releases (%q): the test needs two with dates", len(want.Releases), want.Reason)
	}

	p := newReleasesPage(uitest.Env(ws))
	uitest.ShowInWindow(t, p.content)
	arrived := make(chan func(), 4)
	p.forecast.refresher.Do = func(f func()) { arrived <- f }
	if !uitest.HasText(p.content, "Forecasting: simulating futures from the team's throughput…") || p.forecast.bar.Visible() {
		t.Errorf("before the first forecast the page shows %q, bar visible %v", uitest.Texts(p.content), p.forecast.bar.Visible())
	}
	p.SetShown(true)
	waitForecast(t, arrived)

	for _, fc := range want.Releases {
		r, ok := ws.Release(fc.ID)
		if !ok {
			t.Fatalf("no release %s", fc.ID)
		}
		headline := forecast.Headline(&fc, day)
		if got, _ := p.forecast.headline(r); got != headline {
			t.Errorf("%s: the list says %q, want %q", fc.Name, got, headline)
		}
		p.Show(app.KeyOf(r))
		if !uitest.HasText(p.list, headline) {
			t.Errorf("%s: the list does not show %q: %q", fc.Name, headline, uitest.Texts(p.list))
		}
		if got := p.forecast.bar.Headline(); got != headline || p.forecast.bar.Visible() != fc.OK() {
			t.Errorf("%s: the range bar says %q (visible %v), want %q", fc.Name, got, p.forecast.bar.Visible(), headline)
		}
		if !fc.OK() && (!p.forecast.reason.Visible() || p.forecast.reason.Text != headline) {
			t.Errorf("%s: no forecast, and the reason shows %q", fc.Name, p.forecast.reason.Text)
		}
		if fc.OK() && !strings.Contains(p.forecast.note.Text, "(P50)") {
			t.Errorf("%s: the note does not explain the range: %q", fc.Name, p.forecast.note.Text)
		}
	}
	if !strings.HasPrefix(want.Releases[0].Name, "Crewline 4.2") || !want.Releases[0].OK() || want.Releases[0].Chance >= 0.5 {
		t.Fatalf("the sample's first release %+v: the test expects 4.2, late", want.Releases[0])
	}
	r42, _ := ws.Release(want.Releases[0].ID)
	if _, imp := p.forecast.headline(r42); imp != widget.WarningImportance {
		t.Errorf("a release that will likely miss its date is not a warning in the list (importance %v)", imp)
	}
	if got, wantCap := p.forecast.spark.Caption(), forecastSparkCaption(want.Throughput); got != wantCap {
		t.Errorf("throughput %q, want %q", got, wantCap)
	}

	// Finishing an item of 4.3 leaves one item fewer to forecast; finishing
	// 4.2's last, dated before today, ships it: it leaves the forecast.
	r43, _ := ws.Release(want.Releases[1].ID)
	finish := func(r *app.Release) *app.Item {
		t.Helper()
		for _, it := range ws.Items() {
			if it.Release == r.ID && it.Status == app.StatusInProgress {
				if err := ws.Do(app.MoveCard(it.ID, app.StatusDone, "", "", "")); err != nil {
					t.Fatal(err)
				}
				waitForecast(t, arrived)
				return it
			}
		}
		t.Fatalf("%s has no item in progress", r.Name)
		return nil
	}
	it := finish(r43)
	if got := p.forecast.res.Releases[1]; got.ID != r43.ID || got.Remaining != want.Releases[1].Remaining-1 {
		t.Errorf("after finishing %q: %s has %d left, want %d", it.Title, got.Name, got.Remaining, want.Releases[1].Remaining-1)
	}
	if want.Releases[0].Remaining != 1 {
		t.Fatalf("4.2 has %d items left: the test expects 1", want.Releases[0].Remaining)
	}
	finish(r42)
	p.Show(app.KeyOf(r42))
	shipped := "No forecast: shipped on 11 Nov, nothing left to do"
	if r42.Date != app.MustDate("2026-11-11") {
		t.Fatalf("4.2 is dated %v: the test expects 11 Nov", r42.Date)
	}
	if got, _ := p.forecast.headline(r42); got != shipped || p.forecast.reason.Text != shipped || p.forecast.bar.Visible() || p.forecast.res.Releases[0].ID == r42.ID {
		t.Errorf("4.2 shipped: the list says %q, the page %q", got, p.forecast.reason.Text)
	}
}

// forecastSparkCaption is the sparkline's caption for weeks, worked out here.
func forecastSparkCaption(weeks []forecast.Week) string {
	lo, hi := weeks[0].Done, weeks[0].Done
	for _, w := range weeks {
		lo, hi = min(lo, w.Done), max(hi, w.Done)
	}
	return fmt.Sprintf("%d weeks: %d–%d done a week", len(weeks), lo, hi)
}
