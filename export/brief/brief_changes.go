package brief

import (
	"fmt"

	"canopy/app"
	"canopy/app/diff"
	"canopy/app/timeline"
)

// Changes is what changed in the plan since an earlier version, for the
// brief's section "What changed since …".
type Changes struct {
	// Since names the earlier version: "v1 (3f2a1b9, 2026-08-01)",
	// "baseline q3 (saved 2026-09-30)".
	Since string
	Diff  *diff.Diff
	// Old is the earlier version itself: when set, the brief's roadmap
	// draws ghost bars where the initiatives were.
	Old *app.Workspace
}

// changesTitle is the heading of the brief's "What changed since …"
// section.
func changesTitle(c *Changes) string { return "What changed since " + c.Since }

// changesGuess returns the levels of the contents' entries the section
// will make: itself and each group of changes.
func (b *brief) changesGuess() []int {
	c := b.opt.Changes
	if c == nil || b.opt.Summary {
		return nil
	}
	levels := []int{0}
	for _, s := range diff.Sections {
		if len(c.Diff.Section(s)) > 0 {
			levels = append(levels, 1)
		}
	}
	return levels
}

// changes lays out the section "What changed since …": the headline, then
// a table per group of changes, each naming the entity by title with its
// value before and after.
func (b *brief) changes() {
	c := b.opt.Changes
	if c == nil {
		return
	}
	d := b.d
	d.heading(b.d.g.clean("changes", "since", changesTitle(c)), 0, 60)
	if c.Diff.Empty() {
		d.para("Nothing in the plan changed.", 0)
		return
	}
	d.para(fmt.Sprintf("%d changes: %s.", len(c.Diff.Changes), c.Diff.Headline()), 0)
	if c.Old != nil && b.opt.wants(app.DocRoadmap) {
		d.gap(4)
		d.para("The roadmap shows where each initiative was: a dashed outline at its old dates with the slip beside the bar (\"+N w\" for N weeks later), new initiatives marked new, removed ones outlined in red.", 0)
	}
	cols := []tcol{{head: "What", w: 2.4}, {head: "Change", w: 1.2}, {head: "Before", w: 1.6}, {head: "After", w: 1.6}, {head: "Note", w: 1.4}}
	for _, s := range diff.Sections {
		cs := c.Diff.Section(s)
		if len(cs) == 0 {
			continue
		}
		d.heading(s, 1, 60)
		rows := make([][]cell, 0, len(cs))
		for _, ch := range cs {
			who := ch.Entity + " " + ch.ID
			what := cell{s: d.g.clean(who, "title", ch.Title), bold: true}
			if ch.Detail != "" {
				what.sub = d.g.clean(who, ch.Field, ch.Detail)
			}
			change := ch.Field
			switch {
			case change == "":
				change = string(ch.Kind)
			case ch.Kind != diff.Changed:
				change += " " + string(ch.Kind)
			}
			old, new := changeText(ch.Old), changeText(ch.New)
			rows = append(rows, []cell{what, txt(change),
				{s: d.g.clean(who, ch.Field, old), muted: true}, txt(d.g.clean(who, ch.Field, new)),
				{s: ch.Note, muted: ch.Kind != diff.Changed || ch.Delta <= 0}})
		}
		d.table(cols, rows)
	}
}

// changeText prints a value of a change for the brief: text as it is
// (without the quotes a terminal needs), nothing for no value.
func changeText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	}
	return diff.Text(v)
}

// ghostsIn returns the ghosts of the chart's plan (compare mode: the brief
// has changes with the earlier plan) whose places overlap the view.
func (c *chart) ghostsIn(view timeline.Rect) []timeline.Ghost {
	ch := c.b.opt.Changes
	if ch == nil || ch.Old == nil {
		return nil
	}
	var out []timeline.Ghost
	for _, g := range c.plan.Ghosts(ch.Old) {
		if r, ok := c.f.GhostRect(g); ok && r.Overlaps(view) {
			out = append(out, g)
		}
	}
	return out
}

// ghostsBehind draws, under the bars, a dashed red outline at the old
// dates of each initiative no longer on the roadmap.
func (c *chart) ghostsBehind(view timeline.Rect, px, py func(float64) float64) {
	c.outline(view, px, py, timeline.GhostRemoved, colRed)
}

// outline draws a dashed outline at the old dates of the ghosts of a kind.
func (c *chart) outline(view timeline.Rect, px, py func(float64) float64, kind timeline.GhostKind, col rgb) {
	d := c.b.d
	d.pdf.SetDashPattern([]float64{2, 1.5}, 0)
	d.pdf.SetLineWidth(0.8)
	d.stroke(col)
	for _, g := range c.ghostsIn(view) {
		if g.Kind == kind {
			r, _ := c.f.GhostRect(g)
			d.pdf.Rect(px(r.X), py(r.Y), r.W, r.H, "D")
		}
	}
	d.pdf.SetDashPattern(nil, 0)
}

// ghostsOnTop draws over the bars a dashed outline at the old dates of
// each initiative that moved, and labels the ghosts: the slip after a
// moved bar ("+3 w"), "new" after a new one, "removed: name" in an
// outline.
func (c *chart) ghostsOnTop(view timeline.Rect, px, py func(float64) float64) {
	d := c.b.d
	c.outline(view, px, py, timeline.GhostMoved, colText)
	d.setFont("B", chartLabel)
	for _, g := range c.ghostsIn(view) {
		at, _ := c.f.GhostLabelAt(g)
		label := g.Label
		switch g.Kind {
		case timeline.GhostMoved:
			d.color(colAccent)
			if g.Slip > 0 {
				d.color(colRed)
			}
		case timeline.GhostNew:
			d.color(colAccent)
		case timeline.GhostRemoved:
			r, _ := c.f.GhostRect(g)
			d.color(colRed)
			label = "removed: " + d.g.clean("initiative "+g.ID, "name", g.Name)
			d.text(px(r.X)+2, py(r.Y+r.H/2)+chartLabel/2-1, d.ellipsize(label, max(r.W-4, 30)))
			continue
		}
		d.text(px(at.X), py(at.Y)+chartLabel/2-1, label)
	}
	d.setFont("", chartLabel)
	d.color(colText)
}
