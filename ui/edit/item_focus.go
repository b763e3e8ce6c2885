package edit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"canopy/ui/page"
)

var _ page.FieldFocuser = (*itemEditor)(nil)

// FocusField puts the cursor in the field of the item that edits field
// (its JSON name): the way out of a refusal ("give it an estimate" opens
// the estimate). Acceptance criteria open the entry that adds one.
func (ed *itemEditor) FocusField(field string) bool {
	d := ed.details
	var target fyne.Focusable
	switch root, _, _ := strings.Cut(field, "["); root {
	case "estimate":
		target = d.estimate
	case "title":
		target = d.title
	case "description":
		target = d.description
	case "assignee":
		target = d.assignee
	case "tags":
		target = d.tags
	case "criteria":
		target = ed.criteria.add
	}
	if target == nil || ed.env.Window == nil {
		return false
	}
	ed.env.Window.Canvas().Focus(target)
	if o, ok := target.(fyne.CanvasObject); ok {
		ed.scrollTo(o)
	}
	return true
}

// scrollTo scrolls the editor so that o shows, a little below the top.
func (ed *itemEditor) scrollTo(o fyne.CanvasObject) {
	a := fyne.CurrentApp()
	if a == nil || ed.root.Content == nil {
		return
	}
	d := a.Driver()
	y := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(ed.root.Content).Y
	if y < 0 {
		return // not laid out in the editor
	}
	ed.root.ScrollToOffset(fyne.NewPos(ed.root.Offset.X, max(0, y-3*theme.Padding()-o.MinSize().Height)))
}
