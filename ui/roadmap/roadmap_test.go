package roadmap

import (
	"fmt"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/app/timeline"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

var today = app.MustDate("2027-03-10")

// roadmapWorkspace returns two lanes and a few initiatives:
//
//	Lane One  a  Mar 1 – Mar 31
//	          b  Apr 5 – Apr 30, depends on a
//	Lane Two  c  Mar 15 – May 14, d Jun 1 – Jun 30, e Sep 1 – Oct 31
//	undated   u1 Later, u2 Now
func roadmapWorkspace(t testing.TB) *app.Workspace {
	t.Helper()
	ws := app.NewWorkspace(app.Product{Name: "Roadmap test", FiscalYearStart: 4})
	ws.SetClock(app.DayClock(today))
	d := app.MustDate
	err := ws.Do(app.Func{Desc: "seed", Fn: func(tx *app.Tx) error {
		for _, e := range []app.Entity{
			&app.Goal{ID: "g1", Title: "Grow", Order: 1},
			&app.Lane{ID: "l1", Name: "Lane One", Order: 1},
			&app.Lane{ID: "l2", Name: "Lane Two", Order: 2},
			&app.Initiative{ID: "in-a", Name: "Alpha", Lane: "l1", Status: app.InitiativeActive, Start: d("2027-03-01"), End: d("2027-03-31"), Goals: []string{"g1"}},
			&app.Initiative{ID: "in-b", Name: "Bravo", Lane: "l1", Status: app.InitiativePlanned, Start: d("2027-04-05"), End: d("2027-04-30"), DependsOn: []string{"in-a"}},
			&app.Initiative{ID: "in-c", Name: "Charlie with a long name", Lane: "l2", Status: app.InitiativeAtRisk, Start: d("2027-03-15"), End: d("2027-05-14")},
			&app.Initiative{ID: "in-d", Name: "Delta", Lane: "l2", Status: app.InitiativePlanned, Start: d("2027-06-01"), End: d("2027-06-30")},
			&app.Initiative{ID: "in-e", Name: "Echo", Lane: "l2", Status: app.InitiativePlanned, Start: d("2027-09-01"), End: d("2027-10-31")},
			&app.Initiative{ID: "in-u1", Name: "Undated later", Lane: "l2", Status: app.InitiativePlanned, Horizon: app.HorizonLater},
			&app.Initiative{ID: "in-u2", Name: "Undated now", Status: app.InitiativePlanned, Horizon: app.HorizonNow},
			&app.Milestone{ID: "m1", Name: "Beta", Date: d("2027-03-20"), Lane: "l1"},
			&app.Release{ID: "r1", Name: "3.2", Date: d("2027-04-15")},
		} {
			if err := tx.Put(e); err != nil {
				return fmt.Errorf("%s: %w", e.EntityID(), err)
			}
		}
		return nil
	}})
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
	return ws
}

type fixture struct {
	*uitest.Context
	t    *testing.T
	ws   *app.Workspace
	v    *View
	tl   *Timeline
	mods fyne.KeyModifier
}

// newFixture shows the roadmap view of ws in a 1200×600 test window whose
// Do shows errors as the shell does and whose changes refresh the view.
func newFixture(t *testing.T, ws *app.Workspace) *fixture {
	t.Helper()
	test.NewTempApp(t)
	f := &fixture{Context: uitest.NewContext(t, ws), t: t, ws: ws}
	f.ShowErrors = true
	f.v = New(f.Env)
	f.tl = f.v.Timeline
	f.tl.mods = func() fyne.KeyModifier { return f.mods }
	ws.OnChange(func(app.Change) { f.v.Refresh() })
	f.Win.SetContent(f.v.Object())
	f.Win.Resize(fyne.NewSize(1200, 600))
	f.tl.ScrollTo(f.tl.Frame().X(app.MustDate("2027-02-01")), 0)
	return f
}

// barPos returns the canvas position of a point inside the bar of id, dx
// pixels from its left end (negative: from its right end).
func (f *fixture) barPos(id string, dx float32) fyne.Position {
	f.t.Helper()
	i, ok := f.tl.Plan().Bar(id)
	if !ok {
		f.t.Fatalf("no bar for %s", id)
	}
	r := f.tl.Frame().BarRect(i)
	x := float32(r.X-f.tl.scroll.X) + laneW + dx
	if dx < 0 {
		x += float32(r.W)
	}
	y := float32(r.Y-f.tl.scroll.Y) + headerH + float32(r.H)/2
	return abs(f.tl).Add(fyne.NewPos(x, y))
}

// abs returns the position of o on the canvas as test.Drag and test.Scroll
// take it: the driver's absolute position leaves out the window's inset.
func abs(o fyne.CanvasObject) fyne.Position {
	d := fyne.CurrentApp().Driver()
	inset, _ := d.CanvasForObject(o).InteractiveArea()
	return d.AbsolutePositionForObject(o).Add(inset)
}

func (f *fixture) initiative(id string) *app.Initiative {
	f.t.Helper()
	in, ok := f.ws.Initiative(id)
	if !ok {
		f.t.Fatalf("no initiative %s", id)
	}
	return in
}

// assertDates checks an initiative's dates, lane and horizon.
func (f *fixture) assert(what, id, start, end, lane string, h app.Horizon) {
	f.t.Helper()
	in := f.initiative(id)
	if in.Start.String() != start || in.End.String() != end || in.Lane != lane || in.Horizon != h {
		f.t.Errorf("%s: %s is %s – %s in %q (%q), want %s – %s in %q (%q)", what, id, in.Start, in.End, in.Lane, in.Horizon, start, end, lane, h)
	}
}

// undoOnce undoes one command and checks the initiative is back.
func (f *fixture) undoOnce(id, start, end, lane string, h app.Horizon) {
	f.t.Helper()
	if _, err := f.ws.Undo(); err != nil {
		f.t.Fatalf("undo: %v", err)
	}
	f.assert("after one undo", id, start, end, lane, h)
}

func TestDragBar(t *testing.T) {
	dw := float32(timeline.Months.DayWidth())
	for _, c := range []struct {
		name           string
		id             string
		from           float32 // where the drag starts in the bar: from its left end, or its right end if negative
		dx, dy         float32
		start, end, ln string
	}{
		{"move a month later", "in-a", 20, 31 * dw, 0, "2027-04-01", "2027-05-01", "l1"},
		{"move a little snaps back", "in-a", 20, 5 * dw, 0, "", "", ""},
		{"move a month earlier snaps to the month", "in-c", 20, -30 * dw, 0, "2027-02-01", "2027-04-02", "l2"},
		{"move to the lane below", "in-a", 20, 0, 40, "2027-03-01", "2027-03-31", "l2"},
		{"move later and to the lane below", "in-a", 20, 31 * dw, 40, "2027-04-01", "2027-05-01", "l2"},
		{"move below the lanes keeps the lane", "in-a", 20, 0, 200, "", "", ""},
		{"resize the end", "in-a", -2, 30 * dw, 0, "2027-03-01", "2027-04-30", "l1"},
		{"resize the start", "in-c", 2, 17 * dw, 0, "2027-04-01", "2027-05-14", "l2"},
		{"the start never passes the end", "in-a", 2, 90 * dw, 0, "2027-03-31", "2027-03-31", "l1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, roadmapWorkspace(t))
			before := *f.initiative(c.id)
			test.Drag(f.Win.Canvas(), f.barPos(c.id, c.from), c.dx, c.dy)
			if len(f.Errs) > 0 {
				t.Fatalf("refused: %v", f.Errs)
			}
			if c.start == "" {
				f.assert("unchanged", c.id, before.Start.String(), before.End.String(), before.Lane, before.Horizon)
				if desc, _ := f.ws.CanUndo(); desc != "seed" {
					t.Errorf("a drag that changes nothing left a command %q", desc)
				}
				return
			}
			f.assert("after the drag", c.id, c.start, c.end, c.ln, before.Horizon)
			if f.tl.Selected() != c.id {
				t.Errorf("selected %q, want %q", f.tl.Selected(), c.id)
			}
			f.undoOnce(c.id, before.Start.String(), before.End.String(), before.Lane, before.Horizon)
		})
	}
}

// TestDragMakesDependantLate drags a bar past its dependant, which turns late.
func TestDragMakesDependantLate(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	i, _ := f.tl.Plan().Bar("in-b")
	if f.tl.Plan().Bars[i].Late {
		t.Fatal("b is late before the drag")
	}
	test.Drag(f.Win.Canvas(), f.barPos("in-a", 20), 31*float32(timeline.Months.DayWidth()), 0)
	i, _ = f.tl.Plan().Bar("in-b")
	if !f.tl.Plan().Bars[i].Late {
		t.Error("b starts before a ends but is not late")
	}
	late := false
	for _, a := range f.tl.Plan().Arrows {
		late = late || a.Late
	}
	if !late {
		t.Error("the arrow from a to b is not late")
	}
}

func TestDragPans(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	x0 := f.tl.Scroll().X
	// Empty space below the lanes.
	test.Drag(f.Win.Canvas(), abs(f.tl).Add(fyne.NewPos(laneW+300, 400)), -200, 0)
	if got := f.tl.Scroll().X; got != x0+200 {
		t.Errorf("scrolled to %v, want %v", got, x0+200)
	}
	if d, _ := f.ws.CanUndo(); d != "seed" {
		t.Errorf("panning ran %q", d)
	}
}

func TestKeyboardTwins(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	test.TapAt(f.tl, f.barPos("in-a", 20).Subtract(abs(f.tl)))
	if f.tl.Selected() != "in-a" {
		t.Fatalf("selected %q after a tap on a", f.tl.Selected())
	}
	c := f.Win.Canvas()
	if c.Focused() != f.tl {
		t.Fatalf("the timeline has no focus after a tap")
	}
	steps := []struct {
		name  string
		do    func()
		start string
		end   string
		lane  string
	}{
		{"Right nudges a month", func() { f.tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) }, "2027-04-01", "2027-05-01", "l1"},
		{"Left nudges back", func() { f.tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) }, "2027-03-01", "2027-03-31", "l1"},
		{"Shift+Right moves the end", func() {
			f.tl.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
			f.tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
			f.tl.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		}, "2027-03-01", "2027-04-30", "l1"},
		{"Alt+Down moves to the next lane", func() {
			f.tl.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt})
		}, "2027-03-01", "2027-04-30", "l2"},
		{"Alt+Up moves back", func() {
			f.mods = fyne.KeyModifierAlt
			f.tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
			f.mods = 0
		}, "2027-03-01", "2027-04-30", "l1"},
	}
	for _, s := range steps {
		s.do()
		f.assert(s.name, "in-a", s.start, s.end, s.lane, app.HorizonNone)
	}
	f.undoOnce("in-a", "2027-03-01", "2027-04-30", "l2", app.HorizonNone)
	f.tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(f.Opened) != 1 || f.Opened[0] != (app.Key{Kind: app.KindInitiative, ID: "in-a"}) {
		t.Errorf("Return opened %v", f.Opened)
	}
}

func TestDoubleTapOpens(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	p := f.barPos("in-c", 20).Subtract(abs(f.tl))
	f.tl.DoubleTapped(&fyne.PointEvent{Position: p})
	if len(f.Opened) != 1 || f.Opened[0] != (app.Key{Kind: app.KindInitiative, ID: "in-c"}) {
		t.Errorf("double tap opened %v", f.Opened)
	}
}

// trayRowOf finds the tray row showing the initiative id.
func (f *fixture) trayRowOf(id string) *trayRow {
	f.t.Helper()
	var found *trayRow
	walk(f.Win.Canvas().Content(), func(o fyne.CanvasObject) {
		if r, ok := o.(*trayRow); ok && r.id == id {
			found = r
		}
	})
	if found == nil {
		f.t.Fatalf("no tray row for %s", id)
	}
	return found
}

// walk calls fn for every visible object under o.
func walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	uitest.Walk(o, func(o fyne.CanvasObject, _ fyne.Position) bool { fn(o); return true })
}

func TestTrayToTimeline(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	row := f.trayRowOf("in-u1")
	from := abs(row).Add(fyne.NewPos(10, 10))
	// Drop on Lane One, a little after Apr 1.
	to := abs(f.tl).Add(fyne.NewPos(laneW+float32(f.tl.Frame().X(app.MustDate("2027-04-03"))-f.tl.scroll.X), headerH+20))
	test.Drag(f.Win.Canvas(), from, to.X-from.X, to.Y-from.Y)
	if len(f.Errs) > 0 {
		t.Fatalf("refused: %v", f.Errs)
	}
	// Dated now, it leaves its horizon (issue 17): no "later" beside dates.
	f.assert("dropped on the timeline", "in-u1", "2027-04-01", "2027-04-30", "l1", "")
	if _, ok := f.tl.Plan().Bar("in-u1"); !ok {
		t.Error("no bar for u1 after the drop")
	}
	if n := len(f.tl.Plan().Tray[2]); n != 0 {
		t.Errorf("Later holds %d initiatives after the drop, want 0", n)
	}
	f.undoOnce("in-u1", "", "", "l2", app.HorizonLater)
}

// trayHeaderOf finds the tray's header row of group gi.
func (f *fixture) trayHeaderOf(gi int) *trayRow {
	f.t.Helper()
	var found *trayRow
	walk(f.Win.Canvas().Content(), func(o fyne.CanvasObject) {
		if r, ok := o.(*trayRow); ok && r.entry.group == gi && r.entry.item < 0 {
			found = r
		}
	})
	if found == nil {
		f.t.Fatalf("no tray header for group %d", gi)
	}
	return found
}

// trayIDs lists the tray's rows: the headers' titles and the initiatives' IDs.
func trayIDs(tr *tray) []string {
	var got []string
	for _, e := range tr.entries {
		if e.item < 0 {
			got = append(got, tr.title(e.group))
		} else {
			got = append(got, tr.groups[e.group].items[e.item].ID)
		}
	}
	return got
}

func TestTimelineToTray(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	// Later holds u1: drop c on u1's row.
	row := f.trayRowOf("in-u1")
	from := f.barPos("in-c", 20)
	to := abs(row).Add(fyne.NewPos(row.Size().Width/2, row.Size().Height/2))
	test.Drag(f.Win.Canvas(), from, to.X-from.X, to.Y-from.Y)
	f.assert("dropped on a row of Later", "in-c", "", "", "l2", app.HorizonLater)
	if got := f.v.tray.groups[2].items; len(got) != 2 {
		t.Errorf("Later lists %v, want c and u1", got)
	}
	f.undoOnce("in-c", "2027-03-15", "2027-05-14", "l2", app.HorizonNone)
}

// TestTimelineToTrayHeader drops a bar on the header of an empty group.
func TestTimelineToTrayHeader(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	if n := len(f.v.tray.groups[1].items); n != 0 {
		t.Fatalf("Next holds %d initiatives, want none", n)
	}
	next := f.trayHeaderOf(1)
	if next.label.Text != "Next (0)" {
		t.Errorf("the header reads %q, want Next (0)", next.label.Text)
	}
	from := f.barPos("in-c", 20)
	to := abs(next).Add(fyne.NewPos(next.Size().Width/2, next.Size().Height/2))
	test.Drag(f.Win.Canvas(), from, to.X-from.X, to.Y-from.Y)
	f.assert("dropped on the header of Next", "in-c", "", "", "l2", app.HorizonNext)
	if got := f.v.tray.groups[1].items; len(got) != 1 || got[0].ID != "in-c" {
		t.Errorf("Next lists %v, want c", got)
	}
	if got := f.trayHeaderOf(1).label.Text; got != "Next (1)" {
		t.Errorf("the header reads %q after the drop, want Next (1)", got)
	}
	f.undoOnce("in-c", "2027-03-15", "2027-05-14", "l2", app.HorizonNone)
}

func TestTrayBetweenHorizons(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	row := f.trayRowOf("in-u2")
	later := f.trayHeaderOf(2)
	from := abs(row).Add(fyne.NewPos(10, 10))
	to := abs(later).Add(fyne.NewPos(20, later.Size().Height/2))
	test.Drag(f.Win.Canvas(), from, to.X-from.X, to.Y-from.Y)
	f.assert("moved to Later", "in-u2", "", "", "", app.HorizonLater)
}

func TestZoom(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	centre := func() app.Date { d, _ := f.tl.anchor(f.tl.body().Width / 2); return d }
	before := centre()
	for _, z := range []timeline.Zoom{timeline.Weeks, timeline.Quarters, timeline.FiscalQuarters, timeline.Years, timeline.Months} {
		f.v.zoom.SetSelected(z.String())
		if f.tl.Zoom() != z {
			t.Fatalf("zoom %v after choosing %v", f.tl.Zoom(), z)
		}
		if got := centre(); got.DaysUntil(before) < -1 || got.DaysUntil(before) > 1 {
			t.Errorf("%v: the centre moved from %s to %s", z, before, got)
		}
	}
	// Ctrl+wheel zooms around the pointer.
	f.mods = fyne.KeyModifierControl
	pos := abs(f.tl).Add(fyne.NewPos(laneW+100, 200))
	under, _ := f.tl.anchor(100)
	f.tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: pos.Subtract(abs(f.tl))}, Scrolled: fyne.Delta{DY: 10}})
	if f.tl.Zoom() != timeline.Weeks {
		t.Errorf("Ctrl+wheel up: zoom %v, want weeks", f.tl.Zoom())
	}
	if got, _ := f.tl.anchor(100); got != under {
		t.Errorf("the date under the pointer moved from %s to %s", under, got)
	}
	if f.v.zoom.Selected != timeline.Weeks.String() {
		t.Errorf("the toolbar shows %q", f.v.zoom.Selected)
	}
	f.mods = 0
	f.tl.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyMinus, Modifier: fyne.KeyModifierControl})
	if f.tl.Zoom() != timeline.Months {
		t.Errorf("Ctrl+minus: zoom %v, want months", f.tl.Zoom())
	}
	// The wheel scrolls, Shift+wheel sideways.
	p0 := f.tl.Scroll()
	test.Scroll(f.Win.Canvas(), pos, 0, -30)
	if got := f.tl.Scroll(); got.Y != p0.Y || got.X != p0.X {
		// The lanes fit: no vertical scroll.
		t.Errorf("the wheel scrolled %v → %v with lanes that fit", p0, got)
	}
	f.mods = fyne.KeyModifierShift
	test.Scroll(f.Win.Canvas(), pos, 0, -30)
	if got := f.tl.Scroll(); got.X != p0.X+30 {
		t.Errorf("Shift+wheel: x %v, want %v", got.X, p0.X+30)
	}
}

func TestHorizonsBoard(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	b := NewHorizons(f.v.env)
	for _, c := range []struct {
		h    app.Horizon
		want []string
	}{
		{app.HorizonNow, []string{"in-a", "in-c", "in-b", "in-u2"}},
		{app.HorizonNext, []string{"in-d"}},
		{app.HorizonLater, []string{"in-e", "in-u1"}},
		{app.HorizonNone, []string{}},
	} {
		got := b.Column(c.h)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q: %v, want %v", c.h, got, c.want)
		}
	}
	b.cols[1].list.Select(0)
	if len(f.Opened) != 1 || f.Opened[0].ID != "in-d" {
		t.Errorf("a tap on d opened %v", f.Opened)
	}
}

// TestGoldenZooms renders the timeline at each zoom level with a fixed clock.
func TestGoldenZooms(t *testing.T) {
	for _, z := range timeline.Zooms {
		t.Run(z.String(), func(t *testing.T) {
			test.NewTempApp(t)
			ws := roadmapWorkspace(t)
			env := &page.Env{WS: ws, Do: ws.Do}
			tl := NewTimeline(env, z)
			w := test.NewTempWindow(t, tl)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(900, 260))
			tl.selected = "in-b"
			tl.ScrollToToday()
			name := fmt.Sprintf("timeline_%d_%s.png", z, map[timeline.Zoom]string{timeline.Weeks: "weeks", timeline.Months: "months",
				timeline.Quarters: "quarters", timeline.FiscalQuarters: "fiscal", timeline.Years: "years"}[z])
			if uitest.Update() {
				writePNG(t, filepath.Join("testdata", name), w)
			}
			test.AssertRendersToImage(t, name, w.Canvas())
		})
	}
}

func writePNG(t *testing.T, path string, w fyne.Window) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := png.Encode(out, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

// TestReadOnly: a read-only workspace pans instead of dragging bars, and
// refuses the keyboard twins, leaving the initiative as it was.
func TestReadOnly(t *testing.T) {
	ws := roadmapWorkspace(t)
	f := newFixture(t, ws)
	ws.SetReadOnly(fmt.Errorf("opened elsewhere"))
	x0 := f.tl.Scroll().X
	test.Drag(f.Win.Canvas(), f.barPos("in-a", 20), 100, 0)
	f.assert("after a drag", "in-a", "2027-03-01", "2027-03-31", "l1", app.HorizonNone)
	if f.tl.Scroll().X != x0-100 {
		t.Errorf("the drag did not pan: x %v, want %v", f.tl.Scroll().X, x0-100)
	}
	f.tl.selected = "in-a"
	f.tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	f.assert("after Right", "in-a", "2027-03-01", "2027-03-31", "l1", app.HorizonNone)
	if len(f.Errs) != 1 {
		t.Errorf("%d errors shown, want the refusal of the nudge: %v", len(f.Errs), f.Errs)
	}
}

func TestScrollBars(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	f.Win.Resize(fyne.NewSize(1200, 220)) // the lanes overflow: a vertical bar
	x0 := f.tl.Scroll().X
	b := f.tl.body()
	if f.tl.Frame().Height <= float64(b.Height) {
		t.Fatalf("the lanes (%v px) fit the body (%v px)", f.tl.Frame().Height, b.Height)
	}
	// The horizontal thumb, dragged 10 px, scrolls 10 × the frame's share.
	thumbX := laneW + float32(x0/(f.tl.Frame().Width-float64(b.Width)))*(b.Width-minThumbW)
	test.Drag(f.Win.Canvas(), abs(f.tl).Add(fyne.NewPos(thumbX+5, headerH+b.Height+5)), 10, 0)
	want := x0 + 10*f.tl.Frame().Width/float64(b.Width)
	if got := f.tl.Scroll().X; got < want-1 || got > want+1 {
		t.Errorf("after the thumb moved 10 px: x %v, want %v", got, want)
	}
	test.Drag(f.Win.Canvas(), abs(f.tl).Add(fyne.NewPos(laneW+b.Width+5, headerH+5)), 0, 30)
	if f.tl.Scroll().Y <= 0 {
		t.Error("the vertical thumb did not scroll")
	}
}

func TestColourByGoal(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	i, _ := f.tl.Plan().Bar("in-a")
	j, _ := f.tl.Plan().Bar("in-c")
	if got := f.tl.r.barColor(&f.tl.Plan().Bars[i], false); got != timeline.StatusColor(app.InitiativeActive) {
		t.Errorf("by status: a is %v", got)
	}
	f.v.colorBy.SetSelected(byGoal)
	if got := f.tl.r.barColor(&f.tl.Plan().Bars[i], false); got != timeline.GoalColor(0) {
		t.Errorf("by goal: a is %v, want the first goal's colour", got)
	}
	if got := f.tl.r.barColor(&f.tl.Plan().Bars[j], false); got != timeline.NoGoalColor {
		t.Errorf("by goal: c, with no goal, is %v", got)
	}
}

// TestLegendFollowsTheColouring: the legend names the statuses, or the
// goals when colouring by goal, each with the colour its bars take, and
// late work's red either way; a goal added shows up in it.
func TestLegendFollowsTheColouring(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	shown := func() (names []string, colours []color.NRGBA) {
		for _, k := range f.v.legend.keys {
			names = append(names, k.name)
			colours = append(colours, k.c)
		}
		if len(f.v.legend.row.Objects) != len(f.v.legend.keys) {
			t.Fatalf("the legend draws %d entries for %d keys", len(f.v.legend.row.Objects), len(f.v.legend.keys))
		}
		return names, colours
	}
	names, colours := shown()
	if want := []string{"Planned", "Active", "At risk", "Done", "Cancelled", "Late dependency"}; !slices.Equal(names, want) {
		t.Fatalf("by status the legend shows %q, want %q", names, want)
	}
	if colours[1] != timeline.StatusColor(app.InitiativeActive) || colours[5] != timeline.LateColor {
		t.Errorf("by status the colours are %v", colours)
	}
	f.v.colorBy.SetSelected(byGoal)
	if names, colours = shown(); !slices.Equal(names, []string{"Grow", "No goal", "Late dependency"}) || colours[0] != timeline.GoalColor(0) {
		t.Fatalf("by goal the legend shows %q %v", names, colours)
	}
	if err := f.ws.Do(app.Create(&app.Goal{ID: "g2", Title: "A goal whose title is far too long for a legend", Order: 2})); err != nil {
		t.Fatal(err)
	}
	if names, _ = shown(); len(names) != 4 || names[1] != "A goal whose title is far t…" {
		t.Fatalf("after adding a goal the legend shows %q", names)
	}
}

func TestStatusIndex(t *testing.T) {
	for i, s := range app.InitiativeStatuses {
		if got := statusIndex(s); got != i {
			t.Errorf("statusIndex(%q) = %d, want %d", s, got, i)
		}
	}
}

// TestLabelsStayWithTheirBars: while a bar stays in sight its name stays in
// the same text object, so its texture is not drawn again, even when a bar
// drawn before it leaves the view.
func TestLabelsStayWithTheirBars(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	r := f.tl.r
	before := map[int32]*canvas.Text{}
	for k, bar := range r.owner {
		if bar >= 0 {
			before[bar] = r.barText.items[k]
		}
	}
	if len(before) < 3 {
		t.Fatalf("%d labels in sight, want at least 3", len(before))
	}
	a, _ := f.tl.Plan().Bar("in-a")
	if before[int32(a)] == nil {
		t.Fatal("a has no label before the scroll")
	}
	f.tl.ScrollTo(f.tl.Frame().X(app.MustDate("2027-04-02")), 0) // a (Mar 1 – 31) leaves
	kept := 0
	for k, bar := range r.owner {
		if bar == int32(a) {
			t.Error("a still has a label out of sight")
		}
		if o, ok := before[bar]; bar >= 0 && ok {
			kept++
			if o != r.barText.items[k] {
				t.Errorf("bar %d changed its text object", bar)
			}
		}
	}
	if kept < 2 {
		t.Errorf("%d bars kept their labels, want the others in sight", kept)
	}
	if o := before[int32(a)]; o.Visible() {
		t.Error("a's old text is still shown")
	}
}

// TestTrayOneList checks that the tray is one list of every undated
// initiative under its group's header, which scrolls to the last of them.
func TestTrayOneList(t *testing.T) {
	ws := roadmapWorkspace(t)
	err := ws.Do(app.Func{Desc: "more", Fn: func(tx *app.Tx) error {
		for i := range 30 {
			in := &app.Initiative{ID: fmt.Sprintf("in-n%02d", i), Name: fmt.Sprintf("Next %02d", i), Status: app.InitiativePlanned, Horizon: app.HorizonNext}
			if err := tx.Put(in); err != nil {
				return fmt.Errorf("%s: %w", in.ID, err)
			}
		}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, ws)
	tr := f.v.tray
	want := []string{"Now (1)", "in-u2", "Next (30)"}
	for i := range 30 {
		want = append(want, fmt.Sprintf("in-n%02d", i))
	}
	want = append(want, "Later (1)", "in-u1", "No horizon (0)")
	if got := trayIDs(tr); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("tray rows %v, want %v", got, want)
	}
	// Only the rows in sight are made, in one column.
	if n := len(tr.rows); n >= len(want) {
		t.Errorf("%d row widgets for %d rows: the list should make those in sight only", n, len(want))
	}
	// The last group is reached by scrolling, and its header takes drops.
	tr.list.ScrollToBottom()
	none := f.trayHeaderOf(3)
	from := f.barPos("in-d", 10)
	to := abs(none).Add(fyne.NewPos(20, none.Size().Height/2))
	test.Drag(f.Win.Canvas(), from, to.X-from.X, to.Y-from.Y)
	f.assert("dropped on No horizon", "in-d", "", "", "l2", app.HorizonNone)
}

// TestBarsKeptWhileUnchanged: a redraw that changes nothing the bars depend
// on (the pointer moving, the tip following it, a zoom to a level of the
// same scale) leaves the bars as they are; a new selection, colouring or
// scale draws them again, where a full redraw puts them.
func TestBarsKeptWhileUnchanged(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	r := f.tl.r
	bars := func() []fyne.Position {
		var out []fyne.Position
		for _, o := range r.bars.items[:r.bars.shown] {
			out = append(out, o.Position())
		}
		return out
	}
	f.tl.SetZoom(timeline.Quarters)
	if len(bars()) < 3 {
		t.Fatalf("%d bars in sight, want at least 3", len(bars()))
	}
	// Nothing changed: a bar moved behind the widget's back stays moved.
	o := r.bars.items[0]
	at := o.Position()
	o.Move(at.AddXY(0, 500))
	f.tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(laneW+5, headerH+5)}})
	r.Refresh()
	if o.Position() == at {
		t.Fatal("an unchanged redraw drew the bars again")
	}
	// A selection draws them again.
	f.tl.Select("in-c")
	if o.Position() != at {
		t.Errorf("after a selection the first bar is at %v, want %v", o.Position(), at)
	}
	// Fiscal quarters have the scale of quarters: the bars stay, where a
	// full redraw puts them.
	f.tl.SetZoom(timeline.FiscalQuarters)
	kept := bars()
	r.drawn = barsKey{}
	r.Refresh()
	if got := bars(); fmt.Sprint(got) != fmt.Sprint(kept) {
		t.Errorf("bars kept from quarters %v, drawn for fiscal quarters %v", kept, got)
	}
	// Colour by goal, and another scale, draw them again.
	for _, c := range []struct {
		name string
		do   func()
	}{
		{"colour by goal", func() { f.tl.SetColorByGoal(true) }},
		{"years", func() { f.tl.SetZoom(timeline.Years) }},
	} {
		o := r.bars.items[0]
		at := o.Position()
		o.Move(at.AddXY(0, 500))
		c.do()
		if o.Position().Y == at.Y+500 {
			t.Errorf("%s: the bars were not drawn again", c.name)
		}
	}
}
