package board

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// newItemButton returns the "+" of a column's header, which adds an item
// into that column. Accepted has none: accepting is a decision taken on a
// Done item, not a way to start one.
func (b *Board) newItemButton(s app.Status) *widget.Button {
	btn := widget.NewButtonWithIcon("", theme.ContentAddIcon(), func() { b.NewItemIn(s) })
	btn.Importance = widget.LowImportance
	if s == app.StatusAccepted {
		btn.Hide()
	}
	return btn
}

// NewItemIn asks for a new item's title and creates it in the column of
// status s, selected. Past New it asks too for what Ready needs (an
// estimate and a first acceptance criterion), so that the item can start
// there; a refusal is shown as any other.
func (b *Board) NewItemIn(s app.Status) {
	if b.env.ReadOnly() {
		return
	}
	title := widget.NewEntry()
	title.SetPlaceHolder("What is it? (a short title)")
	estimate := widget.NewEntry()
	estimate.SetPlaceHolder("points, e.g. 3")
	criterion := widget.NewEntry()
	criterion.SetPlaceHolder("It is done when…")
	items := []*widget.FormItem{widget.NewFormItem("Title", title)}
	gated := s.Index() >= app.StatusReady.Index()
	if gated {
		items = append(items,
			widget.NewFormItem("Estimate", estimate),
			widget.NewFormItem("Acceptance criterion", criterion))
	}
	var d *dialog.FormDialog
	d = dialog.NewForm("New item in "+s.Title(), "Add", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		it, err := newItem(s, title.Text, estimate.Text, criterion.Text, gated)
		if err != nil {
			dialog.ShowInformation("New item", err.Error(), b.env.Window)
			return
		}
		if b.run(app.Create(it)) != nil {
			return
		}
		b.Refresh()
		b.Select(it.ID)
	}, b.env.Window)
	title.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
	b.env.Window.Canvas().Focus(title)
}

// newItem builds the item the form describes, or says what is missing.
func newItem(s app.Status, title, estimate, criterion string, gated bool) (*app.Item, error) {
	it := &app.Item{Type: app.TypeStory, Title: strings.TrimSpace(title), Status: s}
	if it.Title == "" {
		return nil, errors.New("Give the new item a title.")
	}
	if !gated {
		return it, nil
	}
	est, err := strconv.ParseFloat(strings.TrimSpace(estimate), 64)
	if err != nil || est <= 0 {
		return nil, errors.New("An item starts in " + s.Title() + " only with an estimate: give it one in points (a number above 0).")
	}
	it.Estimate = est
	if c := strings.TrimSpace(criterion); c != "" {
		it.Criteria = []app.Criterion{{Text: c}}
	} else {
		return nil, errors.New("An item starts in " + s.Title() + " only with an acceptance criterion: say when it is done.")
	}
	return it, nil
}
