package overview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// goalsView lists the goals, each with its overall progress and its key
// results as labelled progress bars.
type goalsView struct {
	ws *app.Workspace

	box  *fyne.Container
	note *widget.Label // how many goals, how to read them (the card's subtitle, wrapping)
	card *widget.Card
}

// newGoalsView returns the goals card of ws.
func newGoalsView(ws *app.Workspace) *goalsView {
	v := &goalsView{ws: ws, box: container.NewVBox(), note: page.NewParagraph()}
	// The subtitle is a wrapping label, not the card's one-line subtitle,
	// so that it never widens the window.
	v.card = widget.NewCard("Goals", "", container.NewVBox(v.note, v.box))
	v.refresh()
	return v
}

// refresh rebuilds the list of goals. A workspace has a handful of goals,
// so they are plain widgets, not a virtualized list.
func (v *goalsView) refresh() {
	goals := v.ws.Goals()
	v.box.Objects = v.box.Objects[:0]
	if len(goals) == 0 {
		empty := page.NewParagraph()
		page.SetText(empty, "", "No goals yet.")
		v.box.Add(empty)
	}
	for i, g := range goals {
		if i > 0 {
			v.box.Add(widget.NewSeparator())
		}
		v.box.Add(newGoalBlock(g))
	}
	v.box.Refresh()
	v.note.SetText(goalsSubtitle(goals))
	if len(goals) == 0 {
		v.note.Hide()
	} else {
		v.note.Show()
	}
}

// goalsSubtitle sums up the goals: how many, and how to read a key result.
func goalsSubtitle(goals []*app.Goal) string {
	if len(goals) == 0 {
		return ""
	}
	return form.Plural(len(goals), "goal", "goals") + " · key results read baseline → current → target"
}

// newGoalBlock shows one goal: its title and description, its overall
// progress, then each key result.
func newGoalBlock(g *app.Goal) fyne.CanvasObject {
	title := page.NewParagraph()
	title.SetText(g.Title)
	title.TextStyle.Bold = true
	head := page.TightVBox(title)
	if g.Description != "" {
		head.Add(page.NewDim(g.Description, true))
	}
	if len(g.KeyResults) == 0 {
		// Without key results there is no progress to show, not 0%.
		none := page.NewParagraph()
		page.SetText(none, "", "No key results yet.")
		return container.NewVBox(head, page.Indent(none))
	}

	overall := widget.NewProgressBar()
	overall.TextFormatter = func() string { return page.FormatPercent(overall.Value) + " overall" }
	overall.SetValue(g.Progress())
	krs := container.NewVBox()
	for _, kr := range g.KeyResults {
		mv := page.NewMetricView()
		mv.Set(kr)
		krs.Add(mv.Box)
	}
	return container.NewVBox(head, overall, page.Indent(krs))
}
