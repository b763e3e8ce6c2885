package cli

import (
	"fmt"

	"canopy/app"
)

// evidenceHeader heads the customer evidence columns of `canopy next`: the
// importance-weighted demand, the linked insights and the distinct
// customers behind them (see app.Evidence).
const evidenceHeader = "DEMAND\tINSIGHTS\tCUSTOMERS"

// evidenceCells returns the three evidence cells of an item, dashes when it
// has none.
func evidenceCells(e app.Evidence) string {
	if e.Zero() {
		return "—\t—\t—"
	}
	return fmt.Sprintf("%d\t%d\t%d", e.Demand, e.Insights, e.Customers)
}
