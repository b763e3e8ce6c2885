package page_test

import (
	"slices"
	"testing"

	"canopy/ui/page"
)

// TestLazy: a change refreshes the parts in sight of a shown page at once;
// the others, and every part of a hidden page, catch up when in sight.
func TestLazy(t *testing.T) {
	sel := 0
	var ran []int
	l := page.NewLazy(func(i int) bool { return i == sel })
	for i := range 3 {
		l.Add(func() { ran = append(ran, i) })
	}
	step := func(name string, f func(), want []int, stale ...bool) {
		t.Helper()
		ran = nil
		f()
		if !slices.Equal(ran, want) {
			t.Errorf("%s: refreshed %v, want %v", name, ran, want)
		}
		for i, w := range stale {
			if l.Stale(i) != w {
				t.Errorf("%s: part %d stale %v, want %v", name, i, l.Stale(i), w)
			}
		}
	}
	step("a change while hidden", l.Changed, nil, true, true, true)
	step("shown", func() { l.SetShown(true) }, []int{0}, false, true, true)
	step("shown again", func() { l.SetShown(true) }, nil, false, true, true)
	step("part 2 comes into sight", func() { sel = 2; l.CatchUp() }, []int{2}, false, true, false)
	step("a change while shown", l.Changed, []int{2}, true, true, false)
	step("hidden", func() { l.SetShown(false) }, nil, true, true, false)
	step("a change while hidden again", l.Changed, nil, true, true, true)
}

// TestLazyAllInSight: without inSight every part is in sight while shown.
func TestLazyAllInSight(t *testing.T) {
	n := 0
	l := page.NewLazy(nil)
	l.Add(func() { n++ })
	l.Changed()
	if n != 0 || !l.Stale(0) {
		t.Fatalf("hidden: refreshed %d times, stale %v", n, l.Stale(0))
	}
	l.SetShown(true)
	l.Changed()
	if n != 2 || l.Stale(0) || !l.Shown() {
		t.Fatalf("shown: refreshed %d times (want 2), stale %v", n, l.Stale(0))
	}
}
