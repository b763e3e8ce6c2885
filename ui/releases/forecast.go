package releases

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/forecast"
	forecastui "canopy/ui/forecast"
	"canopy/ui/form"
	"canopy/ui/page"
)

// forecastPanel is the Releases page's answer to "when will it ship?": the
// forecast of every release not yet shipped, computed off the UI goroutine
// from the team's throughput each time the page catches up with a change,
// shown in the list (one line a release) and, for the release selected,
// as a range bar against its date with the throughput of the past weeks.
type forecastPanel struct {
	refresher *forecastui.Refresher
	// res is the last forecast shown; nil until the first arrives.
	res *forecast.Result
	// err is why the last forecast could not start, if it could not.
	err error
	// started is set once the first forecast has been asked for.
	started bool

	bar *forecastui.RangeBar
	// barBox holds the bar in line with the labels' text.
	barBox fyne.CanvasObject
	spark  *forecastui.Sparkline
	// reason says why there is no forecast, in the bar's place; note what
	// the forecast says in words and how it was made.
	reason, note *widget.Label
	card         fyne.CanvasObject
}

// sparkWidth is the width of the throughput's sparkline and caption.
const sparkWidth = 260

// newForecastPanel builds the panel; show is called, on the UI goroutine,
// after each forecast arrives.
func newForecastPanel(show func(*forecast.Result)) *forecastPanel {
	f := &forecastPanel{bar: forecastui.NewRangeBar(), spark: forecastui.NewSparkline(), reason: page.NewParagraph(), note: page.NewParagraph()}
	f.refresher = forecastui.NewRefresher(show)
	f.note.Importance = widget.LowImportance
	through := widget.NewLabel("Throughput")
	through.Importance = widget.LowImportance
	f.barBox = page.Indent(f.bar)
	f.card = page.PanelCard("Forecast", container.NewVBox(f.barBox, f.reason, f.note,
		container.NewHBox(through, page.Sized(sparkWidth, f.spark))))
	return f
}

// start forecasts ws's releases off the UI goroutine.
func (f *forecastPanel) start(ws *app.Workspace) {
	o := forecast.Defaults(ws.Today())
	o.Initiatives = false
	f.started = true
	f.err = f.refresher.Refresh(ws, o)
}

// of returns the forecast of release r as the list and the detail show it,
// and whether there is one to draw: a release the forecast leaves out has
// shipped (dated before today, nothing left to do).
func (f *forecastPanel) of(r *app.Release) (forecast.Forecast, bool) {
	switch {
	case f.err != nil:
		return forecast.Forecast{ID: r.ID, Name: r.Name, Planned: r.Date, Reason: f.err.Error()}, false
	case f.res == nil:
		return forecast.Forecast{}, false
	}
	for _, fc := range f.res.Releases {
		if fc.ID == r.ID {
			return fc, true
		}
	}
	return forecast.Forecast{ID: r.ID, Name: r.Name, Planned: r.Date,
		Reason: "shipped on " + forecast.Day(r.Date, f.res.Today) + ", nothing left to do"}, false
}

// headline is release r's forecast in one line for the list, and how much
// it should stand out: a warning when it will likely miss its date. The
// list's rows may be selected, so nothing is muted there: muted text on
// the selection's colour falls below AA contrast.
func (f *forecastPanel) headline(r *app.Release) (string, widget.Importance) {
	if f.res == nil && f.err == nil {
		return "Forecasting…", widget.MediumImportance
	}
	fc, _ := f.of(r)
	text := forecast.Headline(&fc, f.today())
	switch {
	case fc.OK() && fc.HasChance && fc.Chance < 0.5:
		return text, widget.WarningImportance
	case fc.OK():
		return text, widget.MediumImportance
	}
	return text, widget.MediumImportance
}

// today is the day the forecast shown starts from.
func (f *forecastPanel) today() app.Date {
	if f.res == nil {
		return app.Date{}
	}
	return f.res.Today
}

// showRelease shows release r's forecast in the card: the range bar once
// a forecast has arrived, and what it says in words.
func (f *forecastPanel) showRelease(r *app.Release) {
	if f.res == nil && f.err == nil {
		f.showBar(false)
		f.reason.Hide()
		page.SetLabel(f.note, "Forecasting: simulating futures from the team's throughput…", widget.LowImportance)
		return
	}
	fc, listed := f.of(r)
	f.bar.Set(fc, f.today())
	// Without dates the bar has nothing to draw: the reason, wrapped, in
	// its place.
	f.showBar(fc.OK())
	if fc.OK() {
		f.reason.Hide()
	} else {
		page.SetLabel(f.reason, f.bar.Headline(), widget.MediumImportance)
		f.reason.Show()
	}
	if f.res != nil {
		f.spark.Set(f.res.Throughput)
	}
	page.SetLabel(f.note, f.explain(&fc, listed), widget.LowImportance)
}

// showBar shows the range bar, or hides it with its place.
func (f *forecastPanel) showBar(on bool) {
	if on {
		f.bar.Show()
		f.barBox.Show()
		return
	}
	f.bar.Hide()
	f.barBox.Hide()
}

// explain says what the range bar shows and how it was computed; listed
// is false for a release the forecast leaves out (shipped).
func (f *forecastPanel) explain(fc *forecast.Forecast, listed bool) string {
	res := f.res
	switch {
	case res == nil, !listed, !fc.OK() && fc.Remaining == 0:
		return ""
	case !fc.OK():
		return fmt.Sprintf("%d of %s left. A forecast draws on the items finished each week (Done or Accepted) over the last %s.",
			fc.Remaining, form.Plural(fc.Items, "item", "items"), form.Plural(forecast.DefaultWeeks, "week", "weeks"))
	}
	today := res.Today
	return fmt.Sprintf("%d of %s left. Half of %s simulated futures finish by %s (P50), 85 %% by %s (P85), 95 %% by %s (P95); "+
		"each future draws its weeks from the items finished in the last %s, and serves the releases in date order.",
		fc.Remaining, form.Plural(fc.Items, "item", "items"), groupDigits(res.Runs),
		forecast.Day(fc.P50, today), forecast.Day(fc.P85, today), forecast.Day(fc.P95, today),
		form.Plural(len(res.Throughput), "week", "weeks"))
}

// groupDigits writes n with its thousands apart ("10 000").
func groupDigits(n int) string { return app.GroupDigits(strconv.Itoa(n), "\u00a0") }

// startForecast forecasts the releases again (the page caught up with a
// change, or is shown for the first time); the forecast shows when ready.
func (p *releasesPage) startForecast() {
	p.forecast.start(p.env.WS)
	if p.forecast.err != nil {
		p.list.Refresh()
		p.refreshForecastDetail()
	}
}

// onForecast shows a forecast that arrived, on the UI goroutine.
func (p *releasesPage) onForecast(res *forecast.Result) {
	p.forecast.res, p.forecast.err = res, nil
	p.list.Refresh()
	p.refreshForecastDetail()
}

// refreshForecastDetail shows the forecast of the release selected.
func (p *releasesPage) refreshForecastDetail() {
	if r, ok := p.env.WS.Release(p.selected); ok {
		p.forecast.showRelease(r)
	}
}
