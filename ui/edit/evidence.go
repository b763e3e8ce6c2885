package edit

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// maxQuotes is how many quotes the evidence section shows; the Insights
// section lists them all.
const maxQuotes = 5

// maxLinkable is how many insights the "Link an insight…" choice offers.
const maxLinkable = 200

// evidencePanel is the "Customer evidence (N)" section of an item's and an
// initiative's editor: how many insights from how many customers and the
// demand they weigh, the weightiest quotes (an arrow beside each opens its insight), and
// a choice that links one more insight, new ones first.
type evidencePanel struct {
	env     *page.Env
	key     app.Key
	title   *widget.RichText
	summary *widget.Label
	quotes  *fyne.Container
	link    *widget.Select
	linkIDs []string
	obj     fyne.CanvasObject
	// offered is the evidence index the choice's options were made from:
	// the workspace keeps the same one until an insight (or an item's
	// initiative) changes, so other edits skip sorting the inbox again.
	offered *app.EvidenceIndex
}

// newEvidencePanel returns the evidence section of the item or the
// initiative with key k; refresh fills it.
func newEvidencePanel(env *page.Env, k app.Key) *evidencePanel {
	e := &evidencePanel{env: env, key: k}
	e.title = widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleSubHeading, Text: "Customer evidence"})
	e.summary = hint("")
	e.quotes = container.NewVBox()
	e.link = widget.NewSelect(nil, nil)
	e.link.PlaceHolder = "Link an insight…"
	e.link.OnChanged = func(string) { e.onLink() }
	e.obj = container.NewVBox(widget.NewSeparator(), e.title, e.summary, e.quotes, e.link)
	return e
}

// refresh shows the evidence as it is now.
func (e *evidencePanel) refresh() {
	ws := e.env.WS
	ins := app.InsightsFor(ws, e.key)
	x := ws.Evidence()
	var ev app.Evidence
	if e.key.Kind == app.KindInitiative {
		ev = x.Initiative(e.key.ID)
	} else {
		ev = x.Item(e.key.ID)
	}
	e.title.Segments[0].(*widget.TextSegment).Text = fmt.Sprintf("Customer evidence (%d)", len(ins))
	e.title.Refresh()
	if ev.Zero() {
		e.summary.SetText("No customer has asked for this yet: link what they said from the Insights section or below.")
	} else {
		e.summary.SetText(EvidenceSummary(ev) + " (demand weighs critical 3, important 2, else 1)")
	}
	var objs []fyne.CanvasObject
	for _, in := range ins[:min(len(ins), maxQuotes)] {
		k := app.KeyOf(in)
		q := widget.NewLabel(quoteText(in))
		q.Wrapping = fyne.TextWrapWord
		b := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { e.env.Open(k) })
		b.Importance = widget.LowImportance
		objs = append(objs, container.NewBorder(nil, nil, nil, b, q))
	}
	if len(ins) > maxQuotes {
		objs = append(objs, hint(fmt.Sprintf("and %d more in the Insights section", len(ins)-maxQuotes)))
	}
	e.quotes.Objects = objs
	e.quotes.Refresh()

	setEnabled(e.link, len(e.link.Options) > 0 && !e.env.ReadOnly())
	if x == e.offered {
		return
	}
	e.offered = x
	e.linkIDs = e.linkIDs[:0]
	var opts []string
	for _, in := range app.Inbox(ws, app.InsightFilter{States: []app.InsightState{app.InsightNew, app.InsightTriaged}}) {
		if len(opts) == maxLinkable {
			break
		}
		if e.links(in) {
			continue
		}
		e.linkIDs = append(e.linkIDs, in.ID)
		opts = append(opts, quoteText(in))
	}
	e.link.OnChanged = nil
	e.link.Options = opts
	e.link.ClearSelected()
	e.link.OnChanged = func(string) { e.onLink() }
	setEnabled(e.link, len(opts) > 0 && !e.env.ReadOnly())
}

// links reports whether in is linked to the entity itself.
func (e *evidencePanel) links(in *app.Insight) bool {
	ids := in.Items
	if e.key.Kind == app.KindInitiative {
		ids = in.Initiatives
	}
	for _, id := range ids {
		if id == e.key.ID {
			return true
		}
	}
	return false
}

// onLink links the insight chosen to the entity, as one command.
func (e *evidencePanel) onLink() {
	i := e.link.SelectedIndex()
	if i < 0 || i >= len(e.linkIDs) {
		return
	}
	var items, inits []string
	if e.key.Kind == app.KindInitiative {
		inits = []string{e.key.ID}
	} else {
		items = []string{e.key.ID}
	}
	if e.env.Do(app.LinkInsight(e.linkIDs[i], items, inits)) != nil { // the refusal is shown by Do
		e.link.OnChanged = nil
		e.link.ClearSelected()
		e.link.OnChanged = func(string) { e.onLink() }
	}
}

// EvidenceSummary says an item's or an initiative's evidence in words:
// "4 insights from 3 customers · demand 7".
func EvidenceSummary(ev app.Evidence) string {
	n := func(k int, s string) string {
		if k == 1 {
			return "1 " + s
		}
		return fmt.Sprintf("%d %ss", k, s)
	}
	return n(ev.Insights, "insight") + " from " + n(ev.Customers, "customer") + fmt.Sprintf(" · demand %d", ev.Demand)
}

// quoteText is an insight as the evidence lists it: the quote, who said it
// and how much it matters to them.
func quoteText(in *app.Insight) string {
	var b strings.Builder
	b.WriteString("“" + in.Excerpt(70) + "”")
	if c := in.Customer(); c != "" {
		b.WriteString(" — " + c)
	}
	if t := in.Importance.Title(); t != "" {
		b.WriteString(" · " + t)
	}
	return b.String()
}
