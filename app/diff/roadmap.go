package diff

import (
	"slices"

	"canopy/app"
)

// initiatives: added, removed, renamed, rescheduled (with the slip), moved
// between lanes or horizons, status and goals changed.
func (d *Diff) initiatives(old, new *app.Workspace) {
	pairs(old.Initiatives(), new.Initiatives(), func(o, n *app.Initiative) {
		c := Change{Entity: EntityInitiative, ID: n.ID, Title: n.Name}
		d.field(c, "name", o.Name, n.Name, o.Name == n.Name)
		d.dateMoved(c, "start", o.Start, n.Start)
		d.dateMoved(c, "end", o.End, n.End)
		d.field(c, "lane", laneName(old, o.Lane), laneName(new, n.Lane), o.Lane == n.Lane)
		d.field(c, "horizon", horizon(o.Horizon), horizon(n.Horizon), o.Horizon == n.Horizon)
		d.field(c, "status", o.Status.Title(), n.Status.Title(), o.Status == n.Status)
		d.field(c, "goals", goalNames(old, o.Goals), goalNames(new, n.Goals), slices.Equal(o.Goals, n.Goals))
	}, func(n *app.Initiative) {
		d.add(Change{Kind: Added, Entity: EntityInitiative, ID: n.ID, Title: n.Name, Note: when(n.Start, n.End, n.Horizon)})
	}, func(o *app.Initiative) {
		d.add(Change{Kind: Removed, Entity: EntityInitiative, ID: o.ID, Title: o.Name, Note: when(o.Start, o.End, o.Horizon)})
	})
}

// when says where an initiative sits: its dates, or its horizon.
func when(start, end app.Date, h app.Horizon) string {
	switch {
	case !start.IsZero() && !end.IsZero():
		return start.String() + " – " + end.String()
	case h != app.HorizonNone:
		return horizon(h)
	}
	return ""
}

// horizon names a horizon as the roadmap shows it.
func horizon(h app.Horizon) string {
	switch h {
	case app.HorizonNow:
		return "Now"
	case app.HorizonNext:
		return "Next"
	case app.HorizonLater:
		return "Later"
	}
	return string(h)
}

func laneName(ws *app.Workspace, id string) string {
	if l, ok := ws.Lane(id); ok {
		return l.Name
	}
	return id
}

func goalNames(ws *app.Workspace, ids []string) []string {
	return names(ids, func(id string) (string, bool) {
		g, ok := ws.Goal(id)
		if !ok {
			return "", false
		}
		return g.Title, true
	})
}

// milestones: added, removed, renamed, date moved.
func (d *Diff) milestones(old, new *app.Workspace) {
	pairs(old.Milestones(), new.Milestones(), func(o, n *app.Milestone) {
		c := Change{Entity: EntityMilestone, ID: n.ID, Title: n.Name}
		d.field(c, "name", o.Name, n.Name, o.Name == n.Name)
		d.dateMoved(c, "date", o.Date, n.Date)
	}, func(n *app.Milestone) {
		d.add(Change{Kind: Added, Entity: EntityMilestone, ID: n.ID, Title: n.Name, Note: n.Date.String()})
	}, func(o *app.Milestone) {
		d.add(Change{Kind: Removed, Entity: EntityMilestone, ID: o.ID, Title: o.Name, Note: o.Date.String()})
	})
}
