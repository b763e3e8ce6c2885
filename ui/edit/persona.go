package edit

import (
	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// personaEditor edits a persona: who they are and what they need.
type personaEditor struct {
	b   *binder[*app.Persona]
	h   *header
	obj fyne.CanvasObject

	name, role   *form.Entry
	needs, pains *rowList[*app.Persona, string]
}

var _ page.Editor = (*personaEditor)(nil)

// NewPersonaEditor returns the editor of persona id.
func NewPersonaEditor(env *page.Env, id string) page.Editor {
	type P = app.Persona
	ed := &personaEditor{b: newBinder[*P](env, app.Key{Kind: app.KindPersona, ID: id})}
	b := ed.b
	ed.h = newHeader(b)
	ed.name = b.text("Rename persona", func(p *P) string { return p.Name }, func(p *P, v string) { p.Name = v })
	ed.role = b.text("Edit persona role", func(p *P) string { return p.Role }, func(p *P, v string) { p.Role = v })
	ed.role.SetPlaceHolder("Job title or part they play")
	ed.needs = stringList(b, "need", func(p *P) []string { return p.Needs }, func(p *P, v []string) { p.Needs = v })
	ed.pains = stringList(b, "pain", func(p *P) []string { return p.Pains }, func(p *P, v []string) { p.Pains = v })
	ed.obj = editorPage(ed.h,
		formRows(row{"Name", ed.name}, row{"Role", ed.role}),
		heading("Needs"),
		ed.needs.obj,
		heading("Pains"),
		ed.pains.obj,
	)
	ed.Refresh()
	return ed
}

func (ed *personaEditor) Object() fyne.CanvasObject { return ed.obj }
func (ed *personaEditor) Refresh()                  { ed.b.refresh() }
func (ed *personaEditor) Key() app.Key              { return ed.b.key }
