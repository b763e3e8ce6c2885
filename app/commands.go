package app

import (
	"fmt"
	"slices"
)

// Create adds e as a new entity; an empty ID is filled with a fresh one,
// which is written back into e so the caller can find it.
func Create(e Entity) Command {
	return Func{Desc: "Add " + e.EntityKind().Singular(), Fn: func(tx *Tx) error {
		if id := e.EntityID(); id != "" && tx.ws.Has(e.EntityKind(), id) {
			return fmt.Errorf("%s: the ID is taken", e.Label())
		}
		if e.EntityID() == "" {
			setID(e, tx.NewID(e.EntityKind()))
		}
		if it, ok := e.(*Item); ok && it.Rank == 0 {
			it.Rank = lastRank(tx.ws) + RankStep
		}
		return tx.Put(e)
	}}
}

// Update replaces the entity with e's key by e: the editors change a Clone
// and submit it. An item's status and history change only through Move.
func Update(e Entity) Command {
	return Func{Desc: "Edit " + e.EntityKind().Singular(), Fn: func(tx *Tx) error {
		k := KeyOf(e)
		if _, ok := tx.ws.Get(k); !ok {
			return fmt.Errorf("%s: %w", e.Label(), ErrNotFound)
		}
		return tx.Put(e)
	}}
}

// EditItem changes item id with f, as one command described by desc.
func EditItem(id, desc string, f func(it *Item) error) Command {
	return Func{Desc: desc, Fn: func(tx *Tx) error {
		it, err := Edit[*Item](tx, KindItem, id)
		if err != nil {
			return err
		}
		return f(it)
	}}
}

// EditProduct changes the product settings with f.
func EditProduct(desc string, f func(p *Product) error) Command {
	return Func{Desc: desc, Fn: func(tx *Tx) error { return f(tx.EditProduct()) }}
}

// EditStrategy changes the strategy with f.
func EditStrategy(desc string, f func(s *Strategy) error) Command {
	return Func{Desc: desc, Fn: func(tx *Tx) error { return f(tx.EditStrategy()) }}
}

// Delete removes the entity with key k and every reference to it, as one
// command: items lose a deleted release, initiative or dependency; initiatives
// lose a deleted lane or goal; and so on. Undo restores all of it.
func Delete(k Key) Command {
	return Func{Desc: "Delete " + k.Kind.Singular(), Fn: func(tx *Tx) error {
		if err := unlink(tx, k); err != nil {
			return err
		}
		return tx.Delete(k)
	}}
}

// unlink removes the references to k from every entity that makes one.
func unlink(tx *Tx, k Key) error {
	for _, p := range referrers(tx.ws, k) {
		e, err := tx.edit(p.Key)
		if err != nil {
			return err
		}
		drop := func(ids []string) []string { return slices.DeleteFunc(ids, func(id string) bool { return id == k.ID }) }
		switch v := e.(type) {
		case *Initiative:
			if v.Lane == k.ID && k.Kind == KindLane {
				v.Lane = ""
			}
			if k.Kind == KindGoal {
				v.Goals = drop(v.Goals)
			}
			if k.Kind == KindInitiative {
				v.DependsOn = drop(v.DependsOn)
			}
		case *Milestone:
			if k.Kind == KindLane && v.Lane == k.ID {
				v.Lane = ""
			}
			if k.Kind == KindInitiative && v.Initiative == k.ID {
				v.Initiative = ""
			}
		case *Risk:
			v.Initiatives = drop(v.Initiatives)
		case *Insight:
			unlinkInsight(v, k)
		case *Item:
			switch k.Kind {
			case KindInitiative:
				v.Initiative = ""
			case KindRelease:
				v.Release = ""
			case KindItem:
				v.DependsOn = drop(v.DependsOn)
			}
		}
	}
	return nil
}

// AddDependency makes item id wait on item on. A cycle is refused and named.
func AddDependency(id, on string) Command {
	return EditItem(id, "Add dependency", func(it *Item) error {
		if !slices.Contains(it.DependsOn, on) {
			it.DependsOn = append(it.DependsOn, on)
		}
		return nil
	})
}

// RemoveDependency makes item id stop waiting on item on.
func RemoveDependency(id, on string) Command {
	return EditItem(id, "Remove dependency", func(it *Item) error {
		it.DependsOn = slices.DeleteFunc(it.DependsOn, func(d string) bool { return d == on })
		return nil
	})
}

// RankStep is the gap between the ranks of items added at the end, and the
// gap left between all items after a renumbering.
const RankStep = 1024

// minRankGap is the smallest gap a midpoint may split before the ranks are
// renumbered.
const minRankGap = 1e-6

func lastRank(ws *Workspace) float64 {
	last := 0.0
	for _, e := range ws.ents[KindItem].list {
		last = max(last, e.(*Item).Rank)
	}
	return last
}

// Reorder moves item id between the items before and after (either may be
// "" for the start or the end of the backlog): the item takes the midpoint
// of its neighbours' ranks. When the gap is too small to split, every item
// is renumbered RankStep apart in the same command.
func Reorder(id, before, after string) Command {
	return Func{Desc: "Reorder item", Fn: func(tx *Tx) error {
		lo, hi, err := neighbourRanks(tx.ws, before, after)
		if err != nil {
			return err
		}
		if hi-lo < minRankGap {
			if err := renumber(tx); err != nil {
				return err
			}
			if lo, hi, err = neighbourRanks(tx.ws, before, after); err != nil {
				return err
			}
		}
		it, err := Edit[*Item](tx, KindItem, id)
		if err != nil {
			return err
		}
		it.Rank = lo + (hi-lo)/2
		return nil
	}}
}

func neighbourRanks(ws *Workspace, before, after string) (lo, hi float64, err error) {
	lo = 0
	if before != "" {
		b, ok := ws.Item(before)
		if !ok {
			return 0, 0, fmt.Errorf("item %s: %w", before, ErrNotFound)
		}
		lo = b.Rank
	}
	if after != "" {
		a, ok := ws.Item(after)
		if !ok {
			return 0, 0, fmt.Errorf("item %s: %w", after, ErrNotFound)
		}
		hi = a.Rank
	} else {
		hi = lastRank(ws) + 2*RankStep
	}
	if hi < lo {
		return 0, 0, fmt.Errorf("reorder: item %s is ranked after item %s", before, after)
	}
	return lo, hi, nil
}

// renumber spaces all item ranks RankStep apart, keeping their order.
func renumber(tx *Tx) error {
	for i, it := range tx.ws.Items() {
		want := float64(i+1) * RankStep
		if it.Rank == want {
			continue
		}
		c, err := Edit[*Item](tx, KindItem, it.ID)
		if err != nil {
			return err
		}
		c.Rank = want
	}
	return nil
}
