package roadmap

import (
	"fyne.io/fyne/v2"

	"canopy/app/timeline"
)

// The room of a marker's label in the header: at most markLabelMax, and
// none under markLabelMin (a name cut to a letter or two says nothing).
const (
	markLabelMax = 180
	markLabelMin = 28
)

// markSpan is where one marker of the header is drawn, with its label.
type markSpan struct {
	x0, x1 float32
	index  int // in Plan.Markers
}

// markAt returns the marker (index in the plan) drawn at the widget
// position p in the header's row of markers, or -1.
func (t *Timeline) markAt(p fyne.Position) int {
	if p.Y < majorH+minorH || p.Y >= headerH || p.X < laneW {
		return -1
	}
	for _, s := range t.markSpans {
		if p.X >= s.x0 && p.X < s.x1 && s.index < len(t.plan.Markers) {
			return s.index
		}
	}
	return -1
}

// hoverMark names the marker under the pointer in the status line, whole
// (its label may be cut), and reports whether there is one.
func (t *Timeline) hoverMark(p fyne.Position) bool {
	i := t.markAt(p)
	if i < 0 {
		t.leaveMark()
		return false
	}
	if i != t.onMark {
		t.onMark = i
		if t.hover >= 0 {
			t.hover = -1
			t.Refresh()
		}
		if t.OnStatus != nil {
			t.OnStatus(describeMark(&t.plan.Markers[i]))
		}
	}
	return true
}

// leaveMark gives the status line back when the pointer leaves a marker.
func (t *Timeline) leaveMark() {
	if t.onMark >= 0 {
		t.onMark = -1
		t.status()
	}
}

// describeMark is the status line of a marker: what it is, its whole
// name and its date.
func describeMark(m *timeline.Marker) string {
	kind := "Release"
	if m.Kind == timeline.Milestone {
		kind = "Milestone"
	}
	return kind + " “" + m.Name + "” · " + m.Date.Time().Format("Jan 2, 2006")
}
