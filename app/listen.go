package app

import "slices"

// listener is one OnChange subscription; its pointer identifies it.
type listener struct{ f func(Change) }

// OnChange registers f to be called after every Do, Undo, Redo and change
// from disk, after the listeners registered before it. It returns the
// unsubscribe: once called, f hears nothing more (even from a change being
// told to the listeners at that moment), and calling it again does nothing.
func (ws *Workspace) OnChange(f func(Change)) (unsubscribe func()) {
	l := &listener{f: f}
	ws.listeners = append(ws.listeners, l)
	return func() {
		l.f = nil
		ws.listeners = slices.DeleteFunc(ws.listeners, func(x *listener) bool { return x == l })
	}
}

// notify tells c to every listener subscribed when it starts; one that
// unsubscribes on the way is skipped.
func (ws *Workspace) notify(c Change) {
	for _, l := range slices.Clone(ws.listeners) {
		if l.f != nil {
			l.f(c)
		}
	}
}

// Touches reports whether the change created, changed or deleted an entity
// of one of the kinds: a view that reads only those skips the others.
func (c Change) Touches(kinds ...Kind) bool {
	for _, k := range c.Keys {
		if slices.Contains(kinds, k.Kind) {
			return true
		}
	}
	return false
}
