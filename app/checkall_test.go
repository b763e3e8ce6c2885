package app

import (
	"fmt"
	"runtime"
	"slices"
	"testing"
)

func TestValidateOnAllCoresKeepsTheOrder(t *testing.T) {
	var es []Entity
	for i := range 3000 {
		it := item(fmt.Sprintf("item-%05d", i), fmt.Sprintf("Item %d", i))
		if i%11 == 0 {
			it.Estimate = -1 // one problem
		}
		if i%13 == 0 {
			it.Release = "rel-gone" // another
		}
		es = append(es, it)
	}
	es = append(es, &Goal{ID: "goal-a", Title: "Grow"}, &Lane{ID: "lane-a", Name: "Core"})
	for i := range 700 {
		es = append(es, &Initiative{ID: fmt.Sprintf("init-%05d", i), Name: fmt.Sprintf("Bet %d", i), Status: InitiativePlanned,
			Lane: "lane-a", Goals: []string{"goal-a", "goal-gone"}[:1+i%2], DependsOn: []string{fmt.Sprintf("init-%05d", (i+1)%700)}[:i%3/2]})
	}
	ws, _ := Restore(&Product{Name: "P"}, nil, es)
	var want []string
	for _, e := range append(ws.Entities(KindGoal), append(ws.Entities(KindLane), append(ws.Entities(KindInitiative), ws.Entities(KindItem)...)...)...) {
		for _, p := range checkEntity(ws, e) {
			want = append(want, p.Detail())
		}
	}
	if len(want) < 400 {
		t.Fatalf("only %d problems made", len(want))
	}
	for _, procs := range []int{1, 2, 8} {
		t.Run(fmt.Sprint(procs), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			var got []string
			for _, p := range Validate(ws) {
				got = append(got, p.Detail())
			}
			if !slices.Equal(got, want) {
				t.Errorf("Validate with GOMAXPROCS=%d: %d problems in another order or number than the %d one by one", procs, len(got), len(want))
			}
		})
	}
}
