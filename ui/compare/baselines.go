package compare

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Baselines manages the baselines of a workspace, for File ▸ Save
// baseline… and the list in Settings: the baselines by date, each with a
// Delete button, and a name field with Save, which saves the plan as it is
// now. Every read and write goes through the Shelf the window gives it.
type Baselines struct {
	widget.BaseWidget
	// OnChanged is called after a baseline was saved or deleted.
	OnChanged func()

	shelf   Shelf
	items   []Baseline
	list    *widget.List
	name    *widget.Entry
	problem *widget.Label
}

// NewBaselines returns the list of the baselines on the shelf.
func NewBaselines(shelf Shelf) *Baselines {
	b := &Baselines{shelf: shelf}
	b.list = widget.NewList(func() int { return len(b.items) }, b.createRow, b.updateRow)
	b.name = widget.NewEntry()
	b.name.SetPlaceHolder("a name such as q3-review")
	b.name.OnSubmitted = func(string) { b.onSave() }
	b.problem = widget.NewLabel("")
	b.problem.Importance = widget.DangerImportance
	b.problem.Wrapping = fyne.TextWrapWord
	b.ExtendBaseWidget(b)
	b.Reload()
	return b
}

// Reload reads the list of baselines again.
func (b *Baselines) Reload() {
	items, problems, err := b.shelf.List()
	b.items = items
	b.problem.SetText("")
	switch {
	case err != nil:
		b.problem.SetText(err.Error())
	case len(problems) > 0:
		b.problem.SetText(problems[0].Error())
	}
	b.list.Refresh()
}

// Names returns the baselines listed, oldest first.
func (b *Baselines) Names() []string {
	out := make([]string, len(b.items))
	for i, it := range b.items {
		out[i] = it.Name
	}
	return out
}

// Problem returns the message shown under the list, if any.
func (b *Baselines) Problem() string { return b.problem.Text }

// Save saves the plan as it is now as the baseline name, as typing the
// name and pressing Save does.
func (b *Baselines) Save(name string) {
	b.name.SetText(name)
	b.onSave()
}

func (b *Baselines) onSave() {
	if err := b.shelf.Save(b.name.Text); err != nil {
		b.problem.SetText(err.Error())
		return
	}
	b.problem.SetText("")
	b.name.SetText("")
	b.changed()
}

// Delete deletes the baseline name, as its row's Delete button does.
func (b *Baselines) Delete(name string) {
	if err := b.shelf.Delete(name); err != nil {
		b.problem.SetText(err.Error())
		return
	}
	b.problem.SetText("")
	b.changed()
}

func (b *Baselines) changed() {
	b.Reload()
	if b.OnChanged != nil {
		b.OnChanged()
	}
}

func (b *Baselines) createRow() fyne.CanvasObject {
	return container.NewBorder(nil, nil, nil, widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), nil), widget.NewLabel(""))
}

func (b *Baselines) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	it := b.items[i]
	row := o.(*fyne.Container)
	row.Objects[0].(*widget.Label).SetText(fmt.Sprintf("%s · saved %s", it.Name, it.SavedAt.Local().Format("2006-01-02 15:04")))
	row.Objects[1].(*widget.Button).OnTapped = func() { b.Delete(it.Name) }
}

// CreateRenderer lays out the list above the name field and Save.
func (b *Baselines) CreateRenderer() fyne.WidgetRenderer {
	save := widget.NewButton("Save baseline", b.onSave)
	form := container.NewBorder(nil, b.problem, nil, save, b.name)
	return widget.NewSimpleRenderer(container.NewBorder(nil, form, nil, nil, b.list))
}
