package insights

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// insightsPage is the Insights section: the capture field, the filters,
// the inbox with a check on each row for bulk triage, the bulk bar, and the
// editor of the insight picked in a panel beside them.
type insightsPage struct {
	env   *page.Env
	panel *page.SidePanel

	shown, stale bool
	filter       app.InsightFilter
	rows         []*app.Insight
	checked      map[string]bool

	capture *widget.Entry
	filters *filterBar
	count   *widget.Label
	list    *widget.List
	bulk    *bulkBar
}

func newInsightsPage(env *page.Env) *insightsPage {
	p := &insightsPage{env: env, checked: map[string]bool{}, shown: true}
	p.capture = widget.NewEntry()
	p.capture.SetPlaceHolder("Capture what a customer said, then press Enter")
	p.capture.OnSubmitted = func(s string) {
		if _, err := Capture(env, s); err == nil {
			p.capture.SetText("")
		}
	}
	p.filters = newFilterBar(env, func(f app.InsightFilter) { p.filter = f; p.refresh() })
	p.count = widget.NewLabel("")
	p.count.Truncation = fyne.TextTruncateEllipsis
	p.list = widget.NewList(func() int { return len(p.rows) }, newRow, func(id widget.ListItemID, o fyne.CanvasObject) {
		if id < len(p.rows) {
			p.bindRow(o.(*fyne.Container), p.rows[id])
		}
	})
	p.list.OnSelected = func(id widget.ListItemID) {
		if id < len(p.rows) {
			p.panel.Show(app.KeyOf(p.rows[id]))
		}
	}
	p.bulk = newBulkBar(p)
	top := container.NewVBox(p.capture, p.filters.obj, p.bulk.obj, p.count)
	p.panel = page.WithSidePanel(env, container.NewBorder(top, nil, nil, nil, p.list))
	p.panel.Split.Offset = 0.6
	p.refresh()
	page.Subscribe(env, p)
	return p
}

// refresh lists the insights that pass the filters, untriaged first, and
// forgets the checks of insights no longer there.
func (p *insightsPage) refresh() {
	p.stale = false
	p.filters.refresh()
	p.rows = app.Inbox(p.env.WS, p.filter)
	for id := range p.checked {
		if _, ok := p.env.WS.Insight(id); !ok {
			delete(p.checked, id)
		}
	}
	total := p.env.WS.Count(app.KindInsight)
	switch {
	case total == 0:
		p.count.SetText("No insights yet: capture what customers say above, or File ▸ Import feedback….")
	case len(p.rows) == total:
		p.count.SetText(fmt.Sprintf("%d insights · %d new · check rows to triage or link them at once", total, p.countNew()))
	default:
		p.count.SetText(fmt.Sprintf("%d of %d insights match the filters · %d new", len(p.rows), total, p.countNew()))
	}
	p.list.UnselectAll()
	p.list.Refresh()
	p.bulk.refresh()
}

func (p *insightsPage) countNew() int {
	n := 0
	for _, in := range p.rows {
		if in.State == app.InsightNew {
			n++
		}
	}
	return n
}

// index returns the row of the insight with the ID, or -1.
func (p *insightsPage) index(id string) int {
	return slices.IndexFunc(p.rows, func(in *app.Insight) bool { return in.ID == id })
}

// clearFilters shows every insight again.
func (p *insightsPage) clearFilters() { p.filters.clear() }

// Checked returns the IDs of the checked insights, in the inbox's order.
func (p *insightsPage) Checked() []string {
	var out []string
	for _, in := range app.Inbox(p.env.WS, app.InsightFilter{}) {
		if p.checked[in.ID] {
			out = append(out, in.ID)
		}
	}
	return out
}

// newRow is a row of the inbox: a check, the state and importance, the
// quote and who said it, and what it is linked to.
func newRow() fyne.CanvasObject {
	check := widget.NewCheck("", nil)
	state := widget.NewLabel("Archived")
	text := widget.NewLabel("")
	text.Truncation = fyne.TextTruncateEllipsis
	links := widget.NewLabel("")
	// The state in a column as wide as "Archived", so that the quotes line up.
	return container.NewBorder(nil, nil, container.NewHBox(check, page.Sized(state.MinSize().Width, state)), links, text)
}

func (p *insightsPage) bindRow(c *fyne.Container, in *app.Insight) {
	text := c.Objects[0].(*widget.Label)
	left := c.Objects[1].(*fyne.Container)
	links := c.Objects[2].(*widget.Label)
	check := left.Objects[0].(*widget.Check)
	state := left.Objects[1].(*fyne.Container).Objects[0].(*widget.Label)
	check.OnChanged = nil
	check.SetChecked(p.checked[in.ID])
	id := in.ID
	check.OnChanged = func(on bool) {
		if on {
			p.checked[id] = true
		} else {
			delete(p.checked, id)
		}
		p.bulk.refresh()
	}
	state.SetText(in.State.Title())
	state.TextStyle.Bold = in.State == app.InsightNew
	text.SetText(RowText(in))
	links.SetText(linkText(in))
}

// RowText is the text of an insight's row: its importance, its quote, who
// said it, where and when.
func RowText(in *app.Insight) string {
	var b strings.Builder
	if t := in.Importance.Title(); t != "" {
		b.WriteString("[" + t + "] ")
	}
	b.WriteString("“" + in.Excerpt(90) + "”")
	var who []string
	for _, s := range []string{in.Customer(), in.Segment, in.Source} {
		if s != "" {
			who = append(who, s)
		}
	}
	if !in.Date.IsZero() {
		who = append(who, in.Date.String())
	}
	if len(who) > 0 {
		b.WriteString(" — " + strings.Join(who, " · "))
	}
	return b.String()
}

// linkText says what an insight is evidence for: "→ 2 items, 1 initiative"
// or "unlinked".
func linkText(in *app.Insight) string {
	if !in.Linked() {
		return "unlinked"
	}
	var parts []string
	if n := len(in.Items); n > 0 {
		parts = append(parts, plural(n, "item"))
	}
	if n := len(in.Initiatives); n > 0 {
		parts = append(parts, plural(n, "initiative"))
	}
	return "→ " + strings.Join(parts, ", ")
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// Capture adds an insight with the text, new in the inbox and dated today
// (it is being heard now; the import, unlike it, never invents a date), as
// one undoable command, and returns its ID. Empty text is refused in words.
func Capture(env *page.Env, text string) (string, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return "", fmt.Errorf("nothing to capture: type what the customer said")
	}
	in := &app.Insight{Text: text, State: app.InsightNew, Date: env.WS.Today()}
	if err := env.Do(app.Create(in)); err != nil {
		return "", err
	}
	return in.ID, nil
}
