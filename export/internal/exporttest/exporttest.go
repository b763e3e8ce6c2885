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
