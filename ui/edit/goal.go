package edit

import (
	"fmt"
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// goalEditor edits a goal and its key results, and shows the initiatives
// that serve it.
type goalEditor struct {
	b   *binder[*app.Goal]
	h   *header
	obj fyne.CanvasObject

	title, description *form.Entry
	krs                *rowList[*app.Goal, app.Metric]
	krRows             map[*listRow[app.Metric]]*krWidgets
	progress           *widget.ProgressBar
	progressNote       *widget.Label
	initiatives        *fyne.Container
	noInitiatives      *widget.Label
	initRows           []*goalInitiativeRow
}

// krWidgets are the fields of one key result's row.
type krWidgets struct {
	name, unit, baseline, target, current *form.Entry
	bar                                   *widget.ProgressBar
	remove                                *widget.Button
}

var _ page.Editor = (*goalEditor)(nil)

// krColumn is the width of the unit and number columns of key results.
const krColumn = 92

// NewGoalEditor returns the editor of goal id.
func NewGoalEditor(env *page.Env, id string) page.Editor {
	type G = app.Goal
	ed := &goalEditor{b: newBinder[*G](env, app.Key{Kind: app.KindGoal, ID: id}), krRows: map[*listRow[app.Metric]]*krWidgets{}}
	b := ed.b
	ed.h = newHeader(b)
	ed.title = b.text("Rename goal", func(g *G) string { return g.Title }, func(g *G, v string) { g.Title = v })
	ed.description = b.multiLine("Edit goal description", 3, func(g *G) string { return g.Description }, func(g *G, v string) { g.Description = v })
	ed.description.SetPlaceHolder("The objective, and why it matters now")

	num := numberCodec(anyNumber)
	ed.krs = newRowList(b, "key result", "No key results yet: add one to measure the goal.",
		func(g *G) []app.Metric { return g.KeyResults }, func(g *G, v []app.Metric) { g.KeyResults = v },
		func(l *rowList[*G, app.Metric], r *listRow[app.Metric]) {
			w := &krWidgets{bar: progressBar()}
			w.name = rowField(l, r, false, "Rename key result", requiredText("key result name"),
				func(m app.Metric) string { return m.Name }, func(m *app.Metric, v string) { m.Name = v })
			w.unit = rowField(l, r, false, "Edit key result unit", textCodec,
				func(m app.Metric) string { return m.Unit }, func(m *app.Metric, v string) { m.Unit = v })
			w.unit.SetPlaceHolder("unit")
			w.baseline = rowField(l, r, false, "Edit key result baseline", num,
				func(m app.Metric) float64 { return m.Baseline }, func(m *app.Metric, v float64) { m.Baseline = v })
			w.target = rowField(l, r, false, "Edit key result target", num,
				func(m app.Metric) float64 { return m.Target }, func(m *app.Metric, v float64) { m.Target = v })
			w.current = rowField(l, r, false, "Edit key result current value", num,
				func(m app.Metric) float64 { return m.Current }, func(m *app.Metric, v float64) { m.Current = v })
			w.remove = widget.NewButtonWithIcon("", theme.ContentClearIcon(), func() { l.remove(r.index) })
			w.remove.Importance = widget.LowImportance
			r.controls = append(r.controls, w.remove)
			r.loads = append(r.loads, func(_, _ int, m app.Metric) { w.bar.SetValue(m.Progress()) })
			ed.krRows[r] = w
			nums := container.NewHBox(page.Sized(krColumn, w.unit), page.Sized(krColumn, w.baseline), page.Sized(krColumn, w.target), page.Sized(krColumn, w.current), w.remove)
			gap := canvas.NewRectangle(color.Transparent)
			gap.SetMinSize(fyne.NewSize(nums.MinSize().Width, 1))
			r.obj = container.NewVBox(
				container.NewBorder(nil, nil, nil, nums, w.name),
				container.NewBorder(nil, nil, nil, gap, w.bar))
		})
	caption := func(s string) fyne.CanvasObject {
		return page.Sized(krColumn, widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	krHeader := container.NewBorder(nil, nil, nil,
		container.NewHBox(caption("Unit"), caption("Baseline"), caption("Target"), caption("Current"), iconButtonGap()),
		widget.NewLabelWithStyle("Key result", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	addKR := ed.krs.adder("Add a key result: what will be measured…", func(name string) app.Metric { return app.Metric{Name: name} })

	ed.progress = progressBar()
	ed.progressNote = hint("")
	b.load(func(g *G) {
		ed.progress.SetValue(g.Progress())
		note := "The mean progress of its key results."
		if len(g.KeyResults) == 0 {
			note = "No key results to measure progress by."
		}
		page.SetLabel(ed.progressNote, note, widget.LowImportance)
	})

	ed.initiatives = container.NewVBox()
	ed.noInitiatives = hint("No initiative serves this goal yet: link one from the initiative's editor.")
	b.load(ed.loadInitiatives)

	ed.obj = editorPage(ed.h,
		formRows(row{"Title", ed.title}),
		stacked("Description", ed.description),
		heading("Key results"),
		krHeader,
		ed.krs.obj,
		addKR,
		formRows(row{"Goal progress", ed.progress}),
		ed.progressNote,
		heading("Initiatives serving this goal"),
		ed.noInitiatives,
		ed.initiatives,
	)
	ed.Refresh()
	return ed
}

// loadInitiatives lists the initiatives linked to the goal, each with its
// progress and a button that opens it.
func (ed *goalEditor) loadInitiatives(g *app.Goal) {
	ws := ed.b.env.WS
	var ins []*app.Initiative
	for _, in := range ws.Initiatives() {
		if slices.Contains(in.Goals, g.ID) {
			ins = append(ins, in)
		}
	}
	for len(ed.initRows) < len(ins) {
		r := &goalInitiativeRow{name: widget.NewLabel(""), bar: progressBar(), note: widget.NewLabel("")}
		r.name.Truncation = fyne.TextTruncateEllipsis
		r.note.Importance = widget.LowImportance
		r.open = widget.NewButtonWithIcon("Open", theme.NavigateNextIcon(), func() {
			if ed.b.env.Open != nil {
				ed.b.env.Open(app.Key{Kind: app.KindInitiative, ID: r.id})
			}
		})
		r.open.IconPlacement = widget.ButtonIconTrailingText
		r.obj = container.NewBorder(nil, nil, nil, container.NewHBox(page.Sized(170, r.note), r.open),
			container.NewGridWithColumns(2, r.name, r.bar))
		ed.initRows = append(ed.initRows, r)
		ed.initiatives.Add(r.obj)
	}
	if len(ed.initRows) > len(ins) {
		for _, r := range ed.initRows[len(ins):] {
			ed.initiatives.Remove(r.obj)
		}
		ed.initRows = ed.initRows[:len(ins)]
	}
	progress := app.Progress(ws)
	for i, in := range ins {
		r, p := ed.initRows[i], progress[in.ID]
		r.id = in.ID
		page.SetLabel(r.name, nameOr(in.Name), widget.MediumImportance)
		r.bar.SetValue(p.Share())
		note := fmt.Sprintf("%d of %d items accepted", p.Accepted, p.Items)
		if p.Items == 0 {
			note = "no backlog items yet"
		}
		page.SetLabel(r.note, note, widget.LowImportance)
	}
	setVisible(ed.noInitiatives, len(ins) == 0)
}

// goalInitiativeRow shows one initiative that serves the goal.
type goalInitiativeRow struct {
	id   string
	name *widget.Label
	bar  *widget.ProgressBar
	note *widget.Label
	open *widget.Button
	obj  fyne.CanvasObject
}

func (ed *goalEditor) Object() fyne.CanvasObject { return ed.obj }
func (ed *goalEditor) Refresh()                  { ed.b.refresh() }
func (ed *goalEditor) Key() app.Key              { return ed.b.key }
