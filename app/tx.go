package app

import (
	"fmt"
	"reflect"
	"time"
)

// Command is one edit of a workspace: the unit of undo and redo.
type Command interface {
	// Describe returns what the command does, for the Undo and Redo menu
	// entries ("Rename item").
	Describe() string
	// Apply makes the edit through tx. An error leaves the workspace as it was.
	Apply(tx *Tx) error
}

// Func is a Command made of a description and a function.
type Func struct {
	Desc string
	Fn   func(tx *Tx) error
}

// Describe returns f.Desc.
func (f Func) Describe() string { return f.Desc }

// Apply calls f.Fn.
func (f Func) Apply(tx *Tx) error { return f.Fn(tx) }

// Change tells listeners what one Do, Undo or Redo changed.
type Change struct {
	// Desc is the command's description.
	Desc string
	// Keys lists the entities created, changed or deleted.
	Keys []Key
	// Undone is true when the change was undone.
	Undone bool
}

// change is a committed command: each touched entity before and after.
type change struct {
	desc string
	// retime is set by ShiftDates, the one command allowed to move the
	// timestamps of past decisions.
	retime bool
	keys   []Key
	before map[Key]Entity // nil value: absent before
	after  map[Key]Entity // nil value: deleted
}

// Tx is an edit in progress. Commands read through it and change entities by
// editing the copies it hands out; nothing reaches the workspace until the
// command returns without error and the rules accept the result.
type Tx struct {
	ws  *Workspace
	ch  *change
	now time.Time
}

// Workspace returns the workspace being edited, for reading.
// It shows the edits made so far in this transaction.
func (tx *Tx) Workspace() *Workspace { return tx.ws }

// Now returns the transaction's timestamp (UTC, to the second).
func (tx *Tx) Now() time.Time { return tx.now }

// NewID returns a fresh ID for an entity of kind k.
func (tx *Tx) NewID(k Kind) string {
	for {
		id := newID(tx.ws.ids, k)
		if !tx.ws.ents[k].has(id) {
			return id
		}
	}
}

// record notes the state of k before the transaction, once.
func (tx *Tx) record(k Key) {
	if _, seen := tx.ch.before[k]; seen {
		return
	}
	e, ok := tx.ws.Get(k)
	if !ok {
		e = nil
	}
	tx.ch.before[k] = e
	tx.ch.keys = append(tx.ch.keys, k)
}

// edit returns a writable copy of the entity with key k, installed in the
// workspace in place of the original.
func (tx *Tx) edit(k Key) (Entity, error) {
	cur, ok := tx.ws.Get(k)
	if !ok {
		return nil, fmt.Errorf("%s %s: %w", k.Kind.Singular(), k.ID, ErrNotFound)
	}
	if e, mine := tx.ch.after[k]; mine && e == cur {
		return cur, nil
	}
	tx.record(k)
	c := clone(cur)
	tx.ws.put(c)
	tx.ch.after[k] = c
	return c, nil
}

// Edit returns a writable copy of the entity with key k; changes to it are
// part of the transaction.
func Edit[E Entity](tx *Tx, k Kind, id string) (E, error) {
	e, err := tx.edit(Key{Kind: k, ID: id})
	if err != nil {
		var zero E
		return zero, err
	}
	return e.(E), nil
}

// EditProduct returns a writable copy of the product settings.
func (tx *Tx) EditProduct() *Product {
	e, _ := tx.edit(ProductKey)
	return e.(*Product)
}

// EditStrategy returns a writable copy of the strategy.
func (tx *Tx) EditStrategy() *Strategy {
	e, _ := tx.edit(StrategyKey)
	return e.(*Strategy)
}

// Put creates e, or replaces the entity with its key. An empty ID is filled
// with a new one.
func (tx *Tx) Put(e Entity) error {
	if e.EntityID() == "" && e.EntityKind() != KindProduct && e.EntityKind() != KindStrategy {
		setID(e, tx.NewID(e.EntityKind()))
	}
	k := KeyOf(e)
	if k.Kind != KindProduct && k.Kind != KindStrategy {
		if tx.ws.ents[k.Kind] == nil {
			return fmt.Errorf("put: unknown kind %q", k.Kind)
		}
		if err := CheckID(k.ID); err != nil {
			return fmt.Errorf("%s: %w", e.Label(), err)
		}
	}
	tx.record(k)
	e = clone(e)
	tx.ws.put(e)
	tx.ch.after[k] = e
	return nil
}

// Delete removes the entity with key k. References to it must be removed in
// the same transaction, or the commit fails.
func (tx *Tx) Delete(k Key) error {
	if _, ok := tx.ws.Get(k); !ok || k.Kind == KindProduct || k.Kind == KindStrategy {
		return fmt.Errorf("delete %s %s: %w", k.Kind.Singular(), k.ID, ErrNotFound)
	}
	tx.record(k)
	tx.ws.ents[k.Kind].del(k.ID)
	tx.ch.after[k] = nil
	return nil
}

func setID(e Entity, id string) {
	switch v := e.(type) {
	case *Persona:
		v.ID = id
	case *Goal:
		v.ID = id
	case *Competitor:
		v.ID = id
	case *Risk:
		v.ID = id
	case *Lane:
		v.ID = id
	case *Initiative:
		v.ID = id
	case *Milestone:
		v.ID = id
	case *Release:
		v.ID = id
	case *Item:
		v.ID = id
	case *Insight:
		v.ID = id
	}
}

// put stores e in the workspace's maps.
func (ws *Workspace) put(e Entity) {
	switch v := e.(type) {
	case *Product:
		ws.product = v
	case *Strategy:
		ws.strategy = v
	default:
		ws.ents[e.EntityKind()].put(e)
	}
}

// set makes the entity with key k be e (nil: absent), without recording.
func (ws *Workspace) set(k Key, e Entity) {
	if e == nil {
		ws.ents[k.Kind].del(k.ID)
		return
	}
	ws.put(e)
}

// Do runs cmd as one undoable edit. If the command or the rules fail, the
// workspace is left as it was and the error says what and where.
func (ws *Workspace) Do(cmd Command) error {
	if ws.readOnly != nil {
		return fmt.Errorf("%s: %w: %w", cmd.Describe(), ErrReadOnly, ws.readOnly)
	}
	tx := &Tx{
		ws:  ws,
		ch:  &change{desc: cmd.Describe(), before: map[Key]Entity{}, after: map[Key]Entity{}},
		now: ws.clock.Now().UTC().Truncate(time.Second),
	}
	err := cmd.Apply(tx)
	if err == nil {
		for _, k := range tx.ch.keys {
			if e := tx.ch.after[k]; e != nil {
				normalize(e)
			}
		}
		err = ws.checkChange(tx.ch)
	}
	if err != nil {
		ws.revert(tx.ch)
		return fmt.Errorf("%s: %w", cmd.Describe(), err)
	}
	tx.ch.dropUnchanged()
	if len(tx.ch.keys) == 0 {
		return nil // nothing changed: nothing to undo
	}
	ws.undo = append(ws.undo, tx.ch)
	ws.redo = nil
	ws.touch(tx.ch, false)
	return nil
}

// dropUnchanged forgets the entities a command touched but left as they
// were, so that an edit that changes nothing is no step of undo.
func (ch *change) dropUnchanged() {
	kept := ch.keys[:0]
	for _, k := range ch.keys {
		if b, a := ch.before[k], ch.after[k]; b != nil && a != nil && reflect.DeepEqual(b, a) {
			delete(ch.before, k)
			delete(ch.after, k)
			continue
		}
		kept = append(kept, k)
	}
	ch.keys = kept
}

// revert puts back the state before ch.
func (ws *Workspace) revert(ch *change) {
	for i := len(ch.keys) - 1; i >= 0; i-- {
		k := ch.keys[i]
		ws.set(k, ch.before[k])
	}
}

// reapply puts the state after ch.
func (ws *Workspace) reapply(ch *change) {
	for _, k := range ch.keys {
		ws.set(k, ch.after[k])
	}
}

func (ws *Workspace) touch(ch *change, undone bool) {
	for _, k := range ch.keys {
		ws.dirty[k] = struct{}{}
	}
	ws.notify(Change{Desc: ch.desc, Keys: append([]Key(nil), ch.keys...), Undone: undone})
}

// CanUndo reports whether there is an edit to undo, and describes it.
func (ws *Workspace) CanUndo() (string, bool) {
	if len(ws.undo) == 0 {
		return "", false
	}
	return ws.undo[len(ws.undo)-1].desc, true
}

// CanRedo reports whether there is an undone edit to redo, and describes it.
func (ws *Workspace) CanRedo() (string, bool) {
	if len(ws.redo) == 0 {
		return "", false
	}
	return ws.redo[len(ws.redo)-1].desc, true
}

// Undo reverts the latest edit. It returns false when there is none.
func (ws *Workspace) Undo() (bool, error) {
	if ws.readOnly != nil {
		return false, fmt.Errorf("undo: %w: %w", ErrReadOnly, ws.readOnly)
	}
	if len(ws.undo) == 0 {
		return false, nil
	}
	ch := ws.undo[len(ws.undo)-1]
	ws.undo = ws.undo[:len(ws.undo)-1]
	ws.revert(ch)
	ws.redo = append(ws.redo, ch)
	ws.touch(ch, true)
	return true, nil
}

// Redo applies the latest undone edit again. It returns false when there is none.
func (ws *Workspace) Redo() (bool, error) {
	if ws.readOnly != nil {
		return false, fmt.Errorf("redo: %w: %w", ErrReadOnly, ws.readOnly)
	}
	if len(ws.redo) == 0 {
		return false, nil
	}
	ch := ws.redo[len(ws.redo)-1]
	ws.redo = ws.redo[:len(ws.redo)-1]
	ws.reapply(ch)
	ws.undo = append(ws.undo, ch)
	ws.touch(ch, false)
	return true, nil
}

// Dirty returns the keys of entities changed since the last MarkSaved, in no
// particular order. The store writes those whose bytes differ from the disk.
func (ws *Workspace) Dirty() []Key {
	out := make([]Key, 0, len(ws.dirty))
	for k := range ws.dirty {
		out = append(out, k)
	}
	return out
}

// MarkSaved forgets that the keys were changed.
func (ws *Workspace) MarkSaved(keys []Key) {
	for _, k := range keys {
		delete(ws.dirty, k)
	}
}

// ApplyExternal brings in changes made outside Canopy (a git pull, a synced
// folder): the entities replace or join those in memory and the keys in
// removed go, without the rules (what arrived may break them: Validate lists
// it and the user fixes it) and without undo. The undo and redo history is
// cleared, since it no longer matches the data.
func (ws *Workspace) ApplyExternal(changed []Entity, removed []Key) {
	if len(changed)+len(removed) == 0 {
		return
	}
	c := Change{Desc: "Changes from disk"}
	for _, e := range changed {
		normalize(e)
		ws.put(e)
		c.Keys = append(c.Keys, KeyOf(e))
	}
	for _, k := range removed {
		switch k.Kind {
		case KindProduct:
			continue // a workspace without a manifest does not open at all
		case KindStrategy:
			ws.strategy = &Strategy{}
			normalize(ws.strategy)
		default:
			ws.set(k, nil)
		}
		c.Keys = append(c.Keys, k)
	}
	ws.undo, ws.redo = nil, nil
	ws.notify(c)
}

// MarkDirty marks k as changed, so the next save writes it.
func (ws *Workspace) MarkDirty(k Key) { ws.dirty[k] = struct{}{} }
