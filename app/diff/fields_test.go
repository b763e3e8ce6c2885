package diff

import (
	"slices"
	"testing"

	"canopy/app"
)

func TestCompareCustomFields(t *testing.T) {
	old, new := basePlan(), basePlan()
	old.items["item-00000001"].Fields = map[string]any{"segment": "SMB", "arr": 1000.0}
	new.items["item-00000001"].Fields = map[string]any{"segment": "Enterprise", "committed": true}
	new.inits["init-aaaaaaaa"].Fields = map[string]any{"segment": "SMB"}
	oldWS, newWS := old.workspace(), new.workspace()
	decls := []app.FieldDecl{
		{Key: "segment", Name: "Segment", Type: app.FieldSelect, Options: []string{"SMB", "Enterprise"}, On: []app.FieldTarget{app.FieldOnItem, app.FieldOnInitiative}},
		{Key: "arr", Name: "ARR", Type: app.FieldNumber, On: []app.FieldTarget{app.FieldOnItem}},
	}
	for _, d := range decls {
		if err := newWS.Do(app.AddField(d)); err != nil {
			t.Fatal(err)
		}
	}
	got := lines(Compare(oldWS, newWS))
	want := []string{
		`Initiatives | Mobile app | Segment: — → "SMB"`,
		`Backlog | Search | ARR: 1000 → —`,
		`Backlog | Search | committed: — → yes`,
		`Backlog | Search | Segment: "SMB" → "Enterprise"`,
	}
	if !slices.Equal(got, want) {
		t.Fatalf("changes:\n%q\nwant\n%q", got, want)
	}
}
