package roadmap

import (
	"math"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/timeline"
	"canopy/ui/page"
)

// Sizes of the timeline's fixed parts, in pixels.
const (
	laneW     = 180 // the column of lane names
	majorH    = 20  // the axis row of major units (months, years)
	minorH    = 20  // the axis row of ticks
	markerH   = 22  // the row of milestone and release labels
	headerH   = majorH + minorH + markerH
	scrollW   = 10 // the scroll bars
	edgeGrip  = 6  // how near a bar's end a drag resizes it
	rangePad  = 365
	minThumbW = 24
)

// Timeline is the roadmap drawn on a time axis: lanes as rows with their
// names in a fixed column on the left, initiatives as bars, milestones and
// releases as markers, the today line and a two-row axis that stays in sight.
// It scrolls both ways over a range a year wider than the work on each side,
// zooms from weeks to years around the pointer, and draws only what is in
// sight from pools of canvas objects. Bars are moved, resized and moved to
// another lane by dragging or by the keyboard, each change one command.
type Timeline struct {
	widget.BaseWidget

	env   *page.Env
	plan  *timeline.Plan
	frame *timeline.Frame
	zoom  timeline.Zoom
	// byGoal colours bars by their first goal instead of their status.
	byGoal bool
	goalIx map[string]int
	// scroll is the top-left of the viewport in frame coordinates.
	scroll timeline.Point
	// cmp is the earlier plan compared with, and its ghosts (ghosts.go).
	cmp compareState

	selected string // initiative ID, or ""
	hover    int    // bar index under the pointer, or -1
	// markSpans are where the header's markers and their labels are drawn,
	// for the status line to name the one under the pointer (markers.go).
	markSpans []markSpan
	onMark    int // marker index (in the plan) under the pointer, or -1
	pointer   fyne.Position
	hovering  bool

	drag *dragState
	// preview is where an undated initiative dragged from the tray would land.
	preview target
	down    fyne.Position // where the last press happened, in widget coordinates
	hasDown bool
	shift   bool // Shift held, as KeyDown and KeyUp tell it

	// OnZoom is called after the zoom changes (the toolbar follows it).
	OnZoom func(timeline.Zoom)
	// OnStatus shows a line about the bar under the pointer or selected.
	OnStatus func(string)
	// OnEscape, if set, is called when Escape is pressed in the timeline,
	// after it let go of the selected bar (the window closes the editor
	// beside it).
	OnEscape func()
	// DropOutside is asked where a bar dragged out of the timeline lands
	// (the tray): it returns true when it handled the drop at the absolute
	// position.
	DropOutside func(id string, abs fyne.Position) bool
	// DragOutside follows a bar dragged out of the timeline, to highlight
	// the target; abs is the pointer, active false at the end.
	DragOutside func(abs fyne.Position, active bool)
	// mods returns the keyboard modifiers held; tests replace it.
	mods func() fyne.KeyModifier
	// fc is the forecast drawn as whiskers past the bars, when on.
	fc forecastWhiskers

	r *renderer
}

var (
	_ fyne.Widget            = (*Timeline)(nil)
	_ fyne.Draggable         = (*Timeline)(nil)
	_ fyne.Scrollable        = (*Timeline)(nil)
	_ fyne.Tappable          = (*Timeline)(nil)
	_ fyne.DoubleTappable    = (*Timeline)(nil)
	_ fyne.Focusable         = (*Timeline)(nil)
	_ fyne.Shortcutable      = (*Timeline)(nil)
	_ desktop.Hoverable      = (*Timeline)(nil)
	_ desktop.Mouseable      = (*Timeline)(nil)
	_ desktop.Keyable        = (*Timeline)(nil)
	_ fyne.SecondaryTappable = (*Timeline)(nil)
)

// dateRange formats an initiative's dates ("Apr 6 – May 3, 2027").
func dateRange(start, end app.Date) string {
	s, e := start.Time(), end.Time()
	if s.Year() == e.Year() {
		return s.Format("Jan 2") + " – " + e.Format("Jan 2, 2006")
	}
	return s.Format("Jan 2, 2006") + " – " + e.Format("Jan 2, 2006")
}

// percent formats a share (0..1) as a whole percentage.
func percent(x float64) string { return strconv.Itoa(int(math.Round(x*100))) + " %" }

// NewTimeline builds the timeline of env's workspace at the zoom level.
func NewTimeline(env *page.Env, zoom timeline.Zoom) *Timeline {
	t := &Timeline{env: env, zoom: zoom, hover: -1, onMark: -1, mods: driverModifiers}
	t.ExtendBaseWidget(t)
	t.rebuild()
	t.ScrollToToday()
	return t
}

// driverModifiers asks the desktop driver which modifiers are held.
func driverModifiers() fyne.KeyModifier {
	if a := fyne.CurrentApp(); a != nil {
		if d, ok := a.Driver().(desktop.Driver); ok {
			return d.CurrentKeyModifiers()
		}
	}
	return 0
}

// CreateRenderer builds the renderer that draws the visible part.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer {
	t.r = newRenderer(t)
	return t.r
}

// MinSize is small: the timeline scrolls.
func (t *Timeline) MinSize() fyne.Size {
	return fyne.NewSize(laneW+200, headerH+120)
}

// Plan returns the plan drawn.
func (t *Timeline) Plan() *timeline.Plan { return t.plan }

// Frame returns the frame drawn.
func (t *Timeline) Frame() *timeline.Frame { return t.frame }

// Zoom returns the zoom level.
func (t *Timeline) Zoom() timeline.Zoom { return t.zoom }

// Selected returns the ID of the selected initiative, or "".
func (t *Timeline) Selected() string { return t.selected }

// Select selects the initiative with the ID and scrolls it into sight.
func (t *Timeline) Select(id string) {
	t.selected = id
	if i, ok := t.plan.Bar(id); ok {
		t.reveal(t.frame.BarRect(i))
	}
	t.status()
	t.Refresh()
}

// SetColorByGoal colours the bars by goal (true) or by status (false).
func (t *Timeline) SetColorByGoal(on bool) {
	t.byGoal = on
	t.Refresh()
}

// Reload rebuilds the plan after a change of the workspace, keeping the
// date at the left of the viewport in place.
func (t *Timeline) Reload() {
	left, frac := t.anchor(0)
	t.rebuild()
	t.scroll.X = t.frame.X(left) + frac*t.frame.Opt.DayWidth
	t.clamp()
	if _, ok := t.env.WS.Initiative(t.selected); !ok {
		t.selected = ""
	}
	t.hover = -1 // bar indexes change with the plan
	t.status()
	t.Refresh()
}

// rebuild builds the plan and frames it at the zoom level.
func (t *Timeline) rebuild() {
	ws := t.env.WS
	t.plan = timeline.NewPlan(ws, ws.Today())
	t.findGhosts()
	t.goalIx = map[string]int{}
	for i, g := range ws.Goals() {
		t.goalIx[g.ID] = i
	}
	t.reframe()
}

// reframe scales the plan to the zoom level over the span of the work and
// a year on each side, so there is room to drag work beyond it.
func (t *Timeline) reframe() {
	first, last := t.plan.Span()
	if t.plan.Today.Before(first) {
		first = t.plan.Today
	}
	if t.plan.Today.After(last) {
		last = t.plan.Today
	}
	// At least a year each side, and at least two windows' worth at the
	// coarse zooms, so the viewport never outgrows the range.
	pad := max(rangePad, int(2*max(float64(t.body().Width), 1600)/t.zoom.DayWidth()))
	cal := timeline.Calendar{Zoom: t.zoom, FiscalYearStart: t.env.WS.Product().FiscalYearStart}
	t.frame = t.plan.Frame(timeline.Options{Zoom: t.zoom, FiscalYearStart: cal.FiscalYearStart,
		From: cal.UnitStart(first.AddDays(-pad)), To: cal.Add(cal.UnitStart(last.AddDays(pad)), 1),
		RowHeight: 32, BarHeight: 25, LanePad: 6})
}

// body returns the size of the area that shows the lanes and bars.
func (t *Timeline) body() fyne.Size {
	s := t.Size()
	return fyne.NewSize(max(0, s.Width-laneW-scrollW), max(0, s.Height-headerH-scrollW))
}

// anchor returns the date at x pixels right of the viewport's left edge and
// the fraction of that day left of the point.
func (t *Timeline) anchor(x float32) (app.Date, float64) {
	fx := t.scroll.X + float64(x)
	d := t.frame.DateAt(fx)
	return d, (fx - t.frame.X(d)) / t.frame.Opt.DayWidth
}

// SetZoom changes the zoom level, keeping the date at the centre of the
// viewport in place.
func (t *Timeline) SetZoom(z timeline.Zoom) {
	t.zoomAt(z, t.body().Width/2)
}

// zoomAt changes the zoom, keeping the date at x (from the body's left edge)
// in place.
func (t *Timeline) zoomAt(z timeline.Zoom, x float32) {
	if z == t.zoom || z < timeline.Weeks || z > timeline.Years {
		return
	}
	d, frac := t.anchor(x)
	t.zoom = z
	t.reframe()
	t.scroll.X = t.frame.X(d) + frac*t.frame.Opt.DayWidth - float64(x)
	t.clamp()
	if t.OnZoom != nil {
		t.OnZoom(z)
	}
	t.Refresh()
}

// ZoomIn shows shorter units (months to weeks).
func (t *Timeline) ZoomIn() { t.SetZoom(t.zoom - 1) }

// ZoomOut shows longer units (months to quarters).
func (t *Timeline) ZoomOut() { t.SetZoom(t.zoom + 1) }

// ScrollToToday puts today a third of the way into the viewport.
func (t *Timeline) ScrollToToday() {
	w := t.body().Width
	if w <= 0 {
		w = 900
	}
	t.scroll.X = t.frame.X(t.plan.Today) - float64(w)/3
	t.clamp()
	t.Refresh()
}

// ScrollTo puts the viewport's top-left corner at x, y in frame coordinates.
func (t *Timeline) ScrollTo(x, y float64) {
	t.scroll = timeline.Point{X: x, Y: y}
	t.clamp()
	t.Refresh()
}

// Scroll returns the viewport's top-left corner in frame coordinates.
func (t *Timeline) Scroll() timeline.Point { return t.scroll }

// clamp keeps the viewport within the frame.
func (t *Timeline) clamp() {
	b := t.body()
	t.scroll.X = math.Max(0, math.Min(t.scroll.X, t.frame.Width-float64(b.Width)))
	t.scroll.Y = math.Max(0, math.Min(t.scroll.Y, t.frame.Height-float64(b.Height)))
}

// reveal scrolls the rectangle (frame coordinates) into sight.
func (t *Timeline) reveal(r timeline.Rect) {
	b := t.body()
	if r.X < t.scroll.X || r.X+math.Min(r.W, float64(b.Width)) > t.scroll.X+float64(b.Width) {
		t.scroll.X = r.X - float64(b.Width)/4
	}
	if r.Y < t.scroll.Y || r.Y+r.H > t.scroll.Y+float64(b.Height) {
		t.scroll.Y = r.Y - float64(b.Height)/3
	}
	t.clamp()
}

// toFrame converts a widget position to frame coordinates.
func (t *Timeline) toFrame(p fyne.Position) timeline.Point {
	return timeline.Point{X: t.scroll.X + float64(p.X-laneW), Y: t.scroll.Y + float64(p.Y-headerH)}
}

// inBody reports whether the widget position p is over the lanes and bars.
func (t *Timeline) inBody(p fyne.Position) bool {
	b := t.body()
	return p.X >= laneW && p.X < laneW+b.Width && p.Y >= headerH && p.Y < headerH+b.Height
}

// barAt returns the bar under the widget position p, or -1.
func (t *Timeline) barAt(p fyne.Position) int {
	if !t.inBody(p) {
		return -1
	}
	return t.frame.BarAt(t.toFrame(p))
}

// Scrolled scrolls: the wheel vertically, Shift+wheel horizontally,
// Ctrl+wheel zooms around the pointer.
func (t *Timeline) Scrolled(e *fyne.ScrollEvent) {
	m := t.mods()
	if m&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0 {
		x := e.Position.X - laneW
		if x < 0 || x > t.body().Width {
			x = t.body().Width / 2
		}
		switch {
		case e.Scrolled.DY > 0:
			t.zoomAt(t.zoom-1, x)
		case e.Scrolled.DY < 0:
			t.zoomAt(t.zoom+1, x)
		}
		return
	}
	dx, dy := e.Scrolled.DX, e.Scrolled.DY
	if m&fyne.KeyModifierShift != 0 && dx == 0 {
		dx, dy = dy, 0
	}
	t.scroll.X -= float64(dx)
	t.scroll.Y -= float64(dy)
	t.clamp()
	t.Refresh()
}

// Tapped selects the bar under the pointer and takes the keyboard.
func (t *Timeline) Tapped(e *fyne.PointEvent) {
	t.selected = ""
	if i := t.barAt(e.Position); i >= 0 {
		t.selected = t.plan.Bars[i].ID
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(t); c != nil {
		c.Focus(t)
	}
	t.status()
	t.Refresh()
}

// TappedSecondary selects too (a context menu may come later).
func (t *Timeline) TappedSecondary(e *fyne.PointEvent) { t.Tapped(e) }

// DoubleTapped opens the editor of the bar under the pointer.
func (t *Timeline) DoubleTapped(e *fyne.PointEvent) {
	if i := t.barAt(e.Position); i >= 0 {
		t.selected = t.plan.Bars[i].ID
		t.open(t.selected)
	}
}

// open shows the editor of the initiative.
func (t *Timeline) open(id string) {
	if id != "" && t.env.Open != nil {
		t.env.Open(app.Key{Kind: app.KindInitiative, ID: id})
	}
}

// MouseIn starts the hover.
func (t *Timeline) MouseIn(e *desktop.MouseEvent) { t.MouseMoved(e) }

// MouseMoved shows what is under the pointer.
func (t *Timeline) MouseMoved(e *desktop.MouseEvent) {
	t.pointer, t.hovering = e.Position, true
	if t.hoverMark(e.Position) {
		return
	}
	if i := t.barAt(e.Position); i != t.hover {
		t.hover = i
		t.status()
		t.Refresh()
	} else if i >= 0 {
		t.Refresh() // the tip follows the pointer
	}
}

// MouseOut ends the hover.
func (t *Timeline) MouseOut() {
	t.hovering = false
	t.leaveMark()
	if t.hover >= 0 {
		t.hover = -1
		t.status()
		t.Refresh()
	}
}

// MouseDown remembers where a drag may start: the driver tells Dragged
// where the pointer is once it has moved a few pixels.
func (t *Timeline) MouseDown(e *desktop.MouseEvent) {
	t.down, t.hasDown = e.Position, true
}

// MouseUp forgets the press: a drag under way keeps its own start.
func (t *Timeline) MouseUp(*desktop.MouseEvent) { t.hasDown = false }

// status reports the bar under the pointer, else the selected one.
func (t *Timeline) status() {
	if t.OnStatus == nil {
		return
	}
	i := t.hover
	if i < 0 {
		i = t.selectedBar()
	}
	if i < 0 {
		t.OnStatus("")
		return
	}
	t.OnStatus(describe(&t.plan.Bars[i]) + t.whiskerNote(i))
}

// describe is the one-line summary of a bar: name, dates, status, progress.
func describe(b *timeline.Bar) string {
	s := b.Name + " · " + dateRange(b.Start, b.End) + " · " + b.Status.Title()
	if b.HasProgress {
		s += " · " + percent(b.Progress) + " done"
	}
	if b.Late {
		s += " · starts before what it depends on ends"
	}
	return s
}
