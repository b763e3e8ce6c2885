package app

import (
	"slices"
	"testing"
)

// insight returns a valid new insight with the ID, text and links.
func insight(id, text string, items ...string) *Insight {
	return &Insight{ID: id, Text: text, State: InsightNew, Items: items}
}

func TestInsightIsLastKind(t *testing.T) {
	if Kinds[len(Kinds)-1] != KindInsight {
		t.Errorf("Kinds ends with %s, want insights last (it refers to items, initiatives and personas)", Kinds[len(Kinds)-1])
	}
	if KindInsight.Singular() != "insight" {
		t.Errorf("Singular = %q", KindInsight.Singular())
	}
}

func TestInsightRules(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws, item("item-a", "Export to PDF"), &Initiative{ID: "init-a", Name: "Reports", Status: InitiativePlanned},
		&Persona{ID: "persona-a", Name: "Pat"})
	tests := []struct {
		name string
		edit func(in *Insight)
		want string
	}{
		{"valid", func(in *Insight) {}, ""},
		{"all links", func(in *Insight) {
			in.Persona, in.Initiatives, in.Link, in.Importance = "persona-a", []string{"init-a"}, "https://help.example.com/t/1", ImportanceCritical
		}, ""},
		{"no text", func(in *Insight) { in.Text = "  " }, "field text: is required"},
		{"bad state", func(in *Insight) { in.State = "done" }, "must be new, triaged or archived"},
		{"bad importance", func(in *Insight) { in.Importance = "urgent" }, `got "urgent"`},
		{"unknown item", func(in *Insight) { in.Items = []string{"item-zz"} }, `field items[0]: refers to unknown item "item-zz"`},
		{"unknown initiative", func(in *Insight) { in.Initiatives = []string{"init-zz"} }, `unknown initiative "init-zz"`},
		{"unknown persona", func(in *Insight) { in.Persona = "persona-zz" }, `unknown persona "persona-zz"`},
		{"script link", func(in *Insight) { in.Link = "javascript:alert(1)" }, "must be an http, https or mailto URL"},
		{"spaced tag", func(in *Insight) { in.Tags = []string{" x"} }, "tags[0]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := insight("", "I need the report as a PDF for my board", "item-a")
			tc.edit(in)
			err := ws.Do(Create(in))
			wantErr(t, err, tc.want)
			if tc.want == "" && !ws.Has(KindInsight, in.ID) {
				t.Fatalf("created insight %q is missing", in.ID)
			}
		})
	}
}

func TestDeleteUnlinksInsights(t *testing.T) {
	for _, k := range []Key{{KindItem, "item-a"}, {KindInitiative, "init-a"}, {KindPersona, "persona-a"}} {
		t.Run(string(k.Kind), func(t *testing.T) {
			ws := newTestWS(t)
			put(t, ws, &Initiative{ID: "init-a", Name: "Reports", Status: InitiativePlanned}, &Persona{ID: "persona-a", Name: "Pat"},
				item("item-a", "Export to PDF"), item("item-b", "Share a link"))
			a := insight("insight-a", "PDF please", "item-a", "item-b")
			a.Initiatives, a.Persona = []string{"init-a"}, "persona-a"
			b := insight("insight-b", "PDF for the board", "item-a")
			b.Initiatives, b.Persona = []string{"init-a"}, "persona-a"
			c := insight("insight-c", "A link to share", "item-b")
			put(t, ws, a, b, c)
			if got := DeleteNotice(ws, k); got != "Unlinks 2 insights." {
				t.Errorf("DeleteNotice = %q, want %q", got, "Unlinks 2 insights.")
			}
			if err := ws.Do(Delete(k)); err != nil {
				t.Fatal(err)
			}
			for _, id := range []string{"insight-a", "insight-b"} {
				in, _ := ws.Insight(id)
				if insightRefers(in, k) {
					t.Errorf("%s still refers to %s", id, k)
				}
			}
			if in, _ := ws.Insight("insight-a"); k.Kind != KindItem && !slices.Equal(in.Items, []string{"item-a", "item-b"}) {
				t.Errorf("insight-a lost its item links: %v", in.Items)
			}
			if p := Validate(ws); len(p) > 0 {
				t.Fatalf("after delete: %v", p)
			}
			if ok, err := ws.Undo(); !ok || err != nil {
				t.Fatalf("undo: %v %v", ok, err)
			}
			if !ws.Has(k.Kind, k.ID) || LinkedInsights(ws, k) != 2 {
				t.Errorf("undo did not restore %s and its 2 links (%d)", k, LinkedInsights(ws, k))
			}
		})
	}
}

func TestDeleteNoticeNone(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws, item("item-a", "A"), insight("insight-a", "x"))
	if got := DeleteNotice(ws, Key{KindItem, "item-a"}); got != "" {
		t.Errorf("DeleteNotice = %q, want none", got)
	}
	put(t, ws, insight("insight-b", "y", "item-a"))
	if got := DeleteNotice(ws, Key{KindItem, "item-a"}); got != "Unlinks 1 insight." {
		t.Errorf("DeleteNotice = %q", got)
	}
}

func TestLinkAndTriage(t *testing.T) {
	ws := newTestWS(t)
	put(t, ws, item("item-a", "A"), &Initiative{ID: "init-a", Name: "I", Status: InitiativePlanned},
		insight("insight-a", "x"), insight("insight-b", "y"))
	if err := ws.Do(LinkInsight("insight-a", []string{"item-a"}, []string{"init-a"})); err != nil {
		t.Fatal(err)
	}
	wantErr(t, ws.Do(LinkInsight("insight-a", []string{"item-nope"}, nil)), `no item "item-nope"`)
	in, _ := ws.Insight("insight-a")
	if !slices.Equal(in.Items, []string{"item-a"}) || !slices.Equal(in.Initiatives, []string{"init-a"}) {
		t.Errorf("links = %v %v", in.Items, in.Initiatives)
	}
	if err := ws.Do(UnlinkInsight("insight-a", Key{KindItem, "item-a"})); err != nil {
		t.Fatal(err)
	}
	if in, _ := ws.Insight("insight-a"); len(in.Items) != 0 {
		t.Errorf("still linked: %v", in.Items)
	}
	if err := ws.Do(TriageInsights([]string{"insight-a", "insight-b"}, InsightTriaged)); err != nil {
		t.Fatal(err)
	}
	for _, in := range ws.Insights() {
		if in.State != InsightTriaged {
			t.Errorf("%s state %s", in.ID, in.State)
		}
	}
	if d, _ := ws.CanUndo(); d != "Triage insights" {
		t.Errorf("undo says %q", d)
	}
}

func TestInsightsOrderAndExcerpt(t *testing.T) {
	ws := newTestWS(t)
	a, b, c := insight("insight-a", "a"), insight("insight-b", "b"), insight("insight-c", "c")
	a.Date, b.Date = MustDate("2026-01-02"), MustDate("2026-03-04")
	put(t, ws, c, a, b)
	var ids []string
	for _, in := range ws.Insights() {
		ids = append(ids, in.ID)
	}
	if want := []string{"insight-b", "insight-a", "insight-c"}; !slices.Equal(ids, want) {
		t.Errorf("order %v, want %v (latest first, undated last)", ids, want)
	}
	long := &Insight{Text: "Exporting the board takes forever\nsecond line"}
	if got := long.Excerpt(12); got != "Exporting t…" {
		t.Errorf("Excerpt = %q", got)
	}
}
