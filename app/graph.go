package app

import (
	"fmt"
	"slices"
	"strings"
)

// depsFunc returns the IDs a node depends on.
type depsFunc func(id string) []string

func itemDeps(ws *Workspace) depsFunc {
	return func(id string) []string {
		if it, ok := ws.Item(id); ok {
			return it.DependsOn
		}
		return nil
	}
}

func initiativeDeps(ws *Workspace) depsFunc {
	return func(id string) []string {
		if in, ok := ws.Initiative(id); ok {
			return in.DependsOn
		}
		return nil
	}
}

// cycleFrom returns a dependency path from start back to start, such as
// [a b c a], or nil when start is on no cycle.
func cycleFrom(start string, deps depsFunc) []string {
	parent := map[string]string{}
	seen := map[string]bool{start: true}
	stack := []string{start}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, d := range deps(n) {
			if d == start {
				path := []string{start}
				for c := n; c != start; c = parent[c] {
					path = append(path, c)
				}
				path = append(path, start)
				// path runs start ← … ← n ← start; reverse the inner part.
				slices.Reverse(path[1 : len(path)-1])
				return path
			}
			if !seen[d] {
				seen[d] = true
				parent[d] = n
				stack = append(stack, d)
			}
		}
	}
	return nil
}

func itemCycleFrom(ws *Workspace, id string) []string { return cycleFrom(id, itemDeps(ws)) }

func initiativeCycleFrom(ws *Workspace, id string) []string {
	return cycleFrom(id, initiativeDeps(ws))
}

// cycles returns one cycle per strongly connected component of the graph
// that holds a cycle, each starting and ending at its smallest ID, sorted.
func cycles(ids []string, deps depsFunc) [][]string {
	var out [][]string
	for _, comp := range tangles(ids, deps) {
		out = append(out, cycleIn(comp, deps))
	}
	slices.SortFunc(out, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	return out
}

// tangles returns the strongly connected components of the graph that hold
// a cycle: every node on one, not only a path through it.
func tangles(ids []string, deps depsFunc) [][]string {
	// Tarjan's algorithm, iterative so that long chains cannot overflow.
	index := map[string]int{}
	low := map[string]int{}
	onStack := map[string]bool{}
	var stack []string
	var out [][]string
	next := 0
	type frame struct {
		id string
		i  int
	}
	for _, root := range ids {
		if _, done := index[root]; done {
			continue
		}
		call := []frame{{id: root}}
		index[root], low[root] = next, next
		next++
		stack = append(stack, root)
		onStack[root] = true
		for len(call) > 0 {
			f := &call[len(call)-1]
			ds := deps(f.id)
			if f.i < len(ds) {
				d := ds[f.i]
				f.i++
				if _, known := index[d]; !known {
					index[d], low[d] = next, next
					next++
					stack = append(stack, d)
					onStack[d] = true
					call = append(call, frame{id: d})
				} else if onStack[d] {
					low[f.id] = min(low[f.id], index[d])
				}
				continue
			}
			id := f.id
			call = call[:len(call)-1]
			if len(call) > 0 {
				p := call[len(call)-1].id
				low[p] = min(low[p], low[id])
			}
			if low[id] == index[id] {
				var comp []string
				for {
					n := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[n] = false
					comp = append(comp, n)
					if n == id {
						break
					}
				}
				if len(comp) > 1 || slices.Contains(deps(id), id) {
					out = append(out, comp)
				}
			}
		}
	}
	return out
}

// cycleIn returns a cycle through the smallest ID of a strongly connected
// component.
func cycleIn(comp []string, deps depsFunc) []string {
	slices.Sort(comp)
	in := map[string]bool{}
	for _, id := range comp {
		in[id] = true
	}
	return cycleFrom(comp[0], func(id string) []string {
		var ds []string
		for _, d := range deps(id) {
			if in[d] {
				ds = append(ds, d)
			}
		}
		return ds
	})
}

// ItemCycles returns the dependency cycles among backlog items, one per
// tangle, each as a path such as [a b a]. Edits refuse cycles; a cycle can
// still arrive through a merge or a hand edit.
func ItemCycles(ws *Workspace) [][]string {
	ids := make([]string, 0, ws.ents[KindItem].len())
	for _, e := range ws.ents[KindItem].list {
		ids = append(ids, e.EntityID())
	}
	slices.Sort(ids)
	return cycles(ids, itemDeps(ws))
}

// InitiativeCycles returns the dependency cycles among initiatives.
func InitiativeCycles(ws *Workspace) [][]string {
	ids := make([]string, 0, ws.ents[KindInitiative].len())
	for _, e := range ws.ents[KindInitiative].list {
		ids = append(ids, e.EntityID())
	}
	slices.Sort(ids)
	return cycles(ids, initiativeDeps(ws))
}

// cycleShown is how many members of a cycle its description names.
const cycleShown = 5

// CycleText describes a dependency cycle given as a path such as [a b a]:
// the whole path when short, else its first few members and its length
// ("a → b → c → d → e → … (a cycle of 20 000)"), so that a huge cycle
// is one readable line.
func CycleText(path []string) string {
	n := len(path) - 1 // the last repeats the first
	if n <= cycleShown+1 {
		return strings.Join(path, " → ")
	}
	return strings.Join(path[:cycleShown], " → ") + fmt.Sprintf(" → … (a cycle of %d)", n)
}

// CyclesText describes several cycles, the first few by CycleText.
func CyclesText(cycles [][]string) string {
	var parts []string
	for i, c := range cycles {
		if i == cycleShown {
			parts = append(parts, fmt.Sprintf("and %d more", len(cycles)-cycleShown))
			break
		}
		parts = append(parts, CycleText(c))
	}
	return strings.Join(parts, "; ")
}

// itemTangled returns the IDs of the items on a dependency cycle.
func itemTangled(ws *Workspace) map[string]bool {
	ids := make([]string, 0, ws.ents[KindItem].len())
	for _, e := range ws.ents[KindItem].list {
		ids = append(ids, e.EntityID())
	}
	slices.Sort(ids)
	out := map[string]bool{}
	for _, comp := range tangles(ids, itemDeps(ws)) {
		for _, id := range comp {
			out[id] = true
		}
	}
	return out
}
