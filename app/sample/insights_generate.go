package sample

import (
	"fmt"
	"math/rand/v2"

	"canopy/app"
)

// GenerateInsights adds n generated insights to ws, for benchmarks and for
// trying the evidence at scale: each from one of about n/25 customers
// (companies) in the sample's segments, heard from a suggested source,
// mostly triaged, with an importance weighted towards important, and
// linked to one to three of the workspace's items (a few to an initiative
// instead, a few to nothing). The same workspace, n and seed always give
// the same insights.
func GenerateInsights(ws *app.Workspace, n int, seed uint64) error {
	if n < 0 {
		return fmt.Errorf("generate: the number of insights must be 0 or more, got %d", n)
	}
	if n == 0 {
		return nil
	}
	ws.SetIDSource(app.SeededIDs(seed ^ 0x1b5))
	r := rand.New(rand.NewPCG(seed, seed^0x5a17e9c3d1f00b27))
	var items, inits, personas []string
	for _, it := range ws.Items() {
		items = append(items, it.ID)
	}
	for _, in := range ws.Initiatives() {
		inits = append(inits, in.ID)
	}
	for _, p := range ws.Personas() {
		personas = append(personas, p.ID)
	}
	if len(items) == 0 {
		return fmt.Errorf("generate %d insights: the workspace has no items to link them to", n)
	}
	customers := max(n/25, 1)
	segments := []string{segSmall, segMid, segLarge}
	imps := []app.Importance{nice, important, critical, app.ImportanceUnrated}
	states := []app.InsightState{app.InsightNew, app.InsightTriaged, app.InsightArchived}
	base := ws.Today()
	err := ws.Do(app.Func{Desc: fmt.Sprintf("Generate %d insights", n), Fn: func(tx *app.Tx) error {
		for i := range n {
			c := r.IntN(customers)
			in := &app.Insight{
				ID:         tx.NewID(app.KindInsight),
				Text:       fmt.Sprintf("Generated request %d: %s", i+1, pick(r, requestTexts)),
				Person:     fmt.Sprintf("Contact %d", r.IntN(4)+1),
				Company:    fmt.Sprintf("Customer %04d", c),
				Segment:    segments[c%len(segments)],
				Source:     pick(r, app.InsightSources),
				Importance: imps[weighted(r, 35, 45, 15, 5)],
				State:      states[weighted(r, 20, 75, 5)],
				Date:       base.AddDays(-r.IntN(365)),
			}
			if len(personas) > 0 && r.IntN(3) > 0 {
				in.Persona = pick(r, personas)
			}
			switch k := r.IntN(20); {
			case k == 0: // unlinked, in the inbox
			case k == 1 && len(inits) > 0:
				in.Initiatives = []string{pick(r, inits)}
			default:
				for range 1 + weighted(r, 60, 30, 10) {
					in.Items = append(in.Items, pick(r, items))
				}
			}
			if err := tx.Put(in); err != nil {
				return err
			}
		}
		return nil
	}})
	if err != nil {
		return fmt.Errorf("generate %d insights: %w", n, err)
	}
	return nil
}

// requestTexts are what generated insights ask for.
var requestTexts = []string{
	"the schedule should re-plan itself when a job runs over",
	"the technician app loses work without signal",
	"we need invoices in our accounting system the same day",
	"customers keep calling to ask where the technician is",
	"let customers book a slot on our website",
	"we track van stock on paper",
	"our security team requires single sign-on",
	"maintenance visits should schedule themselves",
}
