package app

import (
	"slices"
	"testing"
)

func TestOnChangeUnsubscribe(t *testing.T) {
	ws := NewWorkspace(Product{Name: "P"})
	var heard []string
	stopA := ws.OnChange(func(Change) { heard = append(heard, "a") })
	var stopB func()
	stopB = ws.OnChange(func(Change) {
		heard = append(heard, "b")
		stopB() // unsubscribing while being told is safe
	})
	ws.OnChange(func(Change) { heard = append(heard, "c") })
	do := func() {
		t.Helper()
		if err := ws.Do(Create(&Lane{Name: "Lane"})); err != nil {
			t.Fatal(err)
		}
	}
	do()
	if want := []string{"a", "b", "c"}; !slices.Equal(heard, want) {
		t.Fatalf("first change heard by %q, want %q", heard, want)
	}
	heard = nil
	stopA()
	stopA() // twice does nothing
	do()
	if want := []string{"c"}; !slices.Equal(heard, want) {
		t.Fatalf("after unsubscribing a and b, heard by %q, want %q", heard, want)
	}
}

func TestOnChangeUnsubscribeAnotherDuringNotify(t *testing.T) {
	ws := NewWorkspace(Product{Name: "P"})
	var heard []string
	var stopB func()
	ws.OnChange(func(Change) { heard = append(heard, "a"); stopB() })
	stopB = ws.OnChange(func(Change) { heard = append(heard, "b") })
	if err := ws.Do(Create(&Lane{Name: "Lane"})); err != nil {
		t.Fatal(err)
	}
	if want := []string{"a"}; !slices.Equal(heard, want) {
		t.Fatalf("heard by %q, want %q: b left before its turn", heard, want)
	}
}

func TestChangeTouches(t *testing.T) {
	c := Change{Keys: []Key{{Kind: KindItem, ID: "i"}, {Kind: KindGoal, ID: "g"}}}
	for _, tt := range []struct {
		kinds []Kind
		want  bool
	}{
		{[]Kind{KindItem}, true},
		{[]Kind{KindRelease, KindGoal}, true},
		{[]Kind{KindRelease}, false},
		{nil, false},
	} {
		if got := c.Touches(tt.kinds...); got != tt.want {
			t.Errorf("Touches(%v) = %v, want %v", tt.kinds, got, tt.want)
		}
	}
	if (Change{}).Touches(KindItem) {
		t.Error("an empty change touches items")
	}
}
