package sample

import (
	"fmt"
	"math/rand/v2"

	"canopy/app"
)

// roadmapThemes name the lanes added for a generated roadmap.
var roadmapThemes = []string{"Platform", "Integrations", "Mobile", "Analytics", "Billing", "Growth",
	"Security", "Admin", "Scheduling", "Dispatch", "Customer portal", "Reporting"}

// roadmapBets name generated initiatives: a verb and a subject.
var (
	roadmapVerbs    = []string{"Launch", "Rebuild", "Scale", "Simplify", "Automate", "Open up", "Localize", "Harden", "Unify", "Speed up"}
	roadmapSubjects = []string{"route planning", "technician app", "invoicing", "customer notifications", "job templates",
		"capacity planning", "parts inventory", "partner API", "SLA tracking", "shift swaps", "quotes", "photo reports",
		"offline sync", "dispatch board", "audit log", "single sign-on"}
)

// GenerateRoadmap adds n initiatives to ws for trying the roadmap at scale:
// one lane per hundred initiatives (at least the existing ones), about nine
// in ten dated over the two years around today (two to twenty weeks long),
// the rest on a horizon; about a third depend on an earlier one, so they never
// form a cycle, and some of those start before it ends. The same workspace,
// n and seed give the same initiatives. Generate items after it to spread
// them over the new initiatives.
func GenerateRoadmap(ws *app.Workspace, n int, seed uint64) error {
	if n < 0 {
		return fmt.Errorf("generate roadmap: the number of initiatives must be 0 or more, got %d", n)
	}
	if n == 0 {
		return nil
	}
	ws.SetIDSource(app.SeededIDs(seed ^ 0x51ed27))
	r := rand.New(rand.NewPCG(seed, seed^0x7f4a7c159e3779b9))
	today := ws.Today()
	goals := ws.Goals()
	err := ws.Do(app.Func{Desc: fmt.Sprintf("Generate %d initiatives", n), Fn: func(tx *app.Tx) error {
		var lanes []string
		for _, l := range ws.Lanes() {
			lanes = append(lanes, l.ID)
		}
		order := float64(len(lanes))
		for i := len(lanes); i < max(1, n/100); i++ {
			order++
			l := &app.Lane{ID: tx.NewID(app.KindLane), Name: fmt.Sprintf("%s %d", roadmapThemes[i%len(roadmapThemes)], i/len(roadmapThemes)+1), Order: order}
			if i < len(roadmapThemes) {
				l.Name = roadmapThemes[i]
			}
			if err := tx.Put(l); err != nil {
				return err
			}
			lanes = append(lanes, l.ID)
		}
		var made []*app.Initiative
		for i := range n {
			in := &app.Initiative{
				ID:     tx.NewID(app.KindInitiative),
				Name:   fmt.Sprintf("%s %s", pick(r, roadmapVerbs), pick(r, roadmapSubjects)),
				Lane:   pick(r, lanes),
				Status: app.InitiativeStatuses[weighted(r, 40, 30, 10, 15, 5)],
				Value:  float64(1 + r.IntN(10)), Effort: float64(1 + r.IntN(10)), Confidence: float64(50 + 10*r.IntN(6)),
			}
			if i%7 == 0 {
				in.Name += fmt.Sprintf(" (phase %d)", 1+i/7%3)
			}
			if len(goals) > 0 && r.IntN(10) < 8 {
				in.Goals = []string{pick(r, goals).ID}
			}
			if r.IntN(10) == 0 {
				in.Horizon = app.Horizons[r.IntN(len(app.Horizons))]
			} else {
				in.Start = today.AddDays(r.IntN(730) - 365)
				in.End = in.Start.AddDays(14 + r.IntN(127))
				if len(made) > 0 && r.IntN(3) == 0 {
					// Most dependencies are on recent work of the same lane.
					dep := made[len(made)-1-r.IntN(min(len(made), 20))]
					if r.IntN(10) < 7 {
						for k := len(made) - 1; k >= max(0, len(made)-200); k-- {
							if made[k].Lane == in.Lane {
								dep = made[k]
								break
							}
						}
					}
					if dep.Dated() {
						in.DependsOn = []string{dep.ID}
						if r.IntN(4) > 0 { // most start after what they wait on
							in.Start = dep.End.AddDays(1 + r.IntN(30))
							in.End = in.Start.AddDays(14 + r.IntN(127))
						}
					}
				}
			}
			if err := tx.Put(in); err != nil {
				return err
			}
			made = append(made, in)
		}
		return nil
	}})
	if err != nil {
		return fmt.Errorf("generate %d initiatives: %w", n, err)
	}
	return nil
}
