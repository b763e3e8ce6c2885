package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"canopy/app"
	"canopy/app/sample"
	"canopy/app/store"
)

// The evidence benchmarks' workspace: the sample with 10 000 generated
// items and 50 000 generated insights linked to them.
const (
	evidenceItems    = 10000
	evidenceInsights = 50000
)

var (
	insightsOnce sync.Once
	insightsWS   *app.Workspace
	insightsDir  string
	insightsErr  error
)

// insightsWorkspace builds that workspace once, in memory and on disk.
func insightsWorkspace(b *testing.B) (*app.Workspace, string) {
	b.Helper()
	insightsOnce.Do(func() {
		ws, err := sample.New(today, app.DayClock(today))
		if err != nil {
			insightsErr = err
			return
		}
		if err := sample.Generate(ws, evidenceItems, 1); err != nil {
			insightsErr = err
			return
		}
		if err := sample.GenerateInsights(ws, evidenceInsights, 1); err != nil {
			insightsErr = err
			return
		}
		insightsWS = ws
		if root == "" {
			if root, insightsErr = os.MkdirTemp("", "canopy-bench-"); insightsErr != nil {
				return
			}
		}
		insightsDir = filepath.Join(root, "insights")
		_, insightsErr = store.Create(insightsDir, ws)
	})
	if insightsErr != nil {
		b.Fatal(insightsErr)
	}
	return insightsWS, insightsDir
}

// listRow is one row of the prioritized list as its view builds it: the
// what-next place, the blockers, a score per model and, with evidence, the
// item's evidence.
type listRow struct {
	it       *app.Item
	pos      int
	blocked  []string
	score    [4]float64
	scored   [4]bool
	evidence app.Evidence
}

// prioritizedRows builds the prioritized list's rows as ui/prioritize
// does; withEvidence adds the evidence columns, from the workspace's
// evidence index (ws.Evidence) or, when cold, computed from scratch.
func prioritizedRows(b testing.TB, ws *app.Workspace, withEvidence, cold bool) []listRow {
	next, err := app.Next(ws, app.ModelRICE)
	if err != nil {
		b.Fatal(err)
	}
	var x *app.EvidenceIndex
	switch {
	case withEvidence && cold:
		x = app.ComputeEvidence(ws)
	case withEvidence:
		x = ws.Evidence()
	}
	ice := ws.Product().ICE
	row := func(it *app.Item, pos int, blocked []string) listRow {
		r := listRow{it: it, pos: pos, blocked: blocked}
		for i, m := range app.ScoringModels {
			r.score[i], r.scored[i] = app.Score(&it.Scores, m, ice)
		}
		if x != nil {
			r.evidence = x.Item(it.ID)
		}
		return r
	}
	rows := make([]listRow, 0, ws.Count(app.KindItem))
	pos := make(map[string]int, len(next))
	for i, e := range next {
		pos[e.Item.ID] = i + 1
		rows = append(rows, row(e.Item, i+1, e.BlockedBy))
	}
	for _, it := range ws.Items() {
		if _, ok := pos[it.ID]; !ok {
			rows = append(rows, row(it, 0, app.BlockedBy(ws, it)))
		}
	}
	return rows
}

// BenchmarkEvidence compares rebuilding the prioritized list's rows with
// their evidence columns (50 000 insights on 10 000 items) with rebuilding
// them without, after an edit of an item as the list does after every
// edit: the edit itself is not timed, the check that the evidence index is
// still current is.
func BenchmarkEvidence(b *testing.B) {
	ws, _ := insightsWorkspace(b)
	id := ws.Items()[0].ID
	for _, c := range []struct {
		name     string
		evidence bool
	}{{"ours", true}, {"baseline", false}} {
		b.Run(c.name, func(b *testing.B) {
			n := 0
			prioritizedRows(b, ws, c.evidence, false)
			runtime.GC() // the garbage of building the workspace is no one's cost
			for b.Loop() {
				b.StopTimer()
				n++
				title := fmt.Sprintf("Edited %d", n)
				if err := ws.Do(app.EditItem(id, "Rename", func(it *app.Item) error { it.Title = title; return nil })); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				prioritizedRows(b, ws, c.evidence, false)
			}
		})
	}
}

// BenchmarkEvidenceCold compares the same rows with the evidence computed
// from scratch (after an edit of an insight) with the rows without: not a
// target, the price of the first build and of each insight edit.
func BenchmarkEvidenceCold(b *testing.B) {
	ws, _ := insightsWorkspace(b)
	b.Run("ours", func(b *testing.B) {
		runtime.GC()
		for b.Loop() {
			prioritizedRows(b, ws, true, true)
		}
	})
	b.Run("baseline", func(b *testing.B) {
		runtime.GC()
		for b.Loop() {
			prioritizedRows(b, ws, false, false)
		}
	})
}

// BenchmarkOpenInsights compares opening the 10 000-item workspace with
// 50 000 insights with reading its files and decoding each with bare
// json.Unmarshal, as BenchmarkOpen does without them.
func BenchmarkOpenInsights(b *testing.B) {
	_, dir := insightsWorkspace(b)
	b.Run("ours", func(b *testing.B) {
		for b.Loop() {
			open(b, dir)
		}
	})
	b.Run("baseline", func(b *testing.B) {
		for b.Loop() {
			if err := readBare(dir); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestEvidenceRowsCarryEvidence keeps the benchmark honest: the rows it
// builds with evidence carry it, and those without do not.
func TestEvidenceRowsCarryEvidence(t *testing.T) {
	ws, err := sample.New(today, app.DayClock(today))
	if err != nil {
		t.Fatal(err)
	}
	if err := sample.Generate(ws, 300, 1); err != nil {
		t.Fatal(err)
	}
	if err := sample.GenerateInsights(ws, 1500, 1); err != nil {
		t.Fatal(err)
	}
	with, without := 0, 0
	for _, r := range prioritizedRows(t, ws, true, false) {
		with += r.evidence.Insights
	}
	for _, r := range prioritizedRows(t, ws, false, false) {
		without += r.evidence.Insights
	}
	if with < 1500 || without != 0 {
		t.Errorf("evidence in rows: %d with, %d without", with, without)
	}
}
