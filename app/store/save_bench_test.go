package store

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"canopy/app"
)

// saveBenchItems is how many items BenchmarkSaveMany edits in one save.
const saveBenchItems = 500

// BenchmarkSaveMany compares a save that replaces many files, all or
// nothing (staged, verified, each re-checked and kept aside before its
// rename), with writing the same bytes file by file by atomic replace, as
// saves did before: the price of never overwriting another program's edit.
func BenchmarkSaveMany(b *testing.B) {
	p := Places{Data: filepath.Join(b.TempDir(), "data"), Cache: filepath.Join(b.TempDir(), "cache")}
	dir := filepath.Join(b.TempDir(), "ws")
	ws0 := app.NewWorkspace(app.Product{Name: "Bench"})
	var ids []string
	for i := range saveBenchItems {
		id := fmt.Sprintf("item-%08d", i)
		ids = append(ids, id)
		if err := ws0.Do(app.Create(&app.Item{ID: id, Type: app.TypeStory, Title: "Item", Status: app.StatusNew})); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := CreateAt(dir, ws0, p); err != nil {
		b.Fatal(err)
	}
	s, ws, _, err := OpenAt(dir, p)
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	editAll := func() {
		n++
		title := fmt.Sprintf("Edited %d", n)
		for _, id := range ids {
			if err := ws.Do(app.EditItem(id, "Rename", func(it *app.Item) error { it.Title = title; return nil })); err != nil {
				b.Fatal(err)
			}
		}
	}
	// The baseline writes a copy of the folder: writing the workspace's own
	// files behind the store's back would make its next save refuse them,
	// as it refuses any other program's edit.
	other := filepath.Join(b.TempDir(), "ws")
	if _, err := CreateAt(other, ws0, p); err != nil {
		b.Fatal(err)
	}
	// The two are timed in turns, each iteration one of each, so that the
	// load of a shared machine (disk caches, other processes) weighs on
	// both alike; the ratio of their sums is reported.
	var ours, base time.Duration
	for b.Loop() {
		editAll()
		t0 := time.Now()
		res, err := s.Save(ws)
		ours += time.Since(t0)
		if err != nil || len(res.Written) != saveBenchItems {
			b.Fatalf("save: %d written, %v", len(res.Written), err)
		}
		editAll()
		var files []string
		var datas [][]byte
		for _, id := range ids {
			it, _ := ws.Item(id)
			data, err := Encode(it)
			if err != nil {
				b.Fatal(err)
			}
			files = append(files, filepath.Join(other, "items", id+".json"))
			datas = append(datas, data)
		}
		t1 := time.Now()
		for i, f := range files {
			if err := writeAtomic(f, datas[i]); err != nil {
				b.Fatal(err)
			}
		}
		base += time.Since(t1)
	}
	b.ReportMetric(float64(ours)/float64(base), "ratio")
}
