package app

import "iter"

// AllItems yields every backlog item in no particular order, without the
// sorted copy Items makes: for one pass over a large backlog (throughput,
// forecasts) whose result does not depend on the order.
func (ws *Workspace) AllItems() iter.Seq[*Item] {
	return func(yield func(*Item) bool) {
		for _, e := range ws.ents[KindItem].list {
			if !yield(e.(*Item)) {
				return
			}
		}
	}
}
