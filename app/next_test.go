package app

import (
	"errors"
	"slices"
	"testing"
)

// withRICE returns it with RICE inputs giving the score reach/10.
func withRICE(it *Item, reach float64) *Item {
	it.Scores.RICE = &RICE{Reach: reach, Impact: 1, Confidence: 100, Effort: 10}
	return it
}

func TestNext(t *testing.T) {
	type want struct {
		id        string
		blockedBy []string
	}
	tests := []struct {
		name  string
		items func() []Entity
		want  []want
		cycle string
	}{
		{"by score", func() []Entity {
			return []Entity{withRICE(item("item-a", "A"), 10), withRICE(item("item-b", "B"), 30), withRICE(item("item-c", "C"), 20)}
		}, []want{{"item-b", nil}, {"item-c", nil}, {"item-a", nil}}, ""},
		{"ties by rank then ID", func() []Entity {
			a, b, c := withRICE(item("item-a", "A"), 10), withRICE(item("item-b", "B"), 10), withRICE(item("item-c", "C"), 10)
			a.Rank, b.Rank, c.Rank = 2, 1, 2
			return []Entity{a, b, c}
		}, []want{{"item-b", nil}, {"item-a", nil}, {"item-c", nil}}, ""},
		{"unscored last", func() []Entity {
			a := item("item-a", "A")
			a.Rank = 0
			return []Entity{a, withRICE(item("item-b", "B"), 1)}
		}, []want{{"item-b", nil}, {"item-a", nil}}, ""},
		{"only new and ready", func() []Entity {
			d := groomed("item-d", "D")
			d.Status = StatusInProgress
			return []Entity{withRICE(groomed("item-r", "R"), 5), withRICE(item("item-n", "N"), 1), withRICE(d, 100)}
		}, []want{{"item-r", nil}, {"item-n", nil}}, ""},
		{"never before a dependency", func() []Entity {
			lo := withRICE(item("item-lo", "low"), 1)
			hi := withRICE(item("item-hi", "high"), 99)
			hi.DependsOn = []string{"item-lo"}
			mid := withRICE(item("item-mid", "mid"), 50)
			return []Entity{lo, hi, mid}
		}, []want{{"item-mid", nil}, {"item-lo", nil}, {"item-hi", []string{"item-lo"}}}, ""},
		{"satisfied dependency does not block", func() []Entity {
			done := groomed("item-done", "done")
			done.Status = StatusDone
			a := withRICE(item("item-a", "A"), 5)
			a.DependsOn = []string{"item-done"}
			return []Entity{done, a}
		}, []want{{"item-a", nil}}, ""},
		{"blocked by work in progress", func() []Entity {
			wip := groomed("item-wip", "wip")
			wip.Status = StatusInProgress
			a := withRICE(item("item-a", "A"), 5)
			a.DependsOn = []string{"item-wip"}
			return []Entity{wip, a, withRICE(item("item-b", "B"), 1)}
		}, []want{{"item-a", []string{"item-wip"}}, {"item-b", nil}}, ""},
		{"an empty reference blocks nothing", func() []Entity {
			a := withRICE(item("item-a", "A"), 5)
			a.DependsOn = []string{""}
			return []Entity{a}
		}, []want{{"item-a", nil}}, ""},
		{"cycle is named", func() []Entity {
			a, b := withRICE(item("item-a", "A"), 5), withRICE(item("item-b", "B"), 4)
			a.DependsOn, b.DependsOn = []string{"item-b"}, []string{"item-a"}
			return []Entity{a, b, withRICE(item("item-c", "C"), 1)}
		}, []want{{"item-c", nil}, {"item-a", []string{"item-b"}}, {"item-b", []string{"item-a"}}}, "dependency cycle: A → B → A"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws, _ := Restore(&Product{Name: "P"}, nil, tt.items())
			got, err := Next(ws, ModelRICE)
			if tt.cycle != "" {
				var ce *CycleError
				if !errors.As(err, &ce) || err.Error() != tt.cycle {
					t.Fatalf("err = %v, want %q", err, tt.cycle)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d entries, want %d", len(got), len(tt.want))
			}
			for i, w := range tt.want {
				if got[i].Item.ID != w.id || !slices.Equal(got[i].BlockedBy, w.blockedBy) || got[i].Blocked() != (len(w.blockedBy) > 0) {
					t.Errorf("entry %d = %s blocked by %v, want %s blocked by %v", i, got[i].Item.ID, got[i].BlockedBy, w.id, w.blockedBy)
				}
			}
		})
	}
}

func TestScore(t *testing.T) {
	s := Scores{
		RICE:        &RICE{Reach: 1000, Impact: 2, Confidence: 80, Effort: 4},
		WSJF:        &WSJF{BusinessValue: 8, TimeCriticality: 5, RiskReduction: 3, JobSize: 8},
		ICE:         &ICE{Impact: 8, Confidence: 6, Ease: 4},
		ValueEffort: &ValueEffort{Value: 9, Effort: 3},
	}
	tests := []struct {
		m    ScoringModel
		ice  ICECombination
		want float64
	}{
		{ModelRICE, ICEProduct, 400},
		{ModelWSJF, ICEProduct, 2},
		{ModelICE, ICEProduct, 192},
		{ModelICE, ICEMean, 6},
		{ModelValueEffort, ICEProduct, 3},
	}
	for _, tt := range tests {
		got, ok := Score(&s, tt.m, tt.ice)
		if !ok || got != tt.want {
			t.Errorf("Score(%s, %s) = %g, %v; want %g", tt.m, tt.ice, got, ok, tt.want)
		}
		if _, ok := Score(&Scores{}, tt.m, tt.ice); ok {
			t.Errorf("Score(%s) of no inputs reported scored", tt.m)
		}
	}
	if q := QuadrantOf(ValueEffort{Value: 6, Effort: 5}); q != QuickWins {
		t.Errorf("quadrant = %s", q)
	}
	if q := QuadrantOf(ValueEffort{Value: 5, Effort: 6}); q != MoneyPits {
		t.Errorf("quadrant = %s", q)
	}
	if got := FormatScore(2.5, true) + FormatScore(400, true) + FormatScore(0, false); got != "2.5400—" {
		t.Errorf("FormatScore = %q", got)
	}
}

func TestProgressAndReleaseWarnings(t *testing.T) {
	mk := func(id string, est float64, st Status, m MoSCoW) *Item {
		it := groomed(id, id)
		it.Estimate, it.Status, it.MoSCoW = est, st, m
		it.Initiative, it.Release = "init-a", "rel-a"
		if st == StatusAccepted {
			it.Criteria[0].Met = true
		}
		return it
	}
	ws, _ := Restore(&Product{Name: "P"}, nil, []Entity{
		&Initiative{ID: "init-a", Name: "A", Status: InitiativeActive, Value: 8, Effort: 4, Confidence: 50},
		&Release{ID: "rel-a", Name: "1.0", Capacity: 10},
		mk("item-a", 3, StatusAccepted, MoSCoWMust),
		mk("item-b", 5, StatusInProgress, MoSCoWMust),
		mk("item-c", 4, StatusNew, MoSCoWCould),
	})
	p := Progress(ws)["init-a"]
	if p.Items != 3 || p.Estimate != 12 || p.Share() != 0.25 {
		t.Errorf("progress = %+v share %g", p, p.Share())
	}
	in, _ := ws.Initiative("init-a")
	if s, ok := in.OwnScore(); !ok || s != 1 {
		t.Errorf("OwnScore = %g %v, want 1", s, ok)
	}
	w := Warnings(ws)
	if len(w) != 2 || !contains(w[0].Msg, "Musts are 67 %") || !contains(w[1].Msg, "12 points planned for a capacity of 10") {
		t.Errorf("warnings = %v", w)
	}
}
