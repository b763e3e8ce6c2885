package forecast

import "canopy/app"

// queue is the order in which one simulated future finishes the remaining
// items: the releases' items in release date order, each preceded by the
// unfinished items it waits on, then every other remaining item by rank.
// The forecast only needs, for each release and initiative, the position of
// its last item in that order.
type queue struct {
	items    []*app.Item      // remaining items by rank, then ID
	index    map[string]int32 // item ID → index in items
	position []int32          // index → 1-based place in the order; 0 until placed
	placed   int32
}

// place puts item i in the order after the remaining items it depends on,
// and returns its position. A dependency cycle (from a hand-edited file)
// cannot recurse forever: an item is marked before its dependencies are
// placed.
func (q *queue) place(i int32) int32 {
	if q.position[i] != 0 {
		return q.position[i]
	}
	q.position[i] = -1 // in progress: a cycle back here stops
	for _, dep := range q.items[i].DependsOn {
		if j, ok := q.index[dep]; ok && q.position[j] == 0 {
			q.place(j)
		}
	}
	q.placed++
	q.position[i] = q.placed
	return q.placed
}

// placeAll places every item of the list and returns the largest position
// among them: where the last of them is finished.
func (q *queue) placeAll(list []int32) int32 {
	last := int32(0)
	for _, i := range list {
		last = max(last, q.place(i))
	}
	return last
}
