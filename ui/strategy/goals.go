package strategy

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// goalsPage traces the goals to the work: the north-star metric, each goal
// with its key results as bars whose current value is edited in place, the
// initiatives that serve it with their progress and the status of their
// items, and the initiatives that serve no goal, flagged.
type goalsPage struct {
	env  *page.Env
	open func(app.Key)

	northStar   *page.MetricView
	northStarEd *form.Entry
	goals       *fyne.Container
	orphans     *fyne.Container
	orphanCard  fyne.CanvasObject
	addGoal     *widget.Button
	editNorth   *widget.Button
	// current holds the fields of key results' current values by goal and
	// index, reused across refreshes so typing survives other edits.
	current map[krKey]*form.Entry
	buttons []*widget.Button
	content fyne.CanvasObject
}

// krKey names one key result: its goal and its index.
type krKey struct {
	goal string
	i    int
}

func newGoalsPage(env *page.Env, open func(app.Key)) *goalsPage {
	p := &goalsPage{env: env, open: open, current: map[krKey]*form.Entry{}}
	p.northStar = page.NewMetricView()
	p.northStarEd = form.NewNumberEntry(func(v float64) error {
		return env.Do(app.EditStrategy("Update north-star metric", func(s *app.Strategy) error { s.NorthStar.Current = v; return nil }))
	})
	p.northStarEd.OnError = p.showError
	p.editNorth = page.IconButton("Edit", theme.DocumentCreateIcon(), func() { open(app.StrategyKey) })
	p.goals = container.NewVBox()
	p.orphans = container.NewVBox()
	p.addGoal = page.IconButton("Add goal", theme.ContentAddIcon(), p.onAddGoal)
	p.orphanCard = page.PanelCard("Initiatives serving no goal", p.orphans)
	north := page.PanelCard("North-star metric", withCurrent(p.northStar, p.northStarEd), p.editNorth)
	p.content = page.PageColumn(960,
		north,
		container.NewBorder(nil, nil, nil, p.addGoal, page.PageHeading("Goals and key results")),
		p.goals,
		p.orphanCard,
	)
	p.refresh()
	return p
}

// showError reports a value that is not a number.
func (p *goalsPage) showError(err error) {
	if p.env.Window != nil {
		dialog.ShowError(err, p.env.Window)
	}
}

// refresh rebuilds the page; a workspace has a handful of goals and some
// dozens of initiatives.
func (p *goalsPage) refresh() {
	ws := p.env.WS
	s := ws.Strategy()
	p.northStar.Set(s.NorthStar)
	p.northStarEd.SetValue(form.FormatNumber(s.NorthStar.Current))
	progress := app.Progress(ws)
	statuses := itemStatuses(ws)
	p.buttons = p.buttons[:0]
	// Containers are filled in one go: Add lays out again at each call.
	goals := ws.Goals()
	cards := make([]fyne.CanvasObject, 0, len(goals))
	seen := map[krKey]bool{}
	for _, g := range goals {
		cards = append(cards, p.goalCard(g, progress, statuses, seen))
	}
	p.goals.Objects = cards
	for k := range p.current {
		if !seen[k] {
			delete(p.current, k)
		}
	}
	if len(goals) == 0 {
		none := page.NewParagraph()
		page.SetText(none, "", "No goals yet: add an objective with measurable key results.")
		p.goals.Objects = []fyne.CanvasObject{none}
	}
	p.goals.Refresh()

	var orphans []*app.Initiative
	for _, in := range ws.Initiatives() {
		if len(in.Goals) == 0 {
			orphans = append(orphans, in)
		}
	}
	byAttention(orphans)
	p.orphans.Objects = []fyne.CanvasObject{p.initiativeRows(orphans, progress, statuses, true)}
	if len(orphans) > 0 {
		p.orphanCard.Show()
	} else {
		p.orphanCard.Hide()
	}
	p.orphans.Refresh()

	editable := !p.env.ReadOnly()
	page.Enable(editable, p.addGoal, p.editNorth, p.northStarEd)
	for _, b := range p.buttons {
		page.Enable(editable, b)
	}
	for _, e := range p.current {
		page.Enable(editable, e)
	}
}

// goalCard shows one goal: its progress, its key results with their
// current values to edit, and the initiatives that serve it.
func (p *goalsPage) goalCard(g *app.Goal, progress map[string]app.InitiativeProgress, statuses map[string]map[app.Status]int, seen map[krKey]bool) fyne.CanvasObject {
	k := app.KeyOf(g)
	var body []fyne.CanvasObject
	if g.Description != "" {
		body = append(body, page.NewDim(g.Description, true))
	}
	if len(g.KeyResults) == 0 {
		none := page.NewParagraph()
		page.SetText(none, "", "No key results yet: edit the goal to add one.")
		body = append(body, none)
	} else {
		overall := widget.NewProgressBar()
		overall.TextFormatter = func() string { return page.FormatPercent(overall.Value) + " overall" }
		overall.SetValue(g.Progress())
		body = append(body, overall)
	}
	for i, kr := range g.KeyResults {
		key := krKey{g.ID, i}
		seen[key] = true
		e := p.current[key]
		if e == nil {
			e = form.NewNumberEntry(func(v float64) error { return p.env.Do(setKeyResultCurrent(key.goal, key.i, v)) })
			e.OnError = p.showError
			p.current[key] = e
		}
		e.SetValue(form.FormatNumber(kr.Current))
		mv := page.NewMetricView()
		mv.Set(kr)
		body = append(body, page.Indent(withCurrent(mv, e)))
	}
	var served []*app.Initiative
	for _, in := range p.env.WS.Initiatives() {
		if slices.Contains(in.Goals, g.ID) {
			served = append(served, in)
		}
	}
	if len(served) > 0 {
		byAttention(served)
		body = append(body, page.Field("Initiatives serving it", p.initiativeRows(served, progress, statuses, false)))
	} else {
		none := page.NewParagraph()
		page.SetText(none, "", "No initiative serves this goal yet.")
		body = append(body, none)
	}
	edit := page.IconButton("Edit", theme.DocumentCreateIcon(), func() { p.open(k) })
	remove := page.IconButton("", theme.DeleteIcon(), func() { page.ConfirmRemove(p.env, k, g.Title) })
	p.buttons = append(p.buttons, edit, remove)
	return page.PanelCard(page.NameOrUnnamed(g.Title), container.NewVBox(body...), edit, remove)
}

// initiativeRowView shows an initiative: its name and status, the share
// of its estimate accepted, and how many of its items are in each status;
// Items opens it beside the page with its backlog. An initiative serving
// no goal is flagged. The same row is reused by the virtual list of a long
// collection.
type initiativeRowView struct {
	p            *goalsPage
	key          app.Key
	name, status *widget.Label
	flag         *fyne.Container
	bar          *widget.ProgressBar
	summary      *widget.RichText
	open         *widget.Button
	obj          fyne.CanvasObject
}

func (p *goalsPage) newInitiativeRowView() *initiativeRowView {
	r := &initiativeRowView{p: p}
	r.name = page.NewTruncated(fyne.TextStyle{Bold: true})
	r.status = widget.NewLabel("")
	r.bar = widget.NewProgressBar()
	r.bar.TextFormatter = func() string { return page.FormatPercent(r.bar.Value) + " accepted" }
	r.summary = page.NewDim("", false)
	r.summary.Truncation = fyne.TextTruncateEllipsis
	r.open = page.IconButton("Items", theme.NavigateNextIcon(), func() { p.open(r.key) })
	r.open.IconPlacement = widget.ButtonIconTrailingText
	noGoal := widget.NewLabel("no goal")
	noGoal.Importance = widget.WarningImportance
	r.flag = container.NewHBox(widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())), noGoal)
	top := container.NewBorder(nil, nil, nil, container.NewHBox(r.flag, r.status, r.open), r.name)
	r.obj = container.NewVBox(top, r.bar, r.summary)
	return r
}

// set shows initiative in.
func (r *initiativeRowView) set(in *app.Initiative, pr app.InitiativeProgress, st map[app.Status]int, orphan bool) {
	r.key = app.KeyOf(in)
	r.name.SetText(page.NameOrUnnamed(in.Name))
	r.status.SetText(in.Status.Title())
	r.status.Importance = widget.MediumImportance
	if in.Status == app.InitiativeAtRisk {
		r.status.Importance = widget.WarningImportance
	}
	r.status.Refresh()
	r.flag.Hidden = !orphan
	r.bar.SetValue(pr.Share())
	page.SetDim(r.summary, statusSummary(pr, st))
	page.Enable(!r.p.env.ReadOnly(), r.open)
}

// attention ranks initiative statuses by how much a PM reading a goal
// needs to see them: at risk first, then active, planned, done, cancelled.
var attention = map[app.InitiativeStatus]int{
	app.InitiativeAtRisk: 0, app.InitiativeActive: 1, app.InitiativePlanned: 2,
	app.InitiativeDone: 3, app.InitiativeCancelled: 4,
}

// byAttention orders initiatives by attention, keeping the workspace's
// order within a status.
func byAttention(ins []*app.Initiative) {
	slices.SortStableFunc(ins, func(a, b *app.Initiative) int { return attention[a.Status] - attention[b.Status] })
}

// shownRows is how many initiatives a goal (or the block of those with no
// goal) lists, most in need of attention first; a generated workspace has
// hundreds per goal, which the page would build all at once. The rest are
// counted, not put in a scroll box of their own inside the scrolling page.
const shownRows = 25

// initiativeRows lists ins as rows: the first shownRows, and a line that
// counts the others.
func (p *goalsPage) initiativeRows(ins []*app.Initiative, progress map[string]app.InitiativeProgress, statuses map[string]map[app.Status]int, orphan bool) fyne.CanvasObject {
	n := min(len(ins), shownRows)
	rows := make([]fyne.CanvasObject, 0, n+1)
	for _, in := range ins[:n] {
		r := p.newInitiativeRowView()
		r.set(in, progress[in.ID], statuses[in.ID], orphan)
		p.buttons = append(p.buttons, r.open)
		rows = append(rows, r.obj)
	}
	if more := len(ins) - n; more > 0 {
		rows = append(rows, page.NewDim(fmt.Sprintf("… and %s more, the done and cancelled last: the Roadmap lists them all.",
			form.Plural(more, "initiative", "initiatives")), true))
	}
	return container.NewVBox(rows...)
}

// withCurrent lays a metric out with the field of its current value beside
// its bar: its name and path, then the bar and the field.
func withCurrent(mv *page.MetricView, current *form.Entry) fyne.CanvasObject {
	field := container.NewHBox(widget.NewLabel("Current"), page.Sized(100, current))
	return container.New(layout.NewCustomPaddedVBoxLayout(0),
		container.NewBorder(nil, nil, nil, mv.Path, mv.Name),
		container.NewBorder(nil, nil, nil, field, mv.Bar))
}

// statusSummary says how many items an initiative has in each status
// ("2 in progress · 5 accepted"), or that it has none.
func statusSummary(pr app.InitiativeProgress, st map[app.Status]int) string {
	if pr.Items == 0 {
		return "no backlog items yet"
	}
	var parts []string
	for _, s := range app.Statuses {
		if n := st[s]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, strings.ToLower(s.Title())))
		}
	}
	return form.Plural(pr.Items, "item", "items") + ": " + strings.Join(parts, " · ")
}

// itemStatuses counts the items of each initiative by status, in one pass.
func itemStatuses(ws *app.Workspace) map[string]map[app.Status]int {
	out := map[string]map[app.Status]int{}
	for _, it := range ws.Items() {
		if it.Initiative == "" {
			continue
		}
		m := out[it.Initiative]
		if m == nil {
			m = map[app.Status]int{}
			out[it.Initiative] = m
		}
		m[it.Status]++
	}
	return out
}

// setKeyResultCurrent sets the current value of key result i of goal id.
func setKeyResultCurrent(id string, i int, v float64) app.Command {
	return app.Func{Desc: "Update key result", Fn: func(tx *app.Tx) error {
		g, err := app.Edit[*app.Goal](tx, app.KindGoal, id)
		if err != nil {
			return err
		}
		if i >= len(g.KeyResults) {
			return fmt.Errorf("%s has no key result %d", g.Label(), i+1)
		}
		g.KeyResults[i].Current = v
		return nil
	}}
}

// onAddGoal adds a goal and opens its editor beside the page.
func (p *goalsPage) onAddGoal() {
	g := &app.Goal{Title: "New goal", Order: nextOrder(p.env.WS.Goals(), func(g *app.Goal) float64 { return g.Order })}
	if err := p.env.Do(app.Create(g)); err != nil {
		return
	}
	p.open(app.KeyOf(g))
}
