package roadmap

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"canopy/app"
	"canopy/app/timeline"
	"canopy/ui/page"
)

// ghostTextSize is the size of the ghosts' labels ("+3 w", "new").
const ghostTextSize = 11

// compareState is what the timeline compares its plan with (Roadmap ▸
// Compare with…): the earlier version, and the ghosts of the plan drawn,
// found again with each new plan (the bars' indexes change with it).
type compareState struct {
	old    *app.Workspace
	ghosts []timeline.Ghost
	// geom holds each ghost's place in frame, found once per frame (a
	// zoom, a new plan) rather than on every scroll step.
	frame *timeline.Frame
	geom  []ghostGeom
	// ofBar gives the ghost of each bar that has one, for its tip.
	ofBar map[int]int
	// placed are the labels drawn in this frame, so that a label moves
	// right past one it would cover (a new bar's, then a removed one's
	// right after it in the same row).
	placed []fyne.Position
	widths []float32
}

// ghostGeom is where a ghost is drawn in the frame: its rectangle (ok
// false when it has none) and where its label starts.
type ghostGeom struct {
	r     timeline.Rect
	label timeline.Point
	ok    bool
}

// places returns the ghosts' places in the frame f.
func (c *compareState) places(f *timeline.Frame) []ghostGeom {
	if c.frame == f && len(c.geom) == len(c.ghosts) {
		return c.geom
	}
	c.frame = f
	c.geom = c.geom[:0]
	for _, g := range c.ghosts {
		r, ok := f.GhostRect(g)
		at := timeline.Point{X: r.X + 4, Y: r.Y + r.H/2}
		if ok && g.Kind != timeline.GhostRemoved {
			at, _ = f.GhostLabelAt(g)
		}
		c.geom = append(c.geom, ghostGeom{r: r, label: at, ok: ok})
	}
	return c.geom
}

// SetCompare draws the ghosts of the plan against old, an earlier version
// of the workspace: each moved initiative's old dates as an outline in its
// row with the slip ("+3 w"), each new one marked "new", each removed one
// as an outline where it was. A nil old stops comparing.
func (t *Timeline) SetCompare(old *app.Workspace) {
	if old == t.cmp.old {
		return
	}
	t.cmp.old = old
	t.Reload()
}

// Ghosts returns the ghosts drawn: none when not comparing.
func (t *Timeline) Ghosts() []timeline.Ghost { return t.cmp.ghosts }

// findGhosts compares the plan just built with the earlier version.
func (t *Timeline) findGhosts() {
	t.cmp.ghosts, t.cmp.frame = nil, nil
	clear(t.cmp.ofBar)
	if t.cmp.old == nil {
		return
	}
	t.cmp.ghosts = t.plan.Ghosts(t.cmp.old)
	if t.cmp.ofBar == nil {
		t.cmp.ofBar = map[int]int{}
	}
	for i, g := range t.cmp.ghosts {
		if g.Bar >= 0 {
			t.cmp.ofBar[g.Bar] = i
		}
	}
}

// ghostNote is what the tip of bar i adds in compare mode: where the bar
// was (" · was Jan 4 – Jan 31, 2027, +3 w"), or that it is new.
func (t *Timeline) ghostNote(i int) string {
	k, ok := t.cmp.ofBar[i]
	if !ok {
		return ""
	}
	g := &t.cmp.ghosts[k]
	if g.Kind == timeline.GhostNew {
		return " · new"
	}
	return " · was " + dateRange(g.Start, g.End) + ", " + g.Label
}

// followCompare has the view draw the window's comparison as it starts,
// is computed again after an edit, and stops.
func (v *View) followCompare(env *page.Env) {
	env.FollowCompare(func(c *page.Comparison) {
		var old *app.Workspace
		if c != nil {
			old = c.Old
		}
		v.Timeline.SetCompare(old)
	})
	if c := env.Compare.Current(); c != nil {
		v.Timeline.SetCompare(c.Old)
	}
}

// ghostPools are the renderer's objects for the ghosts, drawn over the
// bars (a slip that kept its start lies inside the bar now): the outlines,
// the labels' backgrounds and the labels.
type ghostPools struct {
	outlines *pool[*canvas.Rectangle]
	backs    *pool[*canvas.Rectangle]
	labels   *pool[*canvas.Text]
}

func newGhostPools(r *renderer) ghostPools {
	return ghostPools{
		outlines: newPool(r, func() *canvas.Rectangle { return canvas.NewRectangle(color.Transparent) }, rectHidden),
		backs: newPool(r, func() *canvas.Rectangle {
			b := canvas.NewRectangle(color.Transparent)
			b.CornerRadius = 3
			return b
		}, rectHidden),
		labels: newPool(r, func() *canvas.Text {
			tx := canvas.NewText("", color.Black)
			tx.TextSize, tx.TextStyle.Bold = ghostTextSize, true
			return tx
		}, textHidden),
	}
}

// drawGhosts draws the ghosts in sight: an outline at the old dates of a
// moved or removed initiative, lightly shaded, a label on the background's
// colour beside the bar (or inside a removed one's outline). A later slip
// and a removal are in the theme's error colour; the rest in its primary
// colour.
func (r *renderer) drawGhosts(pal palette, pt *port) {
	f := r.t.frame
	var errCol color.Color
	if len(r.t.cmp.ghosts) > 0 {
		errCol = r.t.Theme().Color(theme.ColorNameError, fyne.CurrentApp().Settings().ThemeVariant())
	}
	geom := r.t.cmp.places(f)
	cmp := &r.t.cmp
	cmp.placed, cmp.widths = cmp.placed[:0], cmp.widths[:0]
	for i := range r.t.cmp.ghosts {
		gm := &geom[i]
		if !gm.ok {
			continue
		}
		gr := gm.r
		x0, y0, x1, y1 := pt.x(gr.X), pt.y(gr.Y), pt.x(gr.X+gr.W), pt.y(gr.Y+gr.H)
		if y1 < pt.top || y0 > pt.bottom {
			continue // out of sight, above or below
		}
		lx, ly := pt.x(gm.label.X), pt.y(gm.label.Y)
		if (x1 < pt.left || x0 > pt.right) && (lx > pt.right || lx+200 < pt.left) {
			continue // out of sight, left or right, with its label
		}
		g := &r.t.cmp.ghosts[i]
		stroke, label, text := pal.arrow, pal.primary, g.Label
		switch {
		case g.Kind == timeline.GhostRemoved:
			stroke, label, text = errCol, errCol, "removed: "+g.Name
		case g.Slip > 0:
			label = errCol
		}
		if g.Kind != timeline.GhostNew {
			if p, s, ok := pt.clip(x0, y0, x1, y1); ok {
				o := r.gh.outlines.get()
				r.setRect(o, pal.ghostFill, stroke, 1.5)
				place(o, p, s)
			}
		}
		w := r.measure(text, ghostTextSize, true)
		h := float32(ghostTextSize * 1.3)
		for k, p := range cmp.placed {
			if p.Y > ly-h && p.Y < ly+h && lx < p.X+cmp.widths[k]+6 && lx+w > p.X-6 {
				lx = p.X + cmp.widths[k] + 10
			}
		}
		if lx >= pt.right || lx+w <= pt.left || ly-h/2 < pt.top || ly+h/2 > pt.bottom {
			continue
		}
		text = r.fit(text, ghostTextSize, true, pt.right-lx)
		if text == "" {
			continue
		}
		tw := r.measure(text, ghostTextSize, true)
		cmp.placed, cmp.widths = append(cmp.placed, fyne.NewPos(lx, ly)), append(cmp.widths, tw)
		if p, s, ok := pt.clip(lx-3, ly-h/2, lx+tw+3, ly+h/2); ok {
			b := r.gh.backs.get()
			r.setRect(b, pal.bg, nil, 0)
			place(b, p, s)
		}
		tx := r.gh.labels.get()
		setText(tx, text, label, ghostTextSize, true)
		tx.Move(fyne.NewPos(lx, ly-h/2))
		tx.Resize(fyne.NewSize(tw, h))
	}
	r.gh.outlines.end()
	r.gh.backs.end()
	r.gh.labels.end()
}
