package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// summaryView is the status line at the bottom: items per status, and how
// many initiatives and releases the plan has.
type summaryView struct {
	ws    *app.Workspace
	label *widget.Label
}

// newSummaryView returns the summary line of ws.
func newSummaryView(ws *app.Workspace) *summaryView {
	v := &summaryView{ws: ws, label: page.NewTruncated(fyne.TextStyle{})}
	v.refresh()
	return v
}

// refresh counts again.
func (v *summaryView) refresh() {
	v.label.SetText(summaryText(v.ws))
}

// summaryText is "New 3 · Ready 2 · … — 12 items · 3 initiatives · 2 releases".
func summaryText(ws *app.Workspace) string {
	counts := app.StatusCounts(ws) // no sorted copy of every item, as Entities makes
	parts := make([]string, len(app.Statuses))
	for i, s := range app.Statuses {
		parts[i] = s.Title() + " " + strconv.Itoa(counts[s])
	}
	return strings.Join(parts, " · ") + "   —   " + strings.Join([]string{
		form.Plural(ws.Count(app.KindItem), "item", "items"),
		form.Plural(ws.Count(app.KindInitiative), "initiative", "initiatives"),
		form.Plural(ws.Count(app.KindRelease), "release", "releases"),
	}, " · ")
}
