package app

import (
	"cmp"
	"slices"
	"strings"
)

// Evidence is the customer evidence behind an item or an initiative: the
// insights linked to it that are not archived.
type Evidence struct {
	// Insights counts the linked insights.
	Insights int
	// Customers counts the distinct customers among them: an insight's
	// company, else its person, compared without case; anonymous insights
	// count no customer.
	Customers int
	// Demand is the importance-weighted count: each insight adds its
	// Importance.Weight (nice-to-have or unrated 1, important 2,
	// critical 3).
	Demand int
}

// Zero reports whether there is no evidence.
func (e Evidence) Zero() bool { return e.Insights == 0 }

// EvidenceIndex holds the evidence of every item and initiative of a
// workspace, computed at once by ComputeEvidence. It is a snapshot: compute
// it again after an edit.
type EvidenceIndex struct {
	items       []Evidence // by the item's slot in the workspace's table
	ids         []string   // the item IDs by slot, when computed
	itemPos     map[string]int
	initiatives map[string]Evidence
}

// Item returns the evidence of the item with the ID (zero when none).
func (x *EvidenceIndex) Item(id string) Evidence {
	// The workspace's slots move when items are deleted: check the slot
	// still holds the item, else look it up among the IDs of the time.
	if p, ok := x.itemPos[id]; ok && p < len(x.ids) && x.ids[p] == id {
		return x.items[p]
	}
	if p := slices.Index(x.ids, id); p >= 0 {
		return x.items[p]
	}
	return Evidence{}
}

// Initiative returns the evidence of the initiative with the ID: the
// insights linked to it and those linked to its items, each insight once.
func (x *EvidenceIndex) Initiative(id string) Evidence { return x.initiatives[id] }

// ComputeEvidence returns the evidence of every item and initiative of ws.
// Archived insights are left out. An initiative rolls up the evidence of its
// items with its own, counting an insight linked to it and to its items (or
// to several of its items) once. It is one pass over the insights, with the
// customers interned as numbers, so that 50 000 insights cost little beside
// ranking 10 000 items.
func ComputeEvidence(ws *Workspace) *EvidenceIndex {
	itab := ws.ents[KindItem]
	x := &EvidenceIndex{items: make([]Evidence, itab.len()), ids: make([]string, itab.len()), itemPos: itab.pos, initiatives: map[string]Evidence{}}
	for i, e := range itab.list {
		x.ids[i] = e.EntityID()
	}
	insights := ws.ents[KindInsight].list
	if len(insights) == 0 {
		return x
	}
	customers := map[string]int32{}
	// Per item slot, the customers seen last (for the common case of one
	// insight per customer and item, no set is needed): a pair list sorted
	// at the end.
	type pair struct {
		slot int32
		cust int32
	}
	var itemPairs []pair
	type initRef struct {
		init    string
		insight int32
		cust    int32
		weight  int32
	}
	var initRefs []initRef
	for n, e := range insights {
		in := e.(*Insight)
		if in.State == InsightArchived || !in.Linked() {
			continue
		}
		cust := int32(-1)
		if c := in.Customer(); c != "" {
			key := c
			if !isLowerASCII(c) {
				key = strings.ToLower(c)
			}
			id, ok := customers[key]
			if !ok {
				id = int32(len(customers))
				customers[key] = id
			}
			cust = id
		}
		w := in.Importance.Weight()
		for _, itemID := range in.Items {
			slot, ok := itab.pos[itemID]
			if !ok {
				continue
			}
			ev := &x.items[slot]
			ev.Insights++
			ev.Demand += w
			if cust >= 0 {
				itemPairs = append(itemPairs, pair{int32(slot), cust})
			}
			if init := itab.list[slot].(*Item).Initiative; init != "" {
				initRefs = append(initRefs, initRef{init, int32(n), cust, int32(w)})
			}
		}
		for _, init := range in.Initiatives {
			if ws.Has(KindInitiative, init) {
				initRefs = append(initRefs, initRef{init, int32(n), cust, int32(w)})
			}
		}
	}
	slices.SortFunc(itemPairs, func(a, b pair) int {
		if c := cmp.Compare(a.slot, b.slot); c != 0 {
			return c
		}
		return cmp.Compare(a.cust, b.cust)
	})
	for i, p := range itemPairs {
		if i == 0 || itemPairs[i-1] != p {
			x.items[p.slot].Customers++
		}
	}
	// Initiatives: each insight once, each customer once.
	slices.SortFunc(initRefs, func(a, b initRef) int {
		if c := strings.Compare(a.init, b.init); c != 0 {
			return c
		}
		return cmp.Compare(a.insight, b.insight)
	})
	var custs []int32
	for i := 0; i < len(initRefs); {
		j := i
		ev := Evidence{}
		custs = custs[:0]
		for ; j < len(initRefs) && initRefs[j].init == initRefs[i].init; j++ {
			r := initRefs[j]
			if j > i && initRefs[j-1].insight == r.insight {
				continue
			}
			ev.Insights++
			ev.Demand += int(r.weight)
			if r.cust >= 0 {
				custs = append(custs, r.cust)
			}
		}
		slices.Sort(custs)
		ev.Customers = len(slices.Compact(custs))
		x.initiatives[initRefs[i].init] = ev
		i = j
	}
	return x
}

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// InsightsFor returns the insights that are evidence for the entity with
// key k (an item, an initiative or a persona), most important first, then
// latest first: the quotes an editor shows under "Customer evidence (N)".
// For an initiative, the insights linked to its items come too. Archived
// insights are left out.
func InsightsFor(ws *Workspace, k Key) []*Insight {
	var items map[string]bool
	if k.Kind == KindInitiative {
		items = map[string]bool{}
		for _, e := range ws.ents[KindItem].list {
			if it := e.(*Item); it.Initiative == k.ID {
				items[it.ID] = true
			}
		}
	}
	var out []*Insight
	for _, e := range ws.ents[KindInsight].list {
		in := e.(*Insight)
		if in.State == InsightArchived {
			continue
		}
		if insightRefers(in, k) || items != nil && slices.ContainsFunc(in.Items, func(id string) bool { return items[id] }) {
			out = append(out, in)
		}
	}
	SortByWeight(out)
	return out
}

// SortByWeight orders insights most important first, then latest first
// (undated last), then by ID.
func SortByWeight(ins []*Insight) {
	slices.SortFunc(ins, func(a, b *Insight) int {
		if c := cmp.Compare(b.Importance.Weight(), a.Importance.Weight()); c != 0 {
			return c
		}
		if a.Date.IsZero() != b.Date.IsZero() {
			if a.Date.IsZero() {
				return 1
			}
			return -1
		}
		if c := cmp.Compare(b.Date.days, a.Date.days); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// Demanded is an item or an initiative with its evidence.
type Demanded struct {
	Key      Key
	Name     string
	Evidence Evidence
}

// MostDemanded returns the items and the initiatives with evidence, highest
// demand first (then more customers, more insights, then name and ID), at
// most limit of each (0: all).
func MostDemanded(ws *Workspace, limit int) (items, initiatives []Demanded) {
	x := ComputeEvidence(ws)
	for _, e := range ws.ents[KindItem].list {
		it := e.(*Item)
		if ev := x.Item(it.ID); !ev.Zero() {
			items = append(items, Demanded{KeyOf(it), it.Title, ev})
		}
	}
	for _, e := range ws.ents[KindInitiative].list {
		in := e.(*Initiative)
		if ev := x.Initiative(in.ID); !ev.Zero() {
			initiatives = append(initiatives, Demanded{KeyOf(in), in.Name, ev})
		}
	}
	sortDemanded(items)
	sortDemanded(initiatives)
	if limit > 0 {
		items = items[:min(limit, len(items))]
		initiatives = initiatives[:min(limit, len(initiatives))]
	}
	return items, initiatives
}

func sortDemanded(ds []Demanded) {
	slices.SortFunc(ds, func(a, b Demanded) int {
		if c := cmp.Compare(b.Evidence.Demand, a.Evidence.Demand); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Evidence.Customers, a.Evidence.Customers); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Evidence.Insights, a.Evidence.Insights); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return cmp.Compare(a.Key.ID, b.Key.ID)
	})
}

// Tally is a count of insights under one name (a segment, a persona).
type Tally struct {
	Name  string
	Count int
}

// InsightTallies counts the insights that are not archived by segment and
// by persona (by the persona's name), most first, then by name; insights
// without one count under "" (shown as "Not set").
func InsightTallies(ws *Workspace) (bySegment, byPersona []Tally) {
	seg, per := map[string]int{}, map[string]int{}
	for _, e := range ws.ents[KindInsight].list {
		in := e.(*Insight)
		if in.State == InsightArchived {
			continue
		}
		seg[strings.TrimSpace(in.Segment)]++
		name := ""
		if p, ok := ws.Persona(in.Persona); ok {
			name = p.Name
		}
		per[name]++
	}
	return tallies(seg), tallies(per)
}

func tallies(m map[string]int) []Tally {
	out := make([]Tally, 0, len(m))
	for k, v := range m {
		out = append(out, Tally{k, v})
	}
	slices.SortFunc(out, func(a, b Tally) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	return out
}

// PersonaAsks returns the items the insights from persona id ask for, most
// insights first (then name and ID), at most limit (0: all): what a
// persona's card shows as "asks for most".
func PersonaAsks(ws *Workspace, id string, limit int) []Demanded {
	by := map[string]*Demanded{}
	for _, e := range ws.ents[KindInsight].list {
		in := e.(*Insight)
		if in.Persona != id || in.State == InsightArchived {
			continue
		}
		for _, itemID := range in.Items {
			it, ok := ws.Item(itemID)
			if !ok {
				continue
			}
			d := by[itemID]
			if d == nil {
				d = &Demanded{Key: KeyOf(it), Name: it.Title}
				by[itemID] = d
			}
			d.Evidence.Insights++
			d.Evidence.Demand += in.Importance.Weight()
		}
	}
	out := make([]Demanded, 0, len(by))
	for _, d := range by {
		out = append(out, *d)
	}
	sortDemanded(out)
	if limit > 0 {
		out = out[:min(limit, len(out))]
	}
	return out
}
