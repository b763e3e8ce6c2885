package diff

import (
	"canopy/app"
)

// releases: added, removed, renamed, date moved, capacity changed, items
// put in and taken out (with their estimates, and the scope creep in
// points), launch tasks added, removed and done.
func (d *Diff) releases(old, new *app.Workspace) {
	oldScope, newScope := scopes(old), scopes(new)
	pairs(old.Releases(), new.Releases(), func(o, n *app.Release) {
		c := Change{Entity: EntityRelease, ID: n.ID, Title: n.Name}
		d.field(c, "name", o.Name, n.Name, o.Name == n.Name)
		d.dateMoved(c, "date", o.Date, n.Date)
		if o.Capacity != n.Capacity {
			m := c
			m.Kind, m.Field, m.Old, m.New = Changed, "capacity", o.Capacity, n.Capacity
			m.Delta, m.Unit = n.Capacity-o.Capacity, "points"
			d.add(m)
		}
		d.tasks(c, o.Tasks, n.Tasks)
	}, func(n *app.Release) {
		d.add(Change{Kind: Added, Entity: EntityRelease, ID: n.ID, Title: n.Name, Note: n.Date.String()})
	}, func(o *app.Release) {
		d.add(Change{Kind: Removed, Entity: EntityRelease, ID: o.ID, Title: o.Name, Note: o.Date.String()})
	})
	// Scope is compared for every release of the new side, even one whose
	// own file did not change: its items did.
	for _, r := range new.Releases() {
		if _, ok := old.Release(r.ID); ok {
			d.scope(r, oldScope[r.ID], newScope[r.ID])
		}
	}
}

// scopes returns the items of each release, by rank.
func scopes(ws *app.Workspace) map[string][]*app.Item {
	out := map[string][]*app.Item{}
	for _, it := range ws.Items() {
		if it.Release != "" {
			out[it.Release] = append(out[it.Release], it)
		}
	}
	return out
}

// scope lists the items put in and taken out of release r, then the change
// of its total estimate.
func (d *Diff) scope(r *app.Release, before, after []*app.Item) {
	c := Change{Entity: EntityRelease, ID: r.ID, Title: r.Name}
	in := make(map[string]bool, len(before))
	var oldPts, newPts float64
	for _, it := range before {
		in[it.ID] = true
		oldPts += it.Estimate
	}
	now := make(map[string]bool, len(after))
	for _, it := range after {
		now[it.ID] = true
		newPts += it.Estimate
		if !in[it.ID] {
			a := c
			a.Kind, a.Field, a.Detail, a.New = Added, FieldScope, it.Title, it.Estimate
			a.Delta, a.Unit = it.Estimate, "points"
			a.Note = signed(it.Estimate) + " pts"
			d.add(a)
		}
	}
	for _, it := range before {
		if !now[it.ID] {
			a := c
			a.Kind, a.Field, a.Detail, a.Old = Removed, FieldScope, it.Title, it.Estimate
			a.Delta, a.Unit = -it.Estimate, "points"
			a.Note = signed(-it.Estimate) + " pts"
			d.add(a)
		}
	}
	if oldPts != newPts {
		a := c
		a.Kind, a.Field, a.Old, a.New = Changed, "points", oldPts, newPts
		a.Delta, a.Unit = newPts-oldPts, "points"
		if newPts > oldPts {
			a.Note = "scope creep " + signed(newPts-oldPts) + " pts"
		} else {
			a.Note = "scope cut " + signed(newPts-oldPts) + " pts"
		}
		d.add(a)
	}
}

// tasks lists launch tasks added, removed and done, matched by title.
func (d *Diff) tasks(c Change, before, after []app.LaunchTask) {
	was := make(map[string]app.LaunchTask, len(before))
	for _, t := range before {
		was[t.Title] = t
	}
	is := make(map[string]bool, len(after))
	for _, t := range after {
		is[t.Title] = true
		o, ok := was[t.Title]
		a := c
		a.Detail = t.Title
		switch {
		case !ok:
			a.Kind, a.Field = Added, FieldTask
			d.add(a)
		case o.Done != t.Done:
			a.Kind, a.Field, a.Old, a.New = Changed, "done", o.Done, t.Done
			d.add(a)
		}
	}
	for _, t := range before {
		if !is[t.Title] {
			a := c
			a.Kind, a.Field, a.Detail = Removed, FieldTask, t.Title
			d.add(a)
		}
	}
}
