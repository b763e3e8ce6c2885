package app

import (
	"slices"
	"strings"
)

// Filter selects backlog items for the board, the prioritized list and the
// matrix. An empty field matches everything; several values in one field
// match any of them; the fields combine with AND.
type Filter struct {
	Types       []ItemType `json:"types"`
	Tags        []string   `json:"tags"`
	Assignees   []string   `json:"assignees"`
	Initiatives []string   `json:"initiatives"` // "" matches items without one
	Releases    []string   `json:"releases"`    // "" matches items without one
	MoSCoW      []MoSCoW   `json:"moscow"`
	// BlockedOnly keeps only items waiting on unfinished work.
	BlockedOnly bool `json:"blockedOnly"`
	// Text must appear (ignoring case) in the ID, title, description,
	// notes or a criterion; several words must all appear.
	Text string `json:"text"`
	// Fields keeps the items whose custom field (by key) has one of the
	// values listed, as FieldFilterValue writes them; "" matches items
	// without a value.
	Fields map[string][]string `json:"fields,omitzero"`
}

// Empty reports whether the filter lets every item through.
func (f *Filter) Empty() bool {
	return len(f.Types)+len(f.Tags)+len(f.Assignees)+len(f.Initiatives)+len(f.Releases)+len(f.MoSCoW) == 0 &&
		!f.BlockedOnly && strings.TrimSpace(f.Text) == "" && !f.hasFieldFilter()
}

// Matcher tests items against a filter; make one per pass over the items.
type Matcher struct {
	f     Filter
	words []string
	ws    *Workspace
}

// Matcher returns a matcher for the filter on ws.
func (f Filter) Matcher(ws *Workspace) *Matcher {
	return &Matcher{f: f, words: strings.Fields(strings.ToLower(f.Text)), ws: ws}
}

// Match reports whether the item passes the filter.
func (m *Matcher) Match(it *Item) bool {
	f := &m.f
	if len(f.Types) > 0 && !slices.Contains(f.Types, it.Type) ||
		len(f.Assignees) > 0 && !slices.Contains(f.Assignees, it.Assignee) ||
		len(f.Initiatives) > 0 && !slices.Contains(f.Initiatives, it.Initiative) ||
		len(f.Releases) > 0 && !slices.Contains(f.Releases, it.Release) ||
		len(f.MoSCoW) > 0 && !slices.Contains(f.MoSCoW, it.MoSCoW) {
		return false
	}
	if len(f.Tags) > 0 && !slices.ContainsFunc(it.Tags, func(t string) bool { return slices.Contains(f.Tags, t) }) {
		return false
	}
	if !matchFields(f.Fields, it) {
		return false
	}
	if f.BlockedOnly && len(BlockedBy(m.ws, it)) == 0 {
		return false
	}
	for _, w := range m.words {
		if !itemHasWord(it, w) {
			return false
		}
	}
	return true
}

func itemHasWord(it *Item, w string) bool {
	has := func(s string) bool { return strings.Contains(strings.ToLower(s), w) }
	if has(it.ID) || has(it.Title) || has(it.Description) || has(it.Notes) {
		return true
	}
	return slices.ContainsFunc(it.Criteria, func(c Criterion) bool { return has(c.Text) })
}

// BlockedBy returns the dependencies of it that are not Done or Accepted.
func BlockedBy(ws *Workspace, it *Item) []string {
	var out []string
	for _, d := range it.DependsOn {
		if dep, ok := ws.Item(d); !ok || !dep.Status.Satisfied() {
			out = append(out, d)
		}
	}
	return out
}

// Column returns the items of one board column in rank order, filtered.
func Column(ws *Workspace, s Status, m *Matcher) []*Item {
	var out []*Item
	for _, e := range ws.ents[KindItem].list {
		it := e.(*Item)
		if it.Status == s && (m == nil || m.Match(it)) {
			out = append(out, it)
		}
	}
	slices.SortFunc(out, func(a, b *Item) int {
		if a.Rank != b.Rank {
			if a.Rank < b.Rank {
				return -1
			}
			return 1
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

// StatusCounts returns how many items each status holds, unfiltered: what
// WIP limits are checked against.
func StatusCounts(ws *Workspace) map[Status]int {
	out := make(map[Status]int, len(Statuses))
	for _, e := range ws.ents[KindItem].list {
		out[e.(*Item).Status]++
	}
	return out
}

// OverWIP reports whether status s holds more items than its WIP limit.
func OverWIP(ws *Workspace, s Status, counts map[Status]int) bool {
	limit := ws.product.WIPLimits[s]
	return limit > 0 && counts[s] > limit
}
