package app

import (
	"slices"
	"testing"
)

func TestInboxAndFilter(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws, item("item-a", "A"), &Persona{ID: "persona-a", Name: "Pat"})
	put(t, ws,
		&Insight{ID: "insight-1", Text: "Sync lost my notes", Company: "Acme", Segment: "SMB", Source: "support ticket", State: InsightTriaged,
			Date: MustDate("2026-03-01"), Items: []string{"item-a"}, Importance: ImportanceCritical, Tags: []string{"offline"}},
		&Insight{ID: "insight-2", Text: "Dark mode", Person: "Bo", Segment: "Enterprise", Source: "forum", State: InsightNew, Date: MustDate("2026-01-01")},
		&Insight{ID: "insight-3", Text: "Export to Xero", Company: "Zeta", Persona: "persona-a", State: InsightNew, Date: MustDate("2026-02-01")},
		&Insight{ID: "insight-4", Text: "Spam", State: InsightArchived},
		&Insight{ID: "insight-5", Text: "No date", State: InsightNew},
	)
	tests := []struct {
		name string
		f    InsightFilter
		want []string
	}{
		{"all: new first, latest first, undated last", InsightFilter{}, []string{"insight-3", "insight-2", "insight-5", "insight-1", "insight-4"}},
		{"segment", InsightFilter{Segments: []string{"SMB", "Enterprise"}}, []string{"insight-2", "insight-1"}},
		{"no segment", InsightFilter{Segments: []string{""}}, []string{"insight-3", "insight-5", "insight-4"}},
		{"source", InsightFilter{Sources: []string{"forum"}}, []string{"insight-2"}},
		{"persona", InsightFilter{Personas: []string{"persona-a"}}, []string{"insight-3"}},
		{"importance", InsightFilter{Importances: []Importance{ImportanceCritical}}, []string{"insight-1"}},
		{"state", InsightFilter{States: []InsightState{InsightTriaged, InsightArchived}}, []string{"insight-1", "insight-4"}},
		{"linked", InsightFilter{Linked: LinkedOnly}, []string{"insight-1"}},
		{"unlinked and new", InsightFilter{Linked: Unlinked, States: []InsightState{InsightNew}}, []string{"insight-3", "insight-2", "insight-5"}},
		{"text in company and tag", InsightFilter{Text: "ACME offline"}, []string{"insight-1"}},
		{"text nowhere", InsightFilter{Text: "kangaroo"}, nil},
	}
	for _, tc := range tests {
		var got []string
		for _, in := range Inbox(ws, tc.f) {
			got = append(got, in.ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
	seg, src, tags := InsightFacets(ws)
	if !slices.Equal(seg, []string{"Enterprise", "SMB"}) || src[len(src)-1] != "forum" || src[0] != InsightSources[0] ||
		len(src) != len(InsightSources)+1 || !slices.Equal(tags, []string{"offline"}) {
		t.Errorf("facets %v %v %v", seg, src, tags)
	}
	if err := ws.Do(LinkInsights([]string{"insight-2", "insight-3"}, []string{"item-a"}, nil)); err != nil {
		t.Fatal(err)
	}
	if got := ws.Evidence().Item("item-a").Insights; got != 3 {
		t.Errorf("after bulk linking, item-a has %d insights", got)
	}
	wantErr(t, ws.Do(LinkInsights([]string{"insight-2", "insight-nope"}, []string{"item-a"}, nil)), "insight insight-nope")
}
