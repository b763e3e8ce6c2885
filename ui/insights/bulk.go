package insights

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// maxMatches is how many items and initiatives the link search offers.
const maxMatches = 8

// bulkBar acts on the checked insights at once: check all shown, clear,
// mark triaged, archive, back to new, and link them to an item or an
// initiative found by search, each as one undoable command.
type bulkBar struct {
	p                       *insightsPage
	label                   *widget.Label
	all, none               *widget.Button
	triage, archive, reopen *widget.Button
	search                  *widget.Entry
	matches                 []app.Key
	results                 *widget.List
	resultsBox              *fyne.Container
	obj                     fyne.CanvasObject
}

func newBulkBar(p *insightsPage) *bulkBar {
	b := &bulkBar{p: p, label: widget.NewLabel("")}
	b.all = widget.NewButton("Check all shown", func() {
		for _, in := range p.rows {
			p.checked[in.ID] = true
		}
		p.list.Refresh()
		b.refresh()
	})
	b.none = widget.NewButton("Clear", func() { clear(p.checked); p.list.Refresh(); b.refresh() })
	b.triage = widget.NewButton("Mark triaged", func() { b.setState(app.InsightTriaged) })
	b.archive = widget.NewButton("Archive", func() { b.setState(app.InsightArchived) })
	b.reopen = widget.NewButton("Back to new", func() { b.setState(app.InsightNew) })
	b.search = widget.NewEntry()
	b.search.SetPlaceHolder("Link the checked to… (type an item's or initiative's title)")
	b.search.OnChanged = func(string) { b.find() }
	b.results = widget.NewList(func() int { return len(b.matches) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(b.matches) {
				o.(*widget.Label).SetText(b.matchText(b.matches[id]))
			}
		})
	b.results.OnSelected = func(id widget.ListItemID) {
		b.results.UnselectAll()
		if id < len(b.matches) {
			b.Link(b.matches[id])
		}
	}
	b.results.Hide()
	resultsBox := container.NewGridWrap(fyne.NewSize(520, 36*4), b.results)
	b.obj = container.NewVBox(
		container.NewHBox(b.label, b.all, b.none, b.triage, b.archive, b.reopen),
		b.search, resultsBox)
	b.resultsBox = resultsBox
	return b
}

// refresh says how many are checked and enables what acts on them.
func (b *bulkBar) refresh() {
	n := len(b.p.checked) // the page forgets the checks of insights deleted
	if n == 0 {
		b.label.SetText("None checked")
	} else {
		b.label.SetText(plural(n, "insight") + " checked")
	}
	for _, w := range []*widget.Button{b.none, b.triage, b.archive, b.reopen} {
		if n == 0 {
			w.Disable()
		} else {
			w.Enable()
		}
	}
	if n == 0 {
		b.search.Disable()
	} else {
		b.search.Enable()
	}
	b.find()
}

// setState triages the checked insights as one command.
func (b *bulkBar) setState(s app.InsightState) {
	ids := b.p.Checked()
	if len(ids) == 0 {
		return
	}
	if b.p.env.Do(app.TriageInsights(ids, s)) == nil {
		clear(b.p.checked)
		b.p.refresh()
	}
}

// find offers the items and initiatives whose title holds every word of
// the search, initiatives first, at most maxMatches.
func (b *bulkBar) find() {
	b.matches = b.matches[:0]
	words := strings.Fields(strings.ToLower(b.search.Text))
	if len(words) == 0 || b.search.Disabled() {
		b.results.Hide()
		b.resultsBox.Hide()
		return
	}
	has := func(title, id string) bool {
		t := strings.ToLower(title + " " + id)
		for _, w := range words {
			if !strings.Contains(t, w) {
				return false
			}
		}
		return true
	}
	ws := b.p.env.WS
	for _, in := range ws.Initiatives() {
		if len(b.matches) < maxMatches && has(in.Name, in.ID) {
			b.matches = append(b.matches, app.KeyOf(in))
		}
	}
	for _, it := range ws.Items() {
		if len(b.matches) >= maxMatches {
			break
		}
		if has(it.Title, it.ID) {
			b.matches = append(b.matches, app.KeyOf(it))
		}
	}
	b.results.Show()
	b.resultsBox.Show()
	b.results.Refresh()
}

// Matches returns what the link search offers now.
func (b *bulkBar) Matches() []app.Key { return b.matches }

func (b *bulkBar) matchText(k app.Key) string {
	x, ok := b.p.env.WS.Get(k)
	if !ok {
		return k.ID
	}
	ev := b.p.env.WS.Evidence()
	var e app.Evidence
	if k.Kind == app.KindItem {
		e = ev.Item(k.ID)
	} else {
		e = ev.Initiative(k.ID)
	}
	s := k.Kind.Singular() + " · " + page.TitleOf(x)
	if !e.Zero() {
		s += fmt.Sprintf(" · %s, demand %d", plural(e.Insights, "insight"), e.Demand)
	}
	return s
}

// Link links the checked insights to the item or initiative k, as one
// command.
func (b *bulkBar) Link(k app.Key) {
	ids := b.p.Checked()
	if len(ids) == 0 {
		return
	}
	var items, inits []string
	if k.Kind == app.KindItem {
		items = []string{k.ID}
	} else {
		inits = []string{k.ID}
	}
	if b.p.env.Do(app.LinkInsights(ids, items, inits)) == nil {
		b.search.SetText("")
		b.p.refresh()
	}
}
