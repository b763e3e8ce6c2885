package edit

import (
	"fmt"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// releaseEditor edits a dated delivery: its dates and capacity, who hears
// about it and how, and the go-to-market checklist; it shows the load
// planned in it and how ready the launch is.
type releaseEditor struct {
	b   *binder[*app.Release]
	h   *header
	obj fyne.CanvasObject

	name, start, date, capacity, notes *form.Entry
	audiences, channels                *rowList[*app.Release, string]

	load, musts *widget.Label
	loadBar     *widget.ProgressBar
	warning     *widget.Label
	warnBox     fyne.CanvasObject

	readiness     *widget.ProgressBar
	readinessNote *widget.Label
	tasks         *rowList[*app.Release, app.LaunchTask]
	taskRows      map[*listRow[app.LaunchTask]]*taskWidgets
}

// taskWidgets are the fields of one launch task's row.
type taskWidgets struct {
	done              *widget.Check
	title, owner, due *form.Entry
	overdue           *widget.Label
}

var _ page.Editor = (*releaseEditor)(nil)

// NewReleaseEditor returns the editor of release id.
func NewReleaseEditor(env *page.Env, id string) page.Editor {
	type R = app.Release
	ed := &releaseEditor{b: newBinder[*R](env, app.Key{Kind: app.KindRelease, ID: id}), taskRows: map[*listRow[app.LaunchTask]]*taskWidgets{}}
	b := ed.b
	ed.h = newHeader(b)
	ed.name = b.text("Rename release", func(r *R) string { return r.Name }, func(r *R, v string) { r.Name = v })
	ed.start = b.date("Change release start", func(r *R) app.Date { return r.Start }, func(r *R, v app.Date) { r.Start = v })
	ed.date = b.date("Change release date", func(r *R) app.Date { return r.Date }, func(r *R, v app.Date) { r.Date = v })
	ed.capacity = b.number("Change release capacity", numberCodec(numberSpec{lo: 0, hi: math.Inf(1), blankZero: true, placeholder: "not set"}),
		func(r *R) float64 { return r.Capacity }, func(r *R, v float64) { r.Capacity = v })

	ed.load = widget.NewLabel("")
	ed.load.Wrapping = fyne.TextWrapWord
	ed.musts = widget.NewLabel("")
	ed.musts.Wrapping = fyne.TextWrapWord
	ed.loadBar = progressBar()
	ed.warning = widget.NewLabel("")
	ed.warning.Wrapping = fyne.TextWrapWord
	ed.warning.Importance = widget.WarningImportance
	ed.warnBox = container.NewBorder(nil, nil, container.NewCenter(widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon()))), nil, ed.warning)
	b.load(ed.loadLoad)

	ed.audiences = stringList(b, "audience", func(r *R) []string { return r.Audiences }, func(r *R, v []string) { r.Audiences = v })
	ed.channels = stringList(b, "channel", func(r *R) []string { return r.Channels }, func(r *R, v []string) { r.Channels = v })
	ed.notes = b.multiLine("Edit launch notes", 4, func(r *R) string { return r.LaunchNotes }, func(r *R, v string) { r.LaunchNotes = v })
	ed.notes.SetPlaceHolder("The headline, what to demo, known limits")

	ed.readiness = progressBar()
	ed.readinessNote = hint("")
	b.load(func(r *R) {
		ed.readiness.SetValue(r.Readiness())
		done := 0
		for _, t := range r.Tasks {
			if t.Done {
				done++
			}
		}
		note := fmt.Sprintf("%d of %s done.", done, form.Plural(len(r.Tasks), "task", "tasks"))
		if len(r.Tasks) == 0 {
			note = "No launch tasks yet."
		}
		page.SetLabel(ed.readinessNote, note, widget.LowImportance)
	})
	ed.tasks = newRowList(b, "launch task", "", func(r *R) []app.LaunchTask { return r.Tasks }, func(r *R, v []app.LaunchTask) { r.Tasks = v }, ed.buildTask)
	addTask := ed.tasks.adder("Add a launch task…", func(title string) app.LaunchTask { return app.LaunchTask{Title: title} })

	ed.obj = editorPage(ed.h,
		formRows(
			row{"Name", ed.name},
			row{"Start", leading(page.Sized(140, ed.start))},
			row{"Release date", leading(page.Sized(140, ed.date))},
			row{"Capacity", leading(container.NewHBox(page.Sized(110, ed.capacity), widget.NewLabel("points")))},
		),
		heading("Planned load"),
		formRows(row{"Load", ed.loadBar}),
		ed.load,
		ed.musts,
		ed.warnBox,
		heading("Go-to-market"),
		formRows(row{"Readiness", ed.readiness}),
		ed.readinessNote,
		ed.tasks.obj,
		addTask,
		stacked("Audiences", ed.audiences.obj),
		stacked("Channels", ed.channels.obj),
		stacked("Launch notes", ed.notes),
	)
	ed.Refresh()
	return ed
}

// Widths of the task columns.
const (
	taskOwnerWidth = 180
	taskDueWidth   = 116
)

func (ed *releaseEditor) checkWidth() float32 { return widget.NewCheck("", nil).MinSize().Width }

// buildTask fills the row of one launch task: done, title, owner, due date,
// an overdue flag and the buttons to move and remove it.
func (ed *releaseEditor) buildTask(l *rowList[*app.Release, app.LaunchTask], r *listRow[app.LaunchTask]) {
	type T = app.LaunchTask
	w := &taskWidgets{}
	w.done = widget.NewCheck("", nil)
	w.done.OnChanged = func(on bool) {
		if ed.b.loading {
			return
		}
		if e, ok := ed.b.current(); ok && r.index < len(e.Tasks) && e.Tasks[r.index].Done == on {
			return
		}
		desc := "Tick launch task"
		if !on {
			desc = "Untick launch task"
		}
		l.editAt(r.index, desc, func(t *T) { t.Done = on })
	}
	w.title = rowField(l, r, false, "Rename launch task", requiredText("launch task"), func(t T) string { return t.Title }, func(t *T, v string) { t.Title = v })
	w.owner = rowField(l, r, false, "Change launch task owner", textCodec, func(t T) string { return t.Owner }, func(t *T, v string) { t.Owner = v })
	w.owner.SetPlaceHolder("owner")
	w.due = rowField(l, r, false, "Change launch task due date", dateCodec, func(t T) app.Date { return t.Due }, func(t *T, v app.Date) { t.Due = v })
	w.overdue = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	w.overdue.Importance = widget.DangerImportance
	r.controls = append(r.controls, w.done)
	r.loads = append(r.loads, func(_, _ int, t T) {
		w.done.SetChecked(t.Done)
		if late := ed.daysLate(t); late > 0 {
			page.SetLabel(w.overdue, fmt.Sprintf("%d d late", late), widget.DangerImportance)
			w.overdue.Show()
		} else {
			page.SetLabel(w.overdue, "", widget.MediumImportance)
			w.overdue.Hide()
		}
	})
	ed.taskRows[r] = w
	dim := func(s string) *widget.Label { l := widget.NewLabel(s); l.Importance = widget.LowImportance; return l }
	details := container.NewHBox(dim("Owner"), page.Sized(taskOwnerWidth, w.owner), dim("Due"), page.Sized(taskDueWidth, w.due), w.overdue)
	r.obj = container.NewVBox(
		container.NewBorder(nil, nil, w.done, l.buttons(r), w.title),
		container.NewBorder(nil, nil, page.Sized(ed.checkWidth(), layout.NewSpacer()), nil, details),
	)
}

// daysLate returns how many days an open task is past its due date (0 when
// it is done, undated or not due yet).
func (ed *releaseEditor) daysLate(t app.LaunchTask) int {
	today := ed.b.env.WS.Today()
	if t.Done || t.Due.IsZero() || !t.Due.Before(today) {
		return 0
	}
	return t.Due.DaysUntil(today)
}

// loadLoad shows the estimate planned in the release against its capacity,
// the Musts' share, and a warning when either is too high.
func (ed *releaseEditor) loadLoad(r *app.Release) {
	l := app.Load(ed.b.env.WS)[r.ID]
	var warn []string
	if l.Capacity > 0 {
		ed.loadBar.Max = 1
		ed.loadBar.SetValue(min(l.Estimate/l.Capacity, 1))
		ed.loadBar.Show()
		page.SetLabel(ed.load, fmt.Sprintf("%s planned for a capacity of %s, in %s.", points(l.Estimate), points(l.Capacity), form.Plural(l.Items, "item", "items")), widget.MediumImportance)
		if l.Estimate > l.Capacity {
			warn = append(warn, fmt.Sprintf("Over capacity by %s.", points(l.Estimate-l.Capacity)))
		}
	} else {
		ed.loadBar.SetValue(0)
		ed.loadBar.Hide()
		page.SetLabel(ed.load, fmt.Sprintf("%s planned in %s; set a capacity to compare.", points(l.Estimate), form.Plural(l.Items, "item", "items")), widget.MediumImportance)
	}
	if l.Estimate > 0 {
		page.SetLabel(ed.musts, fmt.Sprintf("Musts: %.0f %% of the estimate (%s).", 100*l.MustShare(), points(l.Musts)), widget.MediumImportance)
	} else {
		page.SetLabel(ed.musts, "Musts: nothing estimated yet.", widget.LowImportance)
	}
	if l.MustShare() > app.MustShareLimit {
		warn = append(warn, fmt.Sprintf("Musts are above %.0f %% of the estimate: little room is left if something slips.", 100*app.MustShareLimit))
	}
	page.SetLabel(ed.warning, strings.Join(warn, " "), widget.WarningImportance)
	setVisible(ed.warnBox, len(warn) > 0)
}

// points prints an amount of points ("12 points", "1 point").
func points(v float64) string {
	if v == 1 {
		return "1 point"
	}
	return form.FormatNumber(v) + " points"
}

func (ed *releaseEditor) Object() fyne.CanvasObject { return ed.obj }
func (ed *releaseEditor) Refresh()                  { ed.b.refresh() }
func (ed *releaseEditor) Key() app.Key              { return ed.b.key }
