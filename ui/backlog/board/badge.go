package board

import (
	"strconv"

	"canopy/app"
)

// evidenceBadge is the customer evidence on an item's card, after its
// score: "Demand 7 · 4 asks" (the importance-weighted demand and the
// insights linked to it, archived ones left out), or "" when no customer
// asked for it.
func evidenceBadge(ws *app.Workspace, id string) string {
	ev := ws.Evidence().Item(id)
	if ev.Zero() {
		return ""
	}
	asks := " asks"
	if ev.Insights == 1 {
		asks = " ask"
	}
	return "Demand " + strconv.Itoa(ev.Demand) + " · " + strconv.Itoa(ev.Insights) + asks
}
