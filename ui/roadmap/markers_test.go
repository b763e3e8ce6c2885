package roadmap

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"canopy/app"
	"canopy/app/timeline"
)

// TestMarkerLabelsStopBeforeTheNextMarker: at every zoom no marker's label
// runs into the next marker's diamond or flag (at Years a milestone's name
// was drawn through a release's flag); the pointer on a marker names it
// whole, with its date, in the status line, and off it the hint is back.
func TestMarkerLabelsStopBeforeTheNextMarker(t *testing.T) {
	ws := roadmapWorkspace(t)
	if err := ws.Do(app.Create(&app.Milestone{ID: "m2", Name: "Pilot with three design partners in the field", Date: app.MustDate("2027-04-10"), Lane: "l1"})); err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, ws)
	var status string
	f.tl.OnStatus = func(s string) { status = s }
	for _, z := range timeline.Zooms {
		f.tl.SetZoom(z)
		f.tl.Refresh()
		f.tl.ScrollTo(f.tl.Frame().X(app.MustDate("2027-02-01")), 0)
		spans := f.tl.markSpans
		if len(spans) == 0 {
			t.Fatalf("%s: no markers drawn", z)
		}
		for i := 0; i+1 < len(spans); i++ {
			if spans[i].x1 <= spans[i].x0+12 {
				continue // a marker drawn without its label
			}
			nx := spans[i+1].x0 + 6 // the next marker's date
			if spans[i].x1 > nx {
				t.Errorf("%s: the label of %q runs to %v, past the next marker at %v",
					z, f.tl.plan.Markers[spans[i].index].Name, spans[i].x1, nx)
			}
		}
	}
	f.tl.SetZoom(timeline.Months)
	f.tl.ScrollTo(f.tl.Frame().X(app.MustDate("2027-02-01")), 0)
	f.tl.Refresh()
	var m2 *markSpan
	for i, s := range f.tl.markSpans {
		if f.tl.plan.Markers[s.index].ID == "m2" {
			m2 = &f.tl.markSpans[i]
		}
	}
	if m2 == nil {
		t.Fatal("m2 is not drawn at Months")
	}
	on := fyne.NewPos(m2.x0+6, majorH+minorH+markerH/2)
	f.tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: on}})
	if !strings.Contains(status, "Milestone “Pilot with three design partners in the field”") || !strings.Contains(status, "Apr 10, 2027") {
		t.Errorf("on m2 the status says %q", status)
	}
	f.tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(on.X, headerH+200)}})
	if strings.Contains(status, "Pilot") {
		t.Errorf("off the marker the status still says %q", status)
	}
}
