package overview

import (
	"strconv"

	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// evidenceNote is the customer evidence in a what-next row's details:
// " · Demand 7 (4 asks)", or "" when no customer asked for the item.
func evidenceNote(ev app.Evidence) string {
	if ev.Zero() {
		return ""
	}
	asks := " asks)"
	if ev.Insights == 1 {
		asks = " ask)"
	}
	return " · Demand " + strconv.Itoa(ev.Demand) + " (" + strconv.Itoa(ev.Insights) + asks
}

// setEvidence ends the row's details with the note, if any.
func (r *nextRow) setEvidence(note string) {
	if note == "" {
		return
	}
	r.meta.Segments = append(r.meta.Segments, &widget.TextSegment{Style: page.DimStyle(), Text: note})
	r.meta.Refresh()
}
