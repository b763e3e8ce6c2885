package app

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestNoScoreIsInfOrNaN(t *testing.T) {
	tests := []struct {
		name string
		s    Scores
	}{
		{"tiny effort", Scores{RICE: &RICE{Reach: 1e9, Impact: 3, Confidence: 100, Effort: 1e-320}}},
		{"huge reach", Scores{RICE: &RICE{Reach: math.MaxFloat64, Impact: 3, Confidence: 100, Effort: 0.5}}},
		{"NaN reach", Scores{RICE: &RICE{Reach: math.NaN(), Impact: 3, Confidence: 100, Effort: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, ok := Score(&tt.s, ModelRICE, ICEProduct)
			if ok || v != 0 {
				t.Fatalf("Score = %v, %v; want unscored", v, ok)
			}
		})
	}
	top := Scores{RICE: &RICE{Reach: 1e9, Impact: 3, Confidence: 100, Effort: 0.01}}
	if v, ok := Score(&top, ModelRICE, ICEProduct); !ok || v != 3e11 {
		t.Fatalf("the largest score in range = %v, %v", v, ok)
	}
}

func TestCheckRangeIsTheOneTable(t *testing.T) {
	tests := []struct {
		field string
		v     float64
		want  string
	}{
		{"scores.rice.reach", 1e9, ""},
		{"scores.rice.reach", 1e9 + 1, "must be between 0 and 1000000000, got 1000000001"},
		{"scores.rice.effort", 0.01, ""},
		{"scores.rice.effort", 0.009, "must be between 0.01 and 1000000, got 0.009"},
		{"scores.rice.effort", math.Inf(1), "must be a finite number"},
		{"no such field", 1e300, ""},
	}
	for _, tt := range tests {
		err := CheckRange(tt.field, tt.v)
		if got := errText(err); got != tt.want {
			t.Errorf("CheckRange(%s, %g) = %q, want %q", tt.field, tt.v, got, tt.want)
		}
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// chain returns n items, each depending on the next, the last on the first.
func chain(n int) []Entity {
	out := make([]Entity, n)
	for i := range n {
		it := item(itemID(i), "On the cycle")
		it.DependsOn = []string{itemID((i + 1) % n)}
		out[i] = it
	}
	return out
}

func itemID(i int) string { return "item-c" + strings.Repeat("0", 5-len(itoa(i))) + itoa(i) }

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

func TestLongCycleIsNamedShortAndTheRestIsRanked(t *testing.T) {
	const n = 20000
	es := chain(n)
	free := withRICE(item("item-free", "Free"), 1)
	waiting := item("item-wait", "Waits on the cycle")
	waiting.DependsOn = []string{itemID(7)}
	es = append(es, free, waiting)
	ws, _ := Restore(&Product{Name: "P"}, nil, es)

	problems := Validate(ws)
	if len(problems) != 1 {
		t.Fatalf("Validate = %d problems, want the one cycle", len(problems))
	}
	msg := problems[0].Detail()
	want := "dependency cycle: item-c00000 → item-c00001 → item-c00002 → item-c00003 → item-c00004 → … (a cycle of 20000)"
	if said := problems[0].Error(); !strings.Contains(said, "(item-c00001) → ") || !strings.Contains(said, "… (a cycle of 20000)") || len(said) > 400 {
		t.Errorf("the cycle is said (%d bytes) %.400q, want the titles, told apart by their IDs, and the length", len(said), said)
	}
	if !strings.Contains(msg, want) || len(msg) > 300 {
		t.Fatalf("the cycle reads (%d bytes) %.300q, want %q", len(msg), msg, want)
	}

	got, err := Next(ws, ModelRICE)
	var ce *CycleError
	if !errors.As(err, &ce) || len(err.Error()) > 300 {
		t.Fatalf("Next error = %.300v, want a short cycle error", err)
	}
	if len(got) != n+2 {
		t.Fatalf("Next ranked %d items, want all %d", len(got), n+2)
	}
	if got[0].Item.ID != "item-free" || got[0].Blocked() {
		t.Fatalf("first = %s (blocked %v), want the free item, not blocked", got[0].Item.ID, got[0].BlockedBy)
	}
	for _, e := range got {
		if strings.HasPrefix(e.Item.ID, "item-c") && !e.Blocked() {
			t.Fatalf("%s is on the cycle and not flagged blocked", e.Item.ID)
		}
	}
}

func TestPlanWindowIsBounded(t *testing.T) {
	d := MustDate
	tests := []struct {
		name        string
		dates       []Date
		first, last string
	}{
		{"short span, all of it", []Date{d("2026-01-01"), d("2027-06-30"), {}}, "2026-01-01", "2027-06-30"},
		{"a typo centuries away is left out", []Date{d("0226-03-01"), d("2026-01-01"), d("2026-12-31"), d("2027-03-01")}, "2026-01-01", "2027-03-01"},
		{"years past 2199 are clamped", []Date{d("9999-01-01")}, "2199-12-31", "2199-12-31"},
	}
	for _, tt := range tests {
		first, last, ok := PlanWindow(tt.dates)
		if !ok || first.String() != tt.first || last.String() != tt.last {
			t.Errorf("%s: PlanWindow = %s…%s (%v), want %s…%s", tt.name, first, last, ok, tt.first, tt.last)
		}
	}
	if _, _, ok := PlanWindow(nil); ok {
		t.Error("PlanWindow of no dates is ok")
	}
}
