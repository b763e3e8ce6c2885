package roadmap

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/app/timeline"
)

// Fyne has no drop targets and tells Dragged where the pointer is but
// DragEnd nothing. So a drag remembers where it started (the press, or the
// first event's position under the test driver, which sends no press), adds
// up the deltas, and decides at the end from that position what to change.

// dragKind is what a drag does, decided where it starts.
type dragKind int

const (
	dragPan    dragKind = iota // empty space: scroll both ways
	dragMove                   // a bar: move it, to another lane too
	dragStart                  // a bar's left end: change its start
	dragEnd                    // a bar's right end: change its end
	dragHThumb                 // the horizontal scroll bar
	dragVThumb                 // the vertical scroll bar
)

// dragState is the drag in progress.
type dragState struct {
	kind  dragKind
	bar   int // index in the plan's bars
	id    string
	start fyne.Position // where it started, widget coordinates
	sum   fyne.Delta
	// scroll is the viewport when the drag started.
	scroll timeline.Point
	// target is where the bar would land, when kind moves a bar.
	target target
	// outside is set while a bar is dragged out of the body (to the tray).
	outside bool
}

// target is a bar's new place.
type target struct {
	start, end app.Date
	lane       int
	ok         bool
}

// pos returns the pointer, widget coordinates.
func (d *dragState) pos() fyne.Position { return d.start.Add(fyne.NewPos(d.sum.DX, d.sum.DY)) }

// Dragged follows a drag: pans, scrolls, or moves the ghost of a bar.
func (t *Timeline) Dragged(e *fyne.DragEvent) {
	if t.drag == nil {
		start := e.Position
		if t.hasDown {
			start = t.down
		}
		t.drag = t.beginDrag(start)
	}
	d := t.drag
	d.sum.DX += e.Dragged.DX
	d.sum.DY += e.Dragged.DY
	switch d.kind {
	case dragPan:
		t.scroll.X = d.scroll.X - float64(d.sum.DX)
		t.scroll.Y = d.scroll.Y - float64(d.sum.DY)
		t.clamp()
	case dragHThumb:
		b := t.body()
		t.scroll.X = d.scroll.X + float64(d.sum.DX)*t.frame.Width/float64(max(1, b.Width))
		t.clamp()
	case dragVThumb:
		b := t.body()
		t.scroll.Y = d.scroll.Y + float64(d.sum.DY)*t.frame.Height/float64(max(1, b.Height))
		t.clamp()
	default:
		p := d.pos()
		d.outside = d.kind == dragMove && !t.inBody(p) && t.DropOutside != nil
		if d.outside {
			d.target.ok = false
		} else {
			d.target = t.targetOf(d, p)
		}
		if t.DragOutside != nil {
			t.DragOutside(t.absolute(p), d.outside)
		}
	}
	t.Refresh()
}

// beginDrag decides what a drag starting at p does.
func (t *Timeline) beginDrag(p fyne.Position) *dragState {
	d := &dragState{start: p, scroll: t.scroll, bar: -1}
	b := t.body()
	switch {
	case p.Y >= headerH+b.Height && p.X >= laneW:
		d.kind = dragHThumb
		return d
	case p.X >= laneW+b.Width && p.Y >= headerH:
		d.kind = dragVThumb
		return d
	}
	i := t.barAt(p)
	if i < 0 || t.env.ReadOnly() {
		return d
	}
	d.bar, d.id = i, t.plan.Bars[i].ID
	t.selected = d.id
	r := t.frame.BarRect(i)
	x := float64(p.X-laneW) + t.scroll.X
	switch {
	case r.W >= 3*edgeGrip && x < r.X+edgeGrip:
		d.kind = dragStart
	case r.W >= 3*edgeGrip && x >= r.X+r.W-edgeGrip:
		d.kind = dragEnd
	default:
		d.kind = dragMove
	}
	d.target = target{start: t.plan.Bars[i].Start, end: t.plan.Bars[i].End, lane: t.plan.Bars[i].Lane, ok: true}
	return d
}

// targetOf returns where the drag's bar lands with the pointer at p: dates
// snapped to the zoom's unit and keeping their length for a move, the lane
// under the pointer.
func (t *Timeline) targetOf(d *dragState, p fyne.Position) target {
	b := &t.plan.Bars[d.bar]
	days := int(math.Round(float64(d.sum.DX) / t.frame.Opt.DayWidth))
	cal := t.frame.Cal
	tg := target{start: b.Start, end: b.End, lane: b.Lane, ok: true}
	switch d.kind {
	case dragMove:
		if days != 0 {
			length := b.Start.DaysUntil(b.End)
			tg.start = cal.Snap(b.Start.AddDays(days))
			tg.end = tg.start.AddDays(length)
		}
		if l := t.frame.LaneAt(t.toFrame(p).Y); l >= 0 {
			tg.lane = l
		}
	case dragStart:
		if days != 0 {
			tg.start = cal.Snap(b.Start.AddDays(days))
			if tg.start.After(b.End) {
				tg.start = b.End
			}
		}
	case dragEnd:
		if days != 0 {
			tg.end = cal.Snap(b.End.AddDays(1 + days)).AddDays(-1)
			if tg.end.Before(b.Start) {
				tg.end = b.Start
			}
		}
	}
	return tg
}

// DragEnd applies the drag: one command for a bar's new dates and lane, or
// a drop on the tray.
func (t *Timeline) DragEnd() {
	d := t.drag
	t.drag, t.hasDown = nil, false
	if d == nil {
		return
	}
	// The driver sends no MouseMoved during a drag: the pointer is where
	// the drag ended, and the tip waits for the next move.
	t.pointer, t.hovering, t.hover = d.pos(), false, -1
	if t.DragOutside != nil && (d.kind == dragMove) {
		t.DragOutside(fyne.Position{}, false)
	}
	if d.outside {
		if !t.DropOutside(d.id, t.absolute(d.pos())) {
			t.Refresh()
		}
		return
	}
	if d.bar >= 0 && d.target.ok {
		t.apply(d.id, d.target)
	}
	t.Refresh()
}

// absolute converts a widget position to the canvas.
func (t *Timeline) absolute(p fyne.Position) fyne.Position {
	if a := fyne.CurrentApp(); a != nil {
		return a.Driver().AbsolutePositionForObject(t).Add(p)
	}
	return p
}

// apply gives the initiative the target's dates and lane, as one command;
// nothing when neither changed.
func (t *Timeline) apply(id string, tg target) {
	i, ok := t.plan.Bar(id)
	if !ok {
		return
	}
	b := &t.plan.Bars[i]
	if tg.start == b.Start && tg.end == b.End && tg.lane == b.Lane {
		return
	}
	lane := t.plan.Lanes[tg.lane].ID
	desc := "Reschedule " + b.Name
	switch {
	case tg.lane != b.Lane && tg.start == b.Start && tg.end == b.End:
		desc = "Move " + b.Name + " to " + t.plan.Lanes[tg.lane].Name
	case tg.start.DaysUntil(tg.end) != b.Start.DaysUntil(b.End):
		desc = "Resize " + b.Name
	}
	keepLane := tg.lane == b.Lane
	_ = t.env.Do(Schedule(id, desc, tg.start, tg.end, lane, keepLane))
}

// Schedule is the command that gives an initiative dates from start to end
// (the last day) and, unless keepLane, the lane (an ID, "" for none).
func Schedule(id, desc string, start, end app.Date, lane string, keepLane bool) app.Command {
	return app.Func{Desc: desc, Fn: func(tx *app.Tx) error {
		in, err := app.Edit[*app.Initiative](tx, app.KindInitiative, id)
		if err != nil {
			return fmt.Errorf("schedule %s: %w", id, err)
		}
		in.Start, in.End = start, end
		if !keepLane {
			in.Lane = lane
		}
		return nil
	}}
}

// Unschedule is the command that takes an initiative's dates away and puts
// it on a horizon.
func Unschedule(id string, h app.Horizon) app.Command {
	desc := "Move to " + h.Title()
	if h == app.HorizonNone {
		desc = "Remove dates"
	}
	return app.Func{Desc: desc, Fn: func(tx *app.Tx) error {
		in, err := app.Edit[*app.Initiative](tx, app.KindInitiative, id)
		if err != nil {
			return fmt.Errorf("unschedule %s: %w", id, err)
		}
		in.Start, in.End, in.Horizon = app.Date{}, app.Date{}, h
		return nil
	}}
}

// DropUndated gives the undated initiative dates where the absolute
// position abs falls on the timeline: from the start of the unit under the
// pointer (a drop late in April is April, not May), one unit long (four weeks at the weeks zoom, a quarter at the
// years zoom), in the lane under the pointer. It returns false when abs is
// not over the lanes.
func (t *Timeline) DropUndated(id string, abs fyne.Position) bool {
	p := abs.Subtract(fyne.CurrentApp().Driver().AbsolutePositionForObject(t))
	if !t.inBody(p) {
		return false
	}
	fp := t.toFrame(p)
	lane := t.frame.LaneAt(fp.Y)
	if lane < 0 {
		return false
	}
	start, end := t.span(t.unitUnder(fp))
	in, ok := t.env.WS.Initiative(id)
	if !ok {
		return false
	}
	t.selected = id
	_ = t.env.Do(Schedule(id, "Schedule "+in.Name, start, end, t.plan.Lanes[lane].ID, false))
	return true
}

// unitUnder returns the first day of the unit (week, month, quarter or
// year) under the frame position fp: where a bar dropped there starts.
// Not the nearest boundary: a drop in the second half of a month would
// land a month later than the month under the pointer.
func (t *Timeline) unitUnder(fp timeline.Point) app.Date {
	return t.frame.Cal.UnitStart(t.frame.DateAt(fp.X))
}

// span returns the dates of a newly scheduled initiative starting at start.
func (t *Timeline) span(start app.Date) (app.Date, app.Date) {
	var next app.Date
	switch t.zoom {
	case timeline.Weeks:
		next = start.AddDays(28)
	case timeline.Years:
		next = start.AddMonths(3)
	default:
		next = t.frame.Cal.Add(start, 1)
	}
	return start, next.AddDays(-1)
}

// PreviewUndated shows where an undated initiative dragged from the tray
// would land with the pointer at the absolute position abs; active false
// clears it.
func (t *Timeline) PreviewUndated(abs fyne.Position, active bool) {
	prev := t.preview
	t.preview = target{}
	if active {
		p := abs.Subtract(fyne.CurrentApp().Driver().AbsolutePositionForObject(t))
		if t.inBody(p) {
			fp := t.toFrame(p)
			if lane := t.frame.LaneAt(fp.Y); lane >= 0 {
				start, end := t.span(t.unitUnder(fp))
				t.preview = target{start: start, end: end, lane: lane, ok: true}
			}
		}
	}
	if prev != t.preview {
		t.Refresh()
	}
}
