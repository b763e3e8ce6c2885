package merge

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"canopy/app"
	"canopy/app/store"
)

// mutate applies n random edits that keep the item valid, drawn from r;
// word is a text the fuzzer chose.
func mutate(it *app.Item, r *rand.Rand, n int, word string) {
	word = strings.TrimSpace(oneLine(word))
	if word == "" {
		word = "w"
	}
	pool := []string{"a", "b", "export", "pm", "xlsx", word}
	for range n {
		switch r.IntN(12) {
		case 0:
			it.Title = word + fmt.Sprint(r.IntN(3))
		case 1:
			it.Status = app.Statuses[r.IntN(len(app.Statuses))]
		case 2:
			it.Rank = float64(r.IntN(20))
		case 3:
			it.Tags = append(it.Tags, pool[r.IntN(len(pool))])
		case 4:
			if len(it.Tags) > 0 {
				it.Tags = slices.Delete(it.Tags, 0, 1)
			}
		case 5:
			i := r.IntN(len(it.Links) + 1)
			it.Links = slices.Insert(it.Links, i, fmt.Sprintf("https://x.example/%d", r.IntN(4)))
		case 6:
			if len(it.Links) > 0 {
				i := r.IntN(len(it.Links))
				it.Links = slices.Delete(it.Links, i, i+1)
			}
		case 7:
			i := r.IntN(len(it.Criteria) + 1)
			it.Criteria = slices.Insert(it.Criteria, i, app.Criterion{Text: pool[r.IntN(len(pool))]})
		case 8:
			if len(it.Criteria) > 0 {
				i := r.IntN(len(it.Criteria))
				if r.IntN(2) == 0 {
					it.Criteria[i].Met = !it.Criteria[i].Met
				} else {
					it.Criteria[i].Text = word
				}
			}
		case 9:
			if len(it.Criteria) > 0 {
				i := r.IntN(len(it.Criteria))
				it.Criteria = slices.Delete(it.Criteria, i, i+1)
			}
		case 10:
			it.History = append(it.History, app.Decision{At: time.Date(2026, 3, 1+r.IntN(3), 0, 0, 0, 0, time.UTC),
				By: word, Kind: app.DecisionMoved, From: it.Status, To: app.StatusDone})
		case 11:
			it.Estimate = float64(r.IntN(5))
			it.Scores.ICE.Ease = 1 + r.IntN(10)
		}
	}
}

// FuzzMerge checks the merge's properties on random valid edits of an
// item, and that hostile bytes never make it panic:
//   - merging a side with an unchanged base gives that side;
//   - merge(base, a, b) = merge(base, b, a), up to which side a conflict
//     marks ours;
//   - a clean result decodes and passes its entity's rules.
func FuzzMerge(f *testing.F) {
	f.Add(uint64(1), uint8(2), uint8(2), "tag", []byte(nil))
	f.Add(uint64(7), uint8(5), uint8(0), "Export", []byte(`{"id":"item-00000001"}`))
	f.Add(uint64(42), uint8(8), uint8(8), "x y", []byte("<<<<<<< ours\n"))
	const rel = "items/item-00000001.json"
	f.Fuzz(func(t *testing.T, seed uint64, n1, n2 uint8, word string, raw []byte) {
		r := rand.New(rand.NewPCG(seed, seed>>3))
		b, o, th := baseItem(), baseItem(), baseItem()
		mutate(o, r, int(n1%10), word)
		mutate(th, r, int(n2%10), word)
		bb, ob, tb := enc(t, b), enc(t, o), enc(t, th)

		checkProperties(t, rel, bb, ob, tb)

		sb, so, st := baseStrategy(), baseStrategy(), baseStrategy()
		mutateStrategy(so, r, int(n1%8), word)
		mutateStrategy(st, r, int(n2%8), word)
		checkProperties(t, store.StrategyFile, enc(t, sb), enc(t, so), enc(t, st))

		// Hostile bytes in any place: an error or a result, never a panic,
		// and a clean result that decodes.
		for _, in := range [][3][]byte{{raw, ob, tb}, {bb, raw, tb}, {bb, ob, raw}} {
			res, err := Merge(rel, in[0], in[1], in[2], Options{})
			if err == nil && res.Clean() {
				if _, _, err := store.Decode(rel, res.Data); err != nil {
					t.Fatalf("clean result of hostile input does not decode: %v", err)
				}
			}
		}
	})
}

// oursSections keeps what is outside the markers and the ours sections.
func oursSections(data []byte) []byte {
	var out []byte
	keep := true
	for line := range bytes.SplitAfterSeq(data, []byte("\n")) {
		switch string(bytes.TrimSuffix(line, []byte("\n"))) {
		case markOurs:
			continue
		case markBase:
			keep = false
			continue
		case markTheirs:
			keep = true
			continue
		}
		if keep {
			out = append(out, line...)
		}
	}
	return out
}

// checkProperties checks the merge's properties on three versions of rel.
func checkProperties(t *testing.T, rel string, bb, ob, tb []byte) {
	t.Helper()
	for _, x := range [][]byte{ob, tb} {
		for _, pair := range [][2][]byte{{bb, x}, {x, bb}} {
			res, err := Merge(rel, bb, pair[0], pair[1], Options{})
			if err != nil || !res.Clean() || !bytes.Equal(res.Data, x) {
				t.Fatalf("a side with an unchanged base: err %v, conflicts %v\n%s\nwant\n%s", err, res.Conflicts, res.Data, x)
			}
		}
	}

	ab, err1 := Merge(rel, bb, ob, tb, Options{})
	ba, err2 := Merge(rel, bb, tb, ob, Options{})
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if len(ab.Conflicts) != len(ba.Conflicts) {
		t.Fatalf("not symmetric: %v vs %v", ab.Conflicts, ba.Conflicts)
	}
	for i, c := range ab.Conflicts {
		d := ba.Conflicts[i]
		if c.Path != d.Path || c.Ours != d.Theirs || c.Theirs != d.Ours || c.Base != d.Base {
			t.Fatalf("not symmetric: %+v vs %+v", c, d)
		}
	}
	if ab.Clean() {
		if !bytes.Equal(ab.Data, ba.Data) {
			t.Fatalf("not symmetric:\n%s\nvs\n%s", ab.Data, ba.Data)
		}
		e, _, err := store.Decode(rel, ab.Data)
		if err != nil {
			t.Fatalf("clean result does not decode: %v\n%s", err, ab.Data)
		}
		if p := app.CheckAlone(e); len(p) > 0 {
			t.Fatalf("clean result breaks a rule: %v\n%s", p, ab.Data)
		}
	} else {
		take := func(s Side) func(Conflict) Side { return func(Conflict) Side { return s } }
		x, err1 := Merge(rel, bb, ob, tb, Options{Take: take(Ours)})
		y, err2 := Merge(rel, bb, tb, ob, Options{Take: take(Theirs)})
		if err1 != nil || err2 != nil || !x.Clean() || !y.Clean() || !bytes.Equal(x.Data, y.Data) {
			t.Fatalf("taking ours one way differs from taking theirs the other: %v %v\n%s\nvs\n%s", err1, err2, x.Data, y.Data)
		}
		// Outside the markers the file is already what Canopy writes:
		// keeping the ours sections gives the file Take(Ours) gives.
		if got := oursSections(ab.Data); !bytes.Equal(got, x.Data) {
			t.Fatalf("the ours sections of\n%s\ndiffer from taking ours:\n%s", ab.Data, x.Data)
		}
	}
}

func baseStrategy() *app.Strategy {
	return &app.Strategy{Vision: "Plan", Differentiators: []string{"local", "git", "fast"}, NonGoals: []string{"server"},
		Trends: []string{"ai", "remote"}, NorthStar: app.Metric{Name: "WAU", Target: 100}}
}

// oneLine makes the fuzzer's word a valid one-line text: valid UTF-8 and
// no control characters, which titles and names refuse (so an edit that
// holds one is not a valid edit).
func oneLine(word string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, strings.ToValidUTF8(word, "?"))
}

// mutateStrategy applies n random edits that keep the strategy valid.
func mutateStrategy(s *app.Strategy, r *rand.Rand, n int, word string) {
	word = oneLine(word)
	pool := []string{"local", "git", "fast", "cheap", word}
	lists := []*[]string{&s.Differentiators, &s.NonGoals, &s.Trends}
	for range n {
		l := lists[r.IntN(len(lists))]
		switch r.IntN(5) {
		case 0:
			*l = slices.Insert(*l, r.IntN(len(*l)+1), pool[r.IntN(len(pool))])
		case 1:
			if len(*l) > 0 {
				i := r.IntN(len(*l))
				*l = slices.Delete(*l, i, i+1)
			}
		case 2:
			s.Positioning.For = word
		case 3:
			s.NorthStar.Current = float64(r.IntN(50))
		case 4:
			s.OurPosition = &app.Point{X: float64(r.IntN(100)), Y: 50}
		}
	}
}
