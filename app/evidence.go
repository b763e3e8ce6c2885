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
	items, inits   slotted
	itemEv, initEv []Evidence
}

// slotted finds an entity's slot in a kind's table as it was when the
// index was computed.
type slotted struct {
	ids []string       // the IDs by slot, at the time
	pos map[string]int // the table's live positions
}

// snapshotSlots notes the IDs of t's slots.
func snapshotSlots(t *table) slotted {
	s := slotted{ids: make([]string, len(t.list)), pos: t.pos}
	for i, e := range t.list {
		s.ids[i] = e.EntityID()
	}
	return s
}

// slot returns the slot id had, or -1. The workspace's slots move when
// entities are deleted: the live position is checked against the IDs of
// the time, and the IDs searched when it moved.
func (s slotted) slot(id string) int {
	if p, ok := s.pos[id]; ok && p < len(s.ids) && s.ids[p] == id {
		return p
	}
	return slices.Index(s.ids, id)
}

// Item returns the evidence of the item with the ID (zero when none).
func (x *EvidenceIndex) Item(id string) Evidence {
	if p := x.items.slot(id); p >= 0 {
		return x.itemEv[p]
	}
	return Evidence{}
}

// Initiative returns the evidence of the initiative with the ID: the
// insights linked to it and those linked to its items, each insight once.
func (x *EvidenceIndex) Initiative(id string) Evidence {
	if p := x.inits.slot(id); p >= 0 {
		return x.initEv[p]
	}
	return Evidence{}
}

// ComputeEvidence returns the evidence of every item and initiative of ws.
// Archived insights are left out. An initiative rolls up the evidence of its
// items with its own, counting an insight linked to it and to its items (or
// to several of its items) once.
//
// It is linear in the links: the insights are grouped by customer (interned
// as numbers), and a stamp per item and per initiative tells whether the
// customer was counted there already, so 50 000 insights cost little beside
// ranking 10 000 items.
func ComputeEvidence(ws *Workspace) *EvidenceIndex {
	itab, ntab := ws.ents[KindItem], ws.ents[KindInitiative]
	x := &EvidenceIndex{items: snapshotSlots(itab), inits: snapshotSlots(ntab),
		itemEv: make([]Evidence, itab.len()), initEv: make([]Evidence, ntab.len())}
	insights := ws.ents[KindInsight].list
	if len(insights) == 0 {
		return x
	}
	// The initiative of each item, by slot (-1: none).
	itemInit := make([]int32, itab.len())
	for i, e := range itab.list {
		itemInit[i] = -1
		if id := e.(*Item).Initiative; id != "" {
			if p, ok := ntab.pos[id]; ok {
				itemInit[i] = int32(p)
			}
		}
	}
	// The customer of each insight that counts (0: anonymous, -1: none, as
	// archived or unlinked), and how many insights each customer has.
	customers := map[string]int32{}
	cust := make([]int32, len(insights))
	count := []int32{0}
	for n, e := range insights {
		in := e.(*Insight)
		if in.State == InsightArchived || !in.Linked() {
			cust[n] = -1
			continue
		}
		if c := in.Customer(); c != "" {
			if !isLowerASCII(c) {
				c = strings.ToLower(c)
			}
			id, ok := customers[c]
			if !ok {
				id = int32(len(count))
				customers[c] = id
				count = append(count, 0)
			}
			cust[n] = id
		}
		count[cust[n]]++
	}
	// The insights in customer order (a counting sort).
	start := make([]int32, len(count)+1)
	for c, k := range count {
		start[c+1] = start[c] + k
	}
	order := make([]int32, start[len(count)])
	next := slices.Clone(start[:len(count)])
	for n, c := range cust {
		if c >= 0 {
			order[next[c]] = int32(n)
			next[c]++
		}
	}
	// Stamps: the customer last counted per item and per initiative, and
	// the insight last counted per initiative (an insight reaches an
	// initiative through several of its items).
	itemCust := make([]int32, itab.len())
	initCust := make([]int32, ntab.len())
	initSeen := make([]int32, ntab.len())
	for i := range initSeen {
		initSeen[i] = -1
	}
	for _, n := range order {
		in := insights[n].(*Insight)
		c := cust[n] // 0 is anonymous: stamps start at 0, so it never counts
		w := in.Importance.Weight()
		touch := func(p int32) {
			if initSeen[p] == n {
				return
			}
			initSeen[p] = n
			ev := &x.initEv[p]
			ev.Insights++
			ev.Demand += w
			if c > 0 && initCust[p] != c {
				initCust[p] = c
				ev.Customers++
			}
		}
		for _, id := range in.Items {
			slot, ok := itab.pos[id]
			if !ok {
				continue
			}
			ev := &x.itemEv[slot]
			ev.Insights++
			ev.Demand += w
			if c > 0 && itemCust[slot] != c {
				itemCust[slot] = c
				ev.Customers++
			}
			if p := itemInit[slot]; p >= 0 {
				touch(p)
			}
		}
		for _, id := range in.Initiatives {
			if p, ok := ntab.pos[id]; ok {
				touch(int32(p))
			}
		}
	}
	return x
}

// isLowerASCII reports whether s needs no case folding.
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
		return latestFirst(a, b)
	})
}

// latestFirst orders two insights latest first, undated last, then by ID.
func latestFirst(a, b *Insight) int {
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

// sortDemanded orders by demand, customers, insights, then name and ID.
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

// evidenceCache keeps the evidence index between edits that cannot change
// it: it depends only on the insights, on which initiatives exist, and on
// which items exist with which initiative.
type evidenceCache struct {
	x                   *EvidenceIndex
	insightGen, initGen uint64
	itemGen             uint64
	itemInit            []string // each item's initiative, by slot, at the time
}

// Evidence returns the evidence index of the workspace, computed again only
// when something it depends on changed since the last call: an insight, the
// set of initiatives, or the items and their initiatives. Editing an item's
// title, score, status or rank keeps it (a check of the items' initiatives,
// far cheaper than going through every insight). Like every Workspace
// method it is for the goroutine that edits; exporters running beside the
// window call ComputeEvidence.
func (ws *Workspace) Evidence() *EvidenceIndex {
	itab := ws.ents[KindItem]
	c := ws.evidence
	if c != nil && c.insightGen == ws.ents[KindInsight].gen && c.initGen == ws.ents[KindInitiative].gen {
		if c.itemGen == itab.gen {
			return c.x
		}
		if sameItemInitiatives(c, itab) {
			c.itemGen = itab.gen
			return c.x
		}
	}
	c = &evidenceCache{x: ComputeEvidence(ws), insightGen: ws.ents[KindInsight].gen,
		initGen: ws.ents[KindInitiative].gen, itemGen: itab.gen, itemInit: make([]string, itab.len())}
	for i, e := range itab.list {
		c.itemInit[i] = e.(*Item).Initiative
	}
	ws.evidence = c
	return c.x
}

// sameItemInitiatives reports whether the items are those of the cache, in
// the same slots and with the same initiatives.
func sameItemInitiatives(c *evidenceCache, itab *table) bool {
	ids := c.x.items.ids
	if len(ids) != len(itab.list) {
		return false
	}
	for i, e := range itab.list {
		it := e.(*Item)
		if it.ID != ids[i] || it.Initiative != c.itemInit[i] {
			return false
		}
	}
	return true
}
