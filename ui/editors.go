package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/edit"
)

// newEditor returns the editor of the entity with key k.
func newEditor(env *edit.Env, k app.Key) edit.Editor {
	return &pendingEditor{env: env, key: k, label: widget.NewLabel("")}
}

// pendingEditor shows an entity whose editor is not written yet.
type pendingEditor struct {
	env   *edit.Env
	key   app.Key
	label *widget.Label
}

func (p *pendingEditor) Object() fyne.CanvasObject { p.Refresh(); return p.label }
func (p *pendingEditor) Key() app.Key              { return p.key }
func (p *pendingEditor) Refresh() {
	if e, ok := p.env.WS.Get(p.key); ok {
		p.label.SetText(e.Label())
	}
}
