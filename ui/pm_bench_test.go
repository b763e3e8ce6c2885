package ui

import (
	"testing"

	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// BenchmarkShowSection measures going to each section of the window once
// it was built, on the sample with 10 000 generated items: only the page
// shown is refreshed, not the pages hidden beside it (before that, each
// switch cost 100–200 ms at 50 000 items).
func BenchmarkShowSection(b *testing.B) {
	ws := uitest.BenchSample(b)
	s, _ := newTestShell(b, ws, nil)
	ids := []page.ID{"overview", "strategy", "market", "roadmap", "releases", "backlog", "trash", "settings"}
	for _, id := range ids {
		s.showSection(id) // built once
	}
	for _, id := range ids {
		b.Run(string(id), func(b *testing.B) {
			for b.Loop() {
				s.showSection("settings")
				s.showSection(id)
			}
		})
	}
}
