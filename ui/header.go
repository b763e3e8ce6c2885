package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/overview"
	"canopy/ui/page"
)

// headerView is the top of the window: the product's name, its settings at
// a glance, the workspace folder and, when edits are refused, why.
type headerView struct {
	ws  *app.Workspace
	dir string

	name     *widget.Label
	facts    *fyne.Container
	readOnly *banner
	box      *fyne.Container
}

// newHeaderView returns the header of ws, whose files are in dir ("" hides
// the folder).
func newHeaderView(ws *app.Workspace, dir string) *headerView {
	v := &headerView{
		ws:       ws,
		dir:      dir,
		name:     page.NewTruncated(fyne.TextStyle{Bold: true}),
		facts:    container.New(layout.NewRowWrapLayoutWithCustomPadding(theme.Padding()*4, 0)),
		readOnly: newWarningBanner(),
	}
	v.name.SizeName = theme.SizeNameHeadingText
	v.box = container.NewVBox(v.name, v.facts, v.readOnly)
	v.refresh()
	return v
}

// refresh shows the workspace's current settings.
func (v *headerView) refresh() {
	p := v.ws.Product()
	page.SetText(v.name, p.Name, "Untitled product")
	v.name.TextStyle.Bold = true

	v.facts.Objects = v.facts.Objects[:0]
	v.facts.Add(newFact("Horizon", p.Horizon))
	v.facts.Add(newFact("Owner", p.Owner))
	v.facts.Add(newFact("Version", p.Version))
	v.facts.Add(newFact("Scoring", p.ScoringModel.Title()))
	if v.dir != "" {
		v.facts.Add(container.NewHBox(widget.NewIcon(theme.FolderIcon()), newFact("", v.dir)))
	}
	v.facts.Refresh()

	if err := v.ws.ReadOnly(); err != nil {
		v.readOnly.set("This workspace is read-only:", err.Error())
		v.readOnly.Show()
	} else {
		v.readOnly.Hide()
	}
}

// setAction shows o (the Sync button) at the right of the product's name;
// nil shows nothing there.
func (v *headerView) setAction(o fyne.CanvasObject) {
	if o == nil {
		return
	}
	v.box.Objects[0] = container.NewBorder(nil, nil, nil, o, v.name)
	v.box.Refresh()
}

// newFact shows a setting as a dim caption and its value ("Owner Ana");
// a blank value reads "—".
func newFact(caption, value string) *widget.RichText {
	if value == "" {
		value = "—"
	}
	var segs []widget.RichTextSegment
	if caption != "" {
		segs = append(segs, &widget.TextSegment{
			Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder},
			Text:  caption + " ",
		})
	}
	segs = append(segs, &widget.TextSegment{
		Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}},
		Text:  value,
	})
	return widget.NewRichText(segs...)
}

// NewOverview returns the overview of ws as the window shows it, with the
// header and the summary line, for tests (no window, no driver needed).
func NewOverview(ws *app.Workspace) fyne.CanvasObject {
	env := &page.Env{WS: ws}
	v := overview.New(env)
	v.SetShown(true)
	header, summary := newHeaderView(ws, ""), newSummaryView(ws)
	env.Follow(nil, func(app.Change) { header.refresh(); summary.refresh() })
	return container.NewBorder(
		container.NewPadded(header.box),
		container.NewVBox(widget.NewSeparator(), summary.label),
		nil, nil,
		container.NewPadded(v.Object()),
	)
}
