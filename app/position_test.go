package app

import (
	"math"
	"testing"
)

func TestPositionRules(t *testing.T) {
	tests := []struct {
		name string
		e    Entity
		want string // "" for valid
	}{
		{"unplaced competitor", &Competitor{ID: "comp-a1", Name: "Acme"}, ""},
		{"placed at the corners", &Competitor{ID: "comp-a1", Name: "Acme", Position: &Point{X: 0, Y: 100}}, ""},
		{"x above 100", &Competitor{ID: "comp-a1", Name: "Acme", Position: &Point{X: 101, Y: 50}},
			"competitor comp-a1 (Acme): field position.x: must be between 0 and 100, got 101"},
		{"negative y", &Competitor{ID: "comp-a1", Name: "Acme", Position: &Point{X: 5, Y: -1}},
			"competitor comp-a1 (Acme): field position.y: must be between 0 and 100, got -1"},
		{"NaN x", &Competitor{ID: "comp-a1", Name: "Acme", Position: &Point{X: math.NaN()}}, "field position.x: must be a finite number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := newTestWS(t)
			err := ws.Do(Create(tt.e))
			if tt.want == "" {
				wantErr(t, err, "")
				return
			}
			if err == nil || !contains(detailed(err), tt.want) {
				t.Fatalf("error %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

func TestOurPositionRules(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    *Point
		want string
	}{
		{"unplaced", nil, ""},
		{"middle", &Point{X: 50, Y: 50}, ""},
		{"y too high", &Point{X: 50, Y: 150}, "strategy: field ourPosition.y: must be between 0 and 100, got 150"},
		{"x infinite", &Point{X: math.Inf(1)}, "strategy: field ourPosition.x: must be a finite number"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ws := newTestWS(t)
			err := ws.Do(EditStrategy("Place us", func(s *Strategy) error {
				s.PositioningAxes = Axes{X: "Price", Y: "Ease of use"}
				s.OurPosition = tc.p
				return nil
			}))
			if tc.want == "" {
				wantErr(t, err, "")
				if got := ws.Strategy().PositioningAxes; got != (Axes{X: "Price", Y: "Ease of use"}) {
					t.Fatalf("axes = %+v", got)
				}
				return
			}
			if err == nil || !contains(detailed(err), tc.want) {
				t.Fatalf("error %v, want one mentioning %q", err, tc.want)
			}
			if ws.Strategy().OurPosition != nil {
				t.Fatalf("a refused edit placed us at %+v", ws.Strategy().OurPosition)
			}
		})
	}
}

// TestPositionIsCloned pins that an editor's Clone never shares the point
// with the workspace: moving the copy leaves the stored place alone, and
// undo brings back the place before a move.
func TestPositionIsCloned(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws, &Competitor{ID: "comp-a1", Name: "Acme", Position: &Point{X: 10, Y: 20}})
	c, _ := ws.Competitor("comp-a1")
	cp := Clone(c)
	cp.Position.X = 90
	if c.Position.X != 10 {
		t.Fatalf("editing the clone moved the stored competitor to %v", c.Position.X)
	}
	if err := ws.Do(Update(cp)); err != nil {
		t.Fatal(err)
	}
	if c, _ := ws.Competitor("comp-a1"); c.Position.X != 90 {
		t.Fatalf("after update x = %v, want 90", c.Position.X)
	}
	if _, err := ws.Undo(); err != nil {
		t.Fatal(err)
	}
	if c, _ := ws.Competitor("comp-a1"); c.Position == nil || c.Position.X != 10 {
		t.Fatalf("after undo position = %+v, want x 10", c.Position)
	}
	s := Clone(ws.Strategy())
	s.OurPosition = &Point{X: 1, Y: 2}
	if ws.Strategy().OurPosition != nil {
		t.Fatal("editing a strategy clone placed us in the workspace")
	}
}
