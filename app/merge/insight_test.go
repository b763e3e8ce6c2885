package merge

import (
	"testing"

	"canopy/app"
)

// TestMergeInsights: an insight's links are sets, so two people linking it
// to different items (or triaging it while the other links it) merge
// cleanly; two different states are a conflict.
func TestMergeInsights(t *testing.T) {
	fresh := func() *app.Insight {
		return &app.Insight{ID: "insight-a", Text: "Let me see the day before it changes", Company: "Acme", State: app.InsightNew,
			Items: []string{"item-a"}, Tags: []string{"re-plan"}}
	}
	runCases(t, fresh, []mergeCase[*app.Insight]{
		{name: "links on both sides",
			ours:   func(in *app.Insight) { in.Items = append(in.Items, "item-b") },
			theirs: func(in *app.Insight) { in.Items = append(in.Items, "item-c"); in.Initiatives = []string{"init-a"} },
			want: func(in *app.Insight) {
				in.Items = []string{"item-a", "item-b", "item-c"}
				in.Initiatives = []string{"init-a"}
			}},
		{name: "unlinked on one side, linked on the other",
			ours:   func(in *app.Insight) { in.Items = nil },
			theirs: func(in *app.Insight) { in.Items = append(in.Items, "item-b") },
			want:   func(in *app.Insight) { in.Items = []string{"item-b"} }},
		{name: "triaged while linked",
			ours:   func(in *app.Insight) { in.State = app.InsightTriaged },
			theirs: func(in *app.Insight) { in.Items = append(in.Items, "item-b") },
			want:   func(in *app.Insight) { in.State = app.InsightTriaged; in.Items = []string{"item-a", "item-b"} }},
		{name: "two states",
			ours:      func(in *app.Insight) { in.State = app.InsightTriaged },
			theirs:    func(in *app.Insight) { in.State = app.InsightArchived },
			conflicts: []string{"state"}},
	})
}
