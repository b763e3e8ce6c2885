package forecast

import (
	"cmp"
	"slices"
	"time"

	"canopy/app"
)

// scanned is what one pass over the items says: the past weeks'
// throughput, and the remaining work of each release and initiative.
type scanned struct {
	weeks []Week // the whole weeks before today's, oldest first
	// recorded is the number of whole weeks since the week of the first
	// recorded status change; -1 when no change is recorded at all.
	recorded int
	queue    *queue
	// rel and init hold, for each release and initiative, the queue
	// indexes of its remaining items in rank order.
	rel, init [][]int32
}

// week is a week in seconds.
const week = 7 * 24 * 3600

// scan reads every item once: it counts, for the o.Weeks whole weeks
// before the week of today, the items that reached Done or Accepted in
// each; it counts the items and the remaining items of each release and
// initiative; and it collects the remaining items by rank.
func scan(ws *app.Workspace, o Options, releases, inits []Forecast) scanned {
	current := WeekStart(o.Today)
	first := current.AddDays(-7 * o.Weeks)
	firstU, currentU := first.Time().Unix(), current.Time().Unix()
	counts := make([]int, o.Weeks)

	relOf := releaseIndex(releases)
	initOf := make(map[string]int32, len(inits))
	for i, f := range inits {
		initOf[f.ID] = int32(i)
	}

	type open struct {
		rank     float64
		it       *app.Item
		rel, ini int32
	}
	var rest []open
	var earliest time.Time
	for it := range ws.AllItems() {
		if len(it.History) > 0 {
			if at := it.History[0].At; earliest.IsZero() || at.Before(earliest) {
				earliest = at
			}
		}
		ri, ii := relOf(it.Release), int32(-1)
		if it.Initiative != "" && len(initOf) > 0 {
			if i, ok := initOf[it.Initiative]; ok {
				ii = i
			}
		}
		if ri >= 0 {
			releases[ri].Items++
		}
		if ii >= 0 {
			inits[ii].Items++
		}
		if finished(it.Status) {
			if at, ok := DoneAt(it); ok {
				if u := at.Unix(); u >= firstU && u < currentU {
					counts[(u-firstU)/week]++
				}
			}
			continue
		}
		if ri >= 0 {
			releases[ri].Remaining++
		}
		if ii >= 0 {
			inits[ii].Remaining++
		}
		rest = append(rest, open{it.Rank, it, ri, ii})
	}

	sc := scanned{weeks: make([]Week, o.Weeks), recorded: -1}
	for i, c := range counts {
		sc.weeks[i] = Week{Start: first.AddDays(7 * i), Done: c}
	}
	if !earliest.IsZero() {
		sc.recorded = max(0, WeekStart(app.DateOf(earliest.UTC())).DaysUntil(current)/7)
	}

	slices.SortFunc(rest, func(a, b open) int {
		if c := cmp.Compare(a.rank, b.rank); c != 0 {
			return c
		}
		return cmp.Compare(a.it.ID, b.it.ID)
	})
	q := &queue{items: make([]*app.Item, len(rest)), index: make(map[string]int32, len(rest)), position: make([]int32, len(rest))}
	sc.rel, sc.init = make([][]int32, len(releases)), make([][]int32, len(inits))
	for i, r := range rest {
		q.items[i] = r.it
		q.index[r.it.ID] = int32(i)
		if r.rel >= 0 {
			sc.rel[r.rel] = append(sc.rel[r.rel], int32(i))
		}
		if r.ini >= 0 {
			sc.init[r.ini] = append(sc.init[r.ini], int32(i))
		}
	}
	sc.queue = q
	return sc
}

// releaseIndex returns a lookup from a release ID to its index in fs, -1
// for none. Products have a handful of releases: a scan of their IDs beats
// hashing every item's.
func releaseIndex(fs []Forecast) func(string) int32 {
	if len(fs) > 16 {
		m := make(map[string]int32, len(fs))
		for i, f := range fs {
			m[f.ID] = int32(i)
		}
		return func(id string) int32 {
			if i, ok := m[id]; ok {
				return i
			}
			return -1
		}
	}
	ids := make([]string, len(fs))
	for i, f := range fs {
		ids[i] = f.ID
	}
	return func(id string) int32 {
		if id == "" {
			return -1
		}
		for i, r := range ids {
			if r == id {
				return int32(i)
			}
		}
		return -1
	}
}
