package edit

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/page"
)

// openInsight seeds an insight in the fixture's workspace and opens it.
func openInsight(env *page.Env) page.Editor {
	in := &app.Insight{ID: "insight-a", Text: "Let me see the day before it changes", State: app.InsightNew}
	if err := env.WS.Do(app.Create(in)); err != nil {
		panic(err)
	}
	return NewInsightEditor(env, "insight-a")
}

func TestInsightEditor(t *testing.T) {
	f := newFixture(t, openInsight)
	ed := f.ed.(*insightEditor)
	n := f.applied
	f.typeInto(ed.company, "Acme Heating")
	f.expectCommand(n, "Edit insight company")
	n = f.applied
	ed.importance.SetSelected(app.ImportanceCritical.Title())
	f.expectCommand(n, "Rate insight importance")
	n = f.applied
	ed.state.SetSelected(app.InsightTriaged.Title())
	f.expectCommand(n, "Triage insight")
	in, _ := f.ws.Insight("insight-a")
	if in.Company != "Acme Heating" || in.Importance != app.ImportanceCritical || in.State != app.InsightTriaged {
		t.Fatalf("insight %+v", in)
	}
	n = f.applied
	test.Tap(ed.h.delete)
	f.confirm("Delete")
	f.expectCommand(n, "Delete insight")
	if f.ws.Has(app.KindInsight, "insight-a") {
		t.Fatal("the insight is still there")
	}
}

func TestInsightEditorReadOnly(t *testing.T) {
	newFixture(t, openInsight).checkReadOnly()
}
