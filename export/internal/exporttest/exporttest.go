// Package exporttest holds what the exporters' tests share: workspaces as a
// hand edit could leave them. It imports only the domain.
package exporttest

import (
	"testing"

	"canopy/app"
)

// WithDateTypo returns a copy of ws in which the first dated initiative
// starts in year 226 (a typo of 2026): validate reports it, and every
// export must stay bounded whatever the dates.
func WithDateTypo(t testing.TB, ws *app.Workspace) *app.Workspace {
	t.Helper()
	var ents []app.Entity
	typo := false
	for _, k := range app.Kinds {
		for _, e := range ws.Entities(k) {
			e = app.Clone(e)
			if in, ok := e.(*app.Initiative); ok && in.Dated() && !typo {
				in.Start = app.MustDate("0226-" + in.Start.String()[5:])
				typo = true
			}
			ents = append(ents, e)
		}
	}
	if !typo {
		t.Fatal("the workspace has no dated initiative")
	}
	out, _ := app.Restore(app.Clone(ws.Product()), app.Clone(ws.Strategy()), ents)
	return out
}

// Review edits ws as a month of work would after a review: its first
// initiative ends three weeks later, the first item in a release leaves
// it, and the vision is rewritten. It returns the initiative and the item
// as they are now.
func Review(t testing.TB, ws *app.Workspace) (slipped *app.Initiative, dropped *app.Item) {
	t.Helper()
	in := app.Clone(ws.Initiatives()[0])
	in.End = in.End.AddDays(21)
	var it *app.Item
	for _, x := range ws.Items() {
		if x.Release != "" {
			it = app.Clone(x)
			break
		}
	}
	if it == nil {
		t.Fatal("the workspace has no item in a release")
	}
	it.Release = ""
	for _, c := range []app.Command{app.Update(in), app.Update(it),
		app.EditStrategy("vision", func(s *app.Strategy) error { s.Vision = "Crews finish the day with nothing left to type."; return nil })} {
		if err := ws.Do(c); err != nil {
			t.Fatal(err)
		}
	}
	return in, it
}
