package export

import (
	"fmt"

	"canopy/app/diff"
)

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
