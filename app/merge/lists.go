package merge

import (
	"bytes"
	"fmt"
	"slices"
)

// appendJSONString appends s quoted as the store writes it.
func appendJSONString(b []byte, s string) []byte {
	var buf bytes.Buffer
	writeString(&buf, s)
	return append(b, buf.Bytes()...)
}

// alignment maps one side of a list onto the base.
type alignment struct {
	at    []int         // base index → the side's index of the same element, or -1 (removed)
	after map[int][]int // base index (-1: the start) → the side's insertions after it, in order
}

// identity returns what identifies a list element: the value itself, or
// for a record its identity field.
func identity(n *node, id string) string {
	if id != "" {
		if v := n.get(id); v != nil && v.kind == 's' {
			return v.str
		}
	}
	return compact(n)
}

// align matches side with base by a longest common subsequence of their
// identities. For records, an unmatched base element and an unmatched
// side element at the same place between two matches are one element
// changed in place (paired in order).
func align(base, side []string, records bool) alignment {
	n, m := len(base), len(side)
	// lcs[i][j] is the LCS length of base[i:] and side[j:].
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if base[i] == side[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	a := alignment{at: make([]int, n), after: map[int][]int{}}
	for i := range a.at {
		a.at[i] = -1
	}
	matched := make([]bool, m)
	var gapBase, gapSide []int
	pair := func() {
		if records {
			for k := 0; k < len(gapBase) && k < len(gapSide); k++ {
				a.at[gapBase[k]] = gapSide[k]
				matched[gapSide[k]] = true
			}
		}
		gapBase, gapSide = gapBase[:0], gapSide[:0]
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case base[i] == side[j]:
			pair()
			a.at[i] = j
			matched[j] = true
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			gapBase = append(gapBase, i)
			i++
		default:
			gapSide = append(gapSide, j)
			j++
		}
	}
	for ; i < n; i++ {
		gapBase = append(gapBase, i)
	}
	for ; j < m; j++ {
		gapSide = append(gapSide, j)
	}
	pair()
	toBase := make(map[int]int, n)
	for bi, sj := range a.at {
		if sj >= 0 {
			toBase[sj] = bi
		}
	}
	pred := -1
	for j := range m {
		if bi, ok := toBase[j]; ok {
			pred = bi
			continue
		}
		a.after[pred] = append(a.after[pred], j)
	}
	return a
}

// ordered merges an ordered list: removals applied, insertions placed
// after their predecessor in the base (both sides' insertions at one place
// ordered by value), records present on both sides merged field by field.
// A record removed on one side and changed on the other is kept.
func (m *merger) ordered(path string, records bool, id string, elem *shape, b, o, t *node) *node {
	ids := func(n *node) []string {
		out := make([]string, len(n.vals))
		for i, v := range n.vals {
			out[i] = identity(v, id)
		}
		return out
	}
	bi := ids(b)
	ao, at := align(bi, ids(o), records), align(bi, ids(t), records)
	out := &node{kind: 'a'}
	add := func(v *node) { out.vals = append(out.vals, v) }
	inserts := func(i int) {
		os, ts := pick(o, ao.after[i]), pick(t, at.after[i])
		switch {
		case len(ts) == 0:
		case len(os) == 0:
			os = ts
		default:
			os = insertions(os, ts)
		}
		for _, v := range os {
			add(v)
		}
	}
	inserts(-1)
	for i, bv := range b.vals {
		oi, ti := ao.at[i], at.at[i]
		switch {
		case oi >= 0 && ti >= 0:
			if v := m.value(fmt.Sprintf("%s[%d]", path, len(out.vals)), "", elem, bv, o.vals[oi], t.vals[ti]); v != nil {
				add(v)
			}
		case oi >= 0 && records && !equal(bv, o.vals[oi]):
			add(o.vals[oi])
		case ti >= 0 && records && !equal(bv, t.vals[ti]):
			add(t.vals[ti])
		}
		inserts(i)
	}
	return out
}

// insertions merges two sides' insertions at one place whatever side each is:
// the one whose values sort first, then what the other holds more times
// (an element both insert is there once, or as often as the side that
// inserts it more).
func insertions(a, b []*node) []*node {
	if compareSeq(b, a) < 0 {
		a, b = b, a
	}
	out := slices.Clone(a)
	for k, v := range b {
		same := func(x *node) bool { return equal(x, v) }
		inB := 1 + countFunc(b[:k], same)
		if countFunc(a, same) < inB {
			out = append(out, v)
		}
	}
	return out
}

// countFunc counts the elements of s for which f is true.
func countFunc(s []*node, f func(*node) bool) int {
	n := 0
	for _, x := range s {
		if f(x) {
			n++
		}
	}
	return n
}

// compareSeq orders lists of values element by element, a shorter list
// before one it begins.
func compareSeq(a, b []*node) int {
	for i := range min(len(a), len(b)) {
		if c := compareNodes(a[i], b[i]); c != 0 {
			return c
		}
	}
	return len(a) - len(b)
}

// pick returns the elements of list n at the indexes.
func pick(n *node, idx []int) []*node {
	out := make([]*node, len(idx))
	for k, i := range idx {
		out[k] = n.vals[i]
	}
	return out
}
