package brief

import (
	"slices"
	"strings"
	"testing"

	"canopy/app"
)

func TestAppendixShowsChosenFields(t *testing.T) {
	ws := sampleWorkspace(t)
	// The first open item by rank gets values to read in the excerpt.
	var first *app.Item
	for _, it := range ws.Items() {
		if it.Status != app.StatusAccepted {
			first = it
			break
		}
	}
	keys := []app.Key{app.KeyOf(first)}
	for _, c := range []app.Command{app.SetFieldValues(keys, "arr", 123456.0), app.SetFieldValues(keys, "customer_commitment", true)} {
		if err := ws.Do(c); err != nil {
			t.Fatal(err)
		}
	}
	// By default, the fields of the cards (the sample's: Segment).
	opt := BriefOptions{Sections: []Section{app.DocAppendix}}
	b, _, _ := writeBrief(t, ws, opt)
	text := checkText(t, savePDF(t, b), "Segment")
	if strings.Contains(text, "Customer commitment") {
		t.Error("the excerpt shows a field that was not chosen")
	}
	// Chosen ones, in the order given, with their units.
	opt.Fields = []string{"arr", "customer_commitment", "nosuch"}
	b, _, _ = writeBrief(t, ws, opt)
	text = checkText(t, savePDF(t, b), "ARR", "Customer", "$123456")
	if strings.Contains(text, "nosuch") {
		t.Error("an undeclared key became a column")
	}
}

func TestResolveFields(t *testing.T) {
	p := sampleWorkspace(t).Product()
	tests := []struct {
		list string
		want []string
		err  string
	}{
		{"arr", []string{"arr"}, ""},
		{"Customer commitment, segment", []string{"customer_commitment", "segment"}, ""},
		{" ARR ,arr", []string{"arr"}, ""},
		{"none", []string{}, ""},
		{"", []string{}, ""},
		{"budget", nil, `no item field "budget": the workspace's item fields are Segment, ARR, Customer commitment`},
		{"arr,segment,customer_commitment", []string{"arr", "segment", "customer_commitment"}, ""},
	}
	for _, tc := range tests {
		got, err := ResolveFields(p, tc.list)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: error %v, want %q", tc.list, err, tc.err)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("%q = %q, %v; want %q", tc.list, got, err, tc.want)
		}
	}
	// More than the excerpt shows.
	four := *p
	four.Fields = append(slices.Clone(p.Fields), app.FieldDecl{Key: "region", Name: "Region", Type: app.FieldText, On: []app.FieldTarget{app.FieldOnItem}})
	if _, err := ResolveFields(&four, "arr,segment,customer_commitment,region"); err == nil || !strings.Contains(err.Error(), "shows 3 at most") {
		t.Errorf("four fields: %v", err)
	}
}
