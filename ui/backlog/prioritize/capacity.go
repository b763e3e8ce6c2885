package prioritize

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// Capacity lists each release's estimate against its capacity and the
// share of its estimate that is Must.
type Capacity struct {
	env  *page.Env
	box  *fyne.Container
	obj  fyne.CanvasObject
	rows []capacityRow // shown, in release order
}

// capacityRow is one release's line, kept for tests.
type capacityRow struct {
	release  *app.Release
	load     app.ReleaseLoad
	over     bool // estimate above capacity
	mustWarn bool // Musts above app.MustShareLimit
}

// NewReleaseCapacity returns the release capacity view of env's workspace.
// Releases are few, so the rows are plain widgets.
func NewReleaseCapacity(env *page.Env) *Capacity {
	c := &Capacity{env: env, box: container.NewVBox()}
	title := widget.NewLabelWithStyle("Release capacity", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.obj = container.NewBorder(title, nil, nil, nil, container.NewVScroll(c.box))
	c.Refresh()
	return c
}

// Object returns the view's content.
func (c *Capacity) Object() fyne.CanvasObject { return c.obj }

// Refresh shows the releases as they are now.
func (c *Capacity) Refresh() {
	loads := app.Load(c.env.WS)
	c.rows = c.rows[:0]
	var objs []fyne.CanvasObject
	for _, r := range c.env.WS.Releases() {
		l := loads[r.ID]
		row := capacityRow{release: r, load: l, over: l.Capacity > 0 && l.Estimate > l.Capacity, mustWarn: l.MustShare() > app.MustShareLimit}
		c.rows = append(c.rows, row)
		objs = append(objs, c.rowObject(row))
	}
	if len(objs) == 0 {
		objs = append(objs, widget.NewLabel("No releases yet."))
	}
	c.box.Objects = objs
	c.box.Refresh()
}

func (c *Capacity) rowObject(row capacityRow) fyne.CanvasObject {
	r, l := row.release, row.load
	key := app.KeyOf(r)
	name := newLinkLabel(r.Name, func() { c.env.Open(key) })
	musts := widget.NewLabel(fmt.Sprintf("Musts %.0f %%", 100*l.MustShare()))
	var mustIcon fyne.CanvasObject = widget.NewIcon(nil)
	if row.mustWarn {
		musts.Importance = widget.WarningImportance
		musts.SetText(fmt.Sprintf("Musts %.0f %% (over %.0f %%)", 100*l.MustShare(), 100*app.MustShareLimit))
		mustIcon = widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon()))
	}
	bar := newLoadBar(l)
	left := container.NewGridWrap(fyne.NewSize(220, name.MinSize().Height), name)
	return container.NewBorder(nil, nil, left, container.NewHBox(mustIcon, musts), bar)
}

// loadBar shows an estimate against a capacity, red when over.
type loadBar struct {
	widget.BaseWidget
	load app.ReleaseLoad
}

func newLoadBar(l app.ReleaseLoad) *loadBar {
	b := &loadBar{load: l}
	b.ExtendBaseWidget(b)
	return b
}

// text is the bar's caption.
func (b *loadBar) text() string {
	l := b.load
	switch {
	case l.Capacity <= 0:
		return fmt.Sprintf("%s pts in %d items · no capacity set", app.FormatScore(l.Estimate, true), l.Items)
	case l.Estimate > l.Capacity:
		return fmt.Sprintf("%s / %s pts · over by %s", app.FormatScore(l.Estimate, true), app.FormatScore(l.Capacity, true), app.FormatScore(l.Estimate-l.Capacity, true))
	}
	return fmt.Sprintf("%s / %s pts", app.FormatScore(l.Estimate, true), app.FormatScore(l.Capacity, true))
}

// CreateRenderer draws a track, a fill and the caption.
func (b *loadBar) CreateRenderer() fyne.WidgetRenderer {
	track := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	track.CornerRadius = 3
	fill := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	fill.CornerRadius = 3
	text := canvas.NewText("", theme.Color(theme.ColorNameForeground))
	text.Alignment = fyne.TextAlignCenter
	r := &loadBarRenderer{b: b, track: track, fill: fill, text: text}
	r.Refresh()
	return r
}

type loadBarRenderer struct {
	b           *loadBar
	track, fill *canvas.Rectangle
	text        *canvas.Text
}

func (r *loadBarRenderer) Layout(size fyne.Size) {
	r.track.Resize(size)
	share := float32(0)
	if l := r.b.load; l.Capacity > 0 {
		share = float32(min(l.Estimate/l.Capacity, 1))
	}
	r.fill.Resize(fyne.NewSize(size.Width*share, size.Height))
	r.text.Resize(size)
	r.text.Move(fyne.NewPos(0, (size.Height-r.text.MinSize().Height)/2))
	r.text.Resize(fyne.NewSize(size.Width, r.text.MinSize().Height))
}

func (r *loadBarRenderer) MinSize() fyne.Size {
	t := r.text.MinSize()
	return fyne.NewSize(t.Width+16, t.Height+8)
}

func (r *loadBarRenderer) Refresh() {
	r.text.Text = r.b.text()
	// The text lies over the fill and the track: the colour made to stand
	// on the fill stands on the track too in Canopy's theme (TestContrast).
	r.text.Color = theme.Color(theme.ColorNameForegroundOnPrimary)
	r.track.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.fill.FillColor = theme.Color(theme.ColorNamePrimary)
	if l := r.b.load; l.Capacity > 0 && l.Estimate > l.Capacity {
		// Over capacity the fill covers the whole bar.
		r.fill.FillColor = theme.Color(theme.ColorNameError)
		r.text.Color = theme.Color(theme.ColorNameForegroundOnError)
	}
	r.Layout(r.b.Size())
	r.track.Refresh()
	r.fill.Refresh()
	r.text.Refresh()
}

func (r *loadBarRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.track, r.fill, r.text}
}

func (r *loadBarRenderer) Destroy() {}

// linkLabel is a truncated label that opens something when tapped.
type linkLabel struct {
	widget.Label
	onTap func()
}

var _ fyne.Tappable = (*linkLabel)(nil)

func newLinkLabel(text string, onTap func()) *linkLabel {
	l := &linkLabel{onTap: onTap}
	l.Text = text
	l.Truncation = fyne.TextTruncateEllipsis
	l.TextStyle.Bold = true
	l.ExtendBaseWidget(l)
	return l
}

// Tapped opens the release.
func (l *linkLabel) Tapped(*fyne.PointEvent) { l.onTap() }
