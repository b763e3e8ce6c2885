package market

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

func TestCompetitorsTableSortsAndAdds(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	var opened []app.Key
	p := newCompetitorsPage(uitest.Env(ws), func(k app.Key) { opened = append(opened, k) })
	uitest.Follow(ws, p.Refresh)
	uitest.ShowInWindow(t, p.Content)

	row := func(i int) string {
		var cells []string
		for c := range p.Table.Columns() {
			cells = append(cells, p.Table.Cell(i, c))
		}
		return strings.Join(cells, " | ")
	}
	if got := row(0); got != "Abacus | Hobbyists |  |  | Free | Plans ahead" {
		t.Errorf("row 0 = %q", got)
	}
	if got := row(1); got != "Ledger | Large farms | Reports | Slow | $90 | Faster" {
		t.Errorf("row 1 = %q", got)
	}
	// A click on the Competitor header sorts by name, again reverses.
	p.Table.SortBy(0)
	p.Table.SortBy(0)
	if got := p.Table.Cell(0, 0); got != "Ledger" {
		t.Fatalf("name descending, first %q", got)
	}
	p.Table.SortBy(4) // pricing: "$90" before "Free"
	if got := p.Table.Cell(0, 0); got != "Ledger" {
		t.Fatalf("by pricing, first %q", got)
	}
	test.Tap(p.Add)
	if ws.Count(app.KindCompetitor) != 3 || len(opened) != 1 || opened[0].Kind != app.KindCompetitor {
		t.Fatalf("add: %d competitors, opened %v", ws.Count(app.KindCompetitor), opened)
	}
	if c, _ := ws.Competitor(opened[0].ID); c.Name != "New competitor" || c.Position != nil {
		t.Fatalf("new competitor = %+v", c)
	}
	// Selecting a row opens that competitor.
	p.Table.Widget.Select(widget.TableCellID{Row: p.Table.Index("comp-ledger"), Col: 2})
	if last := opened[len(opened)-1]; last.ID != "comp-ledger" || p.Remove.Disabled() {
		t.Fatalf("selecting Ledger opened %v; remove disabled %v", last, p.Remove.Disabled())
	}
	test.Tap(p.Remove)
	if _, ok := ws.Competitor("comp-ledger"); ok {
		t.Fatal("Remove left the competitor")
	}
}

func TestPositioningMapPlacesAndMoves(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	p := newPositioningPage(uitest.Env(ws), func(app.Key) {})
	uitest.Follow(ws, p.refresh)
	w := uitest.ShowInWindow(t, p.content)

	// Placed marks are drawn; Abacus waits beside the map.
	var names []string
	for _, d := range p.chart.dots {
		names = append(names, d.mark.name)
	}
	if strings.Join(names, ",") != uitest.TestProduct+",Ledger" {
		t.Fatalf("marks on the map: %v", names)
	}
	if !uitest.HasText(p.places, "Not on the map yet") || !p.rows["comp-abacus"].place.Visible() || p.rows["comp-abacus"].x.Visible() {
		t.Fatalf("Abacus is not listed as unplaced: %q", uitest.Texts(p.places))
	}
	if !uitest.HasText(p.chart, "Price →") || !uitest.HasText(p.chart, "↑ Ease of use") {
		t.Errorf("axis names not drawn: %q", uitest.Texts(p.chart))
	}

	// Place puts it in the middle, and it is drawn.
	test.Tap(p.rows["comp-abacus"].place)
	c, _ := ws.Competitor("comp-abacus")
	if c.Position == nil || *c.Position != (app.Point{X: 50, Y: 50}) || len(p.chart.dots) != 3 {
		t.Fatalf("after Place: %+v, %d marks", c.Position, len(p.chart.dots))
	}

	// Dragging a mark moves it; the place follows the pixels.
	var ledger *mapDot
	for _, d := range p.chart.dots {
		if d.mark.id == "comp-ledger" {
			ledger = d
		}
	}
	o, s := plotRect(p.chart.Size())
	ledger.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(-s.Width*0.25, -s.Height*0.5)})
	ledger.DragEnd()
	c, _ = ws.Competitor("comp-ledger")
	if c.Position == nil || *c.Position != (app.Point{X: 60, Y: 70}) {
		t.Fatalf("after the drag Ledger is at %+v, want 60,70 (plot at %v size %v)", c.Position, o, s)
	}
	if d, _ := ws.CanUndo(); d != "Move on the positioning map" {
		t.Fatalf("undo would %q", d)
	}

	// Numbers typed beside the map place us; out of range is refused.
	uitest.Commit(t, w, p.rows[""].x, "12")
	if got := ws.Strategy().OurPosition; got == nil || *got != (app.Point{X: 12, Y: 80}) {
		t.Fatalf("our place = %+v", got)
	}
	uitest.Commit(t, w, p.rows[""].y, "140")
	if got := ws.Strategy().OurPosition; *got != (app.Point{X: 12, Y: 80}) || p.rows[""].y.Text != "80" {
		t.Fatalf("an out-of-range place was taken: %+v, field %q", got, p.rows[""].y.Text)
	}
	// Naming the axes.
	uitest.Commit(t, w, p.xName, " Cost ")
	if got := ws.Strategy().PositioningAxes.X; got != "Cost" || !uitest.HasText(p.chart, "Cost →") {
		t.Fatalf("x axis = %q; map shows %q", got, uitest.Texts(p.chart))
	}
	// Taking a mark off the map lists it as unplaced again.
	test.Tap(p.rows["comp-ledger"].drop)
	if c, _ := ws.Competitor("comp-ledger"); c.Position != nil || len(p.chart.dots) != 2 {
		t.Fatalf("after taking Ledger off: %+v, %d marks", c.Position, len(p.chart.dots))
	}
}

func TestPositionMapPixels(t *testing.T) {
	test.NewTempApp(t)
	m := newPositionMap(func(string, app.Point) {})
	m.Resize(fyne.NewSize(400, 300))
	for _, at := range []app.Point{{X: 0, Y: 0}, {X: 100, Y: 100}, {X: 25, Y: 75}, {X: 50, Y: 50}} {
		if got := m.pointAt(m.pixelOf(at)); got != at {
			t.Errorf("pointAt(pixelOf(%v)) = %v", at, got)
		}
	}
	// Outside the plot clamps to its edges.
	if got := m.pointAt(fyne.NewPos(-50, 1000)); got != (app.Point{X: 0, Y: 0}) {
		t.Errorf("below left = %v", got)
	}
	if got := m.pointAt(fyne.NewPos(1000, -50)); got != (app.Point{X: 100, Y: 100}) {
		t.Errorf("above right = %v", got)
	}
}

// TestShowSelectsTheCompetitor: opening a competitor (Find, a link) shows
// the Competitors tab with its row selected and its editor beside.
func TestShowSelectsTheCompetitor(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	env := uitest.Env(ws)
	var editors []app.Key
	env.NewEditor = func(env *page.Env, k app.Key) page.Editor {
		editors = append(editors, k)
		return uitest.StubEditor(env, k)
	}
	v := newMarketSection(env)
	v.SetShown(true)
	uitest.ShowInWindow(t, v.Object())
	v.Tabs.SelectIndex(1)
	k := app.Key{Kind: app.KindCompetitor, ID: "comp-ledger"}
	v.Show(k)
	if v.Tabs.SelectedIndex() != 0 || v.competitors.Selected() != "comp-ledger" {
		t.Fatalf("show: tab %d, selected %q", v.Tabs.SelectedIndex(), v.competitors.Selected())
	}
	if got, ok := v.Panel.Shown(); !ok || got != k || len(editors) == 0 || editors[len(editors)-1] != k {
		t.Fatalf("show: the panel shows %v (open %v), editors made %v", got, ok, editors)
	}
}

// TestCompetitorHighlightFollowsRow: sorted by name, the highlight of a
// competitor just added follows it when a rename sorts it into another
// row, and the move does not open its editor again.
func TestCompetitorHighlightFollowsRow(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.PMWorkspace(t)
	var opened []app.Key
	p := newCompetitorsPage(uitest.Env(ws), func(k app.Key) { opened = append(opened, k) })
	uitest.Follow(ws, p.Refresh)
	uitest.ShowInWindow(t, p.Content)
	p.Table.SortBy(0) // by name: Abacus, Ledger
	test.Tap(p.Add)
	newID := p.Selected()
	c, ok := ws.Competitor(newID)
	if !ok || c.Name != "New competitor" {
		t.Fatalf("Add selected %q", newID)
	}
	if row := p.Table.Index(newID); p.Table.SelectedRow() != row || p.Table.Cell(row, 0) != "New competitor" {
		t.Fatalf("after Add the highlight is on row %d, the new competitor on row %d", p.Table.SelectedRow(), row)
	}
	n := len(opened)
	renamed := app.Clone(c)
	renamed.Name = "Aardvark"
	if err := ws.Do(app.Update(renamed)); err != nil {
		t.Fatal(err)
	}
	if got := p.Table.Cell(0, 0); got != "Aardvark" {
		t.Fatalf("renamed, the first row is %q", got)
	}
	if p.Table.SelectedRow() != 0 {
		t.Errorf("the highlight is on row %d, want 0 where Aardvark moved", p.Table.SelectedRow())
	}
	if len(opened) != n {
		t.Errorf("following the row opened the editor again: %v", opened[n:])
	}
}
