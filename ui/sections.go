package ui

import (
	"slices"

	"canopy/app"
	"canopy/ui/backlog"
	"canopy/ui/edit"
	"canopy/ui/insights"
	"canopy/ui/market"
	"canopy/ui/overview"
	"canopy/ui/page"
	"canopy/ui/releases"
	"canopy/ui/roadmap"
	"canopy/ui/settings"
	"canopy/ui/strategy"
	"canopy/ui/trash"
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
		insights.Section(),
		trash.Section(trashBin(sess)),
		settings.Section(baselinesTab),
	}
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

// trashBin is the trash of sess's workspace as the Trash section reads it:
// the store's, through the session (none without a session).
func trashBin(sess *Session) trash.Bin {
	if sess == nil {
		return trash.Bin{}
	}
	bin := trash.Bin{Restore: sess.Restore}
	if sess.Trash != nil {
		bin.List = func() ([]trash.Entry, error) {
			ts, err := sess.Trash()
			out := make([]trash.Entry, len(ts))
			for i, t := range ts {
				out[i] = trash.Entry{Entity: t.Entity, DeletedAt: t.DeletedAt}
			}
			return out, err
		}
	}
	return bin
}

// newEditor returns the editor of the entity with key k.
func newEditor(env *page.Env, k app.Key) page.Editor {
	if k.Kind == app.KindItem {
		return edit.NewItemEditor(env, k.ID)
	}
	if e, ok := edit.New(env, k); ok {
		return e
	}
	panic("no editor for " + string(k.Kind)) // every kind has one: sections list only those
}
