package app

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
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

// Error names the cycles, a long one by its first members and length.
func (e *CycleError) Error() string {
	return "dependency cycle: " + CyclesText(e.Cycles)
}

// Next answers the product owner's question "what next?": the New and Ready
// items, highest score of model m first (ties by rank, then ID; unscored items
// last), never placed before an item they depend on. A dependency is
// satisfied when Done or Accepted; entries with unsatisfied dependencies are
// flagged with what blocks them. A cycle among the items is an error naming
// it; everything outside the cycle is still ranked, and the cycle's members
// come after, each flagged as blocked (by its dependencies on the cycle).
func Next(ws *Workspace, m ScoringModel) ([]NextEntry, error) {
	score := ws.Scorer(m)
	table := ws.ents[KindItem]
	items := table.list
	// One pass over the items notes each one's state by its slot in the
	// table and collects the candidates with compact sort keys: comparing
	// through the items would chase pointers all over the heap.
	// The working arrays are reused between calls: the UI ranks again after
	// every edit, and fresh arrays each time would keep the collector busy.
	sc := scratchPool.Get().(*nextScratch)
	defer func() {
		clear(sc.its) // drop the item pointers so they can be collected
		scratchPool.Put(sc)
	}()
	state := grow(sc.state, len(items))
	keys := sc.keys[:0]
	its := sc.its[:0]
	for slot, e := range items {
		it := e.(*Item)
		switch it.Status {
		case StatusNew, StatusReady:
		case StatusDone, StatusAccepted:
			state[slot] = satisfied
			continue
		default:
			state[slot] = unsatisfied
			continue
		}
		neg := math.Inf(1)
		if s, ok := score(it); ok {
			neg = -s
		}
		pos := int32(len(its))
		state[slot] = pos
		keys = append(keys, nextKey{neg, it.Rank, pos})
		its = append(its, it)
	}
	slices.SortFunc(keys, func(x, y nextKey) int {
		switch {
		case x.neg < y.neg:
			return -1
		case x.neg > y.neg:
			return 1
		case x.rank < y.rank:
			return -1
		case x.rank > y.rank:
			return 1
		}
		return strings.Compare(its[x.pos].ID, its[y.pos].ID)
	})
	n := len(keys)
	order := grow(sc.order, n) // position → index in preference order
	for i, k := range keys {
		order[k.pos] = int32(i)
	}
	// Edges from a candidate dependency to the candidates waiting on it, as
	// compressed rows: the waiters of i are waiters[start[i]:start[i+1]].
	waiting := grow(sc.waiting, n)
	start := grow(sc.start, n+1)
	var blocked []string
	edges := sc.edges[:0]            // {dependency, waiter}
	blockedBy := make([][]string, n) // by index in preference order
	for i, k := range keys {
		from := len(blocked)
		for _, d := range its[k.pos].DependsOn {
			if d == "" {
				continue // an empty reference (validate reports it) blocks nothing
			}
			slot, known := table.pos[d]
			v := int32(unsatisfied)
			if known {
				v = state[slot]
			}
			switch {
			case v >= 0:
				j := order[v]
				waiting[i]++
				start[j+1]++
				edges = append(edges, [2]int32{j, int32(i)})
			case v == satisfied:
				continue
			}
			blocked = append(blocked, d)
		}
		if len(blocked) > from {
			blockedBy[i] = blocked[from:len(blocked):len(blocked)]
		}
	}
	for i := range n {
		start[i+1] += start[i]
	}
	waiters := grow(sc.waiters, int(start[n]))
	fill := append(sc.fill[:0], start[:n]...)
	for _, e := range edges {
		waiters[fill[e[0]]] = e[1]
		fill[e[0]]++
	}
	// Kahn's algorithm; among the candidates free to go, the most preferred
	// (lowest index) goes first.
	h := minHeap(sc.heap[:0])
	for i := range n {
		if waiting[i] == 0 {
			h = append(h, int32(i))
		}
	}
	h.init()
	out := make([]NextEntry, 0, n)
	var tangled map[string]bool // items on a cycle, found when one stops the ranking
	for len(h) > 0 || len(out) < n {
		if len(h) == 0 {
			// What is left waits on a cycle: release its most preferred
			// member, flagged blocked, and rank on.
			if tangled == nil {
				tangled = itemTangled(ws)
			}
			for i := range n {
				if waiting[i] > 0 && tangled[its[keys[i].pos].ID] {
					waiting[i] = 0
					h.push(int32(i))
					break
				}
			}
			if len(h) == 0 {
				break // cannot happen: every node left waits on a cycle
			}
		}
		i := h.pop()
		k := keys[i]
		e := NextEntry{Item: its[k.pos], BlockedBy: blockedBy[i]}
		if !math.IsInf(k.neg, 1) {
			e.Score, e.Scored = -k.neg, true
		}
		out = append(out, e)
		for _, j := range waiters[start[i]:start[i+1]] {
			if waiting[j]--; waiting[j] == 0 {
				h.push(j)
			}
		}
	}
	sc.state, sc.keys, sc.its, sc.order, sc.waiting, sc.start = state, keys, its, order, waiting, start
	sc.edges, sc.waiters, sc.fill, sc.heap = edges, waiters, fill, h
	if tangled != nil {
		return out, &CycleError{Cycles: ItemCycles(ws)}
	}
	return out, nil
}

// Item states in Next's scratch, besides a candidate's position.
const satisfied, unsatisfied = -1, -2

// nextKey is a candidate's sort key.
type nextKey struct {
	neg  float64 // minus the score; +Inf when unscored, so those go last
	rank float64
	pos  int32 // index in its
}

// nextScratch holds Next's working arrays between calls.
type nextScratch struct {
	state, order, waiting, start, waiters, fill []int32
	keys                                        []nextKey
	its                                         []*Item
	edges                                       [][2]int32
	heap                                        []int32
}

var scratchPool = sync.Pool{New: func() any { return new(nextScratch) }}

// grow returns s with length n and every element zero, reusing its array
// when large enough.
func grow(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// minHeap is a binary heap of candidate indexes, smallest on top.
type minHeap []int32

func (h minHeap) init() {
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

func (h *minHeap) push(v int32) {
	*h = append(*h, v)
	s := *h
	for i := len(s) - 1; i > 0; {
		p := (i - 1) / 2
		if s[p] <= s[i] {
			break
		}
		s[p], s[i] = s[i], s[p]
		i = p
	}
}

func (h *minHeap) pop() int32 {
	s := *h
	top := s[0]
	last := len(s) - 1
	s[0] = s[last]
	*h = s[:last]
	h.down(0)
	return top
}

func (h minHeap) down(i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		c := l
		if r := l + 1; r < len(h) && h[r] < h[l] {
			c = r
		}
		if h[i] <= h[c] {
			return
		}
		h[i], h[c] = h[c], h[i]
		i = c
	}
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
