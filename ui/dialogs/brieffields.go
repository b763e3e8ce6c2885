package dialogs

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/export/brief"
)

// fieldsChoice is the brief dialog's choice of the custom fields the
// backlog excerpt shows: a tick box an item field, those the board's cards
// show ticked at first, at most brief.MaxAppendixFields ticked at once.
type fieldsChoice struct {
	keys   []string
	checks []*widget.Check
}

// offerFields adds the choice of fields to the dialog, for the item fields
// p declares; a product without any gets none.
func (b *briefDialog) offerFields(p *app.Product) {
	box, ok := b.content.(*fyne.Container)
	if !ok {
		return
	}
	c := &fieldsChoice{}
	var objs []fyne.CanvasObject
	for _, d := range p.Fields {
		if !d.Applies(app.FieldOnItem) {
			continue
		}
		check := widget.NewCheck(d.Name, func(bool) { c.limit() })
		check.SetChecked(slices.Contains(p.CardFields, d.Key) && len(c.keys) < brief.MaxAppendixFields)
		c.keys = append(c.keys, d.Key)
		c.checks = append(c.checks, check)
		objs = append(objs, check)
	}
	if len(objs) == 0 {
		return
	}
	c.limit()
	b.fields = c
	box.Add(widget.NewLabelWithStyle("Fields in the backlog excerpt", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	hint := widget.NewLabel(fmt.Sprintf("At most %d, beside each item's title in the appendix.", brief.MaxAppendixFields))
	hint.Importance = widget.LowImportance
	box.Add(container.NewGridWithColumns(2, objs...))
	box.Add(hint)
}

// limit disables the unticked boxes while as many as the excerpt shows
// are ticked.
func (c *fieldsChoice) limit() {
	full := len(c.chosen()) >= brief.MaxAppendixFields
	for _, check := range c.checks {
		if full && !check.Checked {
			check.Disable()
		} else {
			check.Enable()
		}
	}
}

// chosen returns the keys ticked, in the declarations' order; nil without
// a choice (the dialog offered none: the cards' fields).
func (c *fieldsChoice) chosen() []string {
	if c == nil {
		return nil
	}
	keys := []string{}
	for i, check := range c.checks {
		if check.Checked {
			keys = append(keys, c.keys[i])
		}
	}
	return keys
}
