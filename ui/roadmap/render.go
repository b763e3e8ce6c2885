package roadmap

import (
	"image/color"
	"math"
	"unicode/utf8"
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"canopy/app"
	"canopy/app/timeline"
)

// renderer draws what the viewport shows from pools of canvas objects: a
// scroll step moves and relabels the objects it has and hides those left
// over, so the number of objects follows the window, never the plan.
type renderer struct {
	t    *Timeline
	view timeline.View

	objects []fyne.CanvasObject
	grown   bool
	// drawn is what the bars in place were drawn for.
	drawn barsKey
	// repaint is set when a shape changed colour, or a pooled object was
	// shown or hidden, this frame: draw asks for one paint for them all.
	repaint bool

	bg, laneCol, header, corner         *canvas.Rectangle
	today, todayHead                    *canvas.Rectangle
	hTrack, hThumb, vTrack, vThumb      *canvas.Rectangle
	ghost, tipBg                        *canvas.Rectangle
	ghostText, tipName, tipInfo, zoomTx *canvas.Text

	bands, grid, markLines, tracks          *pool[*canvas.Rectangle]
	laneSeps, majorSeps, minorSeps, flags   *pool[*canvas.Rectangle]
	barText, laneText, majorText, minorText *pool[*canvas.Text]
	markText                                *pool[*canvas.Text]
	// bars are the bars, in the view's order, each given its fill.
	bars            *pool[*canvas.Rectangle]
	segs            *pool[*canvas.Line]
	heads, diamonds *pool[*canvas.Polygon]
	// gh draws the ghosts of compare mode (ghosts.go).
	gh ghostPools

	// derived boxes the palette's colours derived from the theme's once,
	// while the theme's stay the same.
	derived [4]alphaColor

	// widths caches the width of texts measured, by size and style; fits
	// the texts cut to a width.
	widths map[measureKey]float32
	fits   map[fitKey]string
	// A bar keeps the text object that showed its name in the last frame
	// while it stays in sight, so the text's texture is not drawn again on
	// every scroll step; rest are the frame's bar names that had none.
	rest []barLabel
	// labelPlan is the plan itemOf indexes the bars of.
	labelPlan *timeline.Plan
	// itemOf holds, per bar, 1 + the index in barText of the text that
	// showed its name last frame (0: none); owner, per text, that bar (-1:
	// none); taken marks the texts handed out this frame.
	itemOf []int32
	owner  []int32
	taken  []bool
	// shown marks the texts taken in the last frame: the visible ones.
	shown []bool
	// names caches, per bar of plan, its name's width and its last cut, so
	// a frame hashes no names; info what else a frame draws of it.
	plan  *timeline.Plan
	names []nameFit
	cuts  []nameCuts
	info  []barInfo
}

// barInfo is what a frame needs of a bar besides its box, packed: a
// frame reads this, not the plan's larger Bar.
type barInfo struct {
	// fill is the bar's fill by status and by goal (indexes in barFills).
	fill [2]uint8
	// progress is the share done, or -1 without progress.
	progress float32
}

// syncPlan readies the caches per bar when the plan changed.
func (r *renderer) syncPlan() {
	if r.plan == r.t.plan {
		return
	}
	r.plan = r.t.plan
	r.names = make([]nameFit, len(r.plan.Bars))
	r.cuts = make([]nameCuts, len(r.plan.Bars))
	r.info = make([]barInfo, len(r.plan.Bars))
	for i := range r.plan.Bars {
		b := &r.plan.Bars[i]
		in := &r.info[i]
		in.fill = [2]uint8{uint8(r.fillOf(b, false, false)), uint8(r.fillOf(b, true, false))}
		in.progress = -1
		if b.HasProgress {
			in.progress = float32(b.Progress)
		}
	}
}

// barLabel is a bar's name placed in a frame.
type barLabel struct {
	bar  int
	text string
	pos  fyne.Position
	size fyne.Size
}

// startLabels readies the texts for the frame's bar names, which drawBars
// (in the texts the bars had) and placeLabels (in free ones) then show.
func (r *renderer) startLabels() {
	if len(r.itemOf) != len(r.t.plan.Bars) || r.labelPlan != r.t.plan {
		r.labelPlan = r.t.plan
		r.itemOf = make([]int32, len(r.t.plan.Bars))
		for k := range r.owner {
			r.owner[k] = -1
		}
	}
	clear(r.taken)
	r.rest = r.rest[:0]
}

// showLabel shows bar's name, text, at pos in the text object k. The
// pool's texts are all in the colour, size and style of bar names: only the
// text changes.
func (r *renderer) showLabel(k, bar int, text string, pos fyne.Position, size fyne.Size) {
	o := r.barText.items[k]
	// A text resized is refreshed: a new label is refreshed once.
	changed := o.Text != text
	if changed {
		o.Text = text
	}
	o.Move(pos)
	if o.Size() != size {
		o.Resize(size)
	} else if changed {
		o.Refresh()
	}
	if !r.shown[k] {
		*r.barText.hidden[k] = false
		r.repaint = true
	}
	r.taken[k] = true
	r.owner[k] = int32(bar)
	r.itemOf[bar] = int32(k + 1)
}

// placeLabels shows the bar names drawBars left in free text objects,
// and hides the texts not used.
func (r *renderer) placeLabels() {
	free := 0
	for i := range r.rest {
		for free < len(r.barText.items) && r.taken[free] {
			free++
		}
		if free == len(r.barText.items) {
			r.barText.add()
			r.owner = append(r.owner, -1)
			r.taken = append(r.taken, false)
			r.shown = append(r.shown, true) // a new text is visible
			r.grown = true
		}
		if old := r.owner[free]; old >= 0 && int(old) < len(r.itemOf) {
			r.itemOf[old] = 0
		}
		l := &r.rest[i]
		r.showLabel(free, l.bar, l.text, l.pos, l.size)
	}
	for k, h := range r.barText.hidden {
		if r.taken[k] {
			continue
		}
		if old := r.owner[k]; old >= 0 && int(old) < len(r.itemOf) {
			r.itemOf[old] = 0
		}
		r.owner[k] = -1
		if r.shown[k] {
			*h = true
			r.repaint = true
		}
	}
	copy(r.shown, r.taken)
	r.rest = r.rest[:0]
}

// nameFit is a bar's name, its width and the widths it was last cut to, one
// per zoom level seen lately, each the width ws[k]-1 (0: unused); the cuts
// are in nameCuts, apart, so that a frame reads 40 bytes of a bar whose
// name fits, and of one whose cut is known the cut alone. A cut may be "",
// for a bar too narrow for a few letters, which would otherwise be cut
// again on every frame and push the other widths out.
type nameFit struct {
	name     string
	full     float32
	measured bool
	next     uint8
	ws       [6]int16
}

// nameCuts holds the cuts of a bar's name to the widths of its nameFit, and
// their widths.
type nameCuts struct {
	cuts [6]string
	cws  [6]float32
}

type fitKey struct {
	measureKey
	width int
}

type measureKey struct {
	s    string
	size float32
	bold bool
}

// pool hands out canvas objects of one kind, in drawing order, and hides
// those not used in a frame.
type pool[T fyne.CanvasObject] struct {
	items []T
	used  int
	// shown is how many items the last frame used: those are visible, the
	// rest hidden, so a frame asks no object whether it is visible.
	shown int
	// hidden points at each item's Hidden field, which showing and hiding
	// it sets. The canvas objects' Show and Hide each ask the canvas for a
	// paint (a refresh, for a line shown), for nothing but the paint
	// itself: setting the field and asking once per frame (repaint) is the
	// same for the painters, and costs no conversion to an interface per
	// object.
	hidden []*bool
	make   func() T
	flag   func(T) *bool
	r      *renderer
}

// The Hidden fields of the pooled kinds of object.
func rectHidden(o *canvas.Rectangle) *bool { return &o.Hidden }
func textHidden(o *canvas.Text) *bool      { return &o.Hidden }
func lineHidden(o *canvas.Line) *bool      { return &o.Hidden }
func polyHidden(o *canvas.Polygon) *bool   { return &o.Hidden }

func newPool[T fyne.CanvasObject](r *renderer, mk func() T, flag func(T) *bool) *pool[T] {
	return &pool[T]{make: mk, flag: flag, r: r}
}

// add makes an item.
func (p *pool[T]) add() {
	o := p.make()
	p.items = append(p.items, o)
	p.hidden = append(p.hidden, p.flag(o))
	p.r.grown = true
}

// slabSize is how many objects slab allocates at once.
const slabSize = 16

// slab returns a maker of copies of proto, allocated slabSize at a time:
// the objects of a pool, handed out in drawing order, then lie side by side
// in memory, where a frame that walks them finds them in cache.
func slab[T any](proto T) func() *T {
	var free []T
	return func() *T {
		if len(free) == 0 {
			free = make([]T, slabSize)
			for i := range free {
				free[i] = proto
			}
		}
		o := &free[0]
		free = free[1:]
		return o
	}
}

// get returns the next object, shown. The objects the last frame used are
// shown already: handing one out is an index, inlined.
func (p *pool[T]) get() T {
	if p.used < p.shown {
		p.used++
		return p.items[p.used-1]
	}
	return p.more()
}

// getRect, getLine and getPoly are get for the pools drawn per bar and
// arrow: functions of concrete types, which the compiler inlines where it
// does not inline the generic get.
func getRect(p *pool[*canvas.Rectangle]) *canvas.Rectangle {
	if p.used < p.shown {
		p.used++
		return p.items[p.used-1]
	}
	return p.more()
}

func getLine(p *pool[*canvas.Line]) *canvas.Line {
	if p.used < p.shown {
		p.used++
		return p.items[p.used-1]
	}
	return p.more()
}

func getPoly(p *pool[*canvas.Polygon]) *canvas.Polygon {
	if p.used < p.shown {
		p.used++
		return p.items[p.used-1]
	}
	return p.more()
}

// more is get past the objects the last frame used: it shows a hidden one,
// or makes one.
func (p *pool[T]) more() T {
	if p.used == len(p.items) {
		p.add()
	}
	*p.hidden[p.used] = false
	p.r.repaint = true
	p.used++
	return p.items[p.used-1]
}

// end hides the objects not handed out since the last end.
func (p *pool[T]) end() {
	for _, h := range p.hidden[p.used:max(p.shown, p.used)] {
		*h = true
		p.r.repaint = true
	}
	p.shown, p.used = p.used, 0
}

func newRenderer(t *Timeline) *renderer {
	r := &renderer{t: t, widths: map[measureKey]float32{}, fits: map[fitKey]string{}}
	rect := func() *canvas.Rectangle { return canvas.NewRectangle(color.Transparent) }
	text := func() *canvas.Text { return canvas.NewText("", color.Black) }
	r.bg, r.laneCol, r.header, r.corner = rect(), rect(), rect(), rect()
	r.today, r.todayHead = rect(), rect()
	r.hTrack, r.hThumb, r.vTrack, r.vThumb = rect(), rect(), rect(), rect()
	r.hThumb.CornerRadius, r.vThumb.CornerRadius = 4, 4
	r.ghost, r.tipBg = rect(), rect()
	r.ghost.CornerRadius, r.tipBg.CornerRadius = 4, 4
	r.ghostText, r.tipName, r.tipInfo, r.zoomTx = text(), text(), text(), text()
	r.tipName.TextStyle.Bold = true
	r.zoomTx.TextStyle.Bold = true
	for _, p := range []**pool[*canvas.Rectangle]{&r.bands, &r.grid, &r.markLines, &r.laneSeps, &r.majorSeps, &r.minorSeps, &r.flags} {
		*p = newPool(r, rect, rectHidden)
	}
	r.tracks = newPool(r, slab(canvas.Rectangle{FillColor: doneShade}), rectHidden)
	r.bars = newPool(r, slab(canvas.Rectangle{FillColor: color.Transparent, CornerRadius: 4}), rectHidden)
	for _, p := range []**pool[*canvas.Text]{&r.laneText, &r.majorText, &r.minorText, &r.markText} {
		*p = newPool(r, text, textHidden)
	}
	r.barText = newPool(r, slab(canvas.Text{Color: barTextColor, TextSize: barTextSize}), textHidden)
	r.segs = newPool(r, slab(canvas.Line{StrokeColor: color.Black, StrokeWidth: 1}), lineHidden)
	r.heads = newPool(r, slab(canvas.Polygon{Sides: 3, FillColor: color.Black}), polyHidden)
	r.diamonds = newPool(r, func() *canvas.Polygon { return canvas.NewPolygon(4, color.Black) }, polyHidden)
	r.gh = newGhostPools(r)
	r.collect()
	return r
}

// collect lists the objects in drawing order, from the back.
func (r *renderer) collect() {
	o := r.objects[:0]
	add := func(objs ...fyne.CanvasObject) { o = append(o, objs...) }
	addR := func(p *pool[*canvas.Rectangle]) {
		for _, x := range p.items {
			o = append(o, x)
		}
	}
	addT := func(p *pool[*canvas.Text]) {
		for _, x := range p.items {
			o = append(o, x)
		}
	}
	add(r.bg)
	addR(r.bands)
	addR(r.grid)
	addR(r.markLines)
	for _, x := range r.segs.items {
		o = append(o, x)
	}
	for _, x := range r.heads.items {
		o = append(o, x)
	}
	addR(r.bars)
	addR(r.tracks)
	addT(r.barText)
	o = r.whiskerObjects(o)
	addR(r.gh.outlines)
	addR(r.gh.backs)
	addT(r.gh.labels)
	add(r.today, r.ghost, r.ghostText)
	add(r.laneCol)
	addR(r.laneSeps)
	addT(r.laneText)
	add(r.header)
	addR(r.majorSeps)
	addR(r.minorSeps)
	addT(r.majorText)
	addT(r.minorText)
	addR(r.flags)
	for _, x := range r.diamonds.items {
		o = append(o, x)
	}
	addT(r.markText)
	add(r.todayHead, r.corner, r.zoomTx)
	add(r.hTrack, r.hThumb, r.vTrack, r.vThumb)
	add(r.tipBg, r.tipName, r.tipInfo)
	r.objects = o
	r.grown = false
}

func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *renderer) Destroy()                     {}
func (r *renderer) MinSize() fyne.Size           { return r.t.MinSize() }

func (r *renderer) Layout(fyne.Size) {
	r.t.clamp()
	r.draw()
}

// Refresh redraws. It does not refresh the widget on its canvas: that would
// free the textures of every text in it; the objects that moved or changed
// mark the canvas dirty themselves.
func (r *renderer) Refresh() {
	r.draw()
}

// palette is the theme's colours the timeline uses.
type palette struct {
	bg, fg, muted, band, sep, header, primary, scroll, tip color.Color
	// Derived once per theme, so drawing boxes no colour per object.
	grid, arrow, ghost color.Color
	// ghostFill shades the ghosts of compare mode.
	ghostFill color.Color
}

func (r *renderer) palette() palette {
	th := r.t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
	return palette{bg: c(theme.ColorNameBackground), fg: c(theme.ColorNameForeground), muted: c(theme.ColorNamePlaceHolder),
		band: c(theme.ColorNameInputBackground), sep: c(theme.ColorNameSeparator), header: c(theme.ColorNameHeaderBackground),
		primary: c(theme.ColorNamePrimary), scroll: c(theme.ColorNameScrollBar), tip: c(theme.ColorNameOverlayBackground),
		grid: r.derived[0].of(c(theme.ColorNameSeparator), 0x80), arrow: r.derived[1].of(c(theme.ColorNameForeground), 0x99),
		ghost: r.derived[2].of(c(theme.ColorNamePrimary), 0x50), ghostFill: r.derived[3].of(c(theme.ColorNameForeground), 0x1c)}
}

// alphaColor is a theme colour with another alpha, boxed once per colour
// of the theme.
type alphaColor struct {
	base, out color.Color
	a         uint8
}

// of returns base with the alpha a.
func (c *alphaColor) of(base color.Color, a uint8) color.Color {
	if c.out == nil || c.a != a || !sameColor(c.base, base) {
		c.base, c.a, c.out = base, a, withAlpha(base, a)
	}
	return c.out
}

// Colours of markers and bars, boxed once as color.Color: a colour boxed per
// object and frame would allocate on every scroll step.
var (
	milestoneColor  color.Color   = timeline.MilestoneColor
	releaseColor    color.Color   = timeline.ReleaseColor
	milestoneLine   color.Color   = withAlpha(timeline.MilestoneColor, 0x90)
	releaseLine     color.Color   = withAlpha(timeline.ReleaseColor, 0x90)
	lateColor       color.Color   = timeline.LateColor
	todayColor      color.Color   = withAlpha(timeline.LateColor, 0xc0)
	noGoalColor     color.Color   = timeline.NoGoalColor
	doneShade       color.Color   = color.NRGBA{0xff, 0xff, 0xff, 0xe8}
	barTextColor    color.Color   = color.White
	statusColors    []color.Color // by index in app.InitiativeStatuses
	statusColorsDim []color.Color
	goalColors      []color.Color
	goalColorsDim   []color.Color
)

// barFills lists every fill of a bar (barFill indexes it): late, late and
// dim, no goal, by status, dim by status, by goal, dim by goal.
var barFills []color.Color

// Indexes in barFills.
var fillStatus, fillStatusDim, fillGoals, fillGoalsDim int

const (
	fillLate = iota
	fillLateDim
	fillNoGoal
)

func init() {
	for _, s := range app.InitiativeStatuses {
		statusColors = append(statusColors, timeline.StatusColor(s))
		statusColorsDim = append(statusColorsDim, withAlpha(timeline.StatusColor(s), 0x60))
	}
	for i := range 8 {
		goalColors = append(goalColors, timeline.GoalColor(i))
		goalColorsDim = append(goalColorsDim, withAlpha(timeline.GoalColor(i), 0x60))
	}
	barFills = []color.Color{fillLate: lateColor, fillLateDim: todayColor, fillNoGoal: noGoalColor}
	fillStatus = len(barFills)
	barFills = append(barFills, statusColors...)
	fillStatusDim = len(barFills)
	barFills = append(barFills, statusColorsDim...)
	fillGoals = len(barFills)
	barFills = append(barFills, goalColors...)
	fillGoalsDim = len(barFills)
	barFills = append(barFills, goalColorsDim...)
}

// Text sizes.
const (
	barTextSize  = 12
	axisTextSize = 12
	laneTextSize = 13
	markTextSize = 11
)

// port turns the frame's coordinates into the widget's, for the viewport
// whose top-left corner is at sx, sy in the frame, and clips to the body
// (left, top, right, bottom in the widget). Its methods run per object and
// frame: small enough to inline.
type port struct {
	sx, sy                   float64
	left, top, right, bottom float32
}

// x and y return the widget's coordinates of the frame's x and y.
func (p *port) x(x float64) float32 { return float32(laneW + x - p.sx) }
func (p *port) y(y float64) float32 { return float32(headerH + y - p.sy) }

// clip returns the part of the rectangle from x0, y0 to x1, y1 inside the
// body, false when none is. Plain comparisons, not min and max, which mind
// NaNs (there are none here).
func (p *port) clip(x0, y0, x1, y1 float32) (fyne.Position, fyne.Size, bool) {
	if x0 < p.left {
		x0 = p.left
	}
	if y0 < p.top {
		y0 = p.top
	}
	if x1 > p.right {
		x1 = p.right
	}
	if y1 > p.bottom {
		y1 = p.bottom
	}
	if x1 <= x0 || y1 <= y0 {
		return fyne.Position{}, fyne.Size{}, false
	}
	return fyne.NewPos(x0, y0), fyne.NewSize(x1-x0, y1-y0), true
}

// place moves and resizes a rectangle.
func place(o *canvas.Rectangle, p fyne.Position, s fyne.Size) {
	o.Move(p)
	o.Resize(s)
}

// draw lays out the visible part of the timeline. Each part has its own
// method: the compiler inlines the small helpers into a function of
// ordinary size only.
func (r *renderer) draw() {
	t := r.t
	size := t.Size()
	if size.Width <= 0 || size.Height <= 0 || t.frame == nil {
		return
	}
	pal := r.palette()
	body := t.body()
	bw, bh := float64(body.Width), float64(body.Height)
	pt := &port{sx: t.scroll.X, sy: t.scroll.Y, left: laneW, right: float32(laneW + bw), top: headerH, bottom: float32(headerH + bh)}
	t.frame.ViewInto(timeline.Rect{X: pt.sx, Y: pt.sy, W: bw, H: bh}, &r.view)

	r.setRect(r.bg, pal.bg, nil, 0)
	place(r.bg, fyne.Position{}, size)
	r.drawLanes(pal, pt)
	// The bars, their names and the arrows stay as they are drawn when
	// nothing they depend on changed: the pointer moving over a bar (the tip
	// follows it), or a zoom to a level of the same scale.
	key := barsKey{plan: t.plan, dw: t.frame.Opt.DayWidth, off: float64(app.Date{}.DaysUntil(t.frame.Opt.From))*t.frame.Opt.DayWidth + pt.sx,
		sy: pt.sy, body: body, sel: t.selectedBar(), byGoal: t.byGoal, fg: pal.fg, arrow: pal.arrow}
	if t.drag != nil || !key.same(&r.drawn) {
		r.drawArrows(pal, pt)
		r.drawBars(pal, pt)
		r.drawGhosts(pal, pt)
		r.drawn = key
		if t.drag != nil {
			r.drawn = barsKey{} // the dragged bar is dimmed: draw it again after
		}
	}
	r.drawWhiskers(pal, pt)
	r.drawToday(pt)
	r.drawGhost(pal, pt)
	r.drawLaneColumn(pal, pt)
	r.drawHeader(pal, pt)
	r.drawScrollBars(pal, body)
	r.drawTip(pal, size)

	if r.grown {
		r.collect()
	}
	// One refresh paints the shapes recoloured, shown or hidden, rather
	// than one per shape.
	if r.repaint {
		r.repaint = false
		r.bg.Refresh()
	}
}

// barsKey is what the bars, their names and the arrows drawn depend on:
// the plan, where its days fall on the widget (a day's width, and off, the
// widget's x of the day 0 less laneW, whatever the frame's first day), the
// vertical scroll, the body's size, the selection, the colouring and the
// theme's colours.
type barsKey struct {
	plan      *timeline.Plan
	dw, off   float64
	sy        float64
	body      fyne.Size
	sel       int
	byGoal    bool
	fg, arrow color.Color
}

// same reports whether k and o draw the same bars. Positions agree to a
// millionth of a pixel: frames of the same scale from different first days
// place a day a rounding error apart.
func (k *barsKey) same(o *barsKey) bool {
	return k.plan == o.plan && k.plan != nil && k.dw == o.dw && math.Abs(k.off-o.off) < 1e-6 && k.sy == o.sy && k.body == o.body &&
		k.sel == o.sel && k.byGoal == o.byGoal && sameColor(k.fg, o.fg) && sameColor(k.arrow, o.arrow)
}

// drawLanes draws the lane bands, the grid and the marker lines.
func (r *renderer) drawLanes(pal palette, pt *port) {
	v := &r.view
	// Lane bands, alternating, with a separator under each lane.
	for _, lb := range v.Lanes {
		if p, s, ok := pt.clip(pt.left, pt.y(lb.Y), pt.right, pt.y(lb.Y+lb.H)); ok && lb.Index%2 == 1 {
			b := r.bands.get()
			r.setRect(b, pal.band, nil, 0)
			place(b, p, s)
		}
		if y := pt.y(lb.Y + lb.H); y >= pt.top && y < pt.bottom {
			s := r.bands.get()
			r.setRect(s, pal.sep, nil, 0)
			place(s, fyne.NewPos(pt.left, y-1), fyne.NewSize(pt.right-pt.left, 1))
		}
	}
	r.bands.end()

	// Grid lines at the ticks, stronger at the majors.
	for _, tk := range v.Ticks {
		x := pt.x(tk.X)
		if x < pt.left || x >= pt.right {
			continue
		}
		g := r.grid.get()
		r.setRect(g, pal.grid, nil, 0)
		place(g, fyne.NewPos(x, pt.top), fyne.NewSize(1, pt.bottom-pt.top))
	}
	for _, mj := range v.Majors {
		x := pt.x(mj.X)
		if x < pt.left || x >= pt.right {
			continue
		}
		g := r.grid.get()
		r.setRect(g, pal.sep, nil, 0)
		place(g, fyne.NewPos(x, pt.top), fyne.NewSize(1, pt.bottom-pt.top))
	}
	r.grid.end()

	// Marker lines through the lanes.
	for _, m := range v.Markers {
		mk := &r.t.plan.Markers[m.Index]
		c := milestoneLine
		if mk.Kind == timeline.Release {
			c = releaseLine
		}
		if p, s, ok := pt.clip(pt.x(m.X)-0.5, pt.y(m.Y), pt.x(m.X)+0.5, pt.y(m.Y+m.H)); ok {
			l := r.markLines.get()
			r.setRect(l, c, nil, 0)
			place(l, p, s)
		}
	}
	r.markLines.end()
}

// drawArrows draws the dependency arrows: orthogonal segments, then a head
// at the last point.
func (r *renderer) drawArrows(pal palette, pt *port) {
	for _, a := range r.view.Arrows {
		c := pal.arrow
		w := float32(1.2)
		if a.Late {
			c, w = lateColor, 2
		}
		// Each point turned into the widget's coordinates once: it ends a
		// segment and starts the next.
		px, py := pt.x(a.Points[0].X), pt.y(a.Points[0].Y)
		for _, p1 := range a.Points[1:] {
			qx, qy := pt.x(p1.X), pt.y(p1.Y)
			x0, y0, x1, y1, ok := clipSeg(px, py, qx, qy, pt.left, pt.top, pt.right, pt.bottom)
			px, py = qx, qy
			if !ok {
				continue
			}
			l := getLine(r.segs)
			// A line is drawn from its points on every paint: moving it
			// needs no refresh of its own, the bars moving with it mark
			// the canvas dirty.
			l.Position1, l.Position2 = fyne.NewPos(x0, y0), fyne.NewPos(x1, y1)
			if !sameColor(l.StrokeColor, c) || l.StrokeWidth != w {
				l.StrokeColor, l.StrokeWidth = c, w
				r.repaint = true
			}
		}
		end := a.Points[len(a.Points)-1]
		hx, hy := pt.x(end.X), pt.y(end.Y)
		if hx-7 >= pt.left && hx <= pt.right && hy-4 >= pt.top && hy+4 <= pt.bottom {
			h := getPoly(r.heads)
			r.setPoly(h, c, 90)
			h.Move(fyne.NewPos(hx-8, hy-4))
			h.Resize(fyne.NewSize(8, 8))
		}
	}
	r.segs.end()
	r.heads.end()
}

// drawBars draws the bars, their progress and their names.
func (r *renderer) drawBars(pal palette, pt *port) {
	t := r.t
	r.syncPlan()
	r.startLabels()
	sel, dragged := t.selectedBar(), -1
	if t.drag != nil && t.drag.kind <= dragEnd && t.drag.kind != dragPan {
		dragged = t.drag.bar
	}
	mode := 0
	if t.byGoal {
		mode = 1
	}
	for _, bb := range r.view.Bars {
		x0, y0 := pt.x(bb.X), pt.y(bb.Y)
		x1, y1 := pt.x(bb.X+bb.W), pt.y(bb.Y+bb.H)
		p, s, ok := pt.clip(x0, y0, x1, y1)
		if !ok {
			continue
		}
		in := &r.info[bb.Index]
		fi := int(in.fill[mode])
		if bb.Index == dragged {
			fi = r.barFill(&t.plan.Bars[bb.Index], true)
		}
		var stroke color.Color
		sw := float32(0)
		if bb.Index == sel {
			stroke, sw = pal.fg, 2
		}
		rect := getRect(r.bars)
		if fill := barFills[fi]; !sameBox(rect.FillColor, fill) || rect.StrokeWidth != sw || !sameColor(rect.StrokeColor, stroke) {
			rect.FillColor, rect.StrokeColor, rect.StrokeWidth = fill, stroke, sw
			r.repaint = true
		}
		rect.Move(p)
		rect.Resize(s)
		if in.progress >= 0 && x1-x0 > 12 {
			// Progress: a lit strip along the bottom, as long as the
			// share done (the pool's strips are all of doneShade).
			if fp, fs, ok := pt.clip(x0+4, y1-5, x0+4+in.progress*(x1-x0-8), y1-2); ok {
				fl := getRect(r.tracks)
				fl.Move(fp)
				fl.Resize(fs)
			}
		}
		tx := max(x0, pt.left) + 6
		avail := min(x1, pt.right) - tx - 4
		if avail >= 14 && y0 >= pt.top && y1 <= pt.bottom {
			// The text is as wide as its label, not as the room for it:
			// a name left-aligned draws the same in either, and a text
			// resized is drawn again, so a bar whose label stays keeps its
			// texture while the bar grows or shrinks.
			label, lw := r.barName(bb.Index, avail)
			if label == "" {
				continue
			}
			pos, size := fyne.NewPos(tx, y0+(y1-y0-barTextSize*1.3)/2-2), fyne.NewSize(lw, barTextSize*1.3)
			// The text the bar had in the last frame, else one placeLabels
			// hands out.
			if k := int(r.itemOf[bb.Index]) - 1; k >= 0 && int(r.owner[k]) == bb.Index && !r.taken[k] {
				r.showLabel(k, bb.Index, label, pos, size)
			} else {
				r.rest = append(r.rest, barLabel{bar: bb.Index, text: label, pos: pos, size: size})
			}
		}
	}
	r.bars.end()
	r.tracks.end()
	r.placeLabels()
}

// drawToday draws the today line.
func (r *renderer) drawToday(pt *port) {
	v := &r.view
	if v.HasToday {
		r.setRect(r.today, todayColor, nil, 0)
		place(r.today, fyne.NewPos(pt.x(v.TodayX)-1, pt.top), fyne.NewSize(2, pt.bottom-pt.top))
		r.today.Show()
		r.setRect(r.todayHead, lateColor, nil, 0)
		place(r.todayHead, fyne.NewPos(pt.x(v.TodayX)-1, majorH), fyne.NewSize(2, headerH-majorH))
		r.todayHead.Show()
	} else {
		r.today.Hide()
		r.todayHead.Hide()
	}
}

// drawLaneColumn draws the lane names in the column on the left.
func (r *renderer) drawLaneColumn(pal palette, pt *port) {
	v := &r.view
	r.setRect(r.laneCol, pal.header, nil, 0)
	place(r.laneCol, fyne.NewPos(0, pt.top), fyne.NewSize(laneW, pt.bottom-pt.top+scrollW))
	for _, lb := range v.Lanes {
		y0, y1 := pt.y(lb.Y), pt.y(lb.Y+lb.H)
		if y1 > pt.top && y1 <= pt.bottom {
			s := r.laneSeps.get()
			r.setRect(s, pal.sep, nil, 0)
			place(s, fyne.NewPos(0, y1-1), fyne.NewSize(laneW, 1))
		}
		ty := max(y0, pt.top) + 8
		if ty+laneTextSize*1.4 > min(y1, pt.bottom) {
			continue
		}
		lt := r.laneText.get()
		setText(lt, r.fit(lb.Name, laneTextSize, true, laneW-20), pal.fg, laneTextSize, true)
		lt.Move(fyne.NewPos(10, ty))
		lt.Resize(fyne.NewSize(laneW-20, laneTextSize*1.4))
	}
	sep := r.laneSeps.get()
	r.setRect(sep, pal.sep, nil, 0)
	place(sep, fyne.NewPos(laneW-1, pt.top), fyne.NewSize(1, pt.bottom-pt.top))
	r.laneSeps.end()
	r.laneText.end()
}

// drawGhost shows where a dragged bar would land.
func (r *renderer) drawGhost(pal palette, pt *port) {
	t := r.t
	var tg target
	switch {
	case t.drag != nil && t.drag.bar >= 0 && !t.drag.outside:
		tg = t.drag.target
	case t.preview.ok:
		tg = t.preview
	}
	if !tg.ok || tg.lane < 0 || tg.lane >= len(t.plan.Lanes) {
		r.ghost.Hide()
		r.ghostText.Hide()
		return
	}
	f := t.frame
	lr := f.LaneRect(tg.lane)
	y := lr.Y + f.Opt.LanePad + (f.Opt.RowHeight-f.Opt.BarHeight)/2
	if t.drag != nil && t.drag.bar >= 0 && t.plan.Bars[t.drag.bar].Lane == tg.lane {
		y = f.BarRect(t.drag.bar).Y
	}
	x0, x1 := pt.x(f.X(tg.start)), pt.x(f.X(tg.end.AddDays(1)))
	y0, y1 := pt.y(y), pt.y(y+f.Opt.BarHeight)
	p, s, ok := pt.clip(x0, y0, x1, y1)
	if !ok {
		r.ghost.Hide()
		r.ghostText.Hide()
		return
	}
	r.setRect(r.ghost, pal.ghost, pal.primary, 2)
	r.ghost.Move(p)
	r.ghost.Resize(s)
	r.ghost.Show()
	setText(r.ghostText, dateRange(tg.start, tg.end), pal.fg, markTextSize, true)
	r.ghostText.Move(fyne.NewPos(max(x0, float32(laneW)), y0-markTextSize*1.5))
	r.ghostText.Resize(r.ghostText.MinSize())
	r.ghostText.Show()
}

// drawHeader draws the two rows of the axis and the row of markers.
func (r *renderer) drawHeader(pal palette, pt *port) {
	left, right := pt.left, pt.right
	t := r.t
	v := &r.view
	size := t.Size()
	r.setRect(r.header, pal.header, nil, 0)
	r.header.Move(fyne.Position{})
	r.header.Resize(fyne.NewSize(size.Width, headerH))
	for _, mj := range v.Majors {
		x0, x1 := pt.x(mj.X), pt.x(mj.X+mj.W)
		if x0 >= left && x0 < right {
			s := r.majorSeps.get()
			r.setRect(s, pal.sep, nil, 0)
			s.Move(fyne.NewPos(x0, 0))
			s.Resize(fyne.NewSize(1, majorH))
		}
		w := r.measure(mj.Label, axisTextSize, true)
		x := max(x0, left) + 6
		x = max(min(x, x1-w-6), x0+6)
		if x+w > right || x < left {
			continue
		}
		tt := r.majorText.get()
		setText(tt, mj.Label, pal.fg, axisTextSize, true)
		tt.Move(fyne.NewPos(x, 3))
		tt.Resize(fyne.NewSize(w, majorH-4))
	}
	for _, tk := range v.Ticks {
		x0 := pt.x(tk.X)
		if x0 >= left && x0 < right {
			s := r.minorSeps.get()
			r.setRect(s, pal.sep, nil, 0)
			s.Move(fyne.NewPos(x0, majorH))
			s.Resize(fyne.NewSize(1, minorH))
		}
		// A label sticks to the left edge while its unit is in sight.
		lx := max(x0, left) + 4
		room := x0 + float32(tk.W) - lx - 2
		if tk.W < 18 || room < 14 {
			continue
		}
		label := r.fit(tk.Label, axisTextSize, false, room)
		if label == "" || lx+r.measure(label, axisTextSize, false) > right {
			continue
		}
		tt := r.minorText.get()
		setText(tt, label, pal.muted, axisTextSize, false)
		tt.Move(fyne.NewPos(lx, majorH+3))
		tt.Resize(fyne.NewSize(room, minorH-4))
	}
	line := r.minorSeps.get()
	r.setRect(line, pal.sep, nil, 0)
	line.Move(fyne.NewPos(left, majorH))
	line.Resize(fyne.NewSize(right-left, 1))
	line = r.minorSeps.get()
	r.setRect(line, pal.sep, nil, 0)
	line.Move(fyne.NewPos(0, headerH-1))
	line.Resize(fyne.NewSize(size.Width, 1))
	r.majorSeps.end()
	r.majorText.end()

	// Markers: a diamond per milestone, a flag per release, labels where
	// they do not run into the previous one.
	lastRight := float32(-1)
	t.markSpans = t.markSpans[:0]
	for mi, m := range v.Markers {
		mk := &t.plan.Markers[m.Index]
		x := pt.x(m.X)
		if x < left || x > right {
			continue
		}
		my := float32(majorH + minorH)
		if mk.Kind == timeline.Milestone {
			d := r.diamonds.get()
			r.setPoly(d, milestoneColor, 0)
			d.Move(fyne.NewPos(x-6, my+5))
			d.Resize(fyne.NewSize(12, 12))
		} else {
			pole := r.flags.get()
			r.setRect(pole, releaseColor, nil, 0)
			pole.Move(fyne.NewPos(x-0.5, my+3))
			pole.Resize(fyne.NewSize(1.5, markerH-4))
			flag := r.flags.get()
			r.setRect(flag, releaseColor, nil, 0)
			flag.Move(fyne.NewPos(x, my+3))
			flag.Resize(fyne.NewSize(9, 7))
		}
		lx := x + 9
		if lx < lastRight+6 {
			t.markSpans = append(t.markSpans, markSpan{x0: x - 6, x1: x + 6, index: m.Index})
			continue
		}
		// A label stops before the next marker: its flag or diamond
		// would be drawn through the text. The whole name is in the
		// status line when the pointer is on the marker (markers.go).
		room := min(markLabelMax, right-lx-2)
		if mi+1 < len(v.Markers) {
			next := v.Markers[mi+1]
			gap := float32(1) // a release's pole is drawn from its date on
			if t.plan.Markers[next.Index].Kind == timeline.Milestone {
				gap = 8 // a diamond reaches 6 px left of its date
			}
			room = min(room, pt.x(next.X)-gap-lx)
		}
		label := r.fit(mk.Name, markTextSize, false, room)
		if label != mk.Name && room < markLabelMin {
			label = "" // cut to a letter or two, it says nothing
		}
		if label == "" {
			t.markSpans = append(t.markSpans, markSpan{x0: x - 6, x1: x + 6, index: m.Index})
			continue
		}
		w := r.measure(label, markTextSize, false)
		tt := r.markText.get()
		setText(tt, label, pal.fg, markTextSize, false)
		tt.Move(fyne.NewPos(lx, my+4))
		tt.Resize(fyne.NewSize(w, markerH-6))
		lastRight = lx + w
		t.markSpans = append(t.markSpans, markSpan{x0: x - 6, x1: lastRight, index: m.Index})
	}
	r.minorSeps.end()
	r.minorText.end()
	r.flags.end()
	r.diamonds.end()
	r.markText.end()

	r.setRect(r.corner, pal.header, nil, 0)
	r.corner.Move(fyne.Position{})
	r.corner.Resize(fyne.NewSize(laneW, headerH))
	setText(r.zoomTx, t.zoom.String(), pal.muted, axisTextSize, true)
	r.zoomTx.Move(fyne.NewPos(10, 3))
	r.zoomTx.Resize(fyne.NewSize(laneW-20, majorH))
}

// drawScrollBars draws a thumb per direction the content overflows.
func (r *renderer) drawScrollBars(pal palette, body fyne.Size) {
	t := r.t
	f := t.frame
	r.setRect(r.hTrack, pal.header, nil, 0)
	r.hTrack.Move(fyne.NewPos(laneW, headerH+body.Height))
	r.hTrack.Resize(fyne.NewSize(body.Width+scrollW, scrollW))
	r.setRect(r.vTrack, pal.header, nil, 0)
	r.vTrack.Move(fyne.NewPos(laneW+body.Width, headerH))
	r.vTrack.Resize(fyne.NewSize(scrollW, body.Height))
	if f.Width > float64(body.Width) {
		w := max(minThumbW, body.Width*body.Width/float32(f.Width))
		x := float32(t.scroll.X/(f.Width-float64(body.Width))) * (body.Width - w)
		r.setRect(r.hThumb, pal.scroll, nil, 0)
		r.hThumb.Move(fyne.NewPos(laneW+x, headerH+body.Height+2))
		r.hThumb.Resize(fyne.NewSize(w, scrollW-4))
		r.hThumb.Show()
	} else {
		r.hThumb.Hide()
	}
	if f.Height > float64(body.Height) {
		h := max(minThumbW, body.Height*body.Height/float32(f.Height))
		y := float32(t.scroll.Y/(f.Height-float64(body.Height))) * (body.Height - h)
		r.setRect(r.vThumb, pal.scroll, nil, 0)
		r.vThumb.Move(fyne.NewPos(laneW+body.Width+2, headerH+y))
		r.vThumb.Resize(fyne.NewSize(scrollW-4, h))
		r.vThumb.Show()
	} else {
		r.vThumb.Hide()
	}
}

// drawTip shows the bar under the pointer beside it.
func (r *renderer) drawTip(pal palette, size fyne.Size) {
	t := r.t
	if t.hover < 0 || !t.hovering || t.drag != nil || t.preview.ok || t.hover >= len(t.plan.Bars) {
		r.tipBg.Hide()
		r.tipName.Hide()
		r.tipInfo.Hide()
		return
	}
	b := &t.plan.Bars[t.hover]
	info := dateRange(b.Start, b.End) + " · " + b.Status.Title()
	if b.HasProgress {
		info += " · " + percent(b.Progress) + " done"
	}
	if b.Late {
		info += " · late"
	}
	info += t.whiskerNote(t.hover)
	info += r.t.ghostNote(t.hover)
	name := r.fit(b.Name, 13, true, 360)
	w := max(r.measure(name, 13, true), r.measure(info, 12, false)) + 16
	h := float32(44)
	x := min(t.pointer.X+14, size.Width-w-4)
	y := t.pointer.Y + 18
	if y+h > size.Height {
		y = t.pointer.Y - h - 8
	}
	r.setRect(r.tipBg, pal.tip, pal.sep, 1)
	r.tipBg.Move(fyne.NewPos(x, y))
	r.tipBg.Resize(fyne.NewSize(w, h))
	setText(r.tipName, name, pal.fg, 13, true)
	r.tipName.Move(fyne.NewPos(x+8, y+4))
	r.tipName.Resize(fyne.NewSize(w-16, 18))
	setText(r.tipInfo, info, pal.fg, 12, false)
	r.tipInfo.Move(fyne.NewPos(x+8, y+23))
	r.tipInfo.Resize(fyne.NewSize(w-16, 16))
	r.tipBg.Show()
	r.tipName.Show()
	r.tipInfo.Show()
}

// barColor is a bar's fill: by status, by its first goal, or red when
// late; dim while the bar is dragged.
func (r *renderer) barColor(b *timeline.Bar, dim bool) color.Color {
	return barFills[r.barFill(b, dim)]
}

// barFill returns the index of a bar's fill in barFills.
func (r *renderer) barFill(b *timeline.Bar, dim bool) int {
	return r.fillOf(b, r.t.byGoal, dim)
}

// fillOf is barFill, by goal or by status.
func (r *renderer) fillOf(b *timeline.Bar, byGoal, dim bool) int {
	if b.Late {
		if dim {
			return fillLateDim
		}
		return fillLate
	}
	if byGoal {
		best := -1
		for _, g := range b.Goals {
			if i, ok := r.t.goalIx[g]; ok && (best < 0 || i < best) {
				best = i
			}
		}
		switch {
		case best < 0:
			return fillNoGoal
		case dim:
			return fillGoalsDim + best%len(goalColorsDim)
		}
		return fillGoals + best%len(goalColors)
	}
	i := statusIndex(b.Status)
	if dim {
		return fillStatusDim + i
	}
	return fillStatus + i
}

// statusIndex returns the index of s in app.InitiativeStatuses, 0 (planned)
// for an unknown status; a switch, not a map, as it runs per bar and frame.
func statusIndex(s app.InitiativeStatus) int {
	switch s {
	case app.InitiativeActive:
		return 1
	case app.InitiativeAtRisk:
		return 2
	case app.InitiativeDone:
		return 3
	case app.InitiativeCancelled:
		return 4
	}
	return 0
}

// barName returns the name of bar i cut to fit width, and the width of
// what it returns (after syncPlan).
func (r *renderer) barName(i int, width float32) (string, float32) {
	n := &r.names[i]
	if !n.measured {
		n.name = r.plan.Bars[i].Name
		n.full, n.measured = r.measure(n.name, barTextSize, false), true
	}
	if n.full <= width {
		return n.name, n.full
	}
	w := int16(min(width, math.MaxInt16-1)) + 1
	c := &r.cuts[i]
	for k, cw := range n.ws {
		if cw == w {
			return c.cuts[k], c.cws[k]
		}
	}
	k := n.next
	n.next = (n.next + 1) % uint8(len(n.ws))
	cut := r.cut(n.name, barTextSize, false, width, n.full)
	n.ws[k], c.cuts[k], c.cws[k] = w, cut, 0
	if cut != "" {
		c.cws[k] = r.measure(cut, barTextSize, false)
	}
	return cut, c.cws[k]
}

// measure returns the width of s, cached.
func (r *renderer) measure(s string, size float32, bold bool) float32 {
	k := measureKey{s, size, bold}
	if w, ok := r.widths[k]; ok {
		return w
	}
	if len(r.widths) > 20000 {
		clear(r.widths)
	}
	w := fyne.MeasureText(s, size, fyne.TextStyle{Bold: bold}).Width
	r.widths[k] = w
	return w
}

// fit returns s cut with an ellipsis to fit width, or "" when not even a
// few letters fit. It measures s once and cuts in proportion, which errs on
// the short side for the proportional fonts of the theme.
func (r *renderer) fit(s string, size float32, bold bool, width float32) string {
	if width <= 0 {
		return ""
	}
	full := r.measure(s, size, bold)
	if full <= width {
		return s
	}
	k := fitKey{measureKey{s, size, bold}, int(width)}
	if cut, ok := r.fits[k]; ok {
		return cut
	}
	if len(r.fits) > 20000 {
		clear(r.fits)
	}
	cut := r.cut(s, size, bold, width, full)
	r.fits[k] = cut
	return cut
}

// cut is fit without the cache.
func (r *renderer) cut(s string, size float32, bold bool, width, full float32) string {
	n := utf8.RuneCountInString(s)
	ell := r.measure("…", size, bold)
	keep := int(math.Floor(float64((width - ell) / full * float32(n) * 0.92)))
	if keep < 2 {
		return ""
	}
	rs := []rune(s)
	for keep > 0 && rs[keep-1] == ' ' {
		keep--
	}
	return string(rs[:keep]) + "…"
}

// setRect updates a rectangle's colours. The painters draw a rectangle,
// a line or a polygon from its fields on every paint (no texture to free),
// so a change of colour needs the canvas painted again, not the object
// refreshed: draw asks for that once (repaint).
func (r *renderer) setRect(o *canvas.Rectangle, fill, stroke color.Color, width float32) {
	if sameColor(o.FillColor, fill) && sameColor(o.StrokeColor, stroke) && o.StrokeWidth == width {
		return
	}
	o.FillColor, o.StrokeColor, o.StrokeWidth = fill, stroke, width
	r.repaint = true
}

// setText updates a text, refreshing it only on a change.
func setText(o *canvas.Text, s string, c color.Color, size float32, bold bool) {
	if o.Text == s && sameColor(o.Color, c) && o.TextSize == size && o.TextStyle.Bold == bold {
		return
	}
	o.Text, o.Color, o.TextSize, o.TextStyle.Bold = s, c, size, bold
	o.Refresh()
}

// setPoly updates a polygon's colour and angle, as setRect.
func (r *renderer) setPoly(o *canvas.Polygon, c color.Color, angle float32) {
	if sameColor(o.FillColor, c) && o.Angle == angle {
		return
	}
	o.FillColor, o.Angle = c, angle
	r.repaint = true
}

// sameColor reports whether a and b are the same colour. The colours drawn
// are boxed once (the package's variables, the palette's), so an object
// whose colour did not change holds the very interface value it is
// compared with: comparing the two words of the interfaces settles it
// without the runtime's comparison of the boxed values, which the check
// per object and frame would otherwise pay.
func sameColor(a, b color.Color) bool {
	return sameBox(a, b) || a == b
}

// sameBox reports whether a and b are the same interface value: the same
// type and the same box (word by word: an array compare would call memequal).
func sameBox(a, b color.Color) bool {
	pa, pb := (*[2]unsafe.Pointer)(unsafe.Pointer(&a)), (*[2]unsafe.Pointer)(unsafe.Pointer(&b))
	return pa[0] == pb[0] && pa[1] == pb[1]
}

// withAlpha returns c with the alpha a.
func withAlpha(c color.Color, a uint8) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}

// clipSeg clips an axis-aligned segment to the rectangle, its ends in
// order; false when nothing is left. Plain comparisons, not min and max,
// which mind NaNs (there are none here): it runs per segment and frame.
func clipSeg(x0, y0, x1, y1, left, top, right, bottom float32) (float32, float32, float32, float32, bool) {
	if y0 == y1 {
		if y0 < top || y0 > bottom {
			return 0, 0, 0, 0, false
		}
		if x1 < x0 {
			x0, x1 = x1, x0
		}
		if x0 < left {
			x0 = left
		}
		if x1 > right {
			x1 = right
		}
		return x0, y0, x1, y1, x0 < x1
	}
	if x0 < left || x0 > right {
		return 0, 0, 0, 0, false
	}
	if y1 < y0 {
		y0, y1 = y1, y0
	}
	if y0 < top {
		y0 = top
	}
	if y1 > bottom {
		y1 = bottom
	}
	return x0, y0, x1, y1, y0 < y1
}
