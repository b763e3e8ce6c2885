package ui

import (
	"slices"

	"canopy/app"
	"canopy/ui/backlog"
	"canopy/ui/market"
	"canopy/ui/overview"
	"canopy/ui/page"
	"canopy/ui/releases"
	"canopy/ui/roadmap"
	"canopy/ui/strategy"
)

// sections returns the sidebar in order: each section's package describes
// it (its ID, title, lists and page); the window only routes. A new section
// is one package and one line here.
func sections(sess *Session) []*page.Section {
	return []*page.Section{
		overview.Section(),
		strategy.Section(),
		market.Section(),
		roadmap.Section(),
		releases.Section(),
		backlog.Section(),
		trashSection(sess),
		settingsSection(),
	}
}

// settingsSection is the sidebar's Settings: the product's editor, this
// machine's settings (your name, auto-sync) and the baselines
// (settings.go).
func settingsSection() *page.Section {
	return &page.Section{ID: page.Settings, Title: "Settings", Lists: []app.Kind{app.KindProduct},
		Keys: func(*app.Workspace) []app.Key { return []app.Key{app.ProductKey} },
		New:  newSettingsPage}
}

// sectionOf returns the section that lists entities of kind k: the one
// whose Lists holds it, else Settings.
func sectionOf(secs []*page.Section, k app.Kind) page.ID {
	for _, sec := range secs {
		if slices.Contains(sec.Lists, k) {
			return sec.ID
		}
	}
	return page.Settings
}
