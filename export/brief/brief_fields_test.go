package brief

import (
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
