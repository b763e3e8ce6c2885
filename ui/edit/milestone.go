package edit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// milestoneEditor edits a dated point of the roadmap.
type milestoneEditor struct {
	b   *binder[*app.Milestone]
	h   *header
	obj fyne.CanvasObject

	name, date, description *form.Entry
	lane, initiative        *widget.Select
}

var _ page.Editor = (*milestoneEditor)(nil)

// NewMilestoneEditor returns the editor of milestone id.
func NewMilestoneEditor(env *page.Env, id string) page.Editor {
	type M = app.Milestone
	ed := &milestoneEditor{b: newBinder[*M](env, app.Key{Kind: app.KindMilestone, ID: id})}
	b := ed.b
	ed.h = newHeader(b)
	ed.name = b.text("Rename milestone", func(m *M) string { return m.Name }, func(m *M, v string) { m.Name = v })
	ed.date = b.date("Change milestone date", func(m *M) app.Date { return m.Date }, func(m *M, v app.Date) { m.Date = v })
	ed.lane = choice(b, "Change milestone lane", func() []option[string] { return refOptions(env.WS, app.KindLane, "(no lane)") },
		func(m *M) string { return m.Lane }, func(m *M, v string) { m.Lane = v })
	ed.initiative = choice(b, "Change milestone initiative", func() []option[string] { return refOptions(env.WS, app.KindInitiative, "(no initiative)") },
		func(m *M) string { return m.Initiative }, func(m *M, v string) { m.Initiative = v })
	ed.description = b.multiLine("Edit milestone description", 3, func(m *M) string { return m.Description }, func(m *M, v string) { m.Description = v })
	ed.obj = editorPage(ed.h,
		formRows(
			row{"Name", ed.name},
			row{"Date", leading(page.Sized(140, ed.date))},
			row{"Lane", ed.lane},
			row{"Initiative", ed.initiative},
		),
		stacked("Description", ed.description),
	)
	ed.Refresh()
	return ed
}

func (ed *milestoneEditor) Object() fyne.CanvasObject { return ed.obj }
func (ed *milestoneEditor) Refresh()                  { ed.b.refresh() }
func (ed *milestoneEditor) Key() app.Key              { return ed.b.key }
