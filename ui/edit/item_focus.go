package edit

import (
	"strings"

	"fyne.io/fyne/v2"

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
	return true
}
