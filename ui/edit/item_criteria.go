package edit

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
)

// itemCriteria is the checklist of acceptance criteria: tick, edit, reorder,
// delete and add, with the count of those met.
type itemCriteria struct {
	ed *itemEditor

	count *widget.Label // "3/5 met"
	bar   *widget.ProgressBar
	empty *widget.Label
	rows  []*itemCriterionRow
	list  *fyne.Container

	add    *widget.Entry
	addBtn *widget.Button

	box *fyne.Container
}

// itemCriterionRow edits criterion i.
type itemCriterionRow struct {
	i    int
	met  *form.Check
	text *form.Entry
	// shown is the criterion as wrapped text, in the field's place until
	// it is tapped: a long criterion reads whole, and the mouse wheel over
	// it scrolls the editor (a field would take the wheel to scroll its
	// own line sideways).
	shown         *tapText
	up, down, del *widget.Button
	box           *fyne.Container
}

func newItemCriteria(ed *itemEditor) *itemCriteria {
	c := &itemCriteria{ed: ed}
	c.count = itemCaption("")
	c.bar = widget.NewProgressBar()
	c.bar.TextFormatter = func() string { return "" }
	c.empty = itemWrapLabel("No acceptance criteria yet. Ready needs at least one; acceptance checks them.")
	c.list = container.NewVBox()

	c.add = widget.NewEntry()
	c.add.SetPlaceHolder("New criterion: Given… when… then…")
	c.add.OnSubmitted = func(string) { c.onAdd() }
	c.addBtn = widget.NewButtonWithIcon("Add", theme.ContentAddIcon(), c.onAdd)

	bar := container.New(&itemHeightLayout{height: theme.Size(theme.SizeNamePadding)}, c.bar)
	head := container.NewBorder(nil, nil, c.count, nil, container.NewVBox(layout.NewSpacer(), bar, layout.NewSpacer()))
	c.box = container.NewVBox(head, c.empty, c.list,
		container.NewBorder(nil, nil, nil, c.addBtn, c.add))
	return c
}

func (c *itemCriteria) object() fyne.CanvasObject { return c.box }

func (c *itemCriteria) refresh(it *app.Item, ro bool) {
	met, total := it.CriteriaMet()
	itemSetLabel(c.count, fmt.Sprintf("%d/%d criteria met", met, total))
	if total > 0 {
		c.bar.SetValue(float64(met) / float64(total))
	} else {
		c.bar.SetValue(0)
	}
	itemSetVisible(total == 0, c.empty)

	for len(c.rows) < total {
		r := c.newRow(len(c.rows))
		c.rows = append(c.rows, r)
		c.list.Add(r.box)
	}
	if len(c.rows) > total {
		for _, r := range c.rows[total:] {
			c.list.Remove(r.box)
		}
		c.rows = c.rows[:total]
	}
	for i, r := range c.rows {
		cr := it.Criteria[i]
		r.met.SetValue(cr.Met)
		itemSetEntry(r.text, cr.Text)
		r.shown.SetText(cr.Text)
		itemEnable(!ro, r.met, r.text, r.del)
		itemEnable(!ro && i > 0, r.up)
		itemEnable(!ro && i < total-1, r.down)
	}
	itemEnable(!ro, c.add, c.addBtn)
}

func (c *itemCriteria) newRow(i int) *itemCriterionRow {
	ed := c.ed
	r := &itemCriterionRow{i: i}
	at := func(it *app.Item) (*app.Criterion, error) {
		if r.i >= len(it.Criteria) {
			return nil, fmt.Errorf("criterion %d is no longer there", r.i+1)
		}
		return &it.Criteria[r.i], nil
	}
	r.met = form.NewCheck("", func(on bool) error {
		desc := "Tick criterion"
		if !on {
			desc = "Untick criterion"
		}
		return ed.edit(desc, func(it *app.Item) error {
			cr, err := at(it)
			if err == nil {
				cr.Met = on
			}
			return err
		})
	})
	r.text = form.NewEntry(func(s string) error {
		return ed.edit("Edit criterion", func(it *app.Item) error {
			cr, err := at(it)
			if err == nil {
				cr.Text = strings.TrimSpace(s)
			}
			return err
		})
	})
	swap := func(desc string, j func() int) func() {
		return func() {
			ed.edit(desc, func(it *app.Item) error {
				k := j()
				if r.i >= len(it.Criteria) || k < 0 || k >= len(it.Criteria) {
					return fmt.Errorf("criterion %d cannot move there", r.i+1)
				}
				it.Criteria[r.i], it.Criteria[k] = it.Criteria[k], it.Criteria[r.i]
				return nil
			})
		}
	}
	r.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), swap("Move criterion up", func() int { return r.i - 1 }))
	r.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), swap("Move criterion down", func() int { return r.i + 1 }))
	r.del = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		ed.edit("Delete criterion", func(it *app.Item) error {
			if r.i >= len(it.Criteria) {
				return fmt.Errorf("criterion %d is no longer there", r.i+1)
			}
			it.Criteria = slices.Delete(it.Criteria, r.i, r.i+1)
			return nil
		})
	})
	r.up.Importance, r.down.Importance, r.del.Importance = widget.LowImportance, widget.LowImportance, widget.LowImportance
	r.shown = newTapText(func() {
		if ed.env.ReadOnly() {
			return
		}
		r.shown.Hide()
		r.text.Show()
		if c := fyne.CurrentApp().Driver().CanvasForObject(r.text); c != nil {
			c.Focus(r.text)
		}
	})
	r.text.OnLeft = func() {
		r.text.Hide()
		r.shown.Show()
	}
	r.text.Hide()
	r.box = container.NewBorder(nil, nil, r.met, container.NewHBox(r.up, r.down, r.del), container.NewStack(r.shown, r.text))
	return r
}

func (c *itemCriteria) onAdd() {
	text := strings.TrimSpace(c.add.Text)
	if text == "" || c.ed.env.ReadOnly() {
		return
	}
	err := c.ed.edit("Add criterion", func(it *app.Item) error {
		it.Criteria = append(it.Criteria, app.Criterion{Text: text})
		return nil
	})
	if err == nil {
		c.add.SetText("")
	}
}

// tapText is a criterion's text, wrapped, that opens its field when
// tapped. It takes no scroll events, so the wheel scrolls the page.
type tapText struct {
	widget.Label
	onTap func()
}

func newTapText(onTap func()) *tapText {
	t := &tapText{onTap: onTap}
	t.Wrapping = fyne.TextWrapWord
	t.ExtendBaseWidget(t)
	return t
}

// Tapped opens the field.
func (t *tapText) Tapped(*fyne.PointEvent) { t.onTap() }

// Cursor shows the text cursor: the text is editable.
func (t *tapText) Cursor() desktop.Cursor { return desktop.TextCursor }
