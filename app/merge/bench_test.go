package merge

import (
	"slices"
	"testing"
	"time"

	"canopy/app"
	"canopy/app/store"
)

// BenchmarkMergeItem merges three versions of one item, edited on both
// sides in neighbouring fields, a tag each and a criterion each (ours), and
// against decoding and encoding the same three files as the store reads
// and writes them: `make bench` prints the ratio beside its target (2).
func BenchmarkMergeItem(b *testing.B) {
	base, o, t := baseItem(), baseItem(), baseItem()
	o.Status, o.Tags = app.StatusInProgress, append(o.Tags, "pm")
	o.Criteria = append(o.Criteria, app.Criterion{Text: "fast"})
	t.Assignee, t.Tags, t.Rank = "Grace", append(t.Tags, "beta"), 3
	t.Criteria[0].Met = true
	const rel = "items/item-00000001.json"
	var files [3][]byte
	for i, e := range []app.Entity{base, o, t} {
		app.Normalize(e)
		data, err := store.Encode(e)
		if err != nil {
			b.Fatal(err)
		}
		files[i] = data
	}
	merge := func() {
		res, err := Merge(rel, files[0], files[1], files[2], Options{})
		if err != nil || !res.Clean() {
			b.Fatal(err, res.Conflicts)
		}
	}
	baseline := func() {
		for _, f := range files {
			e, _, err := store.Decode(rel, f)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := store.Encode(e); err != nil {
				b.Fatal(err)
			}
		}
	}
	// The two alternate call by call, so that a neighbour's load on a
	// shared machine weighs on both alike; the ratio is the median of the
	// pairs' ratios, which one preempted call does not move.
	var ratios []float64
	for b.Loop() {
		for range 20 {
			start := time.Now()
			merge()
			mid := time.Now()
			baseline()
			ratios = append(ratios, float64(mid.Sub(start))/float64(time.Since(mid)))
		}
	}
	slices.Sort(ratios)
	b.ReportMetric(ratios[len(ratios)/2], "ratio")
}
