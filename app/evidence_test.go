package app

import (
	"testing"
)

func TestComputeEvidence(t *testing.T) {
	ws := newTestWS(t)
	a, b, c := item("item-a", "A"), item("item-b", "B"), item("item-c", "C")
	a.Initiative, b.Initiative = "init-a", "init-a"
	put(t, ws, &Initiative{ID: "init-a", Name: "I", Status: InitiativePlanned}, &Initiative{ID: "init-b", Name: "J", Status: InitiativePlanned}, a, b, c)
	mk := func(id, company, person string, imp Importance, st InsightState, items []string, inits ...string) *Insight {
		return &Insight{ID: id, Text: id, Company: company, Person: person, Importance: imp, State: st, Items: items, Initiatives: inits}
	}
	put(t, ws,
		mk("insight-1", "Acme", "Ann", ImportanceCritical, InsightNew, []string{"item-a", "item-b"}, "init-a"),
		mk("insight-2", "ACME ", "Bob", ImportanceImportant, InsightTriaged, []string{"item-a"}),
		mk("insight-3", "", "Cleo", ImportanceUnrated, InsightNew, []string{"item-a"}),
		mk("insight-4", "", "", ImportanceNice, InsightNew, []string{"item-a"}),
		mk("insight-5", "Zed", "", ImportanceCritical, InsightArchived, []string{"item-a"}, "init-b"),
		mk("insight-6", "Öko", "", ImportanceImportant, InsightNew, nil, "init-b"),
		mk("insight-7", "öKO", "", ImportanceNice, InsightNew, []string{"item-c"}, "init-b"),
	)
	x := ComputeEvidence(ws)
	tests := []struct {
		name string
		got  Evidence
		want Evidence
	}{
		// 1 (3) + 2 (2) + 3 (1) + 4 (1); customers Acme (twice, case and
		// spaces folded), Cleo; 4 anonymous; 5 archived.
		{"item-a", x.Item("item-a"), Evidence{Insights: 4, Customers: 2, Demand: 7}},
		{"item-b", x.Item("item-b"), Evidence{Insights: 1, Customers: 1, Demand: 3}},
		{"item-c", x.Item("item-c"), Evidence{Insights: 1, Customers: 1, Demand: 1}},
		{"unknown item", x.Item("item-zz"), Evidence{}},
		// Its own insight-1 and its items' 1, 2, 3, 4: insight-1 once.
		{"init-a", x.Initiative("init-a"), Evidence{Insights: 4, Customers: 2, Demand: 7}},
		// Its own 6 and 7 (5 archived); item-c is not its item.
		{"init-b", x.Initiative("init-b"), Evidence{Insights: 2, Customers: 1, Demand: 3}},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.name, tc.got, tc.want)
		}
	}
	// The index stays right when the table's slots move.
	if err := ws.Do(Delete(Key{KindItem, "item-b"})); err != nil {
		t.Fatal(err)
	}
	if got := x.Item("item-c"); got != (Evidence{Insights: 1, Customers: 1, Demand: 1}) {
		t.Errorf("after a delete, the old index gives item-c %+v", got)
	}
	if got := ComputeEvidence(ws).Initiative("init-a"); got != (Evidence{Insights: 4, Customers: 2, Demand: 7}) {
		t.Errorf("init-a after deleting item-b: %+v", got)
	}

	items, inits := MostDemanded(ws, 2)
	if len(items) != 2 || items[0].Key.ID != "item-a" || items[1].Key.ID != "item-c" {
		t.Errorf("MostDemanded items = %+v", items)
	}
	if len(inits) != 2 || inits[0].Key.ID != "init-a" {
		t.Errorf("MostDemanded initiatives = %+v", inits)
	}
	quotes := InsightsFor(ws, Key{KindInitiative, "init-a"})
	if len(quotes) != 4 || quotes[0].ID != "insight-1" {
		t.Errorf("InsightsFor init-a = %d, first %v", len(quotes), quotes)
	}
}

func TestInsightTalliesAndPersonaAsks(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws, &Persona{ID: "persona-a", Name: "Pat"}, item("item-a", "A"), item("item-b", "B"))
	put(t, ws,
		&Insight{ID: "insight-1", Text: "x", Segment: "SMB", Persona: "persona-a", State: InsightNew, Items: []string{"item-a"}},
		&Insight{ID: "insight-2", Text: "y", Segment: "SMB", Persona: "persona-a", State: InsightNew, Items: []string{"item-a", "item-b"}},
		&Insight{ID: "insight-3", Text: "z", Segment: "Enterprise", State: InsightTriaged},
		&Insight{ID: "insight-4", Text: "w", Segment: "Enterprise", Persona: "persona-a", State: InsightArchived, Items: []string{"item-b"}},
	)
	seg, per := InsightTallies(ws)
	if len(seg) != 2 || seg[0] != (Tally{"SMB", 2}) || seg[1] != (Tally{"Enterprise", 1}) {
		t.Errorf("by segment %v", seg)
	}
	if len(per) != 2 || per[0] != (Tally{"Pat", 2}) || per[1] != (Tally{"", 1}) {
		t.Errorf("by persona %v", per)
	}
	asks := PersonaAsks(ws, "persona-a", 0)
	if len(asks) != 2 || asks[0].Key.ID != "item-a" || asks[0].Evidence.Insights != 2 || asks[1].Evidence.Insights != 1 {
		t.Errorf("PersonaAsks = %+v", asks)
	}
}

func TestEvidenceCache(t *testing.T) {
	ws := newTestWS(t)
	a := item("item-a", "A")
	put(t, ws, &Initiative{ID: "init-a", Name: "I", Status: InitiativePlanned}, a, item("item-b", "B"),
		&Insight{ID: "insight-1", Text: "x", Company: "Acme", State: InsightNew, Items: []string{"item-a"}})
	x := ws.Evidence()
	if x.Item("item-a").Insights != 1 || x.Initiative("init-a").Insights != 0 {
		t.Fatalf("first index: %+v %+v", x.Item("item-a"), x.Initiative("init-a"))
	}
	steps := []struct {
		name  string
		cmd   Command
		undo  bool
		fresh bool // a new index is expected
		check func(x *EvidenceIndex) bool
	}{
		{"rename keeps it", EditItem("item-a", "Rename", func(it *Item) error { it.Title = "A2"; return nil }), false, false,
			func(x *EvidenceIndex) bool { return x.Item("item-a").Insights == 1 }},
		{"initiative change rolls up", EditItem("item-a", "Plan", func(it *Item) error { it.Initiative = "init-a"; return nil }), false, true,
			func(x *EvidenceIndex) bool { return x.Initiative("init-a").Insights == 1 }},
		{"undo takes it back", nil, true, true,
			func(x *EvidenceIndex) bool { return x.Initiative("init-a").Insights == 0 }},
		{"an insight edit counts", LinkInsight("insight-1", []string{"item-b"}, nil), false, true,
			func(x *EvidenceIndex) bool { return x.Item("item-b").Insights == 1 }},
		{"deleting an item", Delete(Key{KindItem, "item-a"}), false, true,
			func(x *EvidenceIndex) bool { return x.Item("item-a").Zero() && x.Item("item-b").Insights == 1 }},
	}
	for _, s := range steps {
		if s.undo {
			if _, err := ws.Undo(); err != nil {
				t.Fatal(err)
			}
		} else if err := ws.Do(s.cmd); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		got := ws.Evidence()
		if (got != x) != s.fresh {
			t.Errorf("%s: new index %v, want %v", s.name, got != x, s.fresh)
		}
		if !s.check(got) {
			t.Errorf("%s: wrong evidence", s.name)
		}
		x = got
	}
}
