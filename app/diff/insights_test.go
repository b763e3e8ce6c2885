package diff

import (
	"strings"
	"testing"

	"canopy/app"
	"canopy/app/sample"
)

func TestCompareInsights(t *testing.T) {
	day := app.MustDate("2026-11-27")
	old, err := sample.New(day, app.DayClock(day))
	if err != nil {
		t.Fatal(err)
	}
	new, err := sample.New(day, app.DayClock(day))
	if err != nil {
		t.Fatal(err)
	}
	edits := []app.Command{
		app.Create(&app.Insight{ID: "insight-new", Text: "Let me export the day as a PDF", Company: "Acme", Importance: app.ImportanceCritical, State: app.InsightNew}),
		app.TriageInsights([]string{"insight-nw9hvaas"}, app.InsightTriaged),
		app.LinkInsight("insight-2bb6zkaf", []string{"item-hdn9evv0"}, nil),
		app.Delete(app.Key{Kind: app.KindInsight, ID: "insight-bae4wt20"}),
	}
	for _, c := range edits {
		if err := new.Do(c); err != nil {
			t.Fatal(err)
		}
	}
	d := Compare(old, new)
	var got []string
	for _, c := range d.Section(SectionInsights) {
		got = append(got, c.Title+": "+c.Summary())
	}
	want := []string{
		"Can the office lock a job so a tech cannot edit it after it…: items: (none) → Resolve conflicts when the office and a technician edit the same job offline",
		`The app says 'synced' but the office does not see my last t…: state: "New" → "Triaged"`,
		"Let me export the day as a PDF: added (Acme, Critical)",
		"Your booth at the trade show had the best coffee.: removed (Harbor Mechanical)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("insight changes:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, c := range d.Changes {
		if c.Entity != EntityInsight && c.Section() == SectionInsights {
			t.Errorf("%+v listed under insights", c)
		}
	}
}
