package prioritize

import (
	"image/color"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/app/sample"
)

func TestMatrixPlacesQuickWinAndOpensIt(t *testing.T) {
	test.NewTempApp(t)
	ws := newWorkspace(t,
		spec{id: "it-quick", title: "Quick thing", status: app.StatusReady, ve: &app.ValueEffort{Value: 9, Effort: 2}},
		spec{id: "it-pit", title: "Pit", status: app.StatusNew, ve: &app.ValueEffort{Value: 2, Effort: 9}},
		spec{id: "it-none", title: "Unscored", status: app.StatusNew},
	)
	f := newFixture(t, ws)
	m := NewMatrix(f.Env)
	f.show(m.Object(), 900, 700)
	r := test.WidgetRenderer(m.chart).(*chartRenderer)

	if n := len(m.chart.pts); n != 2 {
		t.Fatalf("%d points, want 2 (the unscored item has none)", n)
	}
	pos, ok := m.chart.pointPos("it-quick")
	if !ok {
		t.Fatal("no point for it-quick")
	}
	inside := func(i int) bool {
		q := r.quads[i]
		p, s := q.Position(), q.Size()
		return pos.X > p.X && pos.X < p.X+s.Width && pos.Y > p.Y && pos.Y < p.Y+s.Height
	}
	for i, q := range quadrants {
		if got, want := inside(i), q == app.QuickWins; got != want {
			t.Errorf("point at %v inside %s (%v %v): %v, want %v", pos, q, r.quads[i].Position(), r.quads[i].Size(), got, want)
		}
	}
	if r.qLabels[0].Text != "Quick wins" || !r.qLabels[0].Visible() {
		t.Errorf("first quadrant is labelled %q", r.qLabels[0].Text)
	}

	// The dot is really painted there, in the Ready color.
	var abs fyne.Position
	walk(f.Win.Canvas().Content(), fyne.Position{}, func(o fyne.CanvasObject, at fyne.Position) {
		if o == m.chart {
			abs = at.Add(pos)
		}
	})
	img := f.Win.Canvas().Capture()
	got := color.NRGBAModel.Convert(img.At(int(abs.X), int(abs.Y))).(color.NRGBA)
	if want := statusColor(app.StatusReady); !near(got, want) {
		t.Errorf("pixel at the point is %v, want the Ready color %v", got, want)
	}

	// Hovering shows the title; tapping opens the item.
	m.chart.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos.Add(fyne.NewPos(3, -2))}})
	if !r.tip.Visible() || !strings.Contains(r.tip.Text, "Quick thing") {
		t.Errorf("hover label %q (visible %v)", r.tip.Text, r.tip.Visible())
	}
	test.TapAt(m.chart, pos.Add(fyne.NewPos(2, 2)))
	if want := (app.Key{Kind: app.KindItem, ID: "it-quick"}); !slices.Equal(f.Opened, []app.Key{want}) {
		t.Errorf("opened %v, want %v", f.Opened, want)
	}
	test.TapAt(m.chart, fyne.NewPos(pos.X+60, pos.Y+60))
	if len(f.Opened) != 1 {
		t.Errorf("a tap on empty space opened %v", f.Opened[1:])
	}
	m.chart.MouseOut()
	if r.tip.Visible() {
		t.Error("the label stays after the pointer left")
	}
}

func near(a, b color.NRGBA) bool {
	d := func(x, y uint8) int {
		if x > y {
			return int(x - y)
		}
		return int(y - x)
	}
	return d(a.R, b.R) < 12 && d(a.G, b.G) < 12 && d(a.B, b.B) < 12
}

func TestJitterIsSmallAndStable(t *testing.T) {
	seen := map[[2]float32]bool{}
	for i := range 200 {
		id := "item-" + string(rune('a'+i%26)) + string(rune('a'+i/26))
		dx, dy := jitter(id)
		if dx2, dy2 := jitter(id); dx != dx2 || dy != dy2 {
			t.Fatalf("jitter of %s changes", id)
		}
		if dx < -jitterSpan || dx > jitterSpan || dy < -jitterSpan || dy > jitterSpan {
			t.Fatalf("jitter of %s is (%g, %g)", id, dx, dy)
		}
		seen[[2]float32{dx, dy}] = true
	}
	if len(seen) < 190 {
		t.Errorf("only %d distinct shifts for 200 items", len(seen))
	}
}

func TestMatrixAndListAt10000Items(t *testing.T) {
	if testing.Short() {
		t.Skip("10 000 items")
	}
	test.NewTempApp(t)
	day := app.MustDate("2026-11-27")
	ws, err := sample.New(day, app.DayClock(day))
	if err != nil {
		t.Fatal(err)
	}
	if err := sample.Generate(ws, 10000, 1); err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, ws)

	m := NewMatrix(f.Env)
	f.show(m.Object(), 1200, 800)
	f.Win.Canvas().Capture()
	if n := len(m.chart.pts); n < 9000 {
		t.Errorf("only %d points of about 10 000", n)
	}
	if n := count(m.Object()); n > 200 {
		t.Errorf("the matrix renders %d objects for 10 000 items, want at most 200", n)
	}

	l := NewList(f.Env)
	f.show(l.Object(), 1400, 900)
	if len(l.rows) < 10000 {
		t.Errorf("the list holds %d rows", len(l.rows))
	}
	if n := count(l.Object()); n > 3000 {
		t.Errorf("the list renders %d objects for 10 000 items, want at most 3000", n)
	}
	// Sorting by WSJF puts the scored rows first, each no lower than the next
	// (the time it takes is a benchmark's business, not this test's).
	l.SortBy(colWSJF)
	wsjf := slices.Index(app.ScoringModels, app.ModelWSJF)
	for i := 1; i < len(l.rows); i++ {
		a, b := l.rows[i-1], l.rows[i]
		if !a.scored[wsjf] && b.scored[wsjf] {
			t.Fatalf("row %d is unscored but row %d is scored", i-1, i)
		}
		if !a.scored[wsjf] || !b.scored[wsjf] {
			continue
		}
		if l.sortDesc && a.score[wsjf] < b.score[wsjf] || !l.sortDesc && a.score[wsjf] > b.score[wsjf] {
			t.Fatalf("rows %d and %d are out of order: %v then %v (descending %v)", i-1, i, a.score[wsjf], b.score[wsjf], l.sortDesc)
		}
	}
}

func TestReleaseCapacity(t *testing.T) {
	test.NewTempApp(t)
	var specs []spec
	for i := range 5 {
		specs = append(specs, spec{id: "it-" + string(rune('a'+i)), title: "S", status: app.StatusReady})
	}
	ws := newWorkspace(t, specs...)
	// rel-1 (capacity 10) gets 4 × 3 points, 3 of them Must: over capacity, 75 % Musts.
	err := ws.Do(app.BulkEdit([]string{"it-a", "it-b", "it-c", "it-d"}, "plan", func(_ *app.Tx, it *app.Item) error {
		it.Release = "rel-1"
		if it.ID != "it-d" {
			it.MoSCoW = app.MoSCoWMust
		}
		return nil
	}, &app.BulkResult{}))
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, ws)
	c := NewReleaseCapacity(f.Env)
	f.show(c.Object(), 700, 300)
	if len(c.rows) != 2 {
		t.Fatalf("%d rows, want 2", len(c.rows))
	}
	spring, summer := c.rows[0], c.rows[1]
	if !spring.over || !spring.mustWarn || spring.load.Estimate != 12 {
		t.Errorf("Spring: %+v, want over capacity with a Musts warning", spring)
	}
	if summer.over || summer.mustWarn {
		t.Errorf("Summer: %+v, want neither warning", summer)
	}
	var texts []string
	walk(c.Object(), fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) {
		if b, ok := o.(*loadBar); ok {
			texts = append(texts, b.text())
		}
	})
	if len(texts) != 2 || texts[0] != "12 / 10 pts · over by 2" {
		t.Errorf("bars say %q", texts)
	}
}
