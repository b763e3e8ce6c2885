package merge

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

// listKind says how a list field merges.
type listKind int

const (
	plainList   listKind = iota // unknown: merged as a whole value
	setList                     // stored sorted: a set of values
	orderedList                 // ordered values; identity is the value
	recordList                  // records without IDs; identity is one text field
	historyList                 // append-only, in time order
)

// lists names the kind of each list field of every entity (the names do
// not clash across kinds), and for a list of records its identity field.
var lists = map[string]struct {
	kind listKind
	id   string
}{
	"tags":            {kind: setList},
	"goals":           {kind: setList},
	"dependsOn":       {kind: setList},
	"initiatives":     {kind: setList},
	"items":           {kind: setList}, // an insight's items
	"differentiators": {kind: orderedList},
	"nonGoals":        {kind: orderedList},
	"trends":          {kind: orderedList},
	"needs":           {kind: orderedList},
	"pains":           {kind: orderedList},
	"strengths":       {kind: orderedList},
	"weaknesses":      {kind: orderedList},
	"audiences":       {kind: orderedList},
	"channels":        {kind: orderedList},
	"links":           {kind: orderedList},
	"criteria":        {kind: recordList, id: "text"},
	"keyResults":      {kind: recordList, id: "name"},
	"tasks":           {kind: recordList, id: "title"},
	"history":         {kind: historyList},
	// Schema 2: the product's custom field declarations (by key), their
	// options and targets, and the fields cards show.
	"fields":     {kind: recordList, id: "key"},
	"options":    {kind: orderedList},
	"on":         {kind: orderedList},
	"cardFields": {kind: orderedList},
}

// positional fields order entities (an item's rank, a lane's order): moved
// on both sides, the smaller value wins, the same whichever side is ours.
var positional = map[string]bool{"rank": true, "order": true}

// merger merges three trees and collects the conflicts.
type merger struct {
	noBase    bool
	take      func(Conflict) Side
	conflicts []Conflict
}

// value merges one field (key, at path) whose shape is s.
func (m *merger) value(path, key string, s *shape, b, o, t *node) *node {
	if equal(o, t) {
		return o
	}
	if !m.noBase {
		if equal(b, o) {
			return t
		}
		if equal(b, t) {
			return o
		}
	}
	if o != nil && t != nil {
		switch {
		case o.kind == 'o' && t.kind == 'o':
			if b != nil && b.kind != 'o' {
				b = nil
			}
			return m.object(path, s, b, o, t)
		case o.kind == 'a' && t.kind == 'a':
			if b != nil && b.kind != 'a' {
				b = nil
			}
			if b == nil {
				b = &node{kind: 'a'}
			}
			if n := m.list(path, key, s, b, o, t); n != nil {
				return n
			}
		case o.kind == 'n' && t.kind == 'n' && positional[key]:
			return smaller(o, t)
		}
	}
	return m.conflict(path, b, o, t)
}

// conflict records a field given two values, unless Take settles it.
func (m *merger) conflict(path string, b, o, t *node) *node {
	c := Conflict{Path: path, Base: compact(b), Ours: compact(o), Theirs: compact(t)}
	if m.noBase {
		b, c.Base = nil, ""
	}
	if m.take != nil {
		switch m.take(c) {
		case Ours:
			return o
		case Theirs:
			return t
		}
	}
	m.conflicts = append(m.conflicts, c)
	return &node{kind: 'c', str: path, vals: []*node{b, o, t}}
}

// conflict returns the three values of a conflict node.
func (n *node) conflict() ([3]*node, bool) {
	if n == nil || n.kind != 'c' {
		return [3]*node{}, false
	}
	return [3]*node{n.vals[0], n.vals[1], n.vals[2]}, true
}

// object merges two objects key by key, in the order the store writes
// them (a map's keys sorted); a key absent from the result is removed.
func (m *merger) object(path string, s *shape, b, o, t *node) *node {
	var keys []string
	seen := map[string]bool{}
	for _, n := range []*node{o, t, b} {
		if n == nil {
			continue
		}
		for _, k := range n.keys {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	if s != nil && s.isMap {
		slices.Sort(keys)
	} else if s != nil && s.order != nil {
		slices.SortStableFunc(keys, func(x, y string) int { return cmp.Compare(s.order[x], s.order[y]) })
	}
	out := &node{kind: 'o'}
	for _, k := range keys {
		var sub *shape
		if s != nil {
			if s.isMap {
				sub = s.elem
			} else {
				sub = s.fields[k]
			}
		}
		v := m.value(join(path, k), k, sub, b.get(k), o.get(k), t.get(k))
		if v != nil {
			out.keys = append(out.keys, k)
			out.vals = append(out.vals, v)
		}
	}
	return out
}

// list merges a list field by its kind; nil means "merge it as a value".
func (m *merger) list(path, key string, s *shape, b, o, t *node) *node {
	l := lists[key]
	var elem *shape
	if s != nil {
		elem = s.elem
	}
	switch {
	case l.kind == historyList:
		return union(o, t)
	case m.noBase || l.kind == plainList:
		return nil
	case l.kind == setList:
		return mergeSet(b, o, t)
	}
	return m.ordered(path, l.kind == recordList, l.id, elem, b, o, t)
}

// mergeSet returns the values of either side less those either removed,
// sorted as the store keeps sets.
func mergeSet(b, o, t *node) *node {
	in := func(n *node, v *node) bool {
		return slices.ContainsFunc(n.vals, func(x *node) bool { return equal(x, v) })
	}
	out := &node{kind: 'a'}
	for _, side := range []*node{o, t} {
		for _, v := range side.vals {
			removed := in(b, v) && (!in(o, v) || !in(t, v))
			if !removed && !in(out, v) {
				out.vals = append(out.vals, v)
			}
		}
	}
	slices.SortFunc(out.vals, compareNodes)
	return out
}

// union returns the entries of both histories, in time order
// (ties by their text): history is append-only.
func union(o, t *node) *node {
	count := func(vals []*node, v *node) int {
		n := 0
		for _, x := range vals {
			if equal(x, v) {
				n++
			}
		}
		return n
	}
	// An entry made twice on one side is kept twice: each entry as many
	// times as the side holding it most.
	out := &node{kind: 'a', vals: slices.Clone(o.vals)}
	for i, v := range t.vals {
		if count(t.vals[:i+1], v) > count(out.vals, v) {
			out.vals = append(out.vals, v)
		}
	}
	slices.SortStableFunc(out.vals, func(x, y *node) int {
		if c := cmp.Compare(timeOf(x), timeOf(y)); c != 0 {
			return c
		}
		return compareNodes(x, y)
	})
	return out
}

// timeOf returns the "at" of a decision.
func timeOf(n *node) string {
	if at := n.get("at"); at != nil {
		return at.str
	}
	return ""
}

// compareNodes orders values by their compact text (strings by value).
func compareNodes(x, y *node) int {
	if x.kind == 's' && y.kind == 's' {
		return cmp.Compare(x.str, y.str)
	}
	return cmp.Compare(compact(x), compact(y))
}

// smaller returns the smaller of two numbers (by text when equal).
func smaller(o, t *node) *node {
	x, errX := strconv.ParseFloat(o.str, 64)
	y, errY := strconv.ParseFloat(t.str, 64)
	if errX != nil || errY != nil || x == y {
		if o.str < t.str {
			return o
		}
		return t
	}
	if x < y {
		return o
	}
	return t
}

// compact returns the JSON text of n on one line; "" for nil.
func compact(n *node) string {
	if n == nil {
		return ""
	}
	var b []byte
	b = appendCompact(b, n)
	return string(b)
}

func appendCompact(b []byte, n *node) []byte {
	switch n.kind {
	case 'o':
		b = append(b, '{')
		for i, k := range n.keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, k)
			b = append(b, ':')
			b = appendCompact(b, n.vals[i])
		}
		return append(b, '}')
	case 'a':
		b = append(b, '[')
		for i, v := range n.vals {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendCompact(b, v)
		}
		return append(b, ']')
	case 's':
		return appendJSONString(b, n.str)
	case 'c':
		return append(b, fmt.Sprintf("<conflict %s>", n.str)...)
	}
	return append(b, n.str...)
}
