package app

import (
	"slices"
	"testing"
)

func TestBulkEditReportsRefusalsAndUndoesAsOne(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws, &Release{ID: "rel-a", Name: "1.0"},
		groomed("item-a", "A"), groomed("item-b", "B"), item("item-c", "C"), item("item-d", "D"))
	ws.MarkSaved(ws.Dirty())
	var res BulkResult
	// Move four items to In progress and into a release: C and D have no
	// criteria or estimate, so the Ready gate refuses them.
	err := ws.Do(BulkEdit([]string{"item-a", "item-b", "item-c", "item-d"}, "Bulk edit", func(tx *Tx, it *Item) error {
		it.Release = "rel-a"
		MoveTo(tx, it, StatusInProgress, "")
		return nil
	}, &res))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Changed, []string{"item-a", "item-b"}) || len(res.Refusals) != 2 || res.Refusals[0].ID != "item-c" {
		t.Fatalf("result = %+v", res)
	}
	wantErr(t, res.Refusals[0].Err, "moving to Ready needs at least one acceptance criterion and an estimate")
	for id, want := range map[string]Status{"item-a": StatusInProgress, "item-b": StatusInProgress, "item-c": StatusNew, "item-d": StatusNew} {
		it, _ := ws.Item(id)
		if it.Status != want || (want == StatusNew) != (it.Release == "") {
			t.Errorf("%s: %s in %q", id, it.Status, it.Release)
		}
	}
	if got := len(ws.Dirty()); got != 2 {
		t.Errorf("dirty = %d, want the 2 changed items", got)
	}
	if _, err := ws.Undo(); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"item-a", "item-b"} {
		if it, _ := ws.Item(id); it.Status != StatusReady || it.Release != "" {
			t.Errorf("undo left %s %s %q", id, it.Status, it.Release)
		}
	}
	// Every item refused: the command fails and changes nothing.
	err = ws.Do(BulkEdit([]string{"item-c", "item-d"}, "Bulk edit", func(tx *Tx, it *Item) error {
		it.Release = "rel-missing"
		return nil
	}, &res))
	wantErr(t, err, `refers to unknown release "rel-missing"`)
}

func TestMoveCardAndFilters(t *testing.T) {
	ws := newTestWS(t)
	a, b, c := groomed("item-a", "Alpha export"), groomed("item-b", "Beta"), groomed("item-c", "Gamma")
	a.Rank, b.Rank, c.Rank = 1, 2, 3
	b.Tags, c.Type, c.DependsOn = []string{"ux"}, TypeBug, []string{"item-b"}
	put(t, ws, a, b, c)
	ws.SetUser("po")
	// Drag Alpha into In progress; then Gamma between nothing and... the top of Ready.
	if err := ws.Do(MoveCard("item-a", StatusInProgress, "", "", "")); err != nil {
		t.Fatal(err)
	}
	if err := ws.Do(MoveCard("item-c", StatusReady, "", "item-b", "")); err != nil {
		t.Fatal(err)
	}
	ids := func(items []*Item) (out []string) {
		for _, it := range items {
			out = append(out, it.ID)
		}
		return out
	}
	if got := ids(Column(ws, StatusReady, nil)); !slices.Equal(got, []string{"item-c", "item-b"}) {
		t.Fatalf("ready column = %v", got)
	}
	if got := ids(Column(ws, StatusInProgress, nil)); !slices.Equal(got, []string{"item-a"}) {
		t.Fatalf("in progress = %v", got)
	}
	it, _ := ws.Item("item-a")
	if len(it.History) != 1 || it.History[0].To != StatusInProgress {
		t.Fatalf("history = %+v", it.History)
	}
	// A forbidden drop is refused with the rule's reason.
	wantErr(t, ws.Do(MoveCard("item-b", StatusAccepted, "", "", "")), "only Done items can be accepted")

	tests := []struct {
		f    Filter
		want []string
	}{
		{Filter{}, []string{"item-c", "item-b"}},
		{Filter{Tags: []string{"ux"}}, []string{"item-b"}},
		{Filter{Types: []ItemType{TypeBug}}, []string{"item-c"}},
		{Filter{BlockedOnly: true}, []string{"item-c"}},
		{Filter{Text: "GAM"}, []string{"item-c"}},
		{Filter{Text: "works beta"}, []string{"item-b"}},
		{Filter{Releases: []string{""}}, []string{"item-c", "item-b"}},
		{Filter{Releases: []string{"rel-x"}}, nil},
	}
	for _, tt := range tests {
		if got := ids(Column(ws, StatusReady, tt.f.Matcher(ws))); !slices.Equal(got, tt.want) {
			t.Errorf("filter %+v = %v, want %v", tt.f, got, tt.want)
		}
	}
	counts := StatusCounts(ws)
	if counts[StatusReady] != 2 || counts[StatusInProgress] != 1 {
		t.Fatalf("counts = %v", counts)
	}
	if err := ws.Do(EditProduct("WIP", func(p *Product) error { p.WIPLimits[StatusReady] = 1; return nil })); err != nil {
		t.Fatal(err)
	}
	if !OverWIP(ws, StatusReady, counts) || OverWIP(ws, StatusInProgress, counts) {
		t.Fatal("WIP limits misread")
	}
}

func TestBulkEditRefusalRestoresAnItemTouchedEarlierInTheCommand(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws, item("item-a", "A"))
	var res BulkResult
	err := ws.Do(Func{Desc: "Import", Fn: func(tx *Tx) error {
		it, err := Edit[*Item](tx, KindItem, "item-a")
		if err != nil {
			return err
		}
		it.Title = "Renamed first"
		return BulkEdit([]string{"item-a"}, "", func(tx *Tx, it *Item) error {
			it.Title = "Renamed again"
			it.Release = "rel-missing" // refused
			return nil
		}, &res).Apply(tx)
	}})
	wantErr(t, err, "every item was refused")
	it, _ := ws.Item("item-a")
	if it.Title != "A" || it.Release != "" {
		t.Fatalf("after a refused command: %+v", it)
	}
	res = BulkResult{}
	err = ws.Do(Func{Desc: "Import", Fn: func(tx *Tx) error {
		it, err := Edit[*Item](tx, KindItem, "item-a")
		if err != nil {
			return err
		}
		it.Title = "Renamed first"
		if err := Create(item("item-b", "B")).Apply(tx); err != nil {
			return err
		}
		return BulkEdit([]string{"item-a", "item-b"}, "", func(tx *Tx, it *Item) error {
			if it.ID == "item-a" {
				it.Release = "rel-missing" // refused: item-a keeps its first rename
			} else {
				it.Title = "B2"
			}
			return nil
		}, &res).Apply(tx)
	}})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := ws.Item("item-a")
	b, _ := ws.Item("item-b")
	if a.Title != "Renamed first" || a.Release != "" || b.Title != "B2" || len(res.Refusals) != 1 {
		t.Fatalf("a %+v, b %+v, refusals %v", a, b, res.Refusals)
	}
}
