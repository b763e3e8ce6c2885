package timeline

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"canopy/app"
	"canopy/app/sample"
)

// benchWorkspace returns the sample with n generated initiatives and five
// generated items per initiative.
func benchWorkspace(t testing.TB, n int) *app.Workspace {
	t.Helper()
	ws, err := sample.New(today, app.DayClock(today))
	if err != nil {
		t.Fatal(err)
	}
	if err := sample.GenerateRoadmap(ws, n, 1); err != nil {
		t.Fatal(err)
	}
	if err := sample.Generate(ws, 5*n, 1); err != nil {
		t.Fatal(err)
	}
	return ws
}

// bigPlan returns the plan of benchWorkspace(n).
func bigPlan(t testing.TB, n int) *Plan {
	t.Helper()
	return NewPlan(benchWorkspace(t, n), today)
}

// TestViewClipsExactly compares what View returns for random viewports with
// a plain scan of everything in the plan.
func TestViewClipsExactly(t *testing.T) {
	p := bigPlan(t, 600)
	r := rand.New(rand.NewPCG(1, 2))
	for _, z := range Zooms {
		f := p.Frame(Options{Zoom: z, FiscalYearStart: 4})
		for n := range 40 {
			vp := Rect{X: r.Float64()*f.Width - 200, Y: r.Float64()*f.Height - 100, W: 50 + r.Float64()*1400, H: 50 + r.Float64()*900}
			v := f.View(vp)
			var got, want []int
			for _, b := range v.Bars {
				got = append(got, b.Index)
				if b.Rect != f.BarRect(b.Index) {
					t.Fatalf("%v #%d: bar %d at %v, BarRect says %v", z, n, b.Index, b.Rect, f.BarRect(b.Index))
				}
			}
			for i := range p.Bars {
				if f.BarRect(i).Overlaps(vp) {
					want = append(want, i)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("%v #%d viewport %+v: bars %v, want %v", z, n, vp, got, want)
			}
			var gotA, wantA []int
			for _, a := range v.Arrows {
				gotA = append(gotA, a.Index)
			}
			for i, a := range p.Arrows {
				if bounds(f.route(nil, a)).Overlaps(vp) {
					wantA = append(wantA, i)
				}
			}
			slices.Sort(gotA)
			if !slices.Equal(gotA, wantA) {
				t.Fatalf("%v #%d viewport %+v: arrows %v, want %v", z, n, vp, gotA, wantA)
			}
			for _, lb := range v.Lanes {
				if !(Rect{X: vp.X, Y: lb.Y, W: 1, H: lb.H}).Overlaps(vp) {
					t.Errorf("%v #%d: lane %d (%.0f+%.0f) out of the viewport %+v", z, n, lb.Index, lb.Y, lb.H, vp)
				}
			}
			wantLanes := 0
			for i := range p.Lanes {
				if lr := f.LaneRect(i); lr.Y < vp.Y+vp.H && lr.Y+lr.H > vp.Y {
					wantLanes++
				}
			}
			if len(v.Lanes) != wantLanes {
				t.Errorf("%v #%d: %d lanes in sight, want %d", z, n, len(v.Lanes), wantLanes)
			}
			for _, m := range v.Markers {
				if m.X < vp.X || m.X > vp.X+vp.W {
					t.Errorf("%v #%d: marker at %.0f outside %+v", z, n, m.X, vp)
				}
			}
			for _, tk := range v.Ticks {
				if tk.X+tk.W < vp.X || tk.X > vp.X+vp.W {
					t.Errorf("%v #%d: tick %s at %.0f+%.0f outside %+v", z, n, tk.Label, tk.X, tk.W, vp)
				}
			}
		}
	}
}

func TestBarAt(t *testing.T) {
	p := bigPlan(t, 300)
	f := p.Frame(Options{Zoom: Months})
	for i := range p.Bars {
		r := f.BarRect(i)
		if got := f.BarAt(Point{r.X + r.W/2, r.Y + r.H/2}); got != i {
			t.Fatalf("BarAt(middle of %d) = %d", i, got)
		}
		if got := f.BarAt(Point{r.X + 0.1, r.Y + 0.1}); got != i {
			t.Fatalf("BarAt(top left of %d) = %d", i, got)
		}
	}
	if got := f.BarAt(Point{-5, -5}); got != -1 {
		t.Errorf("BarAt outside = %d, want -1", got)
	}
	// Between rows (in the gap above a bar) there is no bar.
	r := f.BarRect(0)
	if got := f.BarAt(Point{r.X + 1, r.Y - 1}); got != -1 {
		t.Errorf("BarAt in the gap above bar 0 = %d, want -1", got)
	}
}

func TestArrowRoutes(t *testing.T) {
	ws := workspace(t, lane("l1", 1), lane("l2", 2),
		bar("a", "l1", "01-01", "01-31"),
		bar("same-row", "l1", "03-01", "03-10", "a"), // straight line
		bar("below", "l2", "03-01", "03-10", "a"),    // elbow down
		bar("back", "l2", "01-15", "02-10", "a"),     // starts before a ends: routed back
	)
	p := NewPlan(ws, today)
	f := p.Frame(Options{Zoom: Months})
	v := f.View(Rect{X: 0, Y: 0, W: f.Width, H: f.Height})
	routes := map[string]ArrowPath{}
	for _, a := range v.Arrows {
		routes[p.Bars[p.Arrows[a.Index].To].ID] = a
	}
	if len(routes) != 3 {
		t.Fatalf("%d arrows in sight, want 3", len(routes))
	}
	from := f.BarRect(barIndex(t, p, "a"))
	check := func(id string, n int, late bool) {
		t.Helper()
		a := routes[id]
		to := f.BarRect(barIndex(t, p, id))
		if len(a.Points) != n {
			t.Errorf("%s: %d points %v, want %d", id, len(a.Points), a.Points, n)
			return
		}
		if a.Late != late {
			t.Errorf("%s: late %v, want %v", id, a.Late, late)
		}
		first, last := a.Points[0], a.Points[len(a.Points)-1]
		if first != (Point{from.X + from.W, from.Y + from.H/2}) {
			t.Errorf("%s: starts at %v, want the right end of a", id, first)
		}
		if last != (Point{to.X, to.Y + to.H/2}) {
			t.Errorf("%s: ends at %v, want the left end of %s", id, last, id)
		}
		for k := 1; k < len(a.Points); k++ {
			if a.Points[k].X != a.Points[k-1].X && a.Points[k].Y != a.Points[k-1].Y {
				t.Errorf("%s: segment %v→%v is not orthogonal", id, a.Points[k-1], a.Points[k])
			}
		}
		if prev := a.Points[len(a.Points)-2]; prev.Y != last.Y || prev.X >= last.X {
			t.Errorf("%s: the head does not enter from the left: %v→%v", id, prev, last)
		}
		// No segment runs through the dependant's bar.
		for k := 1; k < len(a.Points)-1; k++ {
			mid := Point{(a.Points[k].X + a.Points[k-1].X) / 2, (a.Points[k].Y + a.Points[k-1].Y) / 2}
			if to.Contains(mid) {
				t.Errorf("%s: segment %d crosses the bar", id, k)
			}
		}
	}
	check("same-row", 2, false)
	check("below", 4, false)
	check("back", 6, true)
}

func TestArrowsClippedByBoundingBox(t *testing.T) {
	ws := workspace(t, lane("l1", 1), lane("l2", 2),
		bar("a", "l1", "01-01", "01-31"), bar("b", "l2", "06-01", "06-10", "a"))
	p := NewPlan(ws, today)
	f := p.Frame(Options{Zoom: Months})
	for _, tt := range []struct {
		from, to string
		want     int
	}{
		{"2027-01-05", "2027-01-10", 0}, // inside a, left of the arrow
		{"2027-03-01", "2027-04-01", 1}, // under the arrow's run
		{"2027-07-01", "2027-08-01", 0}, // right of everything
	} {
		x0, x1 := f.X(app.MustDate(tt.from)), f.X(app.MustDate(tt.to))
		if got := len(f.View(Rect{X: x0, Y: 0, W: x1 - x0, H: f.Height}).Arrows); got != tt.want {
			t.Errorf("%s–%s: %d arrows, want %d", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestTodayAndMarkersInView(t *testing.T) {
	ws := workspace(t, lane("l1", 1), lane("l2", 2), bar("a", "l1", "01-01", "06-30"),
		&app.Milestone{ID: "m1", Name: "Beta", Date: app.MustDate("2027-02-01"), Lane: "l2"},
		&app.Release{ID: "r1", Name: "2.0", Date: app.MustDate("2027-04-01")})
	p := NewPlan(ws, today)
	f := p.Frame(Options{Zoom: Weeks})
	v := f.View(Rect{X: 0, Y: 0, W: f.Width, H: f.Height})
	if !v.HasToday || v.TodayX != f.X(today)+f.Opt.DayWidth/2 {
		t.Errorf("today at %.1f (shown %v), want the middle of %s", v.TodayX, v.HasToday, today)
	}
	got := map[string]MarkerBox{}
	for _, m := range v.Markers {
		got[p.Markers[m.Index].ID] = m
	}
	if m := got["m1"]; m.Y != f.LaneRect(1).Y || m.H != f.LaneRect(1).H {
		t.Errorf("milestone m1 spans %.0f+%.0f, want lane l2 %v", m.Y, m.H, f.LaneRect(1))
	}
	if m := got["r1"]; m.Y != 0 || m.H != f.Height {
		t.Errorf("release r1 spans %.0f+%.0f, want all lanes (0+%.0f)", m.Y, m.H, f.Height)
	}
	x := f.X(app.MustDate("2027-05-01"))
	if v := f.View(Rect{X: x, Y: 0, W: 100, H: f.Height}); v.HasToday || len(v.Markers) != 0 {
		t.Errorf("May: today shown %v, %d markers; want neither", v.HasToday, len(v.Markers))
	}
}

func TestDateAtAndLaneAt(t *testing.T) {
	p := NewPlan(workspace(t, lane("l1", 1), lane("l2", 2), bar("a", "l1", "01-01", "01-31")), today)
	f := p.Frame(Options{Zoom: Weeks})
	for _, d := range []string{"2026-12-28", "2027-01-01", "2027-01-31"} {
		day := app.MustDate(d)
		if got := f.DateAt(f.X(day) + 0.5); got != day {
			t.Errorf("DateAt(X(%s)) = %s", d, got)
		}
	}
	for _, tt := range []struct {
		y    float64
		want int
	}{{-1, -1}, {0, 0}, {f.LaneRect(0).H - 0.1, 0}, {f.LaneRect(0).H, 1}, {f.Height - 0.1, 1}, {f.Height, -1}} {
		if got := f.LaneAt(tt.y); got != tt.want {
			t.Errorf("LaneAt(%.1f) = %d, want %d", tt.y, got, tt.want)
		}
	}
	if fmt.Sprint(f.Height) != fmt.Sprint(2*(2*6.0+30)) {
		t.Errorf("height %.1f, want two one-row lanes", f.Height)
	}
}

// TestArrowsBeforeEarlyMarker: a milestone before every bar widens the
// plan's span after the arrows are indexed; the arrows stay in sight.
func TestArrowsBeforeEarlyMarker(t *testing.T) {
	ws := workspace(t, lane("l1", 1),
		bar("a", "l1", "01-01", "01-20"), bar("b", "l1", "01-25", "01-31", "a"), bar("c", "l1", "12-01", "12-31"),
		&app.Milestone{ID: "m", Name: "Early", Date: app.MustDate("2026-06-01"), Lane: "l1"})
	p := NewPlan(ws, today)
	if first, _ := p.Span(); first != app.MustDate("2026-06-01") {
		t.Fatalf("span starts %s, want the milestone's 2026-06-01", first)
	}
	for _, z := range Zooms {
		f := p.Frame(Options{Zoom: z})
		vp := bounds(f.route(nil, p.Arrows[0]))
		if v := f.View(vp); len(v.Arrows) != 1 {
			t.Errorf("%v: %d arrows in a view of the arrow a → b, want 1", z, len(v.Arrows))
		}
	}
}
