package prioritize

import (
	"runtime"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/sample"
	"canopy/ui/page"
)

var (
	evidenceOnce sync.Once
	evidenceWS   *app.Workspace
	evidenceErr  error
)

// evidenceWorkspace is the sample with 10 000 generated items and 50 000
// generated insights linked to them, built once.
func evidenceWorkspace(b *testing.B) *app.Workspace {
	b.Helper()
	evidenceOnce.Do(func() {
		day := app.MustDate("2026-11-27")
		ws, err := sample.New(day, app.DayClock(day))
		if err == nil {
			err = sample.Generate(ws, 10000, 1)
		}
		if err == nil {
			err = sample.GenerateInsights(ws, 50000, 1)
		}
		evidenceWS, evidenceErr = ws, err
	})
	if evidenceErr != nil {
		b.Fatal(evidenceErr)
	}
	return evidenceWS
}

// BenchmarkPrioritizedEvidence builds the prioritized list of 10 000 items
// with 50 000 insights linked to them and lays it out in a 1400×800 test
// window: "ours" with the Demand and Insights columns filled from the
// workspace's evidence index, "baseline" with them empty. The index is
// computed before the timer, as the window has it after the first build
// (app/bench's EvidenceCold prices computing it).
func BenchmarkPrioritizedEvidence(b *testing.B) {
	ws := evidenceWorkspace(b)
	ws.Evidence()
	for _, c := range []struct {
		name     string
		evidence bool
	}{{"ours", true}, {"baseline", false}} {
		b.Run(c.name, func(b *testing.B) {
			test.NewTempApp(b)
			w := test.NewTempWindow(b, widget.NewLabel(""))
			w.Resize(fyne.NewSize(1400, 800))
			env := &page.Env{WS: ws, Window: w, Do: ws.Do, Open: func(app.Key) {}}
			// Ours must fill the columns, the baseline leave them empty.
			withEv := 0
			for _, r := range newList(env, c.evidence).rows {
				if !r.ev.Zero() {
					withEv++
				}
			}
			if c.evidence != (withEv > 0) {
				b.Fatalf("%d rows with evidence", withEv)
			}
			runtime.GC()
			for b.Loop() {
				w.SetContent(newList(env, c.evidence).Object())
				w.Canvas().Refresh(w.Canvas().Content())
			}
		})
	}
}
