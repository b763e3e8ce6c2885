package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// TestFieldsJourneyOnDisk follows a PO through the window on a real
// workspace: Settings ▸ Fields adds Region, a value is set, a formula
// over the sample's fields ranks by it, and after a restart the field, its
// value and the formula are on disk.
func TestFieldsJourneyOnDisk(t *testing.T) {
	s, op, dir := openSampleOnDisk(t, "Pat Owner")
	ws := s.ws
	s.showSection("settings")
	sp := s.pages[page.Settings].Object()
	tabs := uitest.Find[*container.AppTabs](t, sp)
	tabs.SelectIndex(len(tabs.Items) - 1)
	fields := tabs.Selected().Content
	if tabs.Selected().Text != "Fields" || !uitest.HasText(fields, "Segment · select: SMB, Mid-market, Enterprise") {
		t.Fatalf("the sample's fields are not listed: %q", uitest.Texts(fields))
	}
	var name *widget.Entry
	uitest.Visit(fields, func(o fyne.CanvasObject) bool {
		if e, ok := o.(*widget.Entry); ok && e.PlaceHolder == "New field's name" {
			name = e
		}
		return name == nil
	})
	if name == nil {
		t.Fatal("Settings ▸ Fields has no field for a new field's name")
	}
	name.SetText("Region")
	test.Tap(uitest.Button(fields, "Add field"))
	if d, ok := ws.Product().Field("region"); !ok || d.Type != app.FieldText {
		t.Fatalf("Region not added: %+v", ws.Product().Fields)
	}
	story := ws.Items()[0]
	if err := s.do(app.SetFieldValue(app.KeyOf(story), "region", "EMEA")); err != nil {
		t.Fatal(err)
	}
	// A formula over ARR ranks by it: the item with the most ARR comes first.
	if err := s.do(app.EditProduct("Formula", func(p *app.Product) error {
		p.ScoringModel, p.Formula = app.ModelFormula, "fields.arr"
		return nil
	})); err != nil {
		t.Fatal(err)
	}
	next, err := app.Next(ws, app.ModelFormula)
	if err != nil || len(next) == 0 || !next[0].Scored {
		t.Fatalf("next by formula: %v %v", next, err)
	}
	for _, e := range next[1:] {
		if e.Scored && e.Score > next[0].Score {
			t.Fatalf("%s (%v) ranks below %s (%v)", e.Item.Title, e.Score, next[0].Item.Title, next[0].Score)
		}
	}
	s.onQuit()

	again := reopenOnDisk(t, op, dir)
	defer again.Close()
	if _, ok := again.WS.Product().Field("region"); !ok || again.WS.Product().Formula != "fields.arr" {
		t.Fatalf("after a restart: fields %+v, formula %q", again.WS.Product().Fields, again.WS.Product().Formula)
	}
	if it, _ := again.WS.Item(story.ID); it.Fields["region"] != "EMEA" {
		t.Fatalf("after a restart: %s's fields %v", story.Title, it.Fields)
	}
}
