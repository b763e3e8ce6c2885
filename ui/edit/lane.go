package edit

import (
	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// laneEditor edits a lane of the roadmap.
type laneEditor struct {
	b   *binder[*app.Lane]
	h   *header
	obj fyne.CanvasObject

	name, description *form.Entry
}

var _ page.Editor = (*laneEditor)(nil)

// NewLaneEditor returns the editor of lane id.
func NewLaneEditor(env *page.Env, id string) page.Editor {
	type L = app.Lane
	ed := &laneEditor{b: newBinder[*L](env, app.Key{Kind: app.KindLane, ID: id})}
	b := ed.b
	ed.h = newHeader(b)
	ed.name = b.text("Rename lane", func(l *L) string { return l.Name }, func(l *L, v string) { l.Name = v })
	ed.description = b.multiLine("Edit lane description", 4, func(l *L) string { return l.Description }, func(l *L, v string) { l.Description = v })
	ed.description.SetPlaceHolder("The theme, team or product area this row of the roadmap stands for")
	ed.obj = editorPage(ed.h,
		formRows(row{"Name", ed.name}),
		stacked("Description", ed.description),
	)
	ed.Refresh()
	return ed
}

func (ed *laneEditor) Object() fyne.CanvasObject { return ed.obj }
func (ed *laneEditor) Refresh()                  { ed.b.refresh() }
func (ed *laneEditor) Key() app.Key              { return ed.b.key }
