package edit

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// initiativeEditor edits a strategic bet: where it sits on the roadmap,
// which goals it serves, what it waits on, what it is worth, and shows the
// backlog that delivers it.
type initiativeEditor struct {
	b   *binder[*app.Initiative]
	h   *header
	obj fyne.CanvasObject

	name, description, owner *form.Entry
	lane, status             *widget.Select

	color    *form.Entry
	swatches []*swatch
	preview  *canvas.Rectangle

	dated      *widget.RadioGroup
	start, end *form.Entry
	datedBox   fyne.CanvasObject
	horizon    *widget.Select
	horizonBox fyne.CanvasObject

	goals *checklist[*app.Initiative]
	deps  *refList[*app.Initiative]

	value, effort, confidence *form.Entry
	ownScore, itemsScore      *widget.Label

	progress     *widget.ProgressBar
	progressNote *widget.Label

	items     []*app.Item
	itemList  *widget.List
	listSize  *page.HeightLayout
	rowHeight float32
	listBox   *fyne.Container
	noItems   *widget.Label
	itemsNote *widget.Label
}

var _ page.Editor = (*initiativeEditor)(nil)

// initiativePalette is the colours offered as swatches; any #rrggbb can be
// typed.
var initiativePalette = []string{"#1f7a8c", "#2a9d8f", "#3d5a80", "#264653", "#6d597a", "#8e5ca8", "#b56576", "#e76f51", "#f4a261", "#e9c46a"}

const (
	datedOption   = "Dated"
	undatedOption = "Undated: Now, Next or Later"
)

// maxListRows is how many rows a list inside an editor shows before it
// scrolls on its own.
const maxListRows = 8

// NewInitiativeEditor returns the editor of initiative id.
func NewInitiativeEditor(env *page.Env, id string) page.Editor {
	type I = app.Initiative
	ed := &initiativeEditor{b: newBinder[*I](env, app.Key{Kind: app.KindInitiative, ID: id})}
	b := ed.b
	ed.h = newHeader(b)

	ed.name = b.text("Rename initiative", func(in *I) string { return in.Name }, func(in *I, v string) { in.Name = v })
	ed.owner = b.text("Edit initiative owner", func(in *I) string { return in.Owner }, func(in *I, v string) { in.Owner = v })
	ed.description = b.multiLine("Edit initiative description", 3, func(in *I) string { return in.Description }, func(in *I, v string) { in.Description = v })
	ed.description.SetPlaceHolder("The bet: what changes for customers, and why")
	ed.lane = choice(b, "Change initiative lane", func() []option[string] { return refOptions(env.WS, app.KindLane, "(no lane)") },
		func(in *I) string { return in.Lane }, func(in *I, v string) { in.Lane = v })
	ed.status = choice(b, "Change initiative status", func() []option[app.InitiativeStatus] {
		var out []option[app.InitiativeStatus]
		for _, s := range app.InitiativeStatuses {
			out = append(out, option[app.InitiativeStatus]{s, s.Title()})
		}
		return out
	}, func(in *I) app.InitiativeStatus { return in.Status }, func(in *I, v app.InitiativeStatus) { in.Status = v })

	colorBox := ed.buildColor()
	schedule := ed.buildSchedule()

	ed.goals = newChecklist(b, "Link goal", "Unlink goal", "There are no goals yet: add them in the strategy.",
		func() []option[string] { return refOptions(env.WS, app.KindGoal, "") },
		func(in *I) []string { return in.Goals }, func(in *I, v []string) { in.Goals = v })
	ed.deps = newRefList(b, app.KindInitiative, id, "Add dependency", "Remove dependency",
		"Add an initiative this one waits on…", "It waits on no other initiative.",
		func(in *I) []string { return in.DependsOn }, func(in *I, v []string) { in.DependsOn = v })

	scoring := ed.buildScoring()
	ed.progress = progressBar()
	ed.progressNote = hint("")
	b.load(ed.loadProgress)
	items := ed.buildItems()
	fields := newCustomFields(env, b.key, app.FieldOnInitiative, b.refresh)
	b.load(func(in *I) { fields.refresh(in, env.ReadOnly()) })
	evidence := newEvidencePanel(env, b.key) // evidence.go
	b.load(func(*I) { evidence.refresh() })

	ed.obj = editorPage(ed.h,
		formRows(
			row{"Name", ed.name},
			row{"Owner", ed.owner},
			row{"Lane", ed.lane},
			row{"Status", ed.status},
			row{"Colour", colorBox},
		),
		stacked("Description", ed.description),
		heading("Fields"),
		fields.object(),
		heading("Schedule"),
		schedule,
		heading("Goals it serves"),
		ed.goals.obj,
		heading("Depends on"),
		ed.deps.obj,
		heading("Score"),
		scoring,
		heading("Progress"),
		formRows(row{"Accepted", ed.progress}),
		ed.progressNote,
		heading("Backlog items"),
		items,
		evidence.obj,
	)
	ed.Refresh()
	return ed
}

// buildColor returns the swatches and the #rrggbb field.
func (ed *initiativeEditor) buildColor() fyne.CanvasObject {
	type I = app.Initiative
	b := ed.b
	setColor := func(c string) {
		if cur, ok := b.current(); ok && cur.Color == c {
			return
		}
		b.do("Change initiative colour", func(in *I) error { in.Color = c; return nil })
	}
	box := container.NewHBox()
	for _, c := range initiativePalette {
		s := newSwatch(c, setColor)
		ed.swatches = append(ed.swatches, s)
		b.control(s)
		box.Add(container.NewCenter(s))
	}
	ed.color = bindValue(b, false, "Change initiative colour", colorCodec, func(in *I) string { return in.Color }, func(in *I, v string) { in.Color = v })
	ed.preview = canvas.NewRectangle(color.Transparent)
	ed.preview.SetMinSize(fyne.NewSquareSize(swatchSize))
	ed.preview.CornerRadius = 4
	ed.preview.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	ed.preview.StrokeWidth = 1
	b.load(func(in *I) {
		for _, s := range ed.swatches {
			s.setSelected(s.color == in.Color)
		}
		c, ok := parseColor(in.Color)
		if !ok {
			c = color.NRGBA{}
		}
		if ed.preview.FillColor != c {
			ed.preview.FillColor = c
			ed.preview.Refresh()
		}
	})
	return container.NewHBox(box, page.Sized(100, ed.color), container.NewCenter(ed.preview))
}

// buildSchedule returns the choice between dates and a horizon, and their fields.
func (ed *initiativeEditor) buildSchedule() fyne.CanvasObject {
	type I = app.Initiative
	b := ed.b
	ed.dated = widget.NewRadioGroup([]string{datedOption, undatedOption}, ed.onDated)
	ed.dated.Horizontal = true
	ed.dated.Required = true
	b.control(ed.dated)
	ed.start = b.date("Change initiative start", func(in *I) app.Date { return in.Start }, func(in *I, v app.Date) { in.Start = v })
	ed.end = b.date("Change initiative end", func(in *I) app.Date { return in.End }, func(in *I, v app.Date) { in.End = v })
	ed.horizon = choice(b, "Change initiative horizon", func() []option[app.Horizon] {
		return []option[app.Horizon]{{app.HorizonNow, "Now"}, {app.HorizonNext, "Next"}, {app.HorizonLater, "Later"}}
	}, func(in *I) app.Horizon { return in.Horizon }, func(in *I, v app.Horizon) { in.Horizon = v })
	ed.datedBox = container.NewVBox(
		formRows(row{"Start", leading(page.Sized(140, ed.start))}, row{"End", leading(page.Sized(140, ed.end))}),
		hint("Dates are YYYY-MM-DD; give both, or make the initiative undated."),
	)
	ed.horizonBox = formRows(row{"Horizon", leading(page.Sized(160, ed.horizon))})
	b.load(func(in *I) {
		d := in.Dated() || !in.Start.IsZero() || !in.End.IsZero()
		want := undatedOption
		if d {
			want = datedOption
		}
		if ed.dated.Selected != want {
			ed.dated.SetSelected(want)
		}
		setVisible(ed.datedBox, d)
		setVisible(ed.horizonBox, !d)
	})
	return container.NewVBox(ed.dated, ed.datedBox, ed.horizonBox)
}

// onDated gives the initiative dates (from today, for a quarter) or takes
// them away (placing it on the horizon its start suggests), as one command.
func (ed *initiativeEditor) onDated(choice string) {
	if ed.b.loading || choice == "" {
		return
	}
	in, ok := ed.b.current()
	if !ok || (choice == datedOption) == (in.Dated() || !in.Start.IsZero() || !in.End.IsZero()) {
		return
	}
	today := ed.b.env.WS.Today()
	if choice == datedOption {
		ed.b.do("Schedule initiative", func(in *app.Initiative) error {
			in.Start, in.End, in.Horizon = today, today.AddMonths(3).AddDays(-1), app.HorizonNone
			return nil
		})
		return
	}
	ed.b.do("Unschedule initiative", func(in *app.Initiative) error {
		in.Horizon = horizonOf(in.Start, today)
		in.Start, in.End = app.Date{}, app.Date{}
		return nil
	})
}

// horizonOf returns the horizon of work starting on start: Now when it has
// started, Next within three months, Later after that or when unknown.
func horizonOf(start, today app.Date) app.Horizon {
	switch {
	case start.IsZero():
		return app.HorizonLater
	case !start.After(today):
		return app.HorizonNow
	case start.Before(today.AddMonths(3)):
		return app.HorizonNext
	}
	return app.HorizonLater
}

// buildScoring returns the initiative's own scoring inputs and the scores.
func (ed *initiativeEditor) buildScoring() fyne.CanvasObject {
	type I = app.Initiative
	b := ed.b
	oneToTen := numberCodec(numberSpec{lo: 1, hi: 10, blankZero: true, placeholder: "1–10"})
	ed.value = b.number("Change initiative value", oneToTen, func(in *I) float64 { return in.Value }, func(in *I, v float64) { in.Value = v })
	ed.effort = b.number("Change initiative effort", oneToTen, func(in *I) float64 { return in.Effort }, func(in *I, v float64) { in.Effort = v })
	ed.confidence = b.number("Change initiative confidence", numberCodec(numberSpec{lo: 0, hi: 100, placeholder: "0–100"}),
		func(in *I) float64 { return in.Confidence }, func(in *I, v float64) { in.Confidence = v })
	ed.ownScore = widget.NewLabel("")
	ed.ownScore.TextStyle.Bold = true
	ed.itemsScore = widget.NewLabel("")
	ed.itemsScore.Wrapping = fyne.TextWrapWord
	b.load(func(in *I) {
		if s, ok := in.OwnScore(); ok {
			page.SetLabel(ed.ownScore, form.FormatNumber(s), widget.MediumImportance)
		} else {
			page.SetLabel(ed.ownScore, "not scored: give a value and an effort", widget.LowImportance)
		}
		p := b.env.WS.Product()
		sum, scored := app.ItemsScore(b.env.WS, in.ID, p.ScoringModel)
		if scored == 0 {
			page.SetLabel(ed.itemsScore, fmt.Sprintf("no item scored with %s", p.ScoringModel.Title()), widget.LowImportance)
		} else {
			page.SetLabel(ed.itemsScore, fmt.Sprintf("%s (%s, sum over %s)", form.FormatNumber(sum), p.ScoringModel.Title(), form.Plural(scored, "scored item", "scored items")), widget.MediumImportance)
		}
	})
	return container.NewVBox(
		container.NewHBox(
			widget.NewLabel("Value"), page.Sized(72, ed.value),
			widget.NewLabel("Effort"), page.Sized(72, ed.effort),
			widget.NewLabel("Confidence"), page.Sized(72, ed.confidence), widget.NewLabel("%")),
		formRows(
			row{"Own score", ed.ownScore},
			row{"Items' score", ed.itemsScore},
		),
		hint("Own score = value × confidence ÷ effort. The items' score sums the backlog's scores under the product's model."),
	)
}

// loadProgress shows how much of the initiative's backlog is accepted.
func (ed *initiativeEditor) loadProgress(in *app.Initiative) {
	p := app.Progress(ed.b.env.WS)[in.ID]
	ed.progress.SetValue(p.Share())
	note := fmt.Sprintf("%d of %s accepted; %s of %s points.", p.Accepted, form.Plural(p.Items, "item", "items"), form.FormatNumber(p.AcceptedPoint), form.FormatNumber(p.Estimate))
	if p.Items == 0 {
		note = "No backlog items deliver this initiative yet."
	} else if p.Estimate == 0 {
		note = fmt.Sprintf("%d of %s accepted; none is estimated, so the bar cannot move.", p.Accepted, form.Plural(p.Items, "item", "items"))
	}
	page.SetLabel(ed.progressNote, note, widget.LowImportance)
}

// buildItems returns the list of the initiative's backlog items.
func (ed *initiativeEditor) buildItems() fyne.CanvasObject {
	ed.itemList = widget.NewList(
		func() int { return len(ed.items) },
		func() fyne.CanvasObject {
			status := widget.NewLabel("In progress")
			status.Importance = widget.LowImportance
			title := widget.NewLabel("")
			title.Truncation = fyne.TextTruncateEllipsis
			est := widget.NewLabel("")
			est.Importance = widget.LowImportance
			return container.NewBorder(nil, nil, page.Sized(110, status), est, title)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(ed.items) {
				return
			}
			it := ed.items[i]
			c := o.(*fyne.Container)
			title := c.Objects[0].(*widget.Label)
			status := c.Objects[1].(*fyne.Container).Objects[0].(*widget.Label)
			est := c.Objects[2].(*widget.Label)
			title.SetText(nameOr(it.Title))
			status.SetText(it.Status.Title())
			est.SetText(form.FormatEstimate(it.Estimate))
		})
	ed.itemList.OnSelected = func(i widget.ListItemID) {
		ed.itemList.UnselectAll()
		if i < len(ed.items) && ed.b.env.Open != nil {
			ed.b.env.Open(app.KeyOf(ed.items[i]))
		}
	}
	ed.listSize = &page.HeightLayout{}
	ed.listBox = container.New(ed.listSize, ed.itemList)
	ed.noItems = hint("No backlog item is linked to this initiative.")
	ed.itemsNote = hint("")
	ed.b.load(func(in *app.Initiative) {
		ed.items = ed.items[:0]
		for _, it := range ed.b.env.WS.Items() {
			if it.Initiative == in.ID {
				ed.items = append(ed.items, it)
			}
		}
		if ed.rowHeight == 0 {
			ed.rowHeight = ed.itemList.CreateItem().MinSize().Height
		}
		n := min(len(ed.items), maxListRows)
		pad := theme.Padding()
		h := float32(n)*(ed.rowHeight+pad) - pad
		if h != ed.listSize.H {
			ed.listSize.H = h
			ed.listBox.Refresh()
		}
		ed.itemList.Refresh()
		setVisible(ed.listBox, len(ed.items) > 0)
		setVisible(ed.noItems, len(ed.items) == 0)
		page.SetLabel(ed.itemsNote, "In backlog order; open one with a click.", widget.LowImportance)
		setVisible(ed.itemsNote, len(ed.items) > 0)
	})
	return container.NewVBox(ed.noItems, ed.itemsNote, ed.listBox)
}

func (ed *initiativeEditor) Object() fyne.CanvasObject { return ed.obj }
func (ed *initiativeEditor) Refresh()                  { ed.b.refresh() }
func (ed *initiativeEditor) Key() app.Key              { return ed.b.key }
