package ui

import (
	"cmp"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/edit"
)

// tableColumn is one column of an entityTable: its title, width and text.
type tableColumn[E app.Entity] struct {
	title string
	width float32
	text  func(E) string
	// rank, when set, orders the column instead of its text (levels sort
	// low, medium, high, not alphabetically); unset, the text sorts.
	rank func(E) int
}

// entityTable is a virtual table of entities, one a row, sortable by a
// click on a column's header (again to reverse); selecting a row calls
// onSelect. Only the rows in sight have widgets.
type entityTable[E app.Entity] struct {
	cols     []tableColumn[E]
	list     func() []E
	rows     []E
	sortCol  int // -1: the workspace's order
	sortDesc bool
	table    *widget.Table
	onSelect func(E)
}

func newEntityTable[E app.Entity](cols []tableColumn[E], list func() []E, onSelect func(E)) *entityTable[E] {
	t := &entityTable[E]{cols: cols, list: list, sortCol: -1, onSelect: onSelect}
	t.table = widget.NewTable(
		func() (int, int) { return len(t.rows), len(t.cols) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			l.Truncation = fyne.TextTruncateEllipsis
			return edit.FixedHeight(cellHeight(), l)
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row < len(t.rows) {
				o.(*fyne.Container).Objects[0].(*widget.Label).SetText(cellText(t.cols[id.Col].text(t.rows[id.Row])))
			}
		})
	t.table.ShowHeaderRow = true
	t.table.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		return b
	}
	t.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*widget.Button)
		if id.Col < 0 {
			b.SetText("")
			return
		}
		text := t.cols[id.Col].title
		if id.Col == t.sortCol {
			if t.sortDesc {
				text += " ▼"
			} else {
				text += " ▲"
			}
		}
		col := id.Col
		b.OnTapped = func() { t.sortBy(col) }
		b.SetText(text)
	}
	t.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(t.rows) && t.onSelect != nil {
			t.onSelect(t.rows[id.Row])
		}
	}
	for i, c := range cols {
		t.table.SetColumnWidth(i, c.width)
	}
	t.refresh()
	return t
}

// sortBy sorts by column col; the same column again reverses the order.
func (t *entityTable[E]) sortBy(col int) {
	if col == t.sortCol {
		t.sortDesc = !t.sortDesc
	} else {
		t.sortCol, t.sortDesc = col, false
	}
	t.refresh()
}

// refresh reads the rows again and sorts them.
func (t *entityTable[E]) refresh() {
	t.rows = t.list()
	if t.sortCol >= 0 {
		col := t.cols[t.sortCol]
		slices.SortStableFunc(t.rows, func(a, b E) int {
			var c int
			if col.rank != nil {
				c = cmp.Compare(col.rank(a), col.rank(b))
			} else {
				c = cmp.Compare(strings.ToLower(col.text(a)), strings.ToLower(col.text(b)))
			}
			if t.sortDesc {
				return -c
			}
			return c
		})
	}
	t.table.Refresh()
}

// index returns the row of the entity with id, or -1.
func (t *entityTable[E]) index(id string) int {
	return slices.IndexFunc(t.rows, func(e E) bool { return e.EntityID() == id })
}

// cell returns the text shown at row, col.
func (t *entityTable[E]) cell(row, col int) string { return oneLine(t.cols[col].text(t.rows[row])) }

// tablePage is a page of one kind of entity in an entityTable, with Add
// and Remove above it and a line that counts the rows. Selecting a row
// opens its entity (beside the table); Add creates one and selects it;
// Remove asks before moving the selected one to the trash.
type tablePage[E app.Entity] struct {
	env      *edit.Env
	spec     tablePageSpec[E]
	table    *entityTable[E]
	selected string // the ID of the selected row's entity, or ""
	add      *widget.Button
	remove   *widget.Button
	count    *widget.Label
	content  fyne.CanvasObject
}

// tablePageSpec is what tells one tablePage from another.
type tablePageSpec[E app.Entity] struct {
	cols     []tableColumn[E]
	list     func() []E                // the rows, in the workspace's order
	get      func(id string) (E, bool) // the entity with id, as it is now
	addLabel string                    // the Add button's label
	create   func() E                  // the entity Add creates
	name     func(E) string            // names the entity in Remove's question
	count    func(n int) string        // the line beside the buttons
}

// newTablePage builds the page; open shows an entity's editor.
func newTablePage[E app.Entity](env *edit.Env, spec tablePageSpec[E], open func(app.Key)) *tablePage[E] {
	p := &tablePage[E]{env: env, spec: spec}
	p.table = newEntityTable(spec.cols, spec.list, func(e E) {
		p.selected = e.EntityID()
		enable(!env.ReadOnly(), p.remove)
		open(app.KeyOf(e))
	})
	p.add = widget.NewButtonWithIcon(spec.addLabel, theme.ContentAddIcon(), p.onAdd)
	p.remove = widget.NewButtonWithIcon("Remove", theme.DeleteIcon(), p.onRemove)
	p.count = widget.NewLabel("")
	top := container.NewBorder(nil, nil, container.NewHBox(p.add, p.remove), p.count)
	p.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, p.table.table)
	p.refresh()
	return p
}

// refresh reads the rows again; the selection goes when its entity does.
func (p *tablePage[E]) refresh() {
	p.table.refresh()
	if p.table.index(p.selected) < 0 {
		p.selected = ""
		p.table.table.UnselectAll()
	}
	p.count.SetText(p.spec.count(len(p.table.rows)))
	enable(!p.env.ReadOnly(), p.add)
	enable(!p.env.ReadOnly() && p.selected != "", p.remove)
}

func (p *tablePage[E]) onAdd() {
	e := p.spec.create()
	if err := p.env.Do(app.Create(e)); err != nil {
		return
	}
	p.selectRow(e.EntityID())
}

// selectRow selects the row of the entity with id, which opens its editor,
// and scrolls it into sight.
func (p *tablePage[E]) selectRow(id string) {
	if i := p.table.index(id); i >= 0 {
		p.table.table.Select(widget.TableCellID{Row: i, Col: 0})
		p.table.table.ScrollTo(widget.TableCellID{Row: i, Col: 0})
	}
}

func (p *tablePage[E]) onRemove() {
	e, ok := p.spec.get(p.selected)
	if !ok {
		return
	}
	confirmRemove(p.env, app.KeyOf(e), p.spec.name(e))
}

// cellLines is how many lines of text a table row shows before "…".
const cellLines = 3

// cellHeight returns the height of a row of cellLines lines.
func cellHeight() float32 {
	return widget.NewLabel(strings.Repeat("\n", cellLines-1)).MinSize().Height
}

// cellText is how a cell shows text: a list of several lines as bullets.
func cellText(s string) string {
	lines := splitLines(s)
	if len(lines) < 2 {
		return strings.Join(lines, "")
	}
	return "• " + strings.Join(lines, "\n• ")
}

// oneLine joins the lines of s with " · " for a table cell.
func oneLine(s string) string {
	return strings.Join(splitLines(s), " · ")
}
