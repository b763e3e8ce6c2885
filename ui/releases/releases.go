package releases

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// releasesPage is the Releases section: the releases with their dates,
// load against capacity, Musts share and readiness; for the one selected,
// its go-to-market checklist (overdue tasks in the error colour) and the
// backlog items it delivers with their status.
type releasesPage struct {
	env      *page.Env
	releases []*app.Release
	loads    map[string]app.ReleaseLoad
	selected string

	list          *widget.List
	add, remove   *widget.Button
	editDetails   *widget.Button
	title         *widget.Label
	dates         *widget.Label
	loadBar       *widget.ProgressBar
	loadNote      *widget.Label
	mustBar       *widget.ProgressBar
	mustNote      *widget.Label
	readiness     *widget.ProgressBar
	readinessNote *widget.Label
	tasks         *fyne.Container
	taskRows      []*taskRow
	newTask       *form.Entry
	items         []*app.Item
	itemList      *widget.List
	itemsNote     *widget.Label
	since         *sinceCard // scope added and removed in compare mode (since.go)
	detail, empty fyne.CanvasObject
	detailStack   *fyne.Container
	content       fyne.CanvasObject

	// The Release details dialog while it is open.
	details       page.Editor
	detailsDialog dialog.Dialog

	// lazy refreshes the page only while it is in sight.
	lazy *page.Lazy
	// forecast is each release's forecast, computed off the UI goroutine.
	forecast *forecastPanel
}

// taskRow is the line of one launch task in the checklist.
type taskRow struct {
	i            int
	stripe       *canvas.Rectangle
	done         *form.Check
	title, owner *form.Entry
	due          *form.Entry
	late         *widget.Label
	remove       *widget.Button
	obj          fyne.CanvasObject
}

// Section is the sidebar's Releases.
func Section() *page.Section {
	return &page.Section{ID: page.Releases, Title: "Releases", Lists: []app.Kind{app.KindRelease}, Adds: []app.Kind{app.KindRelease},
		Keys: func(ws *app.Workspace) []app.Key { return page.KeysOf(ws.Releases()) },
		New:  func(_ *page.Section, env *page.Env, _ page.Host) page.Page { return newReleasesPage(env) }}
}

func newReleasesPage(env *page.Env) *releasesPage {
	p := &releasesPage{env: env}
	p.lazy = page.NewLazy(nil)
	p.lazy.Add(p.refresh)
	p.forecast = newForecastPanel(p.onForecast)
	p.lazy.Add(p.startForecast)
	p.list = widget.NewList(func() int { return len(p.releases) }, p.createRelease, p.updateRelease)
	p.list.OnSelected = func(id widget.ListItemID) {
		if id < len(p.releases) {
			p.selected = p.releases[id].ID
			p.refreshDetail()
		}
	}
	p.add = widget.NewButtonWithIcon("Add release", theme.ContentAddIcon(), p.onAdd)
	p.remove = widget.NewButtonWithIcon("Remove", theme.DeleteIcon(), p.onRemove)
	p.editDetails = page.IconButton("Edit details", theme.DocumentCreateIcon(), p.onEditDetails)

	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.SizeName = theme.SizeNameSubHeadingText
	p.dates = widget.NewLabel("")
	p.loadBar, p.mustBar, p.readiness = widget.NewProgressBar(), widget.NewProgressBar(), widget.NewProgressBar()
	p.readiness.TextFormatter = func() string { return page.FormatPercent(p.readiness.Value) + " ready" }
	p.mustBar.TextFormatter = func() string { return page.FormatPercent(p.mustBar.Value) + " Musts" }
	p.loadNote, p.mustNote, p.readinessNote = page.NewParagraph(), page.NewParagraph(), page.NewParagraph()
	p.tasks = container.NewVBox()
	p.newTask = form.NewEntry(p.onNewTask)
	p.newTask.SetPlaceHolder("Add a launch task, then Enter…")
	p.itemList = widget.NewList(func() int { return len(p.items) }, p.createItem, p.updateItem)
	p.itemList.OnSelected = func(id widget.ListItemID) {
		if id < len(p.items) && env.Open != nil {
			env.Open(app.KeyOf(p.items[id]))
		}
		p.itemList.UnselectAll()
	}
	// Truncated, not wrapped or wide: at 800 wide the window holds the page.
	p.itemsNote = page.NewTruncated(fyne.TextStyle{})
	p.itemsNote.Importance = widget.LowImportance

	head := container.NewBorder(nil, nil, nil, container.NewVBox(p.editDetails), page.TightVBox(p.title, p.dates))
	scope := page.PanelCard("Capacity and scope", container.NewVBox(
		container.NewGridWithColumns(2, p.loadBar, p.mustBar),
		p.loadNote, p.mustNote))
	gtm := page.PanelCard("Go-to-market checklist", container.NewVBox(p.readiness, p.readinessNote, p.tasks, p.newTask))
	items := page.PanelCard("Items in this release", container.NewBorder(p.itemsNote, nil, nil, nil,
		page.FixedHeight(260, p.itemList)))
	p.since = newSinceCard(env)
	column := page.PageColumn(900, head, scope, p.since.box, gtm, p.forecast.card, items)
	p.since.relayout = column.Refresh
	p.detail = column
	p.empty = container.NewCenter(widget.NewLabel("Select a release on the left, or add one."))
	p.detailStack = container.NewStack(p.empty)
	left := container.NewBorder(container.NewPadded(container.NewHBox(p.add, p.remove)), nil, nil, nil, p.list)
	split := container.NewHSplit(left, p.detailStack)
	split.Offset = 0.3
	p.content = split
	p.refresh()
	page.Subscribe(env, p)
	env.FollowCompare(func(*page.Comparison) { p.lazy.Changed() })
	return p
}

// Object returns the list of releases beside the one selected.
func (p *releasesPage) Object() fyne.CanvasObject { return p.content }

// Kinds are what the page and the release's editor read: the releases
// and the items they deliver.
func (p *releasesPage) Kinds() []app.Kind {
	return []app.Kind{app.KindRelease, app.KindItem, app.KindProduct, app.KindInsight}
}

// Refresh follows a change: now if in sight, else when shown.
func (p *releasesPage) Refresh(app.Change) { p.lazy.Changed() }

// SetShown tells the page whether it is in sight; shown, it catches up,
// and the first time forecasts the releases.
func (p *releasesPage) SetShown(on bool) {
	p.lazy.SetShown(on)
	if on && !p.forecast.started {
		p.startForecast()
	}
}

// Show selects the release k.
func (p *releasesPage) Show(k app.Key) {
	if k.Kind != app.KindRelease {
		return
	}
	for i, r := range p.releases {
		if r.ID == k.ID {
			p.list.Select(i)
			p.list.ScrollTo(i)
		}
	}
}

func (p *releasesPage) createRelease() fyne.CanvasObject {
	name := page.NewTruncated(fyne.TextStyle{Bold: true})
	note := page.NewTruncated(fyne.TextStyle{})
	when := page.NewTruncated(fyne.TextStyle{})
	bar := widget.NewProgressBar()
	bar.TextFormatter = func() string { return page.FormatPercent(bar.Value) + " ready" }
	return page.TightVBox(name, note, when, bar)
}

func (p *releasesPage) updateRelease(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(p.releases) {
		return
	}
	r := p.releases[id]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(page.NameOrUnnamed(r.Name))
	box.Objects[1].(*widget.Label).SetText(releaseDates(r) + " · " + loadSummary(p.loads[r.ID]))
	text, imp := p.forecast.headline(r)
	page.SetLabel(box.Objects[2].(*widget.Label), text, imp)
	box.Objects[3].(*widget.ProgressBar).SetValue(r.Readiness())
}

// releaseDates prints a release's dates ("Oct 1 – Dec 15, 2026").
func releaseDates(r *app.Release) string {
	switch {
	case r.Date.IsZero() && r.Start.IsZero():
		return "not dated"
	case r.Start.IsZero():
		return r.Date.Time().Format("Jan 2, 2006")
	case r.Date.IsZero():
		return "from " + r.Start.Time().Format("Jan 2, 2006")
	}
	return r.Start.Time().Format("Jan 2") + " – " + r.Date.Time().Format("Jan 2, 2006")
}

// loadSummary prints the estimate against the capacity ("32 of 40 pts").
func loadSummary(l app.ReleaseLoad) string {
	if l.Capacity > 0 {
		return form.FormatNumber(l.Estimate) + " of " + form.FormatNumber(l.Capacity) + " pts"
	}
	return form.FormatNumber(l.Estimate) + " pts, no capacity set"
}

// refresh reads the releases again and shows the one selected.
func (p *releasesPage) refresh() {
	p.releases = p.env.WS.Releases()
	p.loads = app.Load(p.env.WS)
	p.list.Refresh()
	if _, ok := p.env.WS.Release(p.selected); !ok && p.selected != "" {
		p.selected = ""
		p.list.UnselectAll()
	}
	if p.selected == "" && len(p.releases) > 0 {
		i := currentRelease(p.releases, p.env.WS.Today())
		p.selected = p.releases[i].ID
		p.list.Select(i)
	}
	page.Enable(!p.env.ReadOnly(), p.add)
	page.Enable(!p.env.ReadOnly() && p.selected != "", p.remove)
	p.refreshDetail()
	p.refreshDetailsDialog()
}

// currentRelease is the index of the release a user opening the page most
// likely wants: the first in the list not yet shipped by today (undated ones
// count as not shipped), or the last when all have shipped.
func currentRelease(rs []*app.Release, today app.Date) int {
	for i, r := range rs {
		if r.Date.IsZero() || !r.Date.Before(today) {
			return i
		}
	}
	return len(rs) - 1
}

// refreshDetail shows the release selected.
func (p *releasesPage) refreshDetail() {
	r, ok := p.env.WS.Release(p.selected)
	if !ok {
		p.detailStack.Objects = []fyne.CanvasObject{p.empty}
		p.detailStack.Refresh()
		return
	}
	ro := p.env.ReadOnly()
	page.Enable(!ro, p.remove, p.editDetails, p.newTask)
	p.title.SetText(page.NameOrUnnamed(r.Name))
	p.dates.SetText(releaseDates(r))
	p.forecast.showRelease(r)
	l := p.loads[r.ID]
	if l.Capacity > 0 {
		p.loadBar.SetValue(min(l.Estimate/l.Capacity, 1))
		p.loadBar.TextFormatter = func() string { return page.FormatPercent(l.Estimate/l.Capacity) + " of capacity" }
		note := fmt.Sprintf("%s planned for a capacity of %s, in %s.", form.FormatNumber(l.Estimate)+" pts", form.FormatNumber(l.Capacity)+" pts", form.Plural(l.Items, "item", "items"))
		imp := widget.MediumImportance
		if l.Estimate > l.Capacity {
			note += fmt.Sprintf(" Over capacity by %s pts.", form.FormatNumber(l.Estimate-l.Capacity))
			imp = widget.DangerImportance
		}
		page.SetLabel(p.loadNote, note, imp)
	} else {
		p.loadBar.SetValue(0)
		p.loadBar.TextFormatter = func() string { return "no capacity set" }
		page.SetLabel(p.loadNote, fmt.Sprintf("%s pts planned in %s; set a capacity (Edit details) to compare.", form.FormatNumber(l.Estimate), form.Plural(l.Items, "item", "items")), widget.LowImportance)
	}
	p.loadBar.Refresh()
	p.mustBar.SetValue(l.MustShare())
	switch {
	case l.Estimate == 0:
		page.SetLabel(p.mustNote, "Musts: nothing estimated yet.", widget.LowImportance)
	case l.MustShare() > app.MustShareLimit:
		page.SetLabel(p.mustNote, fmt.Sprintf("Musts are %s of the estimate (%s pts), above %s: little room if something slips.",
			page.FormatPercent(l.MustShare()), form.FormatNumber(l.Musts), page.FormatPercent(app.MustShareLimit)), widget.WarningImportance)
	default:
		page.SetLabel(p.mustNote, fmt.Sprintf("Musts are %s of the estimate (%s pts).", page.FormatPercent(l.MustShare()), form.FormatNumber(l.Musts)), widget.MediumImportance)
	}
	p.readiness.SetValue(r.Readiness())
	done, late := 0, 0
	today := p.env.WS.Today()
	for _, t := range r.Tasks {
		if t.Done {
			done++
		} else if overdue(t, today) {
			late++
		}
	}
	note := fmt.Sprintf("%d of %s done.", done, form.Plural(len(r.Tasks), "launch task", "launch tasks"))
	imp := widget.MediumImportance
	if late > 0 {
		note += " " + form.Plural(late, "task is", "tasks are") + " overdue."
		imp = widget.DangerImportance
	}
	if len(r.Tasks) == 0 {
		note, imp = "No launch tasks yet: add the go-to-market work below.", widget.LowImportance
	}
	page.SetLabel(p.readinessNote, note, imp)
	p.refreshTasks(r, today)

	p.items = p.items[:0]
	for _, it := range p.env.WS.Items() {
		if it.Release == r.ID {
			p.items = append(p.items, it)
		}
	}
	p.itemList.Refresh()
	p.itemsNote.SetText(itemsNote(p.items))
	p.since.show(r, p.items)
	if len(p.detailStack.Objects) != 1 || p.detailStack.Objects[0] != p.detail {
		p.detailStack.Objects = []fyne.CanvasObject{p.detail}
		p.detailStack.Refresh()
	}
}

// itemsNote counts the items of a release by status.
func itemsNote(items []*app.Item) string {
	if len(items) == 0 {
		return "No backlog items in this release yet: set an item's release in the backlog."
	}
	n := map[app.Status]int{}
	for _, it := range items {
		n[it.Status]++
	}
	var parts []string
	for _, s := range app.Statuses {
		if n[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[s], strings.ToLower(s.Title())))
		}
	}
	return form.Plural(len(items), "item", "items") + ": " + strings.Join(parts, " · ") + " · select one to open it"
}

// overdue reports whether t is open and past its due date.
func overdue(t app.LaunchTask, today app.Date) bool {
	return !t.Done && !t.Due.IsZero() && t.Due.Before(today)
}

// refreshTasks shows the checklist of r, reusing the rows so typing in one
// survives other edits.
func (p *releasesPage) refreshTasks(r *app.Release, today app.Date) {
	for len(p.taskRows) < len(r.Tasks) {
		p.taskRows = append(p.taskRows, p.newTaskRow(len(p.taskRows)))
	}
	objs := make([]fyne.CanvasObject, 0, len(r.Tasks))
	ro := p.env.ReadOnly()
	for i, t := range r.Tasks {
		row := p.taskRows[i]
		row.done.SetValue(t.Done)
		row.title.SetValue(t.Title)
		row.owner.SetValue(t.Owner)
		due := ""
		if !t.Due.IsZero() {
			due = t.Due.String()
		}
		row.due.SetValue(due)
		if overdue(t, today) {
			days := t.Due.DaysUntil(today)
			page.SetLabel(row.late, fmt.Sprintf("overdue %s", form.Plural(days, "day", "days")), widget.DangerImportance)
			row.stripe.FillColor = theme.Color(theme.ColorNameError)
		} else {
			page.SetLabel(row.late, "", widget.MediumImportance)
			row.stripe.FillColor = color.Transparent
		}
		row.stripe.Refresh()
		page.Enable(!ro, row.done, row.title, row.owner, row.due, row.remove)
		objs = append(objs, row.obj)
	}
	p.tasks.Objects = objs
	p.tasks.Refresh()
}

// newTaskRow builds the row of launch task i.
func (p *releasesPage) newTaskRow(i int) *taskRow {
	row := &taskRow{i: i}
	row.stripe = canvas.NewRectangle(theme.Color(theme.ColorNameError))
	row.stripe.SetMinSize(fyne.NewSize(4, 4))
	row.done = form.NewCheck("", func(on bool) error {
		desc := "Tick launch task"
		if !on {
			desc = "Untick launch task"
		}
		return p.env.Do(p.editTask(i, desc, func(t *app.LaunchTask) error { t.Done = on; return nil }))
	})
	row.title = form.NewEntry(func(v string) error {
		return p.env.Do(p.editTask(i, "Rename launch task", func(t *app.LaunchTask) error { t.Title = page.Trimmed(v); return nil }))
	})
	row.owner = form.NewEntry(func(v string) error {
		return p.env.Do(p.editTask(i, "Change launch task owner", func(t *app.LaunchTask) error { t.Owner = page.Trimmed(v); return nil }))
	})
	row.owner.SetPlaceHolder("owner")
	row.due = form.NewEntry(func(v string) error {
		d, err := parseDue(v)
		if err != nil {
			return err
		}
		return p.env.Do(p.editTask(i, "Change launch task due date", func(t *app.LaunchTask) error { t.Due = d; return nil }))
	})
	row.due.SetPlaceHolder("YYYY-MM-DD")
	for _, e := range []*form.Entry{row.title, row.owner, row.due} {
		e.OnError = p.showError
	}
	row.done.OnError = p.showError
	row.late = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	row.remove = page.IconButton("", theme.ContentClearIcon(), func() {
		p.env.Do(p.changeTasks("Remove launch task", func(ts []app.LaunchTask) ([]app.LaunchTask, error) {
			if i >= len(ts) {
				return ts, fmt.Errorf("launch task %d is gone", i+1)
			}
			return append(ts[:i:i], ts[i+1:]...), nil
		}))
	})
	owner, due := widget.NewLabel("Owner"), widget.NewLabel("Due")
	owner.Importance, due.Importance = widget.LowImportance, widget.LowImportance
	// Owner, due date and lateness wrap under one another when the
	// detail column is narrow (an 800-pixel window), each label kept
	// beside its field.
	details := page.NewFlow(container.NewHBox(owner, page.Sized(140, row.owner)),
		container.NewHBox(due, page.Sized(120, row.due)), row.late)
	lead := container.NewHBox(row.stripe, container.NewCenter(row.done))
	row.obj = container.NewBorder(nil, nil, lead, nil, container.NewVBox(
		container.NewBorder(nil, nil, nil, row.remove, row.title),
		details))
	return row
}

// parseDue reads a due date; blank is none.
func parseDue(s string) (app.Date, error) {
	s = page.Trimmed(s)
	if s == "" {
		return app.Date{}, nil
	}
	d, err := app.ParseDate(s)
	if err != nil {
		return app.Date{}, fmt.Errorf("due date %q: want YYYY-MM-DD: %w", s, err)
	}
	return d, nil
}

func (p *releasesPage) showError(err error) {
	if p.env.Window != nil {
		dialog.ShowError(err, p.env.Window)
	}
}

// changeTasks changes the checklist of the release selected.
func (p *releasesPage) changeTasks(desc string, f func([]app.LaunchTask) ([]app.LaunchTask, error)) app.Command {
	id := p.selected
	return app.Func{Desc: desc, Fn: func(tx *app.Tx) error {
		r, err := app.Edit[*app.Release](tx, app.KindRelease, id)
		if err != nil {
			return err
		}
		r.Tasks, err = f(r.Tasks)
		return err
	}}
}

// editTask changes launch task i of the release selected.
func (p *releasesPage) editTask(i int, desc string, f func(*app.LaunchTask) error) app.Command {
	return p.changeTasks(desc, func(ts []app.LaunchTask) ([]app.LaunchTask, error) {
		if i >= len(ts) {
			return ts, fmt.Errorf("launch task %d is gone", i+1)
		}
		return ts, f(&ts[i])
	})
}

// onNewTask adds a launch task named text.
func (p *releasesPage) onNewTask(text string) error {
	text = page.Trimmed(text)
	if text == "" {
		return nil
	}
	err := p.env.Do(p.changeTasks("Add launch task", func(ts []app.LaunchTask) ([]app.LaunchTask, error) {
		return append(ts, app.LaunchTask{Title: text}), nil
	}))
	if err == nil {
		p.newTask.SetValue("")
	}
	return err
}

func (p *releasesPage) createItem() fyne.CanvasObject {
	title := page.NewTruncated(fyne.TextStyle{})
	status := widget.NewLabel("In progress")
	note := widget.NewLabel("")
	note.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, nil, container.NewHBox(note, status), title)
}

func (p *releasesPage) updateItem(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(p.items) {
		return
	}
	it := p.items[id]
	row := o.(*fyne.Container)
	row.Objects[0].(*widget.Label).SetText(page.NameOrUnnamed(it.Title))
	right := row.Objects[1].(*fyne.Container)
	note := form.FormatEstimate(it.Estimate)
	if it.MoSCoW != app.MoSCoWNone {
		note = it.MoSCoW.Title() + " · " + note
	}
	right.Objects[0].(*widget.Label).SetText(note)
	st := right.Objects[1].(*widget.Label)
	st.Importance = widget.MediumImportance
	if it.Status == app.StatusAccepted {
		st.Importance = widget.SuccessImportance
	}
	st.SetText(it.Status.Title())
}

func (p *releasesPage) onAdd() {
	r := &app.Release{Name: "New release"}
	if err := p.env.Do(app.Create(r)); err != nil {
		return
	}
	p.selected = r.ID
	p.refresh()
	p.Show(app.KeyOf(r))
	p.onEditDetails()
}

func (p *releasesPage) onRemove() {
	r, ok := p.env.WS.Release(p.selected)
	if !ok {
		return
	}
	page.ConfirmRemove(p.env, app.KeyOf(r), r.Name)
}

// onEditDetails opens the release's editor (name, dates, capacity,
// audiences, channels, launch notes) in a dialog.
func (p *releasesPage) onEditDetails() {
	if p.env.Window == nil || p.selected == "" {
		return
	}
	ed := p.env.NewEditor(p.env, app.Key{Kind: app.KindRelease, ID: p.selected})
	d := dialog.NewCustom("Release details", "Close", ed.Object(), p.env.Window)
	d.SetOnClosed(func() { p.details, p.detailsDialog = nil, nil })
	p.details, p.detailsDialog = ed, d
	d.Resize(fyne.NewSize(760, 640))
	d.Show()
}

// refreshDetailsDialog keeps the open Release details dialog in step with
// the workspace (an undo, a change from disk), and closes it when its
// release is gone.
func (p *releasesPage) refreshDetailsDialog() {
	if p.details == nil {
		return
	}
	if _, ok := p.env.WS.Get(p.details.Key()); !ok {
		p.detailsDialog.Hide()
		return
	}
	p.details.Refresh()
}
