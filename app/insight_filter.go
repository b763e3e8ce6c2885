package app

import (
	"cmp"
	"slices"
	"strings"
)

// Linkage selects insights by whether they are linked to an item or an
// initiative.
type Linkage string

// The linkages; LinkedAny is the zero value.
const (
	LinkedAny  Linkage = ""
	LinkedOnly Linkage = "linked"
	Unlinked   Linkage = "unlinked"
)

// InsightFilter selects insights for the Insights section's inbox. An empty
// field matches everything; several values in one field match any of them;
// the fields combine with AND.
type InsightFilter struct {
	Segments    []string       `json:"segments"` // "" matches insights without one
	Sources     []string       `json:"sources"`  // "" matches insights without one
	Personas    []string       `json:"personas"` // IDs; "" matches insights without one
	Importances []Importance   `json:"importances"`
	States      []InsightState `json:"states"`
	Linked      Linkage        `json:"linked"`
	// Text must appear (ignoring case) in the ID, the text, the person,
	// the company or a tag; several words must all appear.
	Text string `json:"text"`
}

// Match reports whether the insight passes the filter.
func (f *InsightFilter) Match(in *Insight) bool {
	if len(f.Segments) > 0 && !slices.Contains(f.Segments, in.Segment) ||
		len(f.Sources) > 0 && !slices.Contains(f.Sources, in.Source) ||
		len(f.Personas) > 0 && !slices.Contains(f.Personas, in.Persona) ||
		len(f.Importances) > 0 && !slices.Contains(f.Importances, in.Importance) ||
		len(f.States) > 0 && !slices.Contains(f.States, in.State) ||
		f.Linked == LinkedOnly && !in.Linked() || f.Linked == Unlinked && in.Linked() {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(f.Text)) {
		has := func(s string) bool { return strings.Contains(strings.ToLower(s), w) }
		if !has(in.ID) && !has(in.Text) && !has(in.Person) && !has(in.Company) && !slices.ContainsFunc(in.Tags, has) {
			return false
		}
	}
	return true
}

// Inbox returns the insights that pass f in the order of the Insights
// section: new (untriaged) first, then triaged, then archived; within a
// state the latest first (undated last), then by ID.
func Inbox(ws *Workspace, f InsightFilter) []*Insight {
	var out []*Insight
	for _, e := range ws.ents[KindInsight].list {
		if in := e.(*Insight); f.Match(in) {
			out = append(out, in)
		}
	}
	slices.SortFunc(out, func(a, b *Insight) int {
		if c := cmp.Compare(slices.Index(InsightStates, a.State), slices.Index(InsightStates, b.State)); c != 0 {
			return c
		}
		return latestFirst(a, b)
	})
	return out
}

// InsightFacets lists the values the inbox's filters offer: the segments
// and tags in use, and the sources in use after the suggested ones, each
// sorted (the suggestions in their order) and without duplicates.
func InsightFacets(ws *Workspace) (segments, sources, tags []string) {
	seg, src, tag := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, e := range ws.ents[KindInsight].list {
		in := e.(*Insight)
		if in.Segment != "" {
			seg[in.Segment] = true
		}
		if in.Source != "" && !slices.Contains(InsightSources, in.Source) {
			src[in.Source] = true
		}
		for _, t := range in.Tags {
			tag[t] = true
		}
	}
	keys := func(m map[string]bool) []string {
		out := make([]string, 0, len(m))
		for k := range m {
			out = append(out, k)
		}
		slices.Sort(out)
		return out
	}
	return keys(seg), append(slices.Clone(InsightSources), keys(src)...), keys(tag)
}

// LinkInsights links every insight with the IDs to the items and
// initiatives given, as one command (bulk triage: "these twelve tickets
// are about offline sync"). An insight already linked keeps its links.
func LinkInsights(ids, items, initiatives []string) Command {
	return Func{Desc: "Link insights", Fn: func(tx *Tx) error {
		for _, id := range ids {
			if err := LinkInsight(id, items, initiatives).Apply(tx); err != nil {
				return err
			}
		}
		return nil
	}}
}
