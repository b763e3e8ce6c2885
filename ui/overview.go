package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// overview is the first view of a workspace: the header, the strategy and
// goals on the left, the what-next list on the right, and a summary line.
type overview struct {
	header   *headerView
	strategy *strategyView
	goals    *goalsView
	next     *nextView
	summary  *summaryView

	split   *container.Split
	content fyne.CanvasObject

	// hidden is set while another section is shown: the strategy, goals
	// and what-next columns (ranking 10 000 items takes ~20 ms) then wait,
	// stale, until shown; the header and the summary are always in sight.
	hidden, stale bool
}

// NewOverview returns the window content for ws, for tests (no window, no driver needed).
func NewOverview(ws *app.Workspace) fyne.CanvasObject {
	return newOverview(ws, "").content
}

// newOverview builds the overview of ws, whose files are in dir ("" when
// there is no folder to show).
func newOverview(ws *app.Workspace, dir string) *overview {
	v := &overview{
		header:   newHeaderView(ws, dir),
		strategy: newStrategyView(ws),
		goals:    newGoalsView(ws),
		next:     newNextView(ws),
		summary:  newSummaryView(ws),
	}
	left := container.NewVScroll(container.NewVBox(v.strategy.card, v.goals.card))
	v.split = container.NewHSplit(left, v.next.card)
	v.split.Offset = 0.45
	v.content = container.NewBorder(
		container.NewPadded(v.header.box),
		container.NewVBox(widget.NewSeparator(), v.summary.label),
		nil, nil,
		container.NewPadded(v.split),
	)
	return v
}

// refresh shows the workspace as it is now, after an edit, undo or redo.
func (v *overview) refresh() {
	v.header.refresh()
	v.summary.refresh()
	if v.hidden {
		v.stale = true
		return
	}
	v.refreshColumns()
}

// refreshColumns brings the overview's own columns up to date.
func (v *overview) refreshColumns() {
	v.stale = false
	v.strategy.refresh()
	v.goals.refresh()
	v.next.refresh()
}

// setShown tells the overview whether its section is in sight; shown, it
// catches up with the changes it missed.
func (v *overview) setShown(on bool) {
	v.hidden = !on
	if on && v.stale {
		v.refreshColumns()
	}
}
