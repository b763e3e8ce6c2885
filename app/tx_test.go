package app

import (
	"slices"
	"testing"
)

func TestUndoRedo(t *testing.T) {
	ws := newTestWS(t)
	var changes []Change
	ws.OnChange(func(c Change) { changes = append(changes, c) })
	put(t, ws, item("item-a", "A"))
	rename := func(title string) Command {
		return EditItem("item-a", "Rename item", func(it *Item) error { it.Title = title; return nil })
	}
	steps := []struct {
		name string
		do   func() (bool, error)
		want string // title after, "" when the item is absent
		undo string // the description CanUndo gives after
		redo string
	}{
		{"rename B", func() (bool, error) { return true, ws.Do(rename("B")) }, "B", "Rename item", ""},
		{"rename C", func() (bool, error) { return true, ws.Do(rename("C")) }, "C", "Rename item", ""},
		{"undo", ws.Undo, "B", "Rename item", "Rename item"},
		{"undo", ws.Undo, "A", "seed", "Rename item"},
		{"undo create", ws.Undo, "", "", "seed"},
		{"nothing left", func() (bool, error) {
			ok, err := ws.Undo()
			return !ok, err
		}, "", "", "seed"},
		{"redo create", ws.Redo, "A", "seed", "Rename item"},
		{"redo", ws.Redo, "B", "Rename item", "Rename item"},
		{"new edit clears redo", func() (bool, error) { return true, ws.Do(rename("D")) }, "D", "Rename item", ""},
		{"failed edit changes nothing", func() (bool, error) {
			err := ws.Do(rename(""))
			return err != nil, nil
		}, "D", "Rename item", ""},
	}
	for i, s := range steps {
		ok, err := s.do()
		if err != nil || !ok {
			t.Fatalf("step %d %s: ok=%v err=%v", i, s.name, ok, err)
		}
		it, present := ws.Item("item-a")
		switch {
		case s.want == "" && present:
			t.Fatalf("step %d %s: item present with title %q", i, s.name, it.Title)
		case s.want != "" && (!present || it.Title != s.want):
			t.Fatalf("step %d %s: item = %v, want title %q", i, s.name, it, s.want)
		}
		u, _ := ws.CanUndo()
		r, _ := ws.CanRedo()
		if u != s.undo || r != s.redo {
			t.Fatalf("step %d %s: CanUndo %q CanRedo %q, want %q %q", i, s.name, u, r, s.undo, s.redo)
		}
	}
	if len(changes) != 9 {
		t.Errorf("listeners saw %d changes, want 9", len(changes))
	}
	if !changes[3].Undone || changes[3].Keys[0] != (Key{KindItem, "item-a"}) {
		t.Errorf("change 3 = %+v, want an undo of item-a", changes[3])
	}
}

func TestEntitiesHandedOutAreNotAliased(t *testing.T) {
	ws := newTestWS(t)
	it := groomed("item-a", "A")
	it.Tags = []string{"x"}
	put(t, ws, it)
	it.Tags[0] = "changed outside"
	got, _ := ws.Item("item-a")
	if got.Tags[0] != "x" {
		t.Fatal("Put kept the caller's slice")
	}
	c := Clone(got)
	c.Criteria[0].Text = "changed in a clone"
	if got.Criteria[0].Text != "works" {
		t.Fatal("Clone shares criteria with the workspace")
	}
	if err := ws.Do(Update(c)); err != nil {
		t.Fatal(err)
	}
	if ws.Undo(); got.Criteria[0].Text != "works" {
		t.Fatal("undo did not restore")
	}
}

func TestReadOnlyRefusesEdits(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws, item("item-a", "A"))
	ws.SetReadOnly(errString("another Canopy has it open"))
	err := ws.Do(EditItem("item-a", "Rename", func(it *Item) error { it.Title = "B"; return nil }))
	if err == nil || !contains(err.Error(), "read-only") || !contains(err.Error(), "another Canopy") {
		t.Fatalf("Do on read-only = %v", err)
	}
	if _, err := ws.Undo(); err == nil {
		t.Fatal("Undo on read-only succeeded")
	}
}

type errString string

func (e errString) Error() string { return string(e) }

func TestDeleteRemovesReferencesAndUndoRestores(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws,
		&Lane{ID: "lane-a", Name: "Core"},
		&Goal{ID: "goal-a", Title: "Grow"},
		&Initiative{ID: "init-a", Name: "A", Status: InitiativePlanned, Lane: "lane-a", Goals: []string{"goal-a"}},
		&Initiative{ID: "init-b", Name: "B", Status: InitiativePlanned, DependsOn: []string{"init-a"}},
		&Risk{ID: "risk-a", Description: "late", Initiatives: []string{"init-a"}},
		&Milestone{ID: "ms-a", Name: "Beta", Date: MustDate("2026-06-01"), Initiative: "init-a", Lane: "lane-a"},
		&Release{ID: "rel-a", Name: "1.0"},
		&Item{ID: "item-a", Title: "A", Type: TypeBug, Status: StatusNew, Initiative: "init-a", Release: "rel-a"},
		&Item{ID: "item-b", Title: "B", Type: TypeBug, Status: StatusNew, DependsOn: []string{"item-a"}},
	)
	for _, k := range []Key{{KindInitiative, "init-a"}, {KindLane, "lane-a"}, {KindGoal, "goal-a"}, {KindRelease, "rel-a"}, {KindItem, "item-a"}} {
		if err := ws.Do(Delete(k)); err != nil {
			t.Fatalf("delete %v: %v", k, err)
		}
	}
	if p := Validate(ws); len(p) != 0 {
		t.Fatalf("dangling references after deletes: %v", p)
	}
	b, _ := ws.Item("item-b")
	if len(b.DependsOn) != 0 {
		t.Errorf("item-b still depends on %v", b.DependsOn)
	}
	for range 5 {
		if _, err := ws.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	a, ok := ws.Item("item-a")
	if !ok || a.Initiative != "init-a" || a.Release != "rel-a" {
		t.Fatalf("undo did not restore item-a: %+v", a)
	}
	r, _ := ws.Risk("risk-a")
	in, _ := ws.Initiative("init-a")
	if !slices.Equal(r.Initiatives, []string{"init-a"}) || in.Lane != "lane-a" || !slices.Equal(in.Goals, []string{"goal-a"}) {
		t.Fatalf("undo did not restore references: %+v %+v", r, in)
	}
	if p := Validate(ws); len(p) != 0 {
		t.Fatalf("problems after undo: %v", p)
	}
}

func TestDirtyTracksChangedEntities(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws, item("item-a", "A"), item("item-b", "B"))
	ws.MarkSaved(ws.Dirty())
	if err := ws.Do(EditItem("item-b", "Rename", func(it *Item) error { it.Title = "B2"; return nil })); err != nil {
		t.Fatal(err)
	}
	if got := ws.Dirty(); len(got) != 1 || got[0] != (Key{KindItem, "item-b"}) {
		t.Fatalf("Dirty = %v, want item-b only", got)
	}
}

func TestReorder(t *testing.T) {
	ws := newTestWS(t)
	for _, id := range []string{"item-a", "item-b", "item-c"} {
		if err := ws.Do(Create(item(id, id))); err != nil {
			t.Fatal(err)
		}
	}
	order := func() []string {
		var ids []string
		for _, it := range ws.Items() {
			ids = append(ids, it.ID)
		}
		return ids
	}
	if err := ws.Do(Reorder("item-c", "", "item-a")); err != nil {
		t.Fatal(err)
	}
	if got := order(); !slices.Equal(got, []string{"item-c", "item-a", "item-b"}) {
		t.Fatalf("order = %v", got)
	}
	// Squeeze repeatedly between the same two items until the gap must be renumbered.
	for i := range 60 {
		if err := ws.Do(Reorder("item-b", "item-c", "item-a")); err != nil {
			t.Fatal(err)
		}
		if err := ws.Do(Reorder("item-c", "item-b", "item-a")); err != nil {
			t.Fatalf("round %d: %v", i, err)
		}
	}
	if got := order(); !slices.Equal(got, []string{"item-b", "item-c", "item-a"}) {
		t.Fatalf("order = %v", got)
	}
	items := ws.Items()
	if gap := items[1].Rank - items[0].Rank; gap < minRankGap {
		t.Fatalf("gap %g was never renumbered", gap)
	}
}

func TestShiftDates(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws,
		&Initiative{ID: "init-a", Name: "A", Status: InitiativePlanned, Start: MustDate("2026-01-31"), End: MustDate("2026-03-31")},
		&Milestone{ID: "ms-a", Name: "M", Date: MustDate("2026-02-14")},
		&Release{ID: "rel-a", Name: "R", Date: MustDate("2026-03-01"), Tasks: []LaunchTask{{Title: "T", Due: MustDate("2026-02-20")}}},
		groomed("item-a", "A"))
	if err := ws.Do(Move("item-a", StatusInProgress, "")); err != nil {
		t.Fatal(err)
	}
	if err := ws.Do(ShiftDates(11)); err != nil {
		t.Fatal(err)
	}
	in, _ := ws.Initiative("init-a")
	m, _ := ws.Milestone("ms-a")
	r, _ := ws.Release("rel-a")
	it, _ := ws.Item("item-a")
	got := []string{in.Start.String(), in.End.String(), m.Date.String(), r.Date.String(), r.Tasks[0].Due.String(), it.History[0].At.Format("2006-01-02")}
	want := []string{"2026-12-31", "2027-02-28", "2027-01-14", "2027-02-01", "2027-01-20", "2027-10-27"}
	if !slices.Equal(got, want) {
		t.Fatalf("shifted = %v, want %v", got, want)
	}
	// No other command may move a past decision.
	err := ws.Do(EditItem("item-a", "Backdate", func(it *Item) error { it.History[0].At = it.History[0].At.AddDate(-1, 0, 0); return nil }))
	wantErr(t, err, "the history can only grow")
}

func TestEditThatChangesNothingIsNoUndoStep(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws, item("item-a", "A"))
	ws.MarkSaved(ws.Dirty())
	if err := ws.Do(EditItem("item-a", "Retype", func(it *Item) error { it.Title = "A"; return nil })); err != nil {
		t.Fatal(err)
	}
	if d, ok := ws.CanUndo(); !ok || d != "seed" {
		t.Fatalf("CanUndo = %q, %v; want the seed, not the no-op", d, ok)
	}
	if len(ws.Dirty()) != 0 {
		t.Fatalf("a no-op edit dirtied %v", ws.Dirty())
	}
}
