package page

import (
	"cmp"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// TableColumn is one column of an EntityTable: its title, width and text.
type TableColumn[E app.Entity] struct {
	Title string
	Width float32
	Text  func(E) string
	// rank, when set, orders the column instead of its text (levels sort
	// low, medium, high, not alphabetically); unset, the text sorts.
	Rank func(E) int
}

// EntityTable is a virtual table of entities, one a row, sortable by a
// click on a column's header (again to reverse); selecting a row calls
// onSelect. Only the rows in sight have widgets.
type EntityTable[E app.Entity] struct {
	cols     []TableColumn[E]
	list     func() []E
	rows     []E
	sortCol  int // -1: the workspace's order
	sortDesc bool
	Widget   *widget.Table
	onSelect func(E)
	// selRow is the row selected (-1 for none); quiet is set while the
	// selection follows its entity to a new row, which opens nothing.
	selRow int
	quiet  bool
}

// NewEntityTable returns the table of the entities list returns, in columns cols.
func NewEntityTable[E app.Entity](cols []TableColumn[E], list func() []E, onSelect func(E)) *EntityTable[E] {
	t := &EntityTable[E]{cols: cols, list: list, sortCol: -1, onSelect: onSelect, selRow: -1}
	t.Widget = widget.NewTable(
		func() (int, int) { return len(t.rows), len(t.cols) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			l.Truncation = fyne.TextTruncateEllipsis
			return FixedHeight(CellHeight(), l)
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row < len(t.rows) {
				o.(*fyne.Container).Objects[0].(*widget.Label).SetText(CellText(t.cols[id.Col].Text(t.rows[id.Row])))
			}
		})
	t.Widget.ShowHeaderRow = true
	t.Widget.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		return b
	}
	t.Widget.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*widget.Button)
		if id.Col < 0 {
			b.SetText("")
			return
		}
		text := t.cols[id.Col].Title
		if id.Col == t.sortCol {
			if t.sortDesc {
				text += " ▼"
			} else {
				text += " ▲"
			}
		}
		col := id.Col
		b.OnTapped = func() { t.SortBy(col) }
		b.SetText(text)
	}
	t.Widget.OnUnselected = func(id widget.TableCellID) {
		if id.Row == t.selRow {
			t.selRow = -1
		}
	}
	t.Widget.OnSelected = func(id widget.TableCellID) {
		t.selRow = id.Row
		if t.quiet {
			return
		}
		if id.Row >= 0 && id.Row < len(t.rows) && t.onSelect != nil {
			t.onSelect(t.rows[id.Row])
		}
	}
	for i, c := range cols {
		t.Widget.SetColumnWidth(i, c.Width)
	}
	t.Refresh()
	return t
}

// SortBy sorts by column col; the same column again reverses the order.
func (t *EntityTable[E]) SortBy(col int) {
	if col == t.sortCol {
		t.sortDesc = !t.sortDesc
	} else {
		t.sortCol, t.sortDesc = col, false
	}
	t.Refresh()
}

// Refresh reads the rows again and sorts them. The highlight follows the
// selected entity to its new row (a new competitor sorted into place, a
// renamed one moving), without opening it again.
func (t *EntityTable[E]) Refresh() {
	selID := ""
	if t.selRow >= 0 && t.selRow < len(t.rows) {
		selID = t.rows[t.selRow].EntityID()
	}
	defer t.follow(selID)
	t.rows = t.list()
	if t.sortCol >= 0 {
		col := t.cols[t.sortCol]
		slices.SortStableFunc(t.rows, func(a, b E) int {
			var c int
			if col.Rank != nil {
				c = cmp.Compare(col.Rank(a), col.Rank(b))
			} else {
				c = cmp.Compare(strings.ToLower(col.Text(a)), strings.ToLower(col.Text(b)))
			}
			if t.sortDesc {
				return -c
			}
			return c
		})
	}
	t.Widget.Refresh()
}

// follow selects the row of the entity with id again where it now is.
func (t *EntityTable[E]) follow(id string) {
	if id == "" {
		return
	}
	if i := t.Index(id); i >= 0 && i != t.selRow {
		t.quiet = true
		t.Widget.Select(widget.TableCellID{Row: i, Col: 0})
		t.quiet = false
	}
}

// SelectedRow returns the row the table highlights, or -1.
func (t *EntityTable[E]) SelectedRow() int { return t.selRow }

// Index returns the row of the entity with id, or -1.
func (t *EntityTable[E]) Index(id string) int {
	return slices.IndexFunc(t.rows, func(e E) bool { return e.EntityID() == id })
}

// Cell returns the text shown at row, col.
func (t *EntityTable[E]) Cell(row, col int) string { return JoinLines(t.cols[col].Text(t.rows[row])) }

// TablePage is a page of one kind of entity in an EntityTable, with Add
// and Remove above it and a line that counts the rows. Selecting a row
// opens its entity (beside the table); Add creates one and selects it;
// Remove asks before moving the selected one to the trash.
type TablePage[E app.Entity] struct {
	env      *Env
	spec     TablePageSpec[E]
	Table    *EntityTable[E]
	selected string // the ID of the selected row's entity, or ""
	// Add and Remove are the buttons above the table.
	Add, Remove *widget.Button
	count       *widget.Label
	Content     fyne.CanvasObject
}

// TablePageSpec is what tells one TablePage from another.
type TablePageSpec[E app.Entity] struct {
	Cols     []TableColumn[E]
	List     func() []E                // the rows, in the workspace's order
	Get      func(id string) (E, bool) // the entity with id, as it is now
	AddLabel string                    // the Add button's label
	Create   func() E                  // the entity Add creates
	Name     func(E) string            // names the entity in Remove's question
	Count    func(n int) string        // the line beside the buttons
}

// NewTablePage builds the page; open shows an entity's editor.
func NewTablePage[E app.Entity](env *Env, spec TablePageSpec[E], open func(app.Key)) *TablePage[E] {
	p := &TablePage[E]{env: env, spec: spec}
	p.Table = NewEntityTable(spec.Cols, spec.List, func(e E) {
		p.selected = e.EntityID()
		Enable(!env.ReadOnly(), p.Remove)
		open(app.KeyOf(e))
	})
	p.Add = widget.NewButtonWithIcon(spec.AddLabel, theme.ContentAddIcon(), p.onAdd)
	p.Remove = widget.NewButtonWithIcon("Remove", theme.DeleteIcon(), p.onRemove)
	p.count = widget.NewLabel("")
	top := container.NewBorder(nil, nil, container.NewHBox(p.Add, p.Remove), p.count)
	p.Content = container.NewBorder(container.NewPadded(top), nil, nil, nil, p.Table.Widget)
	p.Refresh()
	return p
}

// Refresh reads the rows again; the selection goes when its entity does.
func (p *TablePage[E]) Refresh() {
	p.Table.Refresh()
	if p.Table.Index(p.selected) < 0 {
		p.selected = ""
		p.Table.Widget.UnselectAll()
	}
	p.count.SetText(p.spec.Count(len(p.Table.rows)))
	Enable(!p.env.ReadOnly(), p.Add)
	Enable(!p.env.ReadOnly() && p.selected != "", p.Remove)
}

func (p *TablePage[E]) onAdd() {
	e := p.spec.Create()
	if err := p.env.Do(app.Create(e)); err != nil {
		return
	}
	p.SelectRow(e.EntityID())
}

// SelectRow selects the row of the entity with id, which opens its editor,
// and scrolls it into sight.
func (p *TablePage[E]) SelectRow(id string) {
	if i := p.Table.Index(id); i >= 0 {
		p.Table.Widget.Select(widget.TableCellID{Row: i, Col: 0})
		p.Table.Widget.ScrollTo(widget.TableCellID{Row: i, Col: 0})
	}
}

func (p *TablePage[E]) onRemove() {
	e, ok := p.spec.Get(p.selected)
	if !ok {
		return
	}
	ConfirmRemove(p.env, app.KeyOf(e), p.spec.Name(e))
}

// cellLines is how many lines of text a table row shows before "…".
const cellLines = 3

// CellHeight returns the height of a row of cellLines lines.
func CellHeight() float32 {
	return widget.NewLabel(strings.Repeat("\n", cellLines-1)).MinSize().Height
}

// CellText is how a cell shows text: a list of several lines as Bullets.
func CellText(s string) string {
	lines := SplitLines(s)
	if len(lines) < 2 {
		return strings.Join(lines, "")
	}
	return "• " + strings.Join(lines, "\n• ")
}

// JoinLines joins the lines of s with " · " for a table cell.
func JoinLines(s string) string {
	return strings.Join(SplitLines(s), " · ")
}

// Selected returns the ID of the selected row's entity, or "".
func (p *TablePage[E]) Selected() string { return p.selected }

// Len returns the number of rows.
func (t *EntityTable[E]) Len() int { return len(t.rows) }

// Columns returns the number of columns.
func (t *EntityTable[E]) Columns() int { return len(t.cols) }
