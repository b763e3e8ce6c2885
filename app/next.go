package app

import (
	"cmp"
	"container/heap"
	"fmt"
	"strings"
)

// NextEntry is one line of the what-next list.
type NextEntry struct {
	Item   *Item
	Score  float64
	Scored bool
	// BlockedBy lists the unsatisfied dependencies (not Done or Accepted),
	// by ID; the item is blocked when it is not empty.
	BlockedBy []string
}

// Blocked reports whether the entry waits on unfinished work.
func (e NextEntry) Blocked() bool { return len(e.BlockedBy) > 0 }

// CycleError is returned when dependencies among candidates form a cycle.
type CycleError struct {
	Cycles [][]string
}

// Error names each cycle.
func (e *CycleError) Error() string {
	parts := make([]string, len(e.Cycles))
	for i, c := range e.Cycles {
		parts[i] = strings.Join(c, " → ")
	}
	return "dependency cycle: " + strings.Join(parts, "; ")
}

// Next answers the product owner's question "what next?": the New and Ready
// items, highest score of model m first (ties by rank, then ID; unscored items
// last), never placed before an item they depend on. A dependency is
// satisfied when Done or Accepted; entries with unsatisfied dependencies are
// flagged with what blocks them. A cycle among the items is an error naming it.
func Next(ws *Workspace, m ScoringModel) ([]NextEntry, error) {
	ice := ws.product.ICE
	items := ws.ents[KindItem]
	idx := make(map[string]int32, len(items))
	nodes := make([]nextNode, 0, len(items))
	for id, e := range items {
		it := e.(*Item)
		if it.Status != StatusNew && it.Status != StatusReady {
			continue
		}
		s, ok := Score(&it.Scores, m, ice)
		idx[id] = int32(len(nodes))
		nodes = append(nodes, nextNode{NextEntry: NextEntry{Item: it, Score: s, Scored: ok}})
	}
	// Edges run from a dependency to the candidates that wait on it.
	for i := range nodes {
		n := &nodes[i]
		for _, d := range n.Item.DependsOn {
			dep, ok := items[d]
			if ok && dep.(*Item).Status.Satisfied() {
				continue
			}
			n.BlockedBy = append(n.BlockedBy, d)
			if j, cand := idx[d]; cand {
				n.waiting++
				nodes[j].unblocks = append(nodes[j].unblocks, int32(i))
			}
		}
	}
	h := &nextHeap{nodes: nodes}
	for i := range nodes {
		if nodes[i].waiting == 0 {
			h.order = append(h.order, int32(i))
		}
	}
	heap.Init(h)
	out := make([]NextEntry, 0, len(nodes))
	for h.Len() > 0 {
		i := heap.Pop(h).(int32)
		out = append(out, nodes[i].NextEntry)
		for _, j := range nodes[i].unblocks {
			if nodes[j].waiting--; nodes[j].waiting == 0 {
				heap.Push(h, j)
			}
		}
	}
	if len(out) < len(nodes) {
		return out, &CycleError{Cycles: ItemCycles(ws)}
	}
	return out, nil
}

type nextNode struct {
	NextEntry
	waiting  int32   // candidates it waits on that are not placed yet
	unblocks []int32 // candidates waiting on it
}

// nextHeap orders ready nodes: scored first, higher score, lower rank, ID.
type nextHeap struct {
	nodes []nextNode
	order []int32
}

func (h *nextHeap) Len() int { return len(h.order) }
func (h *nextHeap) Less(a, b int) bool {
	x, y := &h.nodes[h.order[a]], &h.nodes[h.order[b]]
	return compareNext(&x.NextEntry, &y.NextEntry) < 0
}
func (h *nextHeap) Swap(a, b int) { h.order[a], h.order[b] = h.order[b], h.order[a] }
func (h *nextHeap) Push(x any)    { h.order = append(h.order, x.(int32)) }
func (h *nextHeap) Pop() any {
	n := len(h.order) - 1
	v := h.order[n]
	h.order = h.order[:n]
	return v
}

// compareNext orders entries when dependencies allow either first.
func compareNext(x, y *NextEntry) int {
	if x.Scored != y.Scored {
		if x.Scored {
			return -1
		}
		return 1
	}
	if c := cmp.Compare(y.Score, x.Score); x.Scored && c != 0 {
		return c
	}
	if c := cmp.Compare(x.Item.Rank, y.Item.Rank); c != 0 {
		return c
	}
	return strings.Compare(x.Item.ID, y.Item.ID)
}

// FormatScore prints a score with up to two decimals, or "—" when unscored.
func FormatScore(s float64, scored bool) string {
	if !scored {
		return "—"
	}
	t := fmt.Sprintf("%.2f", s)
	t = strings.TrimRight(strings.TrimRight(t, "0"), ".")
	return t
}
