package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Refusal is an item a bulk edit left as it was, and the rule why.
type Refusal struct {
	ID  string
	Err error
}

// BulkResult receives what a bulk edit refused.
type BulkResult struct {
	Changed  []string
	Refusals []Refusal
}

// BulkEdit applies f to each item as one undoable command. The domain rules
// check item by item: an item the rules refuse is left as it was and
// reported in res, and the others still change. The command fails only
// when every item is refused.
func BulkEdit(ids []string, desc string, f func(tx *Tx, it *Item) error, res *BulkResult) Command {
	return Func{Desc: desc, Fn: func(tx *Tx) error {
		*res = BulkResult{}
		for _, id := range ids {
			k := Key{Kind: KindItem, ID: id}
			_, seen := tx.ch.before[k]
			err := tx.try(k, func() error {
				it, err := Edit[*Item](tx, KindItem, id)
				if err != nil {
					return err
				}
				if err := f(tx, it); err != nil {
					return err
				}
				return tx.ws.checkItemAlone(tx.ch, k)
			}, seen)
			if err != nil {
				res.Refusals = append(res.Refusals, Refusal{ID: id, Err: err})
				continue
			}
			res.Changed = append(res.Changed, id)
		}
		if len(res.Changed) == 0 && len(res.Refusals) > 0 {
			errs := make([]error, len(res.Refusals))
			for i, r := range res.Refusals {
				errs[i] = r.Err
			}
			return fmt.Errorf("every item was refused: %w", errors.Join(errs...))
		}
		return nil
	}}
}

// try runs f, which edits the entity with key k; if f fails, k is put back
// as it was before f and forgotten by the transaction (unless seen, when an
// earlier step of the same transaction had already touched it).
func (tx *Tx) try(k Key, f func() error, seen bool) error {
	prev, had := tx.ws.Get(k)
	if had && seen {
		// Edit hands out the transaction's own copy when k was touched
		// before: keep a copy of it as it is now to restore.
		prev = clone(prev)
	}
	err := f()
	if err == nil {
		return nil
	}
	if had {
		tx.ws.put(prev)
	} else {
		tx.ws.set(k, nil)
	}
	if !seen {
		delete(tx.ch.before, k)
		delete(tx.ch.after, k)
		tx.ch.keys = slices.DeleteFunc(tx.ch.keys, func(x Key) bool { return x == k })
	} else {
		tx.ch.after[k] = prev
	}
	return err
}

// checkItemAlone applies the rules to one item of a change in progress.
func (ws *Workspace) checkItemAlone(ch *change, k Key) error {
	after, _ := ch.after[k].(*Item)
	if after == nil {
		return nil
	}
	normalize(after)
	out := checkEntity(ws, after)
	before, _ := ch.before[k].(*Item)
	out = append(out, checkTransition(before, after, ch)...)
	if cyc := itemCycleFrom(ws, after.ID); cyc != nil {
		out = append(out, cycleProblem(ws, after, cyc))
	}
	return out.err()
}

// MoveTo records a status change of an item being edited in a transaction,
// as Move does: bulk edits and the board use it.
func MoveTo(tx *Tx, it *Item, to Status, reason string) {
	if it.Status == to {
		return
	}
	it.History = append(it.History, Decision{
		At: tx.Now(), By: tx.ws.user, Kind: decisionKind(it.Status, to),
		From: it.Status, To: to, Reason: strings.TrimSpace(reason),
	})
	it.Status = to
}

// MoveCard moves an item to status `to` and places it between the items
// before and after of that column (either may be ""), as one command: a
// drag on the board. The status rules apply as for Move.
func MoveCard(id string, to Status, before, after, reason string) Command {
	return Func{Desc: "Move to " + to.Title(), Fn: func(tx *Tx) error {
		it, err := Edit[*Item](tx, KindItem, id)
		if err != nil {
			return err
		}
		MoveTo(tx, it, to, reason)
		return Reorder(id, before, after).Apply(tx)
	}}
}
