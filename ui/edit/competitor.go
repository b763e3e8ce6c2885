package edit

import (
	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/ui/form"
)

// competitorEditor edits a competitor: who they sell to, what they do well
// and badly, what they charge and how we differ.
type competitorEditor struct {
	b   *binder[*app.Competitor]
	h   *header
	obj fyne.CanvasObject

	name, segment, pricing, differ *form.Entry
	strengths, weaknesses          *rowList[*app.Competitor, string]
}

var _ Editor = (*competitorEditor)(nil)

// NewCompetitorEditor returns the editor of competitor id.
func NewCompetitorEditor(env *Env, id string) Editor {
	type C = app.Competitor
	ed := &competitorEditor{b: newBinder[*C](env, app.Key{Kind: app.KindCompetitor, ID: id})}
	b := ed.b
	ed.h = newHeader(b)
	ed.name = b.text("Rename competitor", func(c *C) string { return c.Name }, func(c *C, v string) { c.Name = v })
	ed.segment = b.text("Edit competitor segment", func(c *C) string { return c.Segment }, func(c *C, v string) { c.Segment = v })
	ed.segment.SetPlaceHolder("Who they sell to")
	ed.strengths = stringList(b, "strength", func(c *C) []string { return c.Strengths }, func(c *C, v []string) { c.Strengths = v })
	ed.weaknesses = stringList(b, "weakness", func(c *C) []string { return c.Weaknesses }, func(c *C, v []string) { c.Weaknesses = v })
	ed.pricing = b.multiLine("Edit competitor pricing", 2, func(c *C) string { return c.Pricing }, func(c *C, v string) { c.Pricing = v })
	ed.pricing.SetPlaceHolder("Plans and prices")
	ed.differ = b.multiLine("Edit how we differ", 3, func(c *C) string { return c.HowWeDiffer }, func(c *C, v string) { c.HowWeDiffer = v })
	ed.obj = page(ed.h,
		formRows(row{"Name", ed.name}, row{"Segment", ed.segment}),
		heading("Strengths"),
		ed.strengths.obj,
		heading("Weaknesses"),
		ed.weaknesses.obj,
		heading("Pricing and difference"),
		stacked("Pricing", ed.pricing),
		stacked("How we differ", ed.differ),
	)
	ed.Refresh()
	return ed
}

func (ed *competitorEditor) Object() fyne.CanvasObject { return ed.obj }
func (ed *competitorEditor) Refresh()                  { ed.b.refresh() }
func (ed *competitorEditor) Key() app.Key              { return ed.b.key }
