package bench

import (
	"testing"

	"canopy/app"
)

// benchFormula is a formula of the kind a team writes: RICE by its inputs,
// plus revenue at stake and a bonus for one segment.
const benchFormula = `rice.reach * rice.impact * rice.confidence / 100 / rice.effort + fields.arr / 1000 + ((fields.segment ?? "") == "Enterprise" ? 100 : 0)`

// BenchmarkFormulaRank compares what next ranked by a formula over RICE's
// inputs and custom fields with what next ranked by RICE, at 10 000 items
// that each have an ARR and most a segment.
func BenchmarkFormulaRank(b *testing.B) {
	dir, _ := workspaces(b)
	_, ws := open(b, dir)
	segments := []string{"SMB", "Mid-market", "Enterprise"}
	err := ws.Do(app.Func{Desc: "Fill fields", Fn: func(tx *app.Tx) error {
		for i, it := range tx.Workspace().Items() {
			c, err := app.Edit[*app.Item](tx, app.KindItem, it.ID)
			if err != nil {
				return err
			}
			c.Fields = map[string]any{"arr": float64(1000 * (i%500 + 1))}
			if i%4 != 0 {
				c.Fields["segment"] = segments[i%3]
			}
		}
		return nil
	}})
	if err != nil {
		b.Fatal(err)
	}
	if err := ws.Do(app.SetFormula(benchFormula)); err != nil {
		b.Fatal(err)
	}
	entries, err := app.Next(ws, app.ModelFormula)
	if err != nil {
		b.Fatal(err)
	}
	scored := 0
	for _, e := range entries {
		if e.Scored {
			scored++
		}
	}
	if scored < len(entries)/2 {
		b.Fatalf("the formula scores %d of %d candidates", scored, len(entries))
	}
	for _, c := range []struct {
		name  string
		model app.ScoringModel
	}{{"ours", app.ModelFormula}, {"baseline", app.ModelRICE}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := app.Next(ws, c.model); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
