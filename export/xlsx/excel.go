package xlsx

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"canopy/app"
)

// The sheets of the workbook, in order.
const (
	SheetBacklog  = "Backlog"
	SheetRoadmap  = "Roadmap"
	SheetReleases = "Releases"
	SheetStrategy = "Strategy"
	SheetAbout    = "About"
)

// Sheets lists the sheet names in workbook order.
var Sheets = []string{SheetBacklog, SheetRoadmap, SheetReleases, SheetStrategy, SheetInsights, SheetAbout}

// BacklogTable is the name of the Excel table holding the backlog.
const BacklogTable = "Backlog"

// ComputedSuffix ends the header of every computed column.
const ComputedSuffix = " (computed)"

// Column describes one column of the Backlog sheet.
type Column struct {
	// Header is the header cell's text, unique in the sheet; it ends with
	// ComputedSuffix when Computed.
	Header string
	// Computed columns are derived by Canopy (scores, blocked, goals through
	// the initiative, the what-next position) or read-only (the last
	// decision): an importer ignores them.
	Computed bool
	// Lines says the cell holds one value a line (links, dependencies,
	// acceptance criteria).
	Lines bool

	width float64
	kind  cellKind
}

type cellKind int

const (
	kindText cellKind = iota
	kindWrap          // long text, wrapped
	kindNumber
	kindScore
)

// The Backlog columns, in order. Keep backlogRow in step.
var backlogColumns = []Column{
	{Header: "ID", width: 15},
	{Header: "Type", width: 10},
	{Header: "Title", width: 42, kind: kindWrap},
	{Header: "Description", width: 60, kind: kindWrap},
	{Header: "Status", width: 12},
	{Header: "Rank", width: 9, kind: kindNumber},
	{Header: "Assignee", width: 16},
	{Header: "Initiative", width: 26, kind: kindWrap},
	{Header: "Release", width: 22, kind: kindWrap},
	{Header: "Goals", Computed: true, Lines: true, width: 30, kind: kindWrap},
	{Header: "Tags", width: 20, kind: kindWrap},
	{Header: "Links", Lines: true, width: 40, kind: kindWrap},
	{Header: "Estimate", width: 9, kind: kindNumber},
	{Header: "RICE reach", width: 9, kind: kindNumber},
	{Header: "RICE impact", width: 9, kind: kindNumber},
	{Header: "RICE confidence %", width: 11, kind: kindNumber},
	{Header: "RICE effort", width: 9, kind: kindNumber},
	{Header: "WSJF business value", width: 10, kind: kindNumber},
	{Header: "WSJF time criticality", width: 10, kind: kindNumber},
	{Header: "WSJF risk reduction", width: 10, kind: kindNumber},
	{Header: "WSJF job size", width: 9, kind: kindNumber},
	{Header: "ICE impact", width: 9, kind: kindNumber},
	{Header: "ICE confidence", width: 10, kind: kindNumber},
	{Header: "ICE ease", width: 9, kind: kindNumber},
	{Header: "Value", width: 9, kind: kindNumber},
	{Header: "Effort", width: 9, kind: kindNumber},
	{Header: "RICE score", Computed: true, width: 11, kind: kindScore},
	{Header: "WSJF score", Computed: true, width: 11, kind: kindScore},
	{Header: "ICE score", Computed: true, width: 11, kind: kindScore},
	{Header: "Value/effort score", Computed: true, width: 12, kind: kindScore},
	{Header: "MoSCoW", width: 10},
	{Header: "Depends on", Lines: true, width: 40, kind: kindWrap},
	{Header: "Blocked", Computed: true, width: 10},
	{Header: "Blocked by", Computed: true, Lines: true, width: 40, kind: kindWrap},
	{Header: "Acceptance criteria", Lines: true, width: 60, kind: kindWrap},
	{Header: "Criteria met", Computed: true, width: 10},
	{Header: "Last decision", Computed: true, width: 26, kind: kindWrap},
	{Header: "Decision reason", Computed: true, width: 40, kind: kindWrap},
	{Header: "What-next position", Computed: true, width: 11, kind: kindNumber},
	{Header: "Notes", width: 40, kind: kindWrap},
}

// Indexes (0-based) of the columns that get validation or formats.
const (
	colType     = 1
	colStatus   = 4
	colRICE     = 26 // the four scores follow in app.ScoringModels order
	colMoSCoW   = 30
	frozenCols  = 3 // ID, Type and Title stay in view
	headerRowNo = 1
)

func init() {
	for i := range backlogColumns {
		if backlogColumns[i].Computed {
			backlogColumns[i].Header += ComputedSuffix
		}
	}
}

// BacklogColumns returns the columns of the Backlog sheet in order.
func BacklogColumns() []Column { return append([]Column(nil), backlogColumns...) }

// TypeLabels, StatusLabels and MoSCoWLabels are the values the Backlog's
// drop-downs offer, in display order; the cells hold these labels.
func TypeLabels() []string {
	out := make([]string, len(app.ItemTypes))
	for i, t := range app.ItemTypes {
		out[i] = t.Title()
	}
	return out
}

// StatusLabels returns the status drop-down's values ("In progress").
func StatusLabels() []string {
	out := make([]string, len(app.Statuses))
	for i, s := range app.Statuses {
		out[i] = s.Title()
	}
	return out
}

// MoSCoWLabels returns the MoSCoW drop-down's values ("Won't").
func MoSCoWLabels() []string {
	out := make([]string, len(app.MoSCoWs))
	for i, m := range app.MoSCoWs {
		out[i] = MoSCoWLabel(m)
	}
	return out
}

// MoSCoWLabel returns the category as shown ("Won't"), or "" for none.
func MoSCoWLabel(m app.MoSCoW) string { return m.Title() }

// styles are created once per workbook: never in a loop over items.
type styles struct {
	header, headerComputed int
	text, wrap, number     int
	score, percent, date   int
	title, section, label  int
	done                   int
}

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	var firstErr error
	mk := func(st *excelize.Style) int {
		id, err := f.NewStyle(st)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		return id
	}
	textFmt := 49 // "@": typed-in text stays text, even "=…"
	top := &excelize.Alignment{Vertical: "top"}
	wrapTop := &excelize.Alignment{Vertical: "top", WrapText: true}
	headerAlign := &excelize.Alignment{Vertical: "top", WrapText: true}
	s.header = mk(&excelize.Style{
		Font:      &excelize.Font{Bold: true, Color: "#FFFFFF"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#1F5F5B"}},
		Alignment: headerAlign,
	})
	s.headerComputed = mk(&excelize.Style{
		Font:      &excelize.Font{Bold: true, Italic: true, Color: "#FFFFFF"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#6B7280"}},
		Alignment: headerAlign,
	})
	s.text = mk(&excelize.Style{NumFmt: textFmt, Alignment: top})
	s.wrap = mk(&excelize.Style{NumFmt: textFmt, Alignment: wrapTop})
	s.number = mk(&excelize.Style{Alignment: top})
	scoreFmt := "0.00"
	s.score = mk(&excelize.Style{CustomNumFmt: &scoreFmt, Alignment: top})
	s.percent = mk(&excelize.Style{NumFmt: 9, Alignment: top}) // 0%
	dateFmt := "yyyy-mm-dd"
	s.date = mk(&excelize.Style{CustomNumFmt: &dateFmt, Alignment: top})
	s.title = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	s.section = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12, Color: "#1F5F5B"}})
	s.label = mk(&excelize.Style{NumFmt: textFmt, Font: &excelize.Font{Bold: true}, Alignment: wrapTop})
	s.done = mk(&excelize.Style{NumFmt: textFmt, Font: &excelize.Font{Color: "#6B7280"}, Alignment: wrapTop})
	return s, firstErr
}

// workbook is one export in progress.
type workbook struct {
	f   *excelize.File
	ws  *app.Workspace
	now time.Time
	st  styles
	t   texts
}

// WriteBacklog writes the workspace as an Excel workbook to w: the Backlog
// with every field of every item, the Roadmap, the Releases, the Strategy and
// an About sheet dated now. The same workspace and now give the same bytes.
//
// The warnings name every text cut to fit a cell. An error leaves w with a
// partial workbook: write to a temporary file and rename it on success.
func WriteBacklog(w io.Writer, ws *app.Workspace, now time.Time) (warnings []string, err error) {
	return writeWorkbook(w, ws, now, nil)
}

// writeWorkbook is WriteBacklog, with a Changes sheet when changes is set.
func writeWorkbook(w io.Writer, ws *app.Workspace, now time.Time, changes *sheetChanges) (warnings []string, err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("export: %w", cerr)
		}
	}()
	b := &workbook{f: f, ws: ws, now: now}
	if b.st, err = newStyles(f); err != nil {
		return nil, fmt.Errorf("export: styles: %w", err)
	}
	if err := f.SetSheetName("Sheet1", SheetBacklog); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	for _, name := range Sheets[1:] {
		if _, err := f.NewSheet(name); err != nil {
			return nil, fmt.Errorf("export: sheet %s: %w", name, err)
		}
	}
	steps := []struct {
		sheet string
		fn    func() error
	}{
		{SheetBacklog, b.backlog},
		{SheetRoadmap, b.roadmap},
		{SheetReleases, b.releases},
		{SheetStrategy, b.strategy},
		{SheetInsights, b.insights},
		{SheetAbout, b.about},
	}
	for _, s := range steps {
		if err := s.fn(); err != nil {
			return nil, fmt.Errorf("export: sheet %s: %w", s.sheet, err)
		}
	}
	if changes != nil {
		if err := b.changes(changes); err != nil {
			return nil, fmt.Errorf("export: sheet %s: %w", SheetChanges, err)
		}
	}
	f.SetActiveSheet(0)
	stamp := now.UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:          ws.Product().Name + " backlog",
		Creator:        "Canopy",
		LastModifiedBy: "Canopy",
		Created:        stamp,
		Modified:       stamp,
		Description:    "Exported by Canopy, schema version " + strconv.Itoa(app.SchemaVersion),
	}); err != nil {
		return nil, fmt.Errorf("export: document properties: %w", err)
	}
	if err := f.Write(w); err != nil {
		return nil, fmt.Errorf("export: write: %w", err)
	}
	return b.t.warnings, nil
}

// backlog streams the Backlog sheet.
func (b *workbook) backlog() error {
	sw, err := b.f.NewStreamWriter(SheetBacklog)
	if err != nil {
		return err
	}
	// Widths and panes go before the first row.
	for i, c := range backlogColumns {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	topLeft, _ := excelize.CoordinatesToCellName(frozenCols+1, headerRowNo+1)
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, XSplit: frozenCols, YSplit: headerRowNo, TopLeftCell: topLeft, ActivePane: "bottomRight",
		Selection: []excelize.Selection{{SQRef: topLeft, ActiveCell: topLeft, Pane: "bottomRight"}},
	}); err != nil {
		return err
	}
	header := make([]any, len(backlogColumns))
	for i, c := range backlogColumns {
		st := b.st.header
		if c.Computed {
			st = b.st.headerComputed
		}
		header[i] = excelize.Cell{StyleID: st, Value: c.Header}
	}
	fields := itemFields(b.ws)
	header, err = b.fieldHeaders(sw, header, fields)
	if err != nil {
		return err
	}
	if err := sw.SetRow("A1", header, excelize.RowOpts{Height: 45}); err != nil {
		return err
	}

	r := newRowMaker(b)
	items := b.ws.Items()
	row := make([]any, len(backlogColumns))
	for i, it := range items {
		r.fill(row[:len(backlogColumns)], it)
		row = b.fieldCells(row[:len(backlogColumns)], fields, it)
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		// Spreadsheets do not grow a row for wrapped text on their own
		// (LibreOffice prints it over the next rows): set the height.
		if err := sw.SetRow(cell, row, excelize.RowOpts{Height: rowHeight(row)}); err != nil {
			return fmt.Errorf("%s: %w", it.Label(), err)
		}
	}
	last := len(items) + 1
	if last < 2 {
		last = 2 // a table has at least one data row
	}
	lastCol, _ := excelize.ColumnNumberToName(len(backlogColumns) + len(fields))
	if err := sw.AddTable(&excelize.Table{
		Range: "A1:" + lastCol + strconv.Itoa(last), Name: BacklogTable,
		StyleName: "TableStyleLight9", ShowRowStripes: boolPtr(true),
	}); err != nil {
		return err
	}
	// Validation and conditional formats go before Flush.
	lists := []struct {
		col    int
		title  string
		values []string
	}{
		{colType, "Type", TypeLabels()},
		{colStatus, "Status", StatusLabels()},
		{colMoSCoW, "MoSCoW", MoSCoWLabels()},
	}
	for _, l := range lists {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = columnRange(l.col, last)
		if err := dv.SetDropList(l.values); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, l.title, "Pick one of: "+strings.Join(l.values, ", "))
		if err := b.f.AddDataValidation(SheetBacklog, dv); err != nil {
			return err
		}
	}
	if err := b.fieldDropLists(fields, last); err != nil {
		return err
	}
	if err := b.f.SetConditionalFormat(SheetBacklog, columnRange(scoreColumn(b.ws.Product().ScoringModel), last),
		[]excelize.ConditionalFormatOptions{{
			Type: "3_color_scale", Criteria: "=",
			MinType: "min", MidType: "percentile", MidValue: "50", MaxType: "max",
			MinColor: "#F8696B", MidColor: "#FFEB84", MaxColor: "#63BE7B",
		}}); err != nil {
		return err
	}
	return sw.Flush()
}

// scoreColumn returns the index of the model's score column.
func scoreColumn(m app.ScoringModel) int {
	for i, s := range app.ScoringModels {
		if s == m {
			return colRICE + i
		}
	}
	return colRICE
}

// columnRange returns "X2:X<last>" for the 0-based column.
func columnRange(col, last int) string {
	name, _ := excelize.ColumnNumberToName(col + 1)
	return name + "2:" + name + strconv.Itoa(last)
}

func boolPtr(v bool) *bool { return &v }

// rowMaker turns items into Backlog rows, with what it needs computed once.
type rowMaker struct {
	b     *workbook
	next  map[string]int    // what-next position by item ID
	goals map[string]string // goal titles by initiative ID
	cells []excelize.Cell
	ice   app.ICECombination
}

func newRowMaker(b *workbook) *rowMaker {
	r := &rowMaker{b: b, next: map[string]int{}, goals: map[string]string{}, ice: b.ws.Product().ICE,
		cells: make([]excelize.Cell, len(backlogColumns))}
	entries, err := app.Next(b.ws, b.ws.Product().ScoringModel)
	if err != nil { // a dependency cycle: the rest of the export is still worth having
		b.t.warnings = append(b.t.warnings, "What-next position left empty: "+err.Error())
	}
	for i, e := range entries {
		r.next[e.Item.ID] = i + 1
	}
	return r
}

// fill writes the item's row into row, one value per column.
func (r *rowMaker) fill(row []any, it *app.Item) {
	b, t, who := r.b, &r.b.t, it.Label()
	var initiative, release, goals string
	if it.Initiative != "" {
		initiative = it.Initiative + " (missing)"
		if in, ok := b.ws.Initiative(it.Initiative); ok {
			initiative = in.Name
			g, ok := r.goals[in.ID]
			if !ok {
				titles := make([]string, 0, len(in.Goals))
				for _, id := range in.Goals {
					if goal, ok := b.ws.Goal(id); ok {
						titles = append(titles, goal.Title)
					}
				}
				g = strings.Join(titles, "\n")
				r.goals[in.ID] = g
			}
			goals = g
		}
	}
	if it.Release != "" {
		release = it.Release + " (missing)"
		if rel, ok := b.ws.Release(it.Release); ok {
			release = rel.Name
		}
	}
	deps := make([]string, 0, len(it.DependsOn))
	for _, id := range it.DependsOn {
		if id != "" { // an empty reference (validate reports it) refers to nothing
			deps = append(deps, r.itemRef(id))
		}
	}
	blockedBy := app.BlockedBy(b.ws, it)
	blocked := "no"
	var by []string
	if len(blockedBy) > 0 {
		blocked = "yes"
		by = make([]string, len(blockedBy))
		for i, id := range blockedBy {
			by[i] = r.itemRef(id)
		}
	}
	criteria := make([]string, len(it.Criteria))
	for i, c := range it.Criteria {
		mark := "[ ] "
		if c.Met {
			mark = "[x] "
		}
		criteria[i] = mark + c.Text
	}
	var criteriaMet, decision, reason string
	if met, total := it.CriteriaMet(); total > 0 {
		criteriaMet = strconv.Itoa(met) + " of " + strconv.Itoa(total)
	}
	if d, ok := it.LastDecision(); ok {
		decision = d.Kind.Title() + " on " + d.At.UTC().Format(time.DateOnly)
		if d.By != "" {
			decision += " by " + d.By
		}
		reason = d.Reason
	}

	n := 0
	put := func(v any) {
		c := backlogColumns[n]
		switch v := v.(type) {
		case nil:
			row[n] = nil
		case string:
			if v == "" {
				row[n] = nil
				break
			}
			st := b.st.text
			if c.kind == kindWrap {
				st = b.st.wrap
			}
			r.cells[n] = excelize.Cell{StyleID: st, Value: t.cell(who, strings.ToLower(strings.TrimSuffix(c.Header, ComputedSuffix)), v)}
			row[n] = &r.cells[n]
		default:
			st := b.st.number
			if c.kind == kindScore {
				st = b.st.score
			}
			r.cells[n] = excelize.Cell{StyleID: st, Value: v}
			row[n] = &r.cells[n]
		}
		n++
	}
	num := func(v float64, ok bool) any {
		if !ok {
			return nil
		}
		return v
	}
	s := &it.Scores
	put(it.ID)
	put(it.Type.Title())
	put(it.Title)
	put(it.Description)
	put(it.Status.Title())
	put(it.Rank)
	put(it.Assignee)
	put(initiative)
	put(release)
	put(goals)
	put(strings.Join(it.Tags, ", "))
	put(strings.Join(it.Links, "\n"))
	put(num(it.Estimate, it.Estimate != 0))
	if x := s.RICE; x != nil {
		put(x.Reach)
		put(x.Impact)
		put(x.Confidence)
		put(x.Effort)
	} else {
		put(nil)
		put(nil)
		put(nil)
		put(nil)
	}
	if x := s.WSJF; x != nil {
		put(x.BusinessValue)
		put(x.TimeCriticality)
		put(x.RiskReduction)
		put(x.JobSize)
	} else {
		put(nil)
		put(nil)
		put(nil)
		put(nil)
	}
	if x := s.ICE; x != nil {
		put(x.Impact)
		put(x.Confidence)
		put(x.Ease)
	} else {
		put(nil)
		put(nil)
		put(nil)
	}
	if x := s.ValueEffort; x != nil {
		put(x.Value)
		put(x.Effort)
	} else {
		put(nil)
		put(nil)
	}
	for _, m := range app.ScoringModels {
		put(num(app.Score(s, m, r.ice)))
	}
	put(MoSCoWLabel(it.MoSCoW))
	put(strings.Join(deps, "\n"))
	put(blocked)
	put(strings.Join(by, "\n"))
	put(strings.Join(criteria, "\n"))
	put(criteriaMet)
	put(decision)
	put(reason)
	if pos, ok := r.next[it.ID]; ok {
		put(pos)
	} else {
		put(nil)
	}
	put(it.Notes)
	if n != len(backlogColumns) {
		panic(fmt.Sprintf("export: backlog row has %d cells for %d columns", n, len(backlogColumns)))
	}
}

// itemRef returns "ID — title" for another item.
func (r *rowMaker) itemRef(id string) string {
	if d, ok := r.b.ws.Item(id); ok {
		return id + " — " + d.Title
	}
	return id + " (missing)"
}

// lineHeight is the height in points of one line of text in the default font.
const lineHeight = 15

// maxRowHeight is the tallest row Excel allows, in points.
const maxRowHeight = 409

// rowHeight estimates the height a backlog row needs to show its wrapped
// text: the most lines any wrapped cell takes at its column's width.
func rowHeight(row []any) float64 {
	lines := 1
	for i, v := range row {
		c, ok := v.(*excelize.Cell)
		if !ok || i >= len(backlogColumns) || backlogColumns[i].kind != kindWrap {
			continue
		}
		text, ok := c.Value.(string)
		if !ok {
			continue
		}
		perLine := int(backlogColumns[i].width * 1.1)
		n := 0
		for _, line := range strings.Split(text, "\n") {
			n += max(1, (utf8.RuneCountInString(line)+perLine-1)/perLine)
		}
		lines = max(lines, n)
	}
	return min(float64(lines*lineHeight+2), maxRowHeight)
}
