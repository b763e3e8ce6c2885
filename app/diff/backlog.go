package diff

import (
	"fmt"

	"canopy/app"
)

// items: added, removed, renamed, status changed (who and when from the
// history), estimate and score changed.
func (d *Diff) items(old, new *app.Workspace) {
	pairs(old.Items(), new.Items(), func(o, n *app.Item) {
		c := Change{Entity: EntityItem, ID: n.ID, Title: n.Title}
		d.field(c, "title", o.Title, n.Title, o.Title == n.Title)
		if o.Status != n.Status {
			s := c
			s.Kind, s.Field, s.Old, s.New = Changed, "status", o.Status.Title(), n.Status.Title()
			if dec, ok := lastMoveTo(n, n.Status); ok {
				s.By, s.At = dec.By, dec.At.UTC().Format("2006-01-02")
				s.Note = s.At
				if s.By != "" {
					s.Note = "by " + s.By + " on " + s.At
				}
			}
			d.add(s)
		}
		if o.Estimate != n.Estimate {
			e := c
			e.Kind, e.Field, e.Old, e.New = Changed, "estimate", o.Estimate, n.Estimate
			e.Delta, e.Unit = n.Estimate-o.Estimate, "points"
			d.add(e)
		}
		os, oOK := old.ItemScore(o)
		ns, nOK := new.ItemScore(n)
		if oOK != nOK || os != ns {
			s := c
			s.Kind, s.Field, s.Old, s.New = Changed, "score", score(os, oOK), score(ns, nOK)
			d.add(s)
		}
	}, func(n *app.Item) {
		d.add(Change{Kind: Added, Entity: EntityItem, ID: n.ID, Title: n.Title, Note: itemNote(n)})
	}, func(o *app.Item) {
		d.add(Change{Kind: Removed, Entity: EntityItem, ID: o.ID, Title: o.Title, Note: itemNote(o)})
	})
}

func score(v float64, ok bool) any {
	if !ok {
		return nil
	}
	return v
}

func itemNote(it *app.Item) string {
	return fmt.Sprintf("%s, %s, %s pts", it.Type.Title(), it.Status.Title(), Number(it.Estimate))
}

// lastMoveTo returns the latest decision of the item's history that moved
// it to status s.
func lastMoveTo(it *app.Item, s app.Status) (app.Decision, bool) {
	for i := len(it.History) - 1; i >= 0; i-- {
		if it.History[i].To == s {
			return it.History[i], true
		}
	}
	return app.Decision{}, false
}

// priority lists the moves among the top TopN of what next, both sides
// ranked by the new side's model: the items that came into the top and
// those that left it, and those that moved past others (an item pushed
// down one place by a newcomer did not move).
func (d *Diff) priority(old, new *app.Workspace) {
	model := new.Product().ScoringModel
	before, err := app.Next(old, model)
	if err != nil {
		d.Warnings = append(d.Warnings, fmt.Sprintf("the old plan's what next could not be ranked: %v", err))
		return
	}
	after, err := app.Next(new, model)
	if err != nil {
		d.Warnings = append(d.Warnings, fmt.Sprintf("what next could not be ranked: %v", err))
		return
	}
	oldPos := make(map[string]int, len(before))
	for i, e := range before {
		oldPos[e.Item.ID] = i + 1
	}
	newAll := make(map[string]int, len(after))
	newPos := make(map[string]int, min(len(after), TopN))
	for i, e := range after {
		newAll[e.Item.ID] = i + 1
		if i < TopN {
			newPos[e.Item.ID] = i + 1
		}
	}
	// The items in both tops, in the new order; those off the longest run
	// of increasing old places moved.
	var common []string
	for _, e := range after[:min(len(after), TopN)] {
		if p, ok := oldPos[e.Item.ID]; ok && p <= TopN {
			common = append(common, e.Item.ID)
		}
	}
	stayed := longestRun(common, oldPos)
	rank := func(p int) any {
		if p == 0 {
			return nil
		}
		return fmt.Sprintf("#%d", p)
	}
	for _, e := range after[:min(len(after), TopN)] {
		id, np := e.Item.ID, newPos[e.Item.ID]
		op := oldPos[id]
		c := Change{Kind: Changed, Entity: EntityItem, ID: id, Title: e.Item.Title, Field: FieldPriority, Old: rank(op), New: rank(np)}
		switch {
		case op == 0 || op > TopN:
			c.Note = fmt.Sprintf("into the top %d", TopN)
		case !stayed[id]:
			c.Delta, c.Unit = float64(op-np), "places"
			if op > np {
				c.Note = fmt.Sprintf("up %d", op-np)
			} else {
				c.Note = fmt.Sprintf("down %d", np-op)
			}
		default:
			continue
		}
		d.add(c)
	}
	for _, e := range before[:min(len(before), TopN)] {
		id := e.Item.ID
		if _, ok := newPos[id]; ok {
			continue
		}
		title := e.Item.Title
		var now any
		if it, ok := new.Item(id); ok {
			title = it.Title
			if p, ok := newAll[id]; ok {
				now = rank(p)
			} else {
				now = it.Status.Title()
			}
		} else {
			now = "removed"
		}
		c := Change{Kind: Changed, Entity: EntityItem, ID: id, Title: title, Field: FieldPriority, Old: rank(oldPos[id]), New: now,
			Note: fmt.Sprintf("out of the top %d", TopN)}
		d.add(c)
	}
}

// longestRun returns the IDs on a longest subsequence of ids whose places
// in pos increase: the items that kept their order.
func longestRun(ids []string, pos map[string]int) map[string]bool {
	n := len(ids)
	length, prev := make([]int, n), make([]int, n)
	best := -1
	for i := range ids {
		length[i], prev[i] = 1, -1
		for j := range i {
			if pos[ids[j]] < pos[ids[i]] && length[j]+1 > length[i] {
				length[i], prev[i] = length[j]+1, j
			}
		}
		if best < 0 || length[i] > length[best] {
			best = i
		}
	}
	out := map[string]bool{}
	for i := best; i >= 0; i = prev[i] {
		out[ids[i]] = true
	}
	return out
}
