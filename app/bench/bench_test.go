// Package bench holds Canopy's performance budget as Go benchmarks on a
// 10 000-item workspace; `make bench` prints each ratio beside its target.
package bench

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"canopy/app"
	"canopy/app/sample"
	"canopy/app/store"
)

var (
	setupOnce sync.Once
	root      string
	big       string // sample + 10 000 generated items
	small     string // sample + generated items up to 100
	setupErr  error
)

var today = app.MustDate("2026-11-27")

func TestMain(m *testing.M) {
	code := m.Run()
	if root != "" {
		os.RemoveAll(root)
	}
	os.Exit(code)
}

// workspaces writes the two benchmark workspaces once, as `canopy sample
// --items N` does.
func workspaces(b *testing.B) (bigDir, smallDir string) {
	b.Helper()
	setupOnce.Do(func() {
		if root, setupErr = os.MkdirTemp("", "canopy-bench-"); setupErr != nil {
			return
		}
		big, small = filepath.Join(root, "big"), filepath.Join(root, "small")
		for dir, n := range map[string]int{big: 10000, small: 0} {
			ws, err := sample.New(today, app.DayClock(today))
			if err != nil {
				setupErr = err
				return
			}
			if n == 0 {
				n = 100 - ws.Count(app.KindItem)
			}
			if err := sample.Generate(ws, n, 1); err != nil {
				setupErr = err
				return
			}
			if _, err := store.Create(dir, ws); err != nil {
				setupErr = err
				return
			}
		}
	})
	if setupErr != nil {
		b.Fatal(setupErr)
	}
	return big, small
}

func open(b *testing.B, dir string) (*store.Store, *app.Workspace) {
	b.Helper()
	s, ws, report, err := store.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	if !report.OK() {
		b.Fatalf("report: %v", report.Lines()[:1])
	}
	return s, ws
}

// BenchmarkOpen compares opening a workspace (strict checks, hashes, rules;
// the files decoded on all cores) with reading the same files and decoding
// each with bare json.Unmarshal, one after the other: the target is 1.0×.
// The two are timed in turns, each iteration one of each and which goes
// first alternating, so that the load of a shared machine weighs on both
// alike; the ratio of their sums is reported.
func BenchmarkOpen(b *testing.B) {
	dir, _ := workspaces(b)
	var ours, base time.Duration
	bare := func() {
		t := time.Now()
		if err := readBare(dir); err != nil {
			b.Fatal(err)
		}
		base += time.Since(t)
	}
	opened := func() {
		t := time.Now()
		open(b, dir)
		ours += time.Since(t)
	}
	turn := 0
	for b.Loop() {
		if turn%2 == 0 {
			opened()
			bare()
		} else {
			bare()
			opened()
		}
		turn++
	}
	b.ReportMetric(float64(ours.Nanoseconds())/float64(turn), "ns-ours/op")
	b.ReportMetric(float64(base.Nanoseconds())/float64(turn), "ns-bare/op")
	b.ReportMetric(float64(ours)/float64(base), "ratio")
}

// readBare reads every file of a workspace and decodes it with json.Unmarshal
// into the domain types, and nothing more.
func readBare(dir string) error {
	var m struct {
		Schema  int         `json:"schema"`
		Product app.Product `json:"product"`
	}
	if err := readJSON(filepath.Join(dir, store.ManifestFile), &m); err != nil {
		return err
	}
	var s app.Strategy
	if err := readJSON(filepath.Join(dir, store.StrategyFile), &s); err != nil {
		return err
	}
	for _, k := range app.Kinds {
		entries, err := os.ReadDir(filepath.Join(dir, string(k)))
		if err != nil {
			continue
		}
		for _, e := range entries {
			v := newOf(k)
			if err := readJSON(filepath.Join(dir, string(k), e.Name()), v); err != nil {
				return err
			}
		}
	}
	return nil
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, v)
}

func newOf(k app.Kind) any {
	switch k {
	case app.KindItem:
		return &app.Item{}
	case app.KindInitiative:
		return &app.Initiative{}
	case app.KindRelease:
		return &app.Release{}
	case app.KindGoal:
		return &app.Goal{}
	}
	return &map[string]any{}
}

// BenchmarkSaveOneItem compares saving one edited item in the big workspace
// with the same save in a 100-item one.
func BenchmarkSaveOneItem(b *testing.B) {
	bigDir, smallDir := workspaces(b)
	for _, c := range []struct{ name, dir string }{{"ours", bigDir}, {"baseline", smallDir}} {
		b.Run(c.name, func(b *testing.B) {
			s, ws := open(b, c.dir)
			id := ws.Items()[0].ID
			n := 0
			for b.Loop() {
				n++
				title := fmt.Sprintf("Edited %d", n)
				if err := ws.Do(app.EditItem(id, "Rename", func(it *app.Item) error { it.Title = title; return nil })); err != nil {
					b.Fatal(err)
				}
				res, err := s.Save(ws)
				if err != nil || len(res.Written) != 1 {
					b.Fatalf("save: %v %v", res, err)
				}
			}
		})
	}
}

// BenchmarkNext compares the what-next ranking with a plain sort of the
// items by score.
func BenchmarkNext(b *testing.B) {
	dir, _ := workspaces(b)
	_, ws := open(b, dir)
	model := app.ModelRICE
	b.Run("ours", func(b *testing.B) {
		for b.Loop() {
			if _, err := app.Next(ws, model); err != nil {
				b.Fatal(err)
			}
		}
	})
	items := ws.Items()
	b.Run("baseline", func(b *testing.B) {
		type scored struct {
			it *app.Item
			s  float64
		}
		for b.Loop() {
			list := make([]scored, 0, len(items))
			for _, it := range items {
				s, _ := app.Score(&it.Scores, model, app.ICEProduct)
				list = append(list, scored{it, s})
			}
			slices.SortFunc(list, func(x, y scored) int { return cmp.Compare(y.s, x.s) })
		}
	})
}

// BenchmarkHeap reports the heap an open workspace holds ÷ the size of the
// same data as compact JSON.
func BenchmarkHeap(b *testing.B) {
	dir, _ := workspaces(b)
	var ratio float64
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, ws := open(b, dir)
		runtime.GC()
		runtime.ReadMemStats(&after)
		size := 0
		for _, k := range app.Kinds {
			for _, e := range ws.Entities(k) {
				data, err := json.Marshal(e)
				if err != nil {
					b.Fatal(err)
				}
				size += len(data)
			}
		}
		ratio = float64(after.HeapAlloc-before.HeapAlloc) / float64(size)
		runtime.KeepAlive(ws)
	}
	b.ReportMetric(ratio, "ratio")
}

// TestBenchmarkWorkspacesAreValid keeps the benchmark data honest: it must
// be what `canopy sample --items` writes, valid and with dependencies.
func TestBenchmarkWorkspacesAreValid(t *testing.T) {
	ws, err := sample.New(today, app.DayClock(today))
	if err != nil {
		t.Fatal(err)
	}
	if err := sample.Generate(ws, 2000, 1); err != nil {
		t.Fatal(err)
	}
	deps := 0
	for _, it := range ws.Items() {
		deps += len(it.DependsOn)
	}
	if got := float64(deps) / 2000; got < 1.5 {
		t.Errorf("%.2f dependencies per item, want about two", got)
	}
	if p := app.Validate(ws); len(p) > 0 {
		t.Fatalf("generated workspace has problems: %s", strings.Join(strings.Split(p.Error(), "\n")[:1], ""))
	}
}

// BenchmarkMoveOne compares one board move (status and rank, domain plus
// save) in the big workspace with the same in a 100-item one.
func BenchmarkMoveOne(b *testing.B) {
	bigDir, smallDir := workspaces(b)
	for _, c := range []struct{ name, dir string }{{"ours", bigDir}, {"baseline", smallDir}} {
		b.Run(c.name, func(b *testing.B) {
			s, ws := open(b, c.dir)
			// An item that goes back and forth between Ready and In progress,
			// dropped each time between two neighbours, as a drag on the board.
			var id string
			for _, it := range ws.Items() {
				if it.Status == app.StatusReady {
					id = it.ID
					break
				}
			}
			to := []app.Status{app.StatusInProgress, app.StatusReady}
			var gaps [2][2]string
			for i, st := range to {
				col := app.Column(ws, st, nil)
				col = slices.DeleteFunc(col, func(it *app.Item) bool { return it.ID == id })
				mid := len(col) / 2
				gaps[i] = [2]string{col[mid-1].ID, col[mid].ID}
			}
			n := 0
			for b.Loop() {
				g := gaps[n%2]
				if err := ws.Do(app.MoveCard(id, to[n%2], g[0], g[1], "")); err != nil {
					b.Fatal(err)
				}
				if _, err := s.Save(ws); err != nil {
					b.Fatal(err)
				}
				n++
			}
		})
	}
}
