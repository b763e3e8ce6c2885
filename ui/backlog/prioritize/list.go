package prioritize

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// The list's columns.
const (
	colCheck = iota
	colPos
	colID
	colTitle
	colStatus
	colEstimate
	colRICE
	colWSJF
	colICE
	colVE
	colMoSCoW
	colDemand   // evidence.go
	colInsights // evidence.go
	colBlocked
	numCols
)

var colTitles = [numCols]string{"", "Next", "ID", "Title", "Status", "Estimate", "RICE", "WSJF", "ICE", "Value/effort", "MoSCoW", "Demand", "Insights", "Blocked by"}

var colWidths = [numCols]float32{36, 60, 130, 300, 100, 80, 80, 70, 70, 105, 80, 80, 150, 260}

// scoreCol maps a score column to its model.
var scoreCol = map[int]app.ScoringModel{colRICE: app.ModelRICE, colWSJF: app.ModelWSJF, colICE: app.ModelICE, colVE: app.ModelValueEffort}

// row is one line of the list.
type row struct {
	it      *app.Item
	pos     int      // place in the what-next order, from 1; 0 when not New or Ready
	blocked []string // IDs of unsatisfied dependencies
	score   [4]float64
	scored  [4]bool
	// formula and formulaOK are the product formula's score (list_fields.go).
	formula   float64
	formulaOK bool
	ev        app.Evidence // the customer evidence, zero when the list shows none
}

// List is the prioritized backlog: a sortable table with a what-next
// column, multi-select and a bulk edit bar.
type List struct {
	env    *page.Env
	filter app.Filter
	// evidence is the workspace's evidence index while rows are built; nil
	// when the list leaves the evidence out (the benchmark's baseline).
	evidence   *app.EvidenceIndex
	noEvidence bool
	model      app.ScoringModel

	rows     []row           // shown, in display order
	selected map[string]bool // by item ID
	sortCol  int             // -1: what-next order
	sortDesc bool
	current  int        // row of the selected cell, -1 when none
	extras   []extraCol // the formula and custom field columns (list_fields.go)
	formula  func(*app.Item) (float64, bool)

	table     *widget.Table
	modelSel  *widget.Select
	info      *widget.Label
	summary   *widget.Label
	bulkField *widget.Select
	bulkValue *widget.SelectEntry
	reason    *widget.Entry
	apply     *widget.Button
	open      *widget.Button
	content   fyne.CanvasObject

	// choices maps the bulk value's shown options to stored values.
	choices map[string]string
	// lastResult is the outcome of the last bulk edit.
	lastResult app.BulkResult
}

// NewList returns the prioritized list of env's workspace.
func NewList(env *page.Env) *List { return newList(env, true) }

// newList returns the list, with its evidence columns filled or not.
func newList(env *page.Env, evidence bool) *List {
	l := &List{env: env, selected: map[string]bool{}, sortCol: -1, current: -1, noEvidence: !evidence}
	l.model = env.WS.Product().ScoringModel
	if l.model == "" {
		l.model = app.ModelRICE
	}
	titles := make([]string, len(app.ModelChoices))
	for i, m := range app.ModelChoices {
		titles[i] = m.Title()
	}
	l.modelSel = widget.NewSelect(titles, l.onModel)
	l.modelSel.SetSelected(l.model.Title())
	l.info = widget.NewLabel("")
	l.info.Truncation = fyne.TextTruncateEllipsis
	l.summary = widget.NewLabel("")
	l.open = widget.NewButtonWithIcon("Open", theme.DocumentIcon(), l.onOpen)
	selectAll := widget.NewButton("Select all shown", func() { l.selectAll(true) })
	clearSel := widget.NewButton("Clear selection", func() { l.selectAll(false) })

	l.table = widget.NewTable(l.length, l.createCell, l.updateCell)
	l.table.ShowHeaderRow = true
	l.table.CreateHeader = l.createHeader
	l.table.UpdateHeader = l.updateHeader
	l.table.StickyColumnCount = 1
	l.table.OnSelected = func(id widget.TableCellID) { l.current = id.Row }
	for c, w := range colWidths {
		l.table.SetColumnWidth(c, w)
	}

	l.bulkField = widget.NewSelect(bulkFields, l.onBulkField)
	l.bulkField.PlaceHolder = "Field"
	l.bulkValue = widget.NewSelectEntry(nil)
	l.bulkValue.PlaceHolder = "Value"
	l.reason = widget.NewEntry()
	l.reason.PlaceHolder = "Reason (to reopen or reject)"
	l.apply = widget.NewButtonWithIcon("Apply to selected", theme.ConfirmIcon(), l.onApply)
	l.apply.Importance = widget.HighImportance

	top := container.NewBorder(nil, nil,
		container.NewHBox(widget.NewLabel("Model"), l.modelSel, l.open),
		container.NewHBox(selectAll, clearSel), l.info)
	bulk := container.NewBorder(nil, nil,
		container.NewHBox(widget.NewLabelWithStyle("Bulk edit", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), l.bulkField),
		container.NewHBox(l.apply, l.summary),
		container.NewGridWithColumns(2, l.bulkValue, l.reason))
	l.content = container.NewBorder(top, bulk, nil, nil, l.table)
	l.Refresh()
	return l
}

// Object returns the list's content.
func (l *List) Object() fyne.CanvasObject { return l.content }

// SetFilter shows only the items that pass f; the selection keeps only
// the items still shown.
func (l *List) SetFilter(f app.Filter) {
	l.filter = f
	l.Refresh()
}

// Refresh shows the workspace as it is now.
func (l *List) Refresh() {
	ws := l.env.WS
	l.setExtras()
	l.formula = ws.Scorer(app.ModelFormula)
	m := l.filter.Matcher(ws)
	l.evidence = nil
	if !l.noEvidence {
		l.evidence = ws.Evidence()
	}
	next, err := app.Next(ws, l.model)
	var cycle *app.CycleError
	if err != nil && !errors.As(err, &cycle) {
		next = nil
	}
	pos := make(map[string]int, len(next))
	rows := make([]row, 0, ws.Count(app.KindItem))
	for i, e := range next {
		pos[e.Item.ID] = i + 1
		if m.Match(e.Item) {
			rows = append(rows, l.row(e.Item, i+1, e.BlockedBy))
		}
	}
	// Then the items out of the what-next list, by status and rank.
	var rest []*app.Item
	for _, it := range ws.Items() {
		if _, ok := pos[it.ID]; !ok && m.Match(it) {
			rest = append(rest, it)
		}
	}
	slices.SortStableFunc(rest, func(a, b *app.Item) int { return a.Status.Index() - b.Status.Index() })
	for _, it := range rest {
		rows = append(rows, l.row(it, 0, app.BlockedBy(ws, it)))
	}
	l.rows = rows
	shown := make(map[string]bool, len(rows))
	for _, r := range rows {
		shown[r.it.ID] = true
	}
	for id := range l.selected {
		if !shown[id] {
			delete(l.selected, id)
		}
	}
	l.sortRows()
	l.info.SetText(l.infoText(cycle))
	l.apply.Disable()
	if !l.env.ReadOnly() {
		l.apply.Enable()
	}
	l.table.Refresh()
}

func (l *List) infoText(cycle *app.CycleError) string {
	s := fmt.Sprintf("%d items shown, %d selected · %s", len(l.rows), len(l.selected), l.model.Formula(l.env.WS.Product().ICE))
	if cycle != nil {
		s += " · " + cycle.Error()
	}
	return s
}

func (l *List) row(it *app.Item, pos int, blocked []string) row {
	r := row{it: it, pos: pos, blocked: blocked}
	ice := l.env.WS.Product().ICE
	for i, m := range app.ScoringModels {
		r.score[i], r.scored[i] = app.Score(&it.Scores, m, ice)
	}
	if l.formula != nil {
		r.formula, r.formulaOK = l.formula(it)
	}
	if l.evidence != nil {
		r.ev = l.evidence.Item(it.ID)
	}
	return r
}

// sortRows orders the rows by the sort column, stably from the what-next
// order; unscored items stay last in either direction.
func (l *List) sortRows() {
	slices.SortStableFunc(l.rows, func(a, b row) int { return comparePos(a.pos, b.pos) })
	if l.sortCol < 0 {
		return
	}
	col, desc := l.sortCol, l.sortDesc
	dir := func(c int) int {
		if desc {
			return -c
		}
		return c
	}
	slices.SortStableFunc(l.rows, func(a, b row) int {
		switch col {
		case colPos:
			if a.pos == 0 || b.pos == 0 {
				return comparePos(a.pos, b.pos)
			}
			return dir(a.pos - b.pos)
		case colID:
			return dir(strings.Compare(a.it.ID, b.it.ID))
		case colTitle:
			return dir(strings.Compare(strings.ToLower(a.it.Title), strings.ToLower(b.it.Title)))
		case colStatus:
			return dir(a.it.Status.Index() - b.it.Status.Index())
		case colEstimate:
			return dir(cmpFloat(a.it.Estimate, b.it.Estimate))
		case colMoSCoW:
			ia, ib := slices.Index(app.MoSCoWs, a.it.MoSCoW), slices.Index(app.MoSCoWs, b.it.MoSCoW)
			if ia < 0 || ib < 0 {
				return comparePos(ia+1, ib+1)
			}
			return dir(ia - ib)
		case colBlocked:
			return dir(len(a.blocked) - len(b.blocked))
		case colDemand, colInsights:
			return dir(compareEvidence(a.ev, b.ev, col))
		}
		if x, ok := l.extra(col); ok {
			return compareExtra(a, b, x, dir)
		}
		i := slices.Index(app.ScoringModels, scoreCol[col])
		if !a.scored[i] || !b.scored[i] {
			return compareScored(a.scored[i], b.scored[i])
		}
		return dir(cmpFloat(a.score[i], b.score[i]))
	})
}

// comparePos orders positions from 1 up, 0 (none) last.
func comparePos(a, b int) int {
	switch {
	case a == b:
		return 0
	case a == 0:
		return 1
	case b == 0:
		return -1
	}
	return a - b
}

func compareScored(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// SortBy sorts by column col as a click on its header does: a new column
// sorts scores and estimates highest first and the rest ascending; the same
// column again reverses the direction.
func (l *List) SortBy(col int) {
	if col == l.sortCol {
		l.sortDesc = !l.sortDesc
	} else {
		l.sortCol = col
		_, score := scoreCol[col]
		x, extra := l.extra(col)
		l.sortDesc = score || col == colEstimate || col == colDemand || col == colInsights || extra && (x.formula || x.field.Type == app.FieldNumber)
	}
	l.sortRows()
	l.table.Refresh()
}

func (l *List) onModel(title string) {
	for _, m := range app.ModelChoices {
		if m.Title() == title && m != l.model {
			l.model = m
			if l.info != nil { // not while building
				l.Refresh()
			}
		}
	}
}

func (l *List) onOpen() {
	if l.current >= 0 && l.current < len(l.rows) {
		l.env.Open(app.KeyOf(l.rows[l.current].it))
	}
}

func (l *List) selectAll(on bool) {
	if on {
		for _, r := range l.rows {
			l.selected[r.it.ID] = true
		}
	} else {
		clear(l.selected)
	}
	l.info.SetText(l.infoText(nil))
	l.table.Refresh()
}

// Selected returns the IDs of the selected items in display order.
func (l *List) Selected() []string {
	var out []string
	for _, r := range l.rows {
		if l.selected[r.it.ID] {
			out = append(out, r.it.ID)
		}
	}
	return out
}

func (l *List) length() (int, int) { return len(l.rows), numCols + len(l.extras) }

func (l *List) createCell() fyne.CanvasObject {
	c := widget.NewCheck("", nil)
	lb := newCellLabel()
	return container.NewStack(c, lb)
}

func (l *List) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	id.Col = l.logical(id.Col)
	st := o.(*fyne.Container)
	check, lb := st.Objects[0].(*widget.Check), st.Objects[1].(*cellLabel)
	if id.Row < 0 || id.Row >= len(l.rows) {
		return
	}
	r := l.rows[id.Row]
	if id.Col == colCheck {
		lb.Hide()
		check.Show()
		check.OnChanged = nil
		check.SetChecked(l.selected[r.it.ID])
		itemID := r.it.ID
		check.OnChanged = func(on bool) {
			if on {
				l.selected[itemID] = true
			} else {
				delete(l.selected, itemID)
			}
			l.info.SetText(l.infoText(nil))
			l.table.Refresh() // the sticky column's twin and the header's check
		}
		return
	}
	check.Hide()
	lb.Show()
	key := app.KeyOf(r.it)
	lb.onDouble = func() { l.env.Open(key) }
	lb.Importance = widget.MediumImportance
	lb.TextStyle = fyne.TextStyle{}
	lb.Alignment = fyne.TextAlignLeading
	lb.SetText(l.cellText(r, id.Col))
	if id.Col == colBlocked && len(r.blocked) > 0 {
		lb.Importance = widget.DangerImportance
	}
	if _, ok := scoreCol[id.Col]; ok || id.Col == colEstimate || id.Col == colPos || id.Col == colDemand {
		lb.Alignment = fyne.TextAlignTrailing
	}
	if sc, ok := scoreCol[id.Col]; ok && sc == l.model {
		lb.TextStyle.Bold = true
	}
	if x, ok := l.extra(id.Col); ok && (x.formula || x.field.Type == app.FieldNumber) {
		lb.Alignment = fyne.TextAlignTrailing
		lb.TextStyle.Bold = x.formula && l.model == app.ModelFormula
	}
	lb.Refresh()
}

// cellText returns the text of a cell.
func (l *List) cellText(r row, col int) string {
	it := r.it
	switch col {
	case colPos:
		if r.pos == 0 {
			return "—"
		}
		return fmt.Sprint(r.pos)
	case colID:
		return it.ID
	case colTitle:
		return it.Title
	case colStatus:
		return it.Status.Title()
	case colEstimate:
		if it.Estimate == 0 {
			return "—"
		}
		return app.FormatScore(it.Estimate, true)
	case colMoSCoW:
		return moscowTitle(it.MoSCoW)
	case colDemand, colInsights:
		return evidenceText(r.ev, col)
	case colBlocked:
		titles := make([]string, len(r.blocked))
		for i, d := range r.blocked {
			titles[i] = d
			if dep, ok := l.env.WS.Item(d); ok {
				titles[i] = dep.Title
			}
		}
		return strings.Join(titles, ", ")
	}
	if x, ok := l.extra(col); ok {
		return extraText(r, x)
	}
	if m, ok := scoreCol[col]; ok {
		i := slices.Index(app.ScoringModels, m)
		return app.FormatScore(r.score[i], r.scored[i])
	}
	return ""
}

func moscowTitle(m app.MoSCoW) string {
	if m == app.MoSCoWNone {
		return "—"
	}
	return m.Title()
}

func (l *List) createHeader() fyne.CanvasObject {
	b := widget.NewButton("", nil)
	b.Importance = widget.LowImportance
	b.Alignment = widget.ButtonAlignLeading
	c := widget.NewCheck("", nil)
	return container.NewStack(b, c)
}

func (l *List) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	id.Col = l.logical(id.Col)
	st := o.(*fyne.Container)
	b, c := st.Objects[0].(*widget.Button), st.Objects[1].(*widget.Check)
	if id.Col == colCheck {
		b.Hide()
		c.Show()
		c.OnChanged = nil
		c.SetChecked(len(l.rows) > 0 && len(l.selected) >= len(l.rows))
		c.OnChanged = l.selectAll
		return
	}
	c.Hide()
	b.Show()
	text := l.colTitle(id.Col)
	if x, ok := l.extra(id.Col); ok && x.formula && l.model == app.ModelFormula {
		text += " •"
	}
	if m, ok := scoreCol[id.Col]; ok && m == l.model {
		text += " •"
	}
	if id.Col == l.sortCol {
		if l.sortDesc {
			text += " ▼"
		} else {
			text += " ▲"
		}
	}
	col := id.Col
	b.OnTapped = func() { l.SortBy(col) }
	b.SetText(text)
}

// cellLabel is a table cell's label that opens its item on a double tap.
type cellLabel struct {
	widget.Label
	onDouble func()
}

var _ fyne.DoubleTappable = (*cellLabel)(nil)

func newCellLabel() *cellLabel {
	l := &cellLabel{}
	l.Truncation = fyne.TextTruncateEllipsis
	l.ExtendBaseWidget(l)
	return l
}

// DoubleTapped opens the row's item.
func (c *cellLabel) DoubleTapped(*fyne.PointEvent) {
	if c.onDouble != nil {
		c.onDouble()
	}
}
