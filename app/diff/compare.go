package diff

import (
	"slices"
	"strings"

	"canopy/app"
)

// TopN is how many entries of what next the priority moves compare.
const TopN = 20

// Diff is every change from an old plan to a new one, in the order of
// Sections, then of the entities in the new plan (removed ones after).
type Diff struct {
	Changes []Change
	// Warnings says what could not be compared (a dependency cycle that
	// keeps what next from ranking one side).
	Warnings []string
}

// Empty reports whether nothing changed.
func (d *Diff) Empty() bool { return len(d.Changes) == 0 }

// Section returns the changes listed under the section.
func (d *Diff) Section(name string) []Change {
	var out []Change
	for _, c := range d.Changes {
		if c.Section() == name {
			out = append(out, c)
		}
	}
	return out
}

// Compare lists the changes from old to new. Entities are matched by ID, so
// a rename is a change of title. Both workspaces are only read; entities
// that are the same pointer on both sides (a side loaded by reusing the
// other's unchanged files) are skipped without a look.
func Compare(old, new *app.Workspace) *Diff {
	d := &Diff{}
	d.initiatives(old, new)
	d.milestones(old, new)
	d.releases(old, new)
	d.items(old, new)
	d.customFields(old, new)
	d.priority(old, new)
	d.goals(old, new)
	d.strategy(old.Strategy(), new.Strategy())
	d.insights(old, new)
	slices.SortStableFunc(d.Changes, func(a, b Change) int {
		return slices.Index(Sections, a.Section()) - slices.Index(Sections, b.Section())
	})
	return d
}

// add appends a change.
func (d *Diff) add(c Change) { d.Changes = append(d.Changes, c) }

// pairs walks the entities of both sides: each of the new side in its
// order, with its old version or nil, then each removed one. Same-pointer
// pairs are skipped.
func pairs[E interface {
	app.Entity
	comparable
}](oldList, newList []E, both func(o, n E), added func(n E), removed func(o E)) {
	var zero E
	olds := make(map[string]E, len(oldList))
	for _, o := range oldList {
		olds[o.EntityID()] = o
	}
	for _, n := range newList {
		o, ok := olds[n.EntityID()]
		switch {
		case !ok:
			added(n)
		case o != n:
			both(o, n)
		}
		if ok {
			olds[n.EntityID()] = zero
		}
	}
	for _, o := range oldList {
		if olds[o.EntityID()] != zero {
			removed(o)
		}
	}
}

// field adds the change of a field from a to b unless they are the same.
func (d *Diff) field(base Change, field string, a, b any, same bool) {
	if same {
		return
	}
	base.Kind, base.Field, base.Old, base.New = Changed, field, a, b
	d.add(base)
}

// date gives a date as a change value: nil when unset.
func date(t app.Date) any {
	if t.IsZero() {
		return nil
	}
	return t.String()
}

// dateMoved adds c as the date field moved from o to n, with the slip, when it
// moved.
func (d *Diff) dateMoved(c Change, field string, o, n app.Date) {
	if o == n {
		return
	}
	c.Kind, c.Field, c.Old, c.New = Changed, field, date(o), date(n)
	slipped(&c, o, n)
	d.add(c)
}

// slipped fills the delta and note of a date moved from one day to another.
func slipped(c *Change, from, to app.Date) {
	if from.IsZero() || to.IsZero() {
		return
	}
	days := from.DaysUntil(to)
	if days == 0 {
		return
	}
	c.Delta, c.Unit = float64(days), "days"
	if days > 0 {
		c.Note = "slipped " + strings.TrimPrefix(Slip(days), "+")
	} else {
		c.Note = "pulled in " + Slip(days)[len("−"):]
	}
}

// names returns the titles of the entities with the IDs, in order; an ID
// not found stays as it is.
func names(ids []string, title func(string) (string, bool)) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if t, ok := title(id); ok {
			out = append(out, t)
		} else {
			out = append(out, id)
		}
	}
	return out
}

// For returns the changes of one entity (entity as in Change.Entity, such
// as EntityRelease), in order: what a page shows beside it, such as the
// scope a release gained and lost.
func (d *Diff) For(entity, id string) []Change {
	var out []Change
	for _, c := range d.Changes {
		if c.Entity == entity && c.ID == id {
			out = append(out, c)
		}
	}
	return out
}
