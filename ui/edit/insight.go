package edit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// insightEditor edits what a customer said and what it is evidence for.
// It is the plain editor every kind has; the Insights section (an inbox
// with filters, quick capture and bulk triage) is still to be built around
// it.
type insightEditor struct {
	b   *binder[*app.Insight]
	h   *header
	obj fyne.CanvasObject

	text, person, company, segment, source, link, date *form.Entry
	importance                                         *widget.Select
	state, persona                                     *widget.Select
	items, initiatives                                 *refList[*app.Insight]
	tags                                               *rowList[*app.Insight, string]
}

var _ page.Editor = (*insightEditor)(nil)

// NewInsightEditor returns the editor of insight id.
func NewInsightEditor(env *page.Env, id string) page.Editor {
	type I = app.Insight
	ed := &insightEditor{b: newBinder[*I](env, app.Key{Kind: app.KindInsight, ID: id})}
	b := ed.b
	ed.h = newHeader(b)
	ed.text = b.multiLine("Edit insight text", 4, func(in *I) string { return in.Text }, func(in *I, v string) { in.Text = v })
	ed.text.SetPlaceHolder("What the customer said or asked for, in their words")
	ed.person = b.text("Edit insight person", func(in *I) string { return in.Person }, func(in *I, v string) { in.Person = v })
	ed.company = b.text("Edit insight company", func(in *I) string { return in.Company }, func(in *I, v string) { in.Company = v })
	ed.segment = b.text("Edit insight segment", func(in *I) string { return in.Segment }, func(in *I, v string) { in.Segment = v })
	ed.source = b.text("Edit insight source", func(in *I) string { return in.Source }, func(in *I, v string) { in.Source = v })
	ed.source.SetPlaceHolder("interview, support ticket, sales call, survey, review…")
	ed.link = b.text("Edit insight link", func(in *I) string { return in.Link }, func(in *I, v string) { in.Link = v })
	ed.date = b.date("Change insight date", func(in *I) app.Date { return in.Date }, func(in *I, v app.Date) { in.Date = v })
	ed.importance = choice(b, "Rate insight importance", importanceOptions,
		func(in *I) app.Importance { return in.Importance }, func(in *I, v app.Importance) { in.Importance = v })
	ed.state = choice(b, "Triage insight", insightStateOptions,
		func(in *I) app.InsightState { return in.State }, func(in *I, v app.InsightState) { in.State = v })
	ed.persona = choice(b, "Change insight persona", func() []option[string] { return refOptions(env.WS, app.KindPersona, "(no persona)") },
		func(in *I) string { return in.Persona }, func(in *I, v string) { in.Persona = v })
	ed.items = newRefList(b, app.KindItem, "", "Link insight to item", "Unlink insight from item",
		"Link an item…", "No item answers this insight yet.",
		func(in *I) []string { return in.Items }, func(in *I, v []string) { in.Items = v })
	ed.initiatives = newRefList(b, app.KindInitiative, "", "Link insight to initiative", "Unlink insight from initiative",
		"Link an initiative…", "No initiative answers this insight yet.",
		func(in *I) []string { return in.Initiatives }, func(in *I, v []string) { in.Initiatives = v })
	ed.tags = stringList(b, "tag", func(in *I) []string { return in.Tags }, func(in *I, v []string) { in.Tags = v })
	ed.obj = editorPage(ed.h,
		stacked("What they said", ed.text),
		formRows(
			row{"Person", ed.person},
			row{"Company", ed.company},
			row{"Segment", ed.segment},
			row{"Persona", ed.persona},
			row{"Source", ed.source},
			row{"Link", ed.link},
			row{"Date", leading(page.Sized(140, ed.date))},
			row{"Importance", ed.importance},
			row{"State", ed.state},
		),
		heading("Items that answer it"),
		ed.items.obj,
		heading("Initiatives that answer it"),
		ed.initiatives.obj,
		heading("Tags"),
		ed.tags.obj,
	)
	ed.Refresh()
	return ed
}

// importanceOptions are the choices of an insight's importance, "Not rated"
// first.
func importanceOptions() []option[app.Importance] {
	out := []option[app.Importance]{{app.ImportanceUnrated, "Not rated"}}
	for _, i := range app.Importances {
		out = append(out, option[app.Importance]{i, i.Title()})
	}
	return out
}

// insightStateOptions are the triage states.
func insightStateOptions() []option[app.InsightState] {
	out := make([]option[app.InsightState], 0, len(app.InsightStates))
	for _, s := range app.InsightStates {
		out = append(out, option[app.InsightState]{s, s.Title()})
	}
	return out
}

func (ed *insightEditor) Object() fyne.CanvasObject { return ed.obj }
func (ed *insightEditor) Refresh()                  { ed.b.refresh() }
func (ed *insightEditor) Key() app.Key              { return ed.b.key }
