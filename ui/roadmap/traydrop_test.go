package roadmap

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"canopy/app"
)

// TestTrayDropLandsInTheMonthUnderThePointer: a bar dragged from the tray
// starts in the month under the pointer wherever in the month it is dropped
// (it used to snap to the nearest month's start, a month late past the
// middle), and the preview while dragging says the same.
func TestTrayDropLandsInTheMonthUnderThePointer(t *testing.T) {
	for _, tt := range []struct {
		at, start, end string
	}{
		{"2027-04-03", "2027-04-01", "2027-04-30"},
		{"2027-04-16", "2027-04-01", "2027-04-30"},
		{"2027-04-27", "2027-04-01", "2027-04-30"},
		{"2027-03-30", "2027-03-01", "2027-03-31"},
	} {
		t.Run(tt.at, func(t *testing.T) {
			f := newFixture(t, roadmapWorkspace(t))
			row := f.trayRowOf("in-u1")
			from := abs(row).Add(fyne.NewPos(10, 10))
			to := abs(f.tl).Add(fyne.NewPos(laneW+float32(f.tl.Frame().X(app.MustDate(tt.at))-f.tl.scroll.X), headerH+20))
			f.tl.PreviewUndated(to, true)
			if p := f.tl.preview; !p.ok || p.start.String() != tt.start || p.end.String() != tt.end {
				t.Errorf("preview at %s: %s – %s (ok %v), want %s – %s", tt.at, p.start, p.end, p.ok, tt.start, tt.end)
			}
			f.tl.PreviewUndated(fyne.Position{}, false)
			test.Drag(f.Win.Canvas(), from, to.X-from.X, to.Y-from.Y)
			if len(f.Errs) > 0 {
				t.Fatalf("refused: %v", f.Errs)
			}
			f.assert("dropped at "+tt.at, "in-u1", tt.start, tt.end, "l1", "")
		})
	}
}
