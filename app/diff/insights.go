package diff

import (
	"slices"

	"canopy/app"
)

// insights: insights heard (added) or dropped (removed), triaged, re-rated,
// linked to other items or initiatives.
func (d *Diff) insights(old, new *app.Workspace) {
	titles := func(ws *app.Workspace, k app.Kind, ids []string) []string {
		out := make([]string, 0, len(ids))
		for _, id := range ids {
			if e, ok := ws.Get(app.Key{Kind: k, ID: id}); ok {
				out = append(out, app.Name(e))
			} else {
				out = append(out, id)
			}
		}
		return out
	}
	pairs(old.Insights(), new.Insights(), func(o, n *app.Insight) {
		c := Change{Entity: EntityInsight, ID: n.ID, Title: n.Excerpt(60)}
		d.field(c, "text", o.Text, n.Text, o.Text == n.Text)
		d.field(c, "state", o.State.Title(), n.State.Title(), o.State == n.State)
		d.field(c, "importance", o.Importance.Title(), n.Importance.Title(), o.Importance == n.Importance)
		d.field(c, "customer", o.Customer(), n.Customer(), o.Customer() == n.Customer())
		d.field(c, "items", titles(old, app.KindItem, o.Items), titles(new, app.KindItem, n.Items), slices.Equal(o.Items, n.Items))
		d.field(c, "initiatives", titles(old, app.KindInitiative, o.Initiatives), titles(new, app.KindInitiative, n.Initiatives),
			slices.Equal(o.Initiatives, n.Initiatives))
	}, func(n *app.Insight) {
		d.add(Change{Kind: Added, Entity: EntityInsight, ID: n.ID, Title: n.Excerpt(60), Note: insightNote(n)})
	}, func(o *app.Insight) {
		d.add(Change{Kind: Removed, Entity: EntityInsight, ID: o.ID, Title: o.Excerpt(60), Note: insightNote(o)})
	})
}

// insightNote says who said it and how much it matters: "Acme, Critical".
func insightNote(in *app.Insight) string {
	note := in.Customer()
	if t := in.Importance.Title(); t != "" {
		if note != "" {
			note += ", "
		}
		note += t
	}
	return note
}
