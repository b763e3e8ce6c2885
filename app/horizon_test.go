package app

import "testing"

func TestDatingAnInitiativeDropsItsHorizon(t *testing.T) {
	start, end := MustDate("2026-12-01"), MustDate("2027-02-28")
	setDates := func(s, e Date) func(*Initiative) {
		return func(in *Initiative) { in.Start, in.End = s, e }
	}
	tests := []struct {
		name  string
		start Initiative
		edit  func(*Initiative)
		want  Horizon
		shift bool
	}{
		{"dating an undated one", Initiative{Horizon: HorizonLater}, setDates(start, end), HorizonNone, false},
		{"a file holding both, renamed", Initiative{Start: start, End: end, Horizon: HorizonNow}, func(in *Initiative) { in.Name = "Renamed" }, HorizonNow, false},
		{"a file holding both, moved", Initiative{Start: start, End: end, Horizon: HorizonNow}, setDates(start.AddDays(7), end.AddDays(7)), HorizonNone, false},
		{"a file holding both, the plan shifted", Initiative{Start: start, End: end, Horizon: HorizonNow}, nil, HorizonNow, true},
		{"undating keeps the horizon set", Initiative{Start: start, End: end}, func(in *Initiative) { in.Start, in.End, in.Horizon = Date{}, Date{}, HorizonLater }, HorizonLater, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.start
			in.ID, in.Name, in.Status = "init-a", "Alpha", InitiativePlanned
			// As read from disk: Restore runs no command, so a file holding
			// both dates and a horizon keeps them.
			ws, _ := Restore(&Product{Name: "P"}, nil, []Entity{&in})
			ws.SetClock(FixedClock{T: testNow})
			if ps := Validate(ws); len(ps) != 0 {
				t.Fatalf("a file holding dates and a horizon is valid; got %v", ps)
			}
			cmd := Command(Func{Desc: "edit", Fn: func(tx *Tx) error {
				c, err := Edit[*Initiative](tx, KindInitiative, "init-a")
				if err == nil {
					tt.edit(c)
				}
				return err
			}})
			if tt.shift {
				cmd = ShiftDates(1)
			}
			if err := ws.Do(cmd); err != nil {
				t.Fatal(err)
			}
			got, _ := ws.Initiative("init-a")
			if got.Horizon != tt.want {
				t.Errorf("horizon %q, want %q", got.Horizon, tt.want)
			}
			if _, err := ws.Undo(); err != nil {
				t.Fatal(err)
			}
			if got, _ := ws.Initiative("init-a"); got.Horizon != tt.start.Horizon || got.Start != tt.start.Start {
				t.Errorf("after undo: %q %v, want %q %v", got.Horizon, got.Start, tt.start.Horizon, tt.start.Start)
			}
		})
	}
}

func TestANewInitiativeKeepsWhatItWasMadeWith(t *testing.T) {
	ws := newTestWS(t)
	in := &Initiative{ID: "init-a", Name: "Alpha", Status: InitiativePlanned,
		Start: MustDate("2026-12-01"), End: MustDate("2027-02-28"), Horizon: HorizonNow}
	if err := ws.Do(Create(in)); err != nil {
		t.Fatal(err)
	}
	if got, _ := ws.Initiative("init-a"); got.Horizon != HorizonNow {
		t.Errorf("horizon %q, want now as created (an import, a copy)", got.Horizon)
	}
}
