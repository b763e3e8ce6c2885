package prioritize

import (
	"cmp"
	"fmt"
	"strconv"

	"canopy/app"
)

// The evidence columns show an item's customer evidence (app.Evidence):
// Demand, the importance-weighted count of the insights linked to it
// (critical 3, important 2, nice-to-have or unrated 1; archived insights
// count nothing), and Insights, how many insights from how many distinct
// customers. Both sort highest first on the first click.

// evidenceText is the text of an evidence column's cell: "—" without
// evidence.
func evidenceText(ev app.Evidence, col int) string {
	if ev.Zero() {
		return "—"
	}
	if col == colDemand {
		return strconv.Itoa(ev.Demand)
	}
	c := "customers"
	if ev.Customers == 1 {
		c = "customer"
	}
	return fmt.Sprintf("%d from %d %s", ev.Insights, ev.Customers, c)
}

// compareEvidence orders two items' evidence by the column: by demand,
// then insights, then customers; or by insights, then customers, then
// demand.
func compareEvidence(a, b app.Evidence, col int) int {
	if col == colDemand {
		return cmp.Or(cmp.Compare(a.Demand, b.Demand), cmp.Compare(a.Insights, b.Insights), cmp.Compare(a.Customers, b.Customers))
	}
	return cmp.Or(cmp.Compare(a.Insights, b.Insights), cmp.Compare(a.Customers, b.Customers), cmp.Compare(a.Demand, b.Demand))
}
