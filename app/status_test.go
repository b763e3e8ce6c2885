package app

import "testing"

func TestStatusTransitions(t *testing.T) {
	type step struct {
		cmd  func() Command
		want string // "" when allowed
	}
	bare := func() *Item { return item("item-x", "X") }
	full := func() *Item {
		it := item("item-x", "X")
		it.Estimate = 2
		it.Criteria = []Criterion{{Text: "a", Met: true}, {Text: "b"}}
		return it
	}
	tests := []struct {
		name  string
		start *Item
		steps []step
		final Status
	}{
		{"ready needs criteria and estimate", bare(), []step{
			{func() Command { return Move("item-x", StatusReady, "") }, "needs at least one acceptance criterion and an estimate"},
		}, StatusNew},
		{"skipping ahead checks the ready gate", bare(), []step{
			{func() Command { return Move("item-x", StatusInProgress, "") }, "moving to Ready needs"},
		}, StatusNew},
		{"forward to done", full(), []step{
			{func() Command { return Move("item-x", StatusReady, "") }, ""},
			{func() Command { return Move("item-x", StatusInProgress, "") }, ""},
			{func() Command { return Move("item-x", StatusDone, "") }, ""},
		}, StatusDone},
		{"accept only from done", full(), []step{
			{func() Command { return Move("item-x", StatusReady, "") }, ""},
			{func() Command { return Accept("item-x", "fine") }, "only Done items can be accepted; this one is Ready"},
		}, StatusReady},
		{"accept needs criteria or override", full(), []step{
			{func() Command { return Move("item-x", StatusDone, "") }, ""},
			{func() Command { return Accept("item-x", "") }, "1 of 2 acceptance criteria are not met"},
			{func() Command { return Accept("item-x", "b is covered by the beta feedback") }, ""},
		}, StatusAccepted},
		{"reject needs reason", full(), []step{
			{func() Command { return Move("item-x", StatusDone, "") }, ""},
			{func() Command { return Reject("item-x", " ") }, "rejecting a done item needs a reason"},
			{func() Command { return Reject("item-x", "crashes on empty input") }, ""},
		}, StatusInProgress},
		{"reject only done", full(), []step{
			{func() Command { return Reject("item-x", "why") }, "only Done items can be rejected"},
		}, StatusNew},
		{"back is allowed", full(), []step{
			{func() Command { return Move("item-x", StatusInProgress, "") }, ""},
			{func() Command { return Move("item-x", StatusNew, "") }, ""},
		}, StatusNew},
		{"reopen needs reason", full(), []step{
			{func() Command { return Move("item-x", StatusDone, "") }, ""},
			{func() Command { return Accept("item-x", "override") }, ""},
			{func() Command { return Move("item-x", StatusReady, "") }, "reopening an accepted item needs a reason"},
			{func() Command { return Move("item-x", StatusReady, "customer found a gap") }, ""},
		}, StatusReady},
		{"status edit without decision refused", full(), []step{
			{func() Command {
				return EditItem("item-x", "sneak", func(it *Item) error { it.Status = StatusReady; return nil })
			}, "change the status with a move"},
		}, StatusNew},
		{"history cannot be rewritten", full(), []step{
			{func() Command { return Move("item-x", StatusReady, "") }, ""},
			{func() Command {
				return EditItem("item-x", "forget", func(it *Item) error { it.History = nil; return nil })
			}, "the history can only grow"},
		}, StatusReady},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := newTestWS(t)
			put(t, ws, tt.start)
			for i, s := range tt.steps {
				err := ws.Do(s.cmd())
				if s.want == "" && err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
				if s.want != "" {
					wantErr(t, err, s.want)
				}
			}
			if it, _ := ws.Item("item-x"); it.Status != tt.final {
				t.Fatalf("status = %s, want %s", it.Status, tt.final)
			}
		})
	}
}

func TestDecisionsAreKept(t *testing.T) {
	ws := newTestWS(t)
	it := groomed("item-x", "X")
	put(t, ws, it)
	for _, c := range []Command{
		Move("item-x", StatusDone, ""),
		Reject("item-x", "fails on Safari"),
		Move("item-x", StatusDone, ""),
	} {
		if err := ws.Do(c); err != nil {
			t.Fatal(err)
		}
	}
	// The criterion is unmet: accepting without an override is refused.
	wantErr(t, ws.Do(Accept("item-x", "")), "not met")
	got, _ := ws.Item("item-x")
	if got.Status != StatusDone {
		t.Fatalf("status = %s, want done (accept without override refused)", got.Status)
	}
	if err := ws.Do(Accept("item-x", "verified by hand")); err != nil {
		t.Fatal(err)
	}
	got, _ = ws.Item("item-x")
	want := []Decision{
		{At: testNow, By: "po", Kind: DecisionMoved, From: StatusReady, To: StatusDone},
		{At: testNow, By: "po", Kind: DecisionRejected, From: StatusDone, To: StatusInProgress, Reason: "fails on Safari"},
		{At: testNow, By: "po", Kind: DecisionMoved, From: StatusInProgress, To: StatusDone},
		{At: testNow, By: "po", Kind: DecisionAccepted, From: StatusDone, To: StatusAccepted, Reason: "verified by hand"},
	}
	if len(got.History) != len(want) {
		t.Fatalf("history = %+v", got.History)
	}
	for i := range want {
		if got.History[i] != want[i] {
			t.Errorf("history[%d] = %+v, want %+v", i, got.History[i], want[i])
		}
	}
	d, ok := got.LastDecision()
	if !ok || d.Kind != DecisionAccepted || d.Reason != "verified by hand" {
		t.Errorf("LastDecision = %+v, %v", d, ok)
	}
}

func TestCreateInStatusChecksGates(t *testing.T) {
	ws := newTestWS(t)
	bad := item("item-x", "X")
	bad.Status = StatusInProgress
	wantErr(t, ws.Do(Create(bad)), "moving to Ready needs")
	acc := groomed("item-y", "Y")
	acc.Status = StatusAccepted
	wantErr(t, ws.Do(Create(acc)), "1 of 1 acceptance criteria are not met")
	acc.Criteria[0].Met = true
	wantErr(t, ws.Do(Create(acc)), "")
}

func TestCanMove(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws, item("item-x", "X"))
	wantErr(t, CanMove(ws, "item-x", StatusReady, ""), "needs at least one acceptance criterion")
	wantErr(t, CanMove(ws, "item-x", StatusNew, ""), "")
	wantErr(t, CanMove(ws, "item-nope", StatusNew, ""), "not found")
}
