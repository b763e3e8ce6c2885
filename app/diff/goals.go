package diff

import (
	"fmt"
	"math"
	"slices"

	"canopy/app"
)

// goals: added, removed, renamed; key results added and removed (matched
// by name), their targets changed and their current values moved, with the
// progress then and now.
func (d *Diff) goals(old, new *app.Workspace) {
	pairs(old.Goals(), new.Goals(), func(o, n *app.Goal) {
		c := Change{Entity: EntityGoal, ID: n.ID, Title: n.Title}
		d.field(c, "title", o.Title, n.Title, o.Title == n.Title)
		d.metrics(c, o.KeyResults, n.KeyResults)
	}, func(n *app.Goal) {
		d.add(Change{Kind: Added, Entity: EntityGoal, ID: n.ID, Title: n.Title})
	}, func(o *app.Goal) {
		d.add(Change{Kind: Removed, Entity: EntityGoal, ID: o.ID, Title: o.Title})
	})
}

func (d *Diff) metrics(c Change, before, after []app.Metric) {
	was := make(map[string]app.Metric, len(before))
	for _, m := range before {
		was[m.Name] = m
	}
	is := make(map[string]bool, len(after))
	for _, m := range after {
		is[m.Name] = true
		o, ok := was[m.Name]
		if !ok {
			a := c
			a.Kind, a.Field, a.Detail, a.Note = Added, FieldKeyResult, m.Name, progress(m)
			d.add(a)
			continue
		}
		d.metric(c, m.Name, o, m)
	}
	for _, m := range before {
		if !is[m.Name] {
			a := c
			a.Kind, a.Field, a.Detail = Removed, FieldKeyResult, m.Name
			d.add(a)
		}
	}
}

// metric lists a metric's target and current value changes; name is the
// key result's (empty for the north star, whose change is about the
// strategy itself).
func (d *Diff) metric(c Change, name string, o, n app.Metric) {
	c.Detail = name
	if o.Target != n.Target {
		a := c
		a.Kind, a.Field, a.Old, a.New = Changed, "target", o.Target, n.Target
		a.Delta, a.Unit = n.Target-o.Target, n.Unit
		d.add(a)
	}
	if o.Current != n.Current {
		a := c
		a.Kind, a.Field, a.Old, a.New = Changed, "current", o.Current, n.Current
		a.Delta, a.Unit = n.Current-o.Current, n.Unit
		a.Note = "progress " + percent(o.Progress()) + " → " + percent(n.Progress())
		d.add(a)
	}
}

func progress(m app.Metric) string { return "progress " + percent(m.Progress()) }

func percent(p float64) string { return fmt.Sprintf("%d %%", int(math.Round(p*100))) }

// strategy lists the parts of the strategy that changed, with the text
// before and after.
func (d *Diff) strategy(o, n *app.Strategy) {
	if o == n {
		return
	}
	c := Change{Entity: EntityStrategy, Title: "Strategy"}
	d.field(c, "vision", o.Vision, n.Vision, o.Vision == n.Vision)
	d.field(c, "target customers", o.TargetCustomers, n.TargetCustomers, o.TargetCustomers == n.TargetCustomers)
	d.field(c, "positioning: for", o.Positioning.For, n.Positioning.For, o.Positioning.For == n.Positioning.For)
	d.field(c, "positioning: who", o.Positioning.Who, n.Positioning.Who, o.Positioning.Who == n.Positioning.Who)
	d.field(c, "positioning: unlike", o.Positioning.Unlike, n.Positioning.Unlike, o.Positioning.Unlike == n.Positioning.Unlike)
	d.field(c, "positioning: our product", o.Positioning.OurProduct, n.Positioning.OurProduct, o.Positioning.OurProduct == n.Positioning.OurProduct)
	d.field(c, "differentiators", o.Differentiators, n.Differentiators, slices.Equal(o.Differentiators, n.Differentiators))
	d.field(c, "non-goals", o.NonGoals, n.NonGoals, slices.Equal(o.NonGoals, n.NonGoals))
	d.field(c, "north star", o.NorthStar.Name, n.NorthStar.Name, o.NorthStar.Name == n.NorthStar.Name)
	ns := c
	ns.Title = "North star"
	if n.NorthStar.Name != "" {
		ns.Title = "North star " + n.NorthStar.Name
	}
	d.metric(ns, "", o.NorthStar, n.NorthStar)
	d.field(c, "market notes", o.MarketNotes, n.MarketNotes, o.MarketNotes == n.MarketNotes)
	d.field(c, "trends", o.Trends, n.Trends, slices.Equal(o.Trends, n.Trends))
}
