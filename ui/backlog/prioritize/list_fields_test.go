package prioritize

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

// arrWorkspace is TestSortByWSJF's workspace with an ARR field, values on
// three items and the formula fields.arr / 1000.
func arrWorkspace(t *testing.T) *app.Workspace {
	t.Helper()
	ws := newWorkspace(t,
		spec{id: "it-a", title: "Alpha", status: app.StatusReady, wsjf: wsjf(1, 1, 1, 1)},       // 3
		spec{id: "it-b", title: "Bravo", status: app.StatusReady, wsjf: wsjf(8, 1, 1, 2)},       // 5
		spec{id: "it-c", title: "Charlie", status: app.StatusReady},                             // unscored
		spec{id: "it-d", title: "Delta", status: app.StatusInProgress, wsjf: wsjf(20, 1, 1, 1)}, // 22, not in what-next
		spec{id: "it-e", title: "Echo", status: app.StatusNew, wsjf: wsjf(2, 1, 1, 2)},          // 2
	)
	if err := ws.Do(app.AddField(app.FieldDecl{Key: "arr", Name: "ARR", Type: app.FieldNumber, Unit: "$", On: []app.FieldTarget{app.FieldOnItem}})); err != nil {
		t.Fatal(err)
	}
	for id, v := range map[string]float64{"it-a": 9000, "it-c": 5000, "it-e": 1000} {
		if err := ws.Do(app.SetFieldValue(app.Key{Kind: app.KindItem, ID: id}, "arr", v)); err != nil {
			t.Fatal(err)
		}
	}
	if err := ws.Do(app.SetFormula("fields.arr / 1000")); err != nil {
		t.Fatal(err)
	}
	return ws
}

func TestListRanksByFormulaAndSortsByField(t *testing.T) {
	test.NewTempApp(t)
	ws := arrWorkspace(t)
	f := newFixture(t, ws)
	l := NewList(f.Env)
	f.show(l.Object(), 1900, 700)
	titles := []string{"Alpha", "Bravo", "Charlie", "Delta", "Echo"}
	if got, want := shownTitles(l, titles), []string{"Bravo", "Alpha", "Echo", "Charlie", "Delta"}; !slices.Equal(got, want) {
		t.Fatalf("WSJF's what-next order: got %v, want %v", got, want)
	}
	// The formula's and ARR's columns come after Value/effort, before
	// MoSCoW; choosing Formula re-ranks.
	if x, _ := l.extra(l.logical(colVE + 1)); !x.formula || l.colTitle(l.logical(colVE+2)) != "ARR" || l.logical(colVE+3) != colMoSCoW {
		t.Fatalf("columns after Value/effort: %q %q %q", l.colTitle(l.logical(colVE+1)), l.colTitle(l.logical(colVE+2)), l.colTitle(l.logical(colVE+3)))
	}
	header(t, l, "Formula")
	l.modelSel.SetSelected("Formula")
	if got, want := shownTitles(l, titles), []string{"Alpha", "Charlie", "Echo", "Bravo", "Delta"}; !slices.Equal(got, want) {
		t.Fatalf("formula's what-next order: got %v, want %v", got, want)
	}
	if b := header(t, l, "Formula"); !strings.Contains(b.Text, "•") {
		t.Errorf("the formula's header %q is not marked as the model", b.Text)
	}
	for _, r := range l.rows {
		col := numCols + slices.IndexFunc(l.extras, func(x extraCol) bool { return x.formula })
		if want := map[string]string{"it-a": "9", "it-c": "5", "it-e": "1", "it-b": "—", "it-d": "—"}[r.it.ID]; l.cellText(r, col) != want {
			t.Errorf("%s's formula cell %q, want %q", r.it.ID, l.cellText(r, col), want)
		}
	}
	// The ARR column sorts by value, largest first, items without one last.
	test.Tap(header(t, l, "ARR"))
	if got, want := shownTitles(l, titles), []string{"Alpha", "Charlie", "Echo", "Bravo", "Delta"}; !slices.Equal(got[:3], want[:3]) {
		t.Fatalf("ARR descending: got %v, want %v", got, want)
	}
	test.Tap(header(t, l, "ARR"))
	if got := shownTitles(l, titles); !slices.Equal(got[:3], []string{"Echo", "Charlie", "Alpha"}) {
		t.Fatalf("ARR ascending: got %v", got)
	}
}

func TestBulkSetsACustomField(t *testing.T) {
	test.NewTempApp(t)
	ws := arrWorkspace(t)
	f := newFixture(t, ws)
	l := NewList(f.Env)
	f.show(l.Object(), 1900, 700)
	l.selected["it-b"], l.selected["it-d"] = true, true
	l.bulkField.SetSelected("Field: ARR")
	l.bulkValue.SetText("$7000")
	before := f.done
	test.Tap(l.apply)
	if f.done != before+1 {
		t.Fatalf("%d commands, want one (errors %v)", f.done-before, f.Errs)
	}
	for _, id := range []string{"it-b", "it-d"} {
		if it, _ := ws.Item(id); it.Fields["arr"] != 7000.0 {
			t.Fatalf("%s's ARR = %v", id, it.Fields["arr"])
		}
	}
	// A value that is not a number is refused by the field's name.
	l.bulkValue.SetText("lots")
	test.Tap(l.apply)
	if f.done != before+1 {
		t.Fatal("a bad number made a command")
	}
	uitest.WaitForDialog(t, f.Win, "ARR")
	// Choosing (none) clears the values.
	l.bulkValue.SetText(noneChoice)
	test.Tap(l.apply)
	if it, _ := ws.Item("it-b"); it.Fields != nil {
		t.Fatalf("it-b keeps %v", it.Fields)
	}
}
