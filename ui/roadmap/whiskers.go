package roadmap

import (
	"cmp"
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"canopy/app/forecast"
	"canopy/app/timeline"
	forecastui "canopy/ui/forecast"
)

// forecastWhiskers is the forecast the timeline draws, when asked, as a
// whisker past each active initiative's bar: a line from its P50 date to
// its P85 date (app/timeline's geometry), fainter from the bar's end to
// the P50 date, in the late colour when the P85 date falls after the
// bar's end. The forecast is computed off the UI goroutine each time the
// roadmap catches up with a change; the whiskers are drawn from a pool, for
// what is in sight only.
type forecastWhiskers struct {
	on        bool
	refresher *forecastui.Refresher
	// res is the last forecast shown, nil before the first; plan is the
	// plan whiskers were matched with (a bar's index changes with it).
	res      *forecast.Result
	plan     *timeline.Plan
	whiskers []timeline.Whisker
	// byBar maps a bar's index to its whisker's index + 1 (0: none).
	byBar []int32
	// byY are the whiskers in the order of their bars' tops (ys) in frame,
	// so that a frame looks only at those of the rows in sight.
	frame *timeline.Frame
	byY   []timeline.Whisker
	ys    []float64
	boxes []timeline.WhiskerBox
	lines *pool[*canvas.Line]
	// lead is the theme's foreground, faint, for the lead.
	lead alphaColor
}

// Where a whisker runs: whiskerDrop pixels under its bar, in the gap
// between rows (the timeline's rows are 32 high, its bars 25), with ticks
// whiskerTick pixels up and down at the P50 and the P85 days.
const (
	whiskerDrop = 3.5
	whiskerTick = 3
)

// whiskerLate is the colour of a whisker whose P85 date falls after its
// bar's end, boxed once; the others are in the theme's foreground.
var whiskerLate color.Color = timeline.LateColor

// SetForecast draws the forecast whiskers (true), computed now, or stops
// drawing them (false).
func (t *Timeline) SetForecast(on bool) {
	if on == t.fc.on {
		return
	}
	t.fc.on = on
	if on {
		t.refreshForecast()
	} else {
		t.fc.res, t.fc.plan, t.fc.whiskers = nil, nil, nil
	}
	t.status()
	t.Refresh()
}

// Forecast reports whether the forecast whiskers are drawn.
func (t *Timeline) Forecast() bool { return t.fc.on }

// Whiskers returns the whiskers of the forecast shown, matched with the
// plan drawn (none while the forecast is off or on its way).
func (t *Timeline) Whiskers() []timeline.Whisker {
	t.matchWhiskers()
	return t.fc.whiskers
}

// refreshForecast forecasts the workspace again, off the UI goroutine,
// when the whiskers are on.
func (t *Timeline) refreshForecast() {
	if !t.fc.on {
		return
	}
	ws := t.env.WS
	if err := t.forecaster().Refresh(ws, forecast.Defaults(ws.Today())); err != nil && t.OnStatus != nil {
		t.OnStatus("No forecast: " + err.Error())
	}
}

// onForecast shows a forecast that arrived, on the UI goroutine.
func (t *Timeline) onForecast(res *forecast.Result) {
	if !t.fc.on {
		return
	}
	t.fc.res, t.fc.plan = res, nil
	t.status()
	t.Refresh()
}

// forecaster returns the refresher of the whiskers' forecast.
func (t *Timeline) forecaster() *forecastui.Refresher {
	if t.fc.refresher == nil {
		t.fc.refresher = forecastui.NewRefresher(t.onForecast)
	}
	return t.fc.refresher
}

// matchWhiskers matches the forecast's initiatives with the bars of the
// plan drawn, once per plan and forecast.
func (t *Timeline) matchWhiskers() {
	fc := &t.fc
	if fc.plan == t.plan || fc.res == nil {
		return
	}
	fc.plan, fc.frame = t.plan, nil
	fc.whiskers = t.plan.Whiskers(fc.res.Initiatives)
	fc.byBar = make([]int32, len(t.plan.Bars))
	for k, w := range fc.whiskers {
		fc.byBar[w.Bar] = int32(k + 1)
	}
}

// whiskerNote is what the status line and the tip add about bar i's
// forecast: " · forecast 4 May – 20 May (P50–P85)", or "".
func (t *Timeline) whiskerNote(i int) string {
	if !t.fc.on || t.fc.res == nil {
		return ""
	}
	t.matchWhiskers()
	if i < 0 || i >= len(t.fc.byBar) || t.fc.byBar[i] == 0 {
		return ""
	}
	w := t.fc.whiskers[t.fc.byBar[i]-1]
	today := t.fc.res.Today
	s := " · forecast " + forecast.Day(w.P50, today) + " – " + forecast.Day(w.P85, today) + " (P50–P85)"
	if w.Late {
		s += ", past its end"
	}
	return s
}

// forecastHint is what the status line says of the whiskers while nothing
// is under the pointer, before its usual hint: "" while they are off.
func (t *Timeline) forecastHint() string {
	switch {
	case !t.fc.on:
		return ""
	case t.fc.res == nil:
		return "Forecasting… "
	case t.fc.res.Reason != "":
		return "No forecast: " + t.fc.res.Reason + ". "
	}
	return "Under each active initiative, its forecast from P50 to P85, red past its end. "
}

// newForecastToggle returns the toolbar's check that draws the forecast
// whiskers.
func (v *View) newForecastToggle() *widget.Check {
	v.forecast = widget.NewCheck("Forecast", func(on bool) {
		v.Timeline.SetForecast(on)
		if v.OnForecastChange != nil {
			v.OnForecastChange(on)
		}
	})
	return v.forecast
}

// SetForecast ticks or clears the toolbar's Forecast, drawing the
// whiskers or not.
func (v *View) SetForecast(on bool) { v.forecast.SetChecked(on) }

// whiskerObjects appends the whiskers' lines to the renderer's objects.
func (r *renderer) whiskerObjects(o []fyne.CanvasObject) []fyne.CanvasObject {
	if p := r.t.fc.lines; p != nil {
		for _, x := range p.items {
			o = append(o, x)
		}
	}
	return o
}

// drawWhiskers draws the whiskers in sight: for each, the lead from the
// bar's end to the P50 day, the line from the P50 day to the end of the
// P85 day, and a tick at each end.
func (r *renderer) drawWhiskers(pal palette, pt *port) {
	t := r.t
	fc := &t.fc
	if fc.lines == nil {
		fc.lines = newPool(r, slab(canvas.Line{StrokeColor: color.Black, StrokeWidth: 1}), lineHidden)
	}
	if fc.on && fc.res != nil {
		t.matchWhiskers()
		view := timeline.Rect{X: pt.sx, Y: pt.sy, W: float64(pt.right - pt.left), H: float64(pt.bottom - pt.top)}
		// A whisker runs under its bar: one whose bar ends just above the
		// viewport may still show.
		under := t.frame.Opt.RowHeight - t.frame.Opt.BarHeight
		reach := timeline.Rect{X: view.X, Y: view.Y - under, W: view.W, H: view.H + under}
		fc.boxes = t.frame.WhiskersIn(reach, r.rowsInSight(view), fc.boxes[:0])
		for i := range fc.boxes {
			b := &fc.boxes[i]
			c := pal.fg
			if b.Late {
				c = whiskerLate
			}
			// Along the gap under the bar's row (b.Y+b.H is the bar's
			// bottom), so that it runs past later bars of the row without
			// crossing their names.
			y := pt.y(b.Y+b.H) + whiskerDrop
			if b.HasLead {
				r.whiskerSeg(pt.x(b.LeadX0), y, pt.x(b.LeadX), y, fc.lead.of(pal.fg, 0x80), 1, pt)
			}
			r.whiskerSeg(pt.x(b.X50), y, pt.x(b.X85), y, c, 2, pt)
			r.whiskerSeg(pt.x(b.X50), y-whiskerTick, pt.x(b.X50), y+whiskerTick, c, 2, pt)
			r.whiskerSeg(pt.x(b.X85)-1, y-whiskerTick, pt.x(b.X85)-1, y+whiskerTick, c, 2, pt)
		}
	}
	fc.lines.end()
}

// rowsInSight returns the whiskers whose bars' rows the viewport crosses
// (after matchWhiskers): a binary search in the whiskers sorted by their
// bars' tops, sorted once per frame.
func (r *renderer) rowsInSight(view timeline.Rect) []timeline.Whisker {
	t, fc := r.t, &r.t.fc
	if fc.frame != t.frame {
		fc.frame = t.frame
		fc.byY = append(fc.byY[:0], fc.whiskers...)
		top := func(w timeline.Whisker) float64 { return t.frame.BarRect(w.Bar).Y }
		slices.SortFunc(fc.byY, func(a, b timeline.Whisker) int { return cmp.Compare(top(a), top(b)) })
		fc.ys = fc.ys[:0]
		for _, w := range fc.byY {
			fc.ys = append(fc.ys, top(w))
		}
	}
	// A bar, and its whisker under it, reach one row below its top.
	from, _ := slices.BinarySearch(fc.ys, view.Y-t.frame.Opt.RowHeight)
	to, _ := slices.BinarySearch(fc.ys, view.Y+view.H)
	return fc.byY[from:to]
}

// whiskerSeg draws one segment of a whisker, clipped to the body.
func (r *renderer) whiskerSeg(x0, y0, x1, y1 float32, c color.Color, w float32, pt *port) {
	x0, y0, x1, y1, ok := clipSeg(x0, y0, x1, y1, pt.left, pt.top, pt.right, pt.bottom)
	if !ok {
		return
	}
	l := getLine(r.t.fc.lines)
	p1, p2 := fyne.NewPos(x0, y0), fyne.NewPos(x1, y1)
	if l.Position1 != p1 || l.Position2 != p2 || !sameColor(l.StrokeColor, c) || l.StrokeWidth != w {
		l.Position1, l.Position2 = p1, p2
		l.StrokeColor, l.StrokeWidth = c, w
		r.repaint = true
	}
}
