package prioritize

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"

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

// evidenceTip is the evidence at the end of a value vs effort tooltip:
// " · demand 7: 4 insights from 3 customers", or "" without evidence.
func evidenceTip(ev app.Evidence) string {
	if ev.Zero() {
		return ""
	}
	ins := "insights"
	if ev.Insights == 1 {
		ins = "insight"
	}
	return fmt.Sprintf(" · demand %d: %d %s from %s", ev.Demand, ev.Insights, ins,
		strings.TrimPrefix(evidenceText(ev, colInsights), strconv.Itoa(ev.Insights)+" from "))
}
