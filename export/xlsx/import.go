package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"canopy/app"
)

// The bounds of an import: every spreadsheet is read as if hostile.
const (
	// MaxImportBytes is the largest .xlsx file ReadBacklog reads.
	MaxImportBytes = 64 << 20
	// importUnzipLimit bounds the unzipped size of the whole workbook, and
	// importXMLLimit the part of a worksheet or the shared strings held in
	// memory (beyond it excelize spills to a temporary file).
	importUnzipLimit = 256 << 20
	importXMLLimit   = 16 << 20
	// MaxImportRows is the most rows the Backlog sheet may have, header
	// included.
	MaxImportRows = 200_000
	// maxNotes bounds the notes a plan keeps (unknown columns, cut cells).
	maxNotes = 200
)

// ErrTooLarge is wrapped by the errors about a file beyond the bounds.
var ErrTooLarge = errors.New("the spreadsheet is too large")

// RowKind classifies one row of an import.
type RowKind int

// The kinds of row.
const (
	RowUnchanged RowKind = iota
	RowNew
	RowUpdated
	RowInvalid
)

// String returns "unchanged", "new", "updated" or "invalid".
func (k RowKind) String() string {
	return [...]string{"unchanged", "new", "updated", "invalid"}[k]
}

// CellError is one invalid cell.
type CellError struct {
	Sheet  string
	Row    int    // 1-based
	Col    int    // 1-based
	Header string // the column's header
	Msg    string
}

// Cell returns the cell's address with its sheet: "Backlog!E7".
func (e CellError) Cell() string { return cellRef(e.Sheet, e.Col, e.Row) }

// Error returns `Backlog!E7 (Status): "Doing" is not a status; …`.
func (e CellError) Error() string { return e.Cell() + " (" + e.Header + "): " + e.Msg }

func cellRef(sheet string, col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	if strings.ContainsAny(sheet, " '!-") {
		sheet = "'" + strings.ReplaceAll(sheet, "'", "''") + "'"
	}
	return sheet + "!" + name
}

// RowPlan is what the import does with one row of the sheet.
type RowPlan struct {
	Row  int // 1-based row number in the sheet
	Kind RowKind
	// ID is the item's ID: the existing item's for an update, the ID given
	// in the sheet for a new item (empty when the domain picks one).
	ID    string
	Title string
	// Changes names the fields an update changes, as their headers; a
	// status change reads "Status (Ready → In progress)".
	Changes []string
	// Errors are the invalid cells of an invalid row.
	Errors []CellError

	sets   []func(*app.Item) // the changes, field by field
	moveTo app.Status        // the status to move to, or ""
	item   *app.Item         // a new row's item (its status is the target)
}

// Label names the row's item: "item-x (Title)" or "row 7 (Title)".
func (r *RowPlan) Label() string {
	who := "row " + strconv.Itoa(r.Row)
	if r.ID != "" && r.Kind != RowNew {
		who = r.ID
	}
	return who + " (" + oneLine(r.Title) + ")"
}

// ImportPlan is what importing a Backlog sheet would do to a workspace. Read
// it with ReadBacklog, show Lines, then apply Command with ws.Do.
type ImportPlan struct {
	Sheet string
	Rows  []*RowPlan // every data row, in sheet order (blank rows left out)
	// Notes says what the import leaves alone: unknown columns, cells cut
	// in the export.
	Notes []string

	New, Updated, Unchanged, Invalid int

	// SkipInvalid makes Command apply the valid rows even when some rows
	// are invalid; otherwise Command refuses to run with invalid rows.
	SkipInvalid bool

	// Result is filled when the command runs.
	Result ImportResult

	notesLeftOff int
}

// ImportResult is what applying a plan did.
type ImportResult struct {
	Created  []string // IDs of the new items
	Changed  []string // IDs of the updated items
	Refusals []ImportRefusal
}

// ImportRefusal is a row the domain rules refused.
type ImportRefusal struct {
	Row *RowPlan
	ID  string
	// Created says a new item was created but stayed New because the
	// rules refused its status.
	Created bool
	Err     error
}

// String describes the refusal.
func (r ImportRefusal) String() string {
	msg := r.Err.Error()
	var re *app.RuleError
	if errors.As(r.Err, &re) {
		// The rule in a person's words, the item by the title the row
		// plan knows it by (not an edit the refusal undid); its ID after.
		said := *re
		if t := app.Shorten(oneLine(r.Row.Title), 40); t != "" {
			said.Name = t
		}
		if r.Created {
			return fmt.Sprintf("row %d: %s; created as New instead (%s)", r.Row.Row, said.Sentence(), r.ID)
		}
		return fmt.Sprintf("row %d: %s; left as it was (%s)", r.Row.Row, said.Sentence(), re.Key.ID)
	}
	if r.Created {
		return fmt.Sprintf("row %d: %s was created as New; its status was refused: %s", r.Row.Row, r.ID, msg)
	}
	return fmt.Sprintf("row %d: %s left as it was: %s", r.Row.Row, r.Row.Label(), msg)
}

// Errors returns every invalid cell, in sheet order.
func (p *ImportPlan) Errors() []CellError {
	var out []CellError
	for _, r := range p.Rows {
		out = append(out, r.Errors...)
	}
	return out
}

// Summary returns "2 new, 3 updated, 57 unchanged, 1 invalid".
func (p *ImportPlan) Summary() string {
	return fmt.Sprintf("%d new, %d updated, %d unchanged, %d invalid", p.New, p.Updated, p.Unchanged, p.Invalid)
}

// Lines returns the preview, one line each: the summary, the new and updated
// rows with the fields that change, every invalid cell and the notes.
func (p *ImportPlan) Lines() []string {
	out := []string{p.Sheet + ": " + p.Summary()}
	for _, r := range p.Rows {
		switch r.Kind {
		case RowNew:
			line := fmt.Sprintf("new      row %d: %s", r.Row, oneLine(r.Title))
			if r.ID != "" {
				line += " as " + r.ID
			}
			if r.item != nil && r.item.Status != app.StatusNew {
				line += " (" + r.item.Status.Title() + ")"
			}
			out = append(out, line)
		case RowUpdated:
			out = append(out, fmt.Sprintf("updated  row %d: %s: %s", r.Row, r.Label(), strings.Join(r.Changes, ", ")))
		}
	}
	for _, e := range p.Errors() {
		out = append(out, "invalid  "+e.Error())
	}
	for _, n := range p.Notes {
		out = append(out, "note     "+n)
	}
	if p.notesLeftOff > 0 {
		out = append(out, fmt.Sprintf("note     and %d more notes", p.notesLeftOff))
	}
	return out
}

func (p *ImportPlan) note(format string, args ...any) {
	if len(p.Notes) >= maxNotes {
		p.notesLeftOff++
		return
	}
	p.Notes = append(p.Notes, fmt.Sprintf(format, args...))
}

// ReadBacklog reads the Backlog sheet of an .xlsx workbook of at most
// MaxImportBytes (size is the file's size, or -1 when unknown) and plans its
// import into ws. Columns are matched by their header in row 1, in any order;
// computed columns are ignored and unknown ones noted; without an ID column
// every row is new. The file is treated as hostile: its size, unzipped size,
// rows and cells are bounded, and every value is parsed, never evaluated.
// ReadBacklog changes nothing: apply the plan's Command.
func ReadBacklog(r io.Reader, size int64, ws *app.Workspace) (*ImportPlan, error) {
	data, f, err := readWorkbook(r, size)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sheet := ""
	names := f.GetSheetList()
	for _, n := range names {
		if strings.EqualFold(n, SheetBacklog) {
			sheet = n
		}
	}
	if sheet == "" {
		if len(names) != 1 {
			return nil, fmt.Errorf("import: the workbook has no %s sheet (it has %s)", SheetBacklog, strings.Join(names, ", "))
		}
		sheet = names[0]
	}
	cells, err := sheetCells(f, data, sheet, "item")
	if err != nil {
		return nil, err
	}
	return plan(sheet, cells, ws)
}

// readWorkbook reads the workbook in r (size is the file's size, or -1
// when unknown) within the import's bounds and opens it: at most
// MaxImportBytes, no more sheets and parts than the import reads
// (checkCounts), unzipped within the limits. It returns the bytes read
// too, for the checks that look at the XML.
func readWorkbook(r io.Reader, size int64) ([]byte, *excelize.File, error) {
	if size > MaxImportBytes {
		return nil, nil, fmt.Errorf("import: %w: %s bytes, at most %s", ErrTooLarge, groupThousands(int(size)), groupThousands(MaxImportBytes))
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxImportBytes+1))
	if err != nil {
		return nil, nil, fmt.Errorf("import: %w", err)
	}
	if len(data) > MaxImportBytes {
		return nil, nil, fmt.Errorf("import: %w: over %s bytes", ErrTooLarge, groupThousands(MaxImportBytes))
	}
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return nil, nil, errors.New("import: not an Excel workbook (.xlsx)")
	}
	if err := checkCounts(data); err != nil {
		return nil, nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: importUnzipLimit, UnzipXMLSizeLimit: importXMLLimit,
	})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size") {
			return nil, nil, fmt.Errorf("import: %w: %v", ErrTooLarge, err)
		}
		return nil, nil, fmt.Errorf("import: not a readable Excel workbook: %w", err)
	}
	return data, f, nil
}

// sheetCells reads the raw cells of sheet, row 1 the headers, at most
// MaxImportRows rows. A merged range hides which row a value belongs to:
// it is refused, saying one noun ("item") a row.
func sheetCells(f *excelize.File, data []byte, sheet, noun string) ([][]string, error) {
	if mayHaveMergedCells(data, sheet) {
		if merged, err := f.GetMergeCells(sheet); err != nil {
			return nil, fmt.Errorf("import: sheet %s: %w", sheet, err)
		} else if len(merged) > 0 {
			var refs []string
			for _, m := range merged[:min(len(merged), 5)] {
				refs = append(refs, m.GetStartAxis()+":"+m.GetEndAxis())
			}
			return nil, fmt.Errorf("import: sheet %s has merged cells (%s): unmerge them, one %s a row", sheet, strings.Join(refs, ", "), noun)
		}
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, fmt.Errorf("import: sheet %s: %w", sheet, err)
	}
	defer rows.Close()
	var cells [][]string
	for n := 1; rows.Next(); n++ {
		if n > MaxImportRows {
			return nil, fmt.Errorf("import: %w: sheet %s has more than %s rows", ErrTooLarge, sheet, groupThousands(MaxImportRows))
		}
		row, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, fmt.Errorf("import: sheet %s row %d: %w", sheet, n, err)
		}
		cells = append(cells, row)
	}
	if err := rows.Error(); err != nil {
		return nil, fmt.Errorf("import: sheet %s: %w", sheet, err)
	}
	return cells, nil
}

// field reads one non-computed column into a row.
type field func(c *rowCtx, v string)

// fields maps each importable header to its reader. The scores are read by
// model, after the single fields.
var fields = map[string]field{
	"ID":                  nil, // matched apart
	"Type":                readType,
	"Title":               readTitle,
	"Description":         textField("Description", func(it *app.Item) *string { return &it.Description }),
	"Status":              readStatus,
	"Rank":                readRank,
	"Assignee":            textField("Assignee", func(it *app.Item) *string { return &it.Assignee }),
	"Initiative":          readInitiative,
	"Release":             readRelease,
	"Tags":                readTags,
	"Links":               readLinks,
	"Estimate":            readEstimate,
	"MoSCoW":              readMoSCoW,
	"Depends on":          readDepends,
	"Acceptance criteria": readCriteria,
	"Notes":               textField("Notes", func(it *app.Item) *string { return &it.Notes }),
}

// scoreFields names each model's inputs as the rules do, in the order of
// scoreColumns, for their ranges (app.RangeOf).
var scoreFields = [][]string{
	{"scores.rice.reach", "scores.rice.impact", "scores.rice.confidence", "scores.rice.effort"},
	{"scores.wsjf.businessValue", "scores.wsjf.timeCriticality", "scores.wsjf.riskReduction", "scores.wsjf.jobSize"},
	{"scores.ice.impact", "scores.ice.confidence", "scores.ice.ease"},
	{"scores.valueEffort.value", "scores.valueEffort.effort"},
}

// scoreColumns lists each model's input headers, in the order of its struct.
var scoreColumns = [][]string{
	{"RICE reach", "RICE impact", "RICE confidence %", "RICE effort"},
	{"WSJF business value", "WSJF time criticality", "WSJF risk reduction", "WSJF job size"},
	{"ICE impact", "ICE confidence", "ICE ease"},
	{"Value", "Effort"},
}

// reader is the state of one plan in progress.
type reader struct {
	p *ImportPlan
	// cellLimit is the most characters a cell may hold: Excel's limit for
	// a workbook, none (0) for CSV, whose cells Canopy takes whole.
	cellLimit int
	ws        *app.Workspace
	col       map[string]int // header → 0-based column
	header    map[int]string // 0-based column → header
	custom    []customColumn // the custom fields' columns (excel_fields.go)
	ids       map[string]int // IDs in the sheet → their row
	inits     map[string][]string
	rels      map[string][]string
}

// rowCtx is one row being read.
type rowCtx struct {
	r     *reader
	row   int
	cells []string
	cur   *app.Item // the existing item, nil for a new row
	plan  *RowPlan
	item  *app.Item // a new row's item
}

func plan(sheet string, cells [][]string, ws *app.Workspace) (*ImportPlan, error) {
	p := &ImportPlan{Sheet: sheet}
	rd := &reader{p: p, ws: ws, col: map[string]int{}, header: map[int]string{}, ids: map[string]int{},
		inits: map[string][]string{}, rels: map[string][]string{}}
	if sheet != SheetCSV {
		rd.cellLimit = MaxCellChars
	}
	if len(cells) == 0 {
		return nil, fmt.Errorf("import: sheet %s is empty: want a header row", sheet)
	}
	cells, tm := mapTracker(p, cells, ws) // other trackers' exports: see import_trackers.go
	known := map[string]Column{}
	for _, c := range backlogColumns {
		known[strings.ToLower(c.Header)] = c
	}
	for i, h := range cells[0] {
		h = strings.TrimSpace(h)
		if h == "" {
			continue
		}
		c, ok := known[strings.ToLower(h)]
		d, isField := customField(ws, h)
		switch {
		case !ok && isField:
			name := FieldHeader(d)
			if prev, dup := rd.col[name]; dup {
				return nil, fmt.Errorf("import: %s: the column %q appears twice (also %s)", cellRef(sheet, i+1, 1), name, cellRef(sheet, prev+1, 1))
			}
			rd.col[name] = i
			rd.custom = append(rd.custom, customColumn{header: name, decl: d})
		case !ok:
			p.note("%s (%s): not a Canopy column; ignored", cellRef(sheet, i+1, 1), oneLine(h))
		case c.Computed:
			// computed by Canopy: ignored without a word
		default:
			if prev, dup := rd.col[c.Header]; dup {
				return nil, fmt.Errorf("import: %s: the column %q appears twice (also %s)", cellRef(sheet, i+1, 1), c.Header, cellRef(sheet, prev+1, 1))
			}
			rd.col[c.Header] = i
			rd.header[i] = c.Header
		}
	}
	_, hasID := rd.col["ID"]
	if _, hasTitle := rd.col["Title"]; !hasID && !hasTitle {
		return nil, fmt.Errorf("import: sheet %s has neither an ID nor a Title column in row 1", sheet)
	}
	for _, in := range ws.Initiatives() {
		rd.inits[in.Name] = append(rd.inits[in.Name], in.ID)
	}
	for _, r := range ws.Releases() {
		rd.rels[r.Name] = append(rd.rels[r.Name], r.ID)
	}
	if hasID {
		for i, row := range cells[1:] {
			if id := strings.TrimSpace(rd.cell(row, "ID")); id != "" {
				if _, seen := rd.ids[id]; !seen {
					rd.ids[id] = i + 2
				}
			}
		}
	}
	for i, row := range cells[1:] {
		if blank(row) {
			continue
		}
		rp := rd.readRow(i+2, row)
		tm.fix(rp)
		p.Rows = append(p.Rows, rp)
		switch rp.Kind {
		case RowNew:
			p.New++
		case RowUpdated:
			p.Updated++
		case RowUnchanged:
			p.Unchanged++
		case RowInvalid:
			p.Invalid++
		}
	}
	return p, nil
}

func blank(row []string) bool {
	for _, v := range row {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// cell returns the row's value in the column with the header, or "".
func (rd *reader) cell(row []string, header string) string {
	if i, ok := rd.col[header]; ok && i < len(row) {
		return row[i]
	}
	return ""
}

func (rd *reader) readRow(n int, row []string) *RowPlan {
	c := &rowCtx{r: rd, row: n, cells: row, plan: &RowPlan{Row: n}}
	rp := c.plan
	if _, ok := rd.col["ID"]; ok {
		id := strings.TrimSpace(rd.cell(row, "ID"))
		switch {
		case id == "":
		case app.CheckID(id) != nil:
			c.fail("ID", "%q is not a Canopy ID: want 2–64 lowercase letters, digits and inner hyphens", oneLine(id))
		case rd.ids[id] != n:
			c.fail("ID", "%s appears again: already in row %d", id, rd.ids[id])
		default:
			rp.ID = id
			if it, ok := rd.ws.Item(id); ok {
				c.cur = it
			} else if rd.ws.Has(app.KindItem, id) {
				c.fail("ID", "%s is not a backlog item", id)
			}
		}
	}
	if c.cur == nil {
		c.item = &app.Item{ID: rp.ID, Type: app.TypeFeature, Status: app.StatusNew}
		rp.Kind = RowNew
	} else {
		rp.Title = c.cur.Title
	}
	// Read the single fields in the sheet's column order, then the scores.
	for i := range row {
		h, ok := rd.header[i]
		if !ok || h == "ID" {
			continue
		}
		read := fields[h]
		v := row[i]
		if rd.cellLimit > 0 && utf16Len(v) > rd.cellLimit {
			c.fail(h, "has %s characters; a cell holds at most %s", groupThousands(utf16Len(v)), groupThousands(rd.cellLimit))
			continue
		}
		if strings.Contains(v, CutMarkerPrefix) {
			rd.p.note("%s (%s): cut to fit a cell in the export; the field is left as it is", c.ref(h), h)
			continue
		}
		if read != nil { // the scores are read by model below
			read(c, v)
		}
	}
	for m := range scoreColumns {
		c.readScores(m)
	}
	c.readCustom()
	if c.cur == nil {
		if _, ok := rd.col["Title"]; ok && strings.TrimSpace(c.item.Title) == "" && !c.hasError("Title") && !c.cutIn("Title") {
			c.fail("Title", "a new item needs a title")
		} else if !ok {
			c.failRow("a new item needs a title: the sheet has no Title column")
		}
		rp.Title = c.item.Title
	}
	switch {
	case len(rp.Errors) > 0:
		slices.SortStableFunc(rp.Errors, func(a, b CellError) int { return a.Col - b.Col })
		rp.Kind = RowInvalid
		rp.sets, rp.moveTo, rp.item, rp.Changes = nil, "", nil, nil
	case c.cur == nil:
		for _, set := range rp.sets {
			set(c.item)
		}
		rp.sets = nil
		rp.item = c.item
	case len(rp.Changes) > 0:
		rp.Kind = RowUpdated
	default:
		rp.Kind = RowUnchanged
	}
	return rp
}

// ref returns the address of the row's cell in the column with the header.
func (c *rowCtx) ref(header string) string {
	return cellRef(c.r.p.Sheet, c.r.col[header]+1, c.row)
}

func (c *rowCtx) fail(header, format string, args ...any) {
	c.plan.Errors = append(c.plan.Errors, CellError{Sheet: c.r.p.Sheet, Row: c.row, Col: c.r.col[header] + 1,
		Header: header, Msg: fmt.Sprintf(format, args...)})
}

// failRow reports a problem of the row as a whole, on its first cell.
func (c *rowCtx) failRow(msg string) {
	c.plan.Errors = append(c.plan.Errors, CellError{Sheet: c.r.p.Sheet, Row: c.row, Col: 1, Header: "row", Msg: msg})
}

func (c *rowCtx) hasError(header string) bool {
	return slices.ContainsFunc(c.plan.Errors, func(e CellError) bool { return e.Header == header })
}

func (c *rowCtx) cutIn(header string) bool {
	return strings.Contains(c.r.cell(c.cells, header), CutMarkerPrefix)
}

// change records that the field named header takes a new value: eq says
// whether the existing item has it already.
func (c *rowCtx) change(header string, eq func(cur *app.Item) bool, set func(it *app.Item)) {
	if c.cur != nil {
		if eq(c.cur) {
			return
		}
		c.plan.Changes = append(c.plan.Changes, header)
	}
	c.plan.sets = append(c.plan.sets, set)
}

func textField(header string, get func(*app.Item) *string) field {
	return func(c *rowCtx, v string) {
		c.change(header, func(cur *app.Item) bool { return sameText(*get(cur), v) },
			func(it *app.Item) { *get(it) = v })
	}
}

// sameText compares a stored text with a cell, allowing for the CRLF line
// ends some spreadsheets write.
func sameText(stored, cell string) bool {
	return stored == cell || strings.ReplaceAll(cell, "\r\n", "\n") == strings.ReplaceAll(stored, "\r\n", "\n")
}

func readTitle(c *rowCtx, v string) {
	if c.cur != nil && strings.TrimSpace(v) == "" {
		c.fail("Title", "is empty; an item needs a title")
		return
	}
	textField("Title", func(it *app.Item) *string { return &it.Title })(c, v)
	if c.cur == nil {
		c.item.Title = v // for the messages; set again with the others
	}
}

// want joins labels as "A, B or C".
func want(labels []string) string {
	if len(labels) < 2 {
		return strings.Join(labels, "")
	}
	return strings.Join(labels[:len(labels)-1], ", ") + " or " + labels[len(labels)-1]
}

func readType(c *rowCtx, v string) {
	s := strings.TrimSpace(v)
	if s == "" && c.cur == nil {
		return // a new item is a feature
	}
	for _, t := range app.ItemTypes {
		if strings.EqualFold(s, t.Title()) || strings.EqualFold(s, string(t)) {
			c.change("Type", func(cur *app.Item) bool { return cur.Type == t }, func(it *app.Item) { it.Type = t })
			return
		}
	}
	c.fail("Type", "%q is not a type; want %s", oneLine(v), want(TypeLabels()))
}

func readStatus(c *rowCtx, v string) {
	s := strings.TrimSpace(v)
	if s == "" && c.cur == nil {
		return // a new item is New
	}
	for _, st := range app.Statuses {
		if strings.EqualFold(s, st.Title()) || strings.EqualFold(s, string(st)) {
			if c.cur == nil {
				c.item.Status = st
			} else if c.cur.Status != st {
				c.plan.Changes = append(c.plan.Changes, "Status ("+c.cur.Status.Title()+" → "+st.Title()+")")
				c.plan.moveTo = st
			}
			return
		}
	}
	c.fail("Status", "%q is not a status; want %s", oneLine(v), want(StatusLabels()))
}

func readMoSCoW(c *rowCtx, v string) {
	s := strings.ToLower(strings.TrimSpace(v))
	s = strings.ReplaceAll(s, "’", "'")
	var m app.MoSCoW
	found := s == ""
	for _, x := range app.MoSCoWs {
		if s == strings.ToLower(MoSCoWLabel(x)) || s == string(x) {
			m, found = x, true
		}
	}
	if !found {
		c.fail("MoSCoW", "%q is not a MoSCoW category; want %s, or nothing", oneLine(v), want(MoSCoWLabels()))
		return
	}
	c.change("MoSCoW", func(cur *app.Item) bool { return cur.MoSCoW == m }, func(it *app.Item) { it.MoSCoW = m })
}

// number parses a cell as a finite number; ok is false for an empty cell
// and for an invalid one, which it reports.
func (c *rowCtx) number(header, v string) (x float64, ok bool) {
	s := strings.TrimSpace(v)
	if s == "" {
		return 0, false
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		c.fail(header, "%q is not a number", oneLine(v))
		return 0, false
	}
	return x, true
}

func readRank(c *rowCtx, v string) {
	x, ok := c.number("Rank", v)
	if !ok {
		return // an empty rank keeps the item's place; a new item goes last
	}
	if err := app.CheckRange("order", x); err != nil {
		c.fail("Rank", "%v", err)
		return
	}
	c.change("Rank", func(cur *app.Item) bool { return cur.Rank == x }, func(it *app.Item) { it.Rank = x })
}

func readEstimate(c *rowCtx, v string) {
	x, ok := c.number("Estimate", v)
	if !ok && strings.TrimSpace(v) != "" {
		return
	}
	if x < 0 {
		c.fail("Estimate", "%s is below 0; leave the cell empty for no estimate", strings.TrimSpace(v))
		return
	}
	if err := app.CheckRange("estimate", x); err != nil {
		c.fail("Estimate", "%v", err)
		return
	}
	c.change("Estimate", func(cur *app.Item) bool { return cur.Estimate == x }, func(it *app.Item) { it.Estimate = x })
}

// lookup finds an initiative or release by the name in a cell.
func (c *rowCtx) lookup(header, noun, v string, byName map[string][]string, cur string, has func(string) bool) (string, bool) {
	s := strings.TrimSpace(v)
	if s == "" {
		return "", true
	}
	if c.cur != nil && cur != "" && s == cur+" (missing)" {
		return cur, true // exported as missing: left as it is
	}
	ids := byName[s]
	if len(ids) == 0 {
		ids = byName[v]
	}
	if len(ids) == 0 && has(s) {
		ids = []string{s}
	}
	switch {
	case len(ids) == 1:
		return ids[0], true
	case len(ids) > 1:
		if slices.Contains(ids, cur) {
			return cur, true
		}
		c.fail(header, "%q names %d %ss; rename them in Canopy to tell them apart", oneLine(s), len(ids), noun)
		return "", false
	}
	c.fail(header, "%q is not %s %s of this workspace", oneLine(s), article(noun), noun)
	return "", false
}

func article(noun string) string {
	if strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an"
	}
	return "a"
}

func readInitiative(c *rowCtx, v string) {
	cur := ""
	if c.cur != nil {
		cur = c.cur.Initiative
	}
	id, ok := c.lookup("Initiative", "initiative", v, c.r.inits, cur, func(id string) bool { return c.r.ws.Has(app.KindInitiative, id) })
	if ok {
		c.change("Initiative", func(cur *app.Item) bool { return cur.Initiative == id }, func(it *app.Item) { it.Initiative = id })
	}
}

func readRelease(c *rowCtx, v string) {
	cur := ""
	if c.cur != nil {
		cur = c.cur.Release
	}
	id, ok := c.lookup("Release", "release", v, c.r.rels, cur, func(id string) bool { return c.r.ws.Has(app.KindRelease, id) })
	if ok {
		c.change("Release", func(cur *app.Item) bool { return cur.Release == id }, func(it *app.Item) { it.Release = id })
	}
}

// lines splits a cell into its non-empty lines, trimmed.
func lines(v string) []string {
	var out []string
	for _, l := range strings.Split(v, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// sortedSet returns s sorted without duplicates, never nil.
func sortedSet(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return append([]string{}, slices.Compact(s)...)
}

func readTags(c *rowCtx, v string) {
	var tags []string
	for _, t := range strings.Split(v, ",") {
		if t = strings.TrimSpace(t); t != "" {
			tags = append(tags, t)
		}
	}
	tags = sortedSet(tags)
	c.change("Tags", func(cur *app.Item) bool { return slices.Equal(sortedSet(cur.Tags), tags) },
		func(it *app.Item) { it.Tags = slices.Clone(tags) })
}

func readLinks(c *rowCtx, v string) {
	links := lines(v)
	for _, l := range links {
		u, err := url.Parse(l)
		if err != nil || !slices.Contains([]string{"http", "https", "mailto"}, u.Scheme) || u.Host == "" && u.Scheme != "mailto" {
			c.fail("Links", "%q is not an http, https or mailto link", oneLine(l))
			return
		}
	}
	c.change("Links", func(cur *app.Item) bool { return slices.Equal(cur.Links, links) || len(cur.Links)+len(links) == 0 },
		func(it *app.Item) { it.Links = append([]string{}, links...) })
}

func readDepends(c *rowCtx, v string) {
	var deps []string
	for _, l := range lines(v) {
		id, _, _ := strings.Cut(l, " — ")
		id = strings.TrimSuffix(strings.TrimSpace(id), " (missing)")
		if f := strings.Fields(id); len(f) > 0 {
			id = f[0]
		}
		switch {
		case app.CheckID(id) != nil:
			c.fail("Depends on", "%q is not an item ID; want one a line, as \"ID — title\" or the ID alone", oneLine(l))
			return
		case c.cur != nil && id == c.cur.ID || c.plan.ID != "" && id == c.plan.ID:
			c.fail("Depends on", "an item cannot depend on itself")
			return
		case !c.r.ws.Has(app.KindItem, id) && c.r.ids[id] == 0 && !(c.cur != nil && slices.Contains(c.cur.DependsOn, id)):
			c.fail("Depends on", "%s is not an item of this workspace or of the sheet", id)
			return
		}
		deps = append(deps, id)
	}
	deps = sortedSet(deps)
	c.change("Depends on", func(cur *app.Item) bool { return slices.Equal(sortedSet(cur.DependsOn), deps) },
		func(it *app.Item) { it.DependsOn = slices.Clone(deps) })
}

func readCriteria(c *rowCtx, v string) {
	var crit []app.Criterion
	for _, l := range strings.Split(strings.ReplaceAll(v, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		cr := app.Criterion{Text: strings.TrimSpace(l)}
		for _, m := range []struct {
			mark string
			met  bool
		}{{"[x]", true}, {"[X]", true}, {"[ ]", false}, {"[]", false}} {
			if rest, ok := strings.CutPrefix(l, m.mark); ok {
				if strings.HasPrefix(rest, " ") && strings.TrimSpace(rest) != "" {
					rest = rest[1:] // the one space the export writes
				} else {
					rest = strings.TrimSpace(rest)
				}
				cr = app.Criterion{Text: rest, Met: m.met}
				break
			}
		}
		if strings.TrimSpace(cr.Text) == "" {
			c.fail("Acceptance criteria", "%q has no text; want \"[x] text\" or \"[ ] text\", one a line", oneLine(l))
			return
		}
		crit = append(crit, cr)
	}
	c.change("Acceptance criteria", func(cur *app.Item) bool { return slices.Equal(cur.Criteria, crit) || len(cur.Criteria)+len(crit) == 0 },
		func(it *app.Item) { it.Criteria = append([]app.Criterion{}, crit...) })
}

// readScores reads the inputs of model m (an index of scoreColumns).
func (c *rowCtx) readScores(m int) {
	headers := scoreColumns[m]
	vals := make([]float64, len(headers))
	present, filled := 0, 0
	var empty []string
	for i, h := range headers {
		col, ok := c.r.col[h]
		if !ok {
			continue
		}
		present++
		v := ""
		if col < len(c.cells) {
			v = c.cells[col]
		}
		if strings.Contains(v, CutMarkerPrefix) || c.r.cellLimit > 0 && utf16Len(v) > c.r.cellLimit {
			return // reported with the single fields
		}
		x, ok := c.number(h, v)
		if !ok {
			if strings.TrimSpace(v) != "" {
				return // invalid: reported
			}
			empty = append(empty, h)
			continue
		}
		if err := app.CheckRange(scoreFields[m][i], x); err != nil {
			c.fail(h, "%v", err)
			return
		}
		if m > 0 && x != math.Trunc(x) {
			c.fail(h, "%s is not a whole number", strings.TrimSpace(v))
			return
		}
		vals[i] = x
		filled++
	}
	if present == 0 {
		return
	}
	model := strings.Fields(headers[0])[0]
	if m == 3 {
		model = "value/effort"
	}
	if filled > 0 && len(empty) > 0 {
		for _, h := range empty {
			c.fail(h, "is empty while other %s inputs are set; fill all %d or none", model, len(headers))
		}
		return
	}
	// get and put read and write the model's inputs of an item; the
	// columns the sheet lacks keep the item's values.
	get := func(it *app.Item) []float64 {
		s := &it.Scores
		switch m {
		case 0:
			if x := s.RICE; x != nil {
				return []float64{x.Reach, x.Impact, x.Confidence, x.Effort}
			}
		case 1:
			if x := s.WSJF; x != nil {
				return []float64{float64(x.BusinessValue), float64(x.TimeCriticality), float64(x.RiskReduction), float64(x.JobSize)}
			}
		case 2:
			if x := s.ICE; x != nil {
				return []float64{float64(x.Impact), float64(x.Confidence), float64(x.Ease)}
			}
		case 3:
			if x := s.ValueEffort; x != nil {
				return []float64{float64(x.Value), float64(x.Effort)}
			}
		}
		return nil
	}
	put := func(it *app.Item, v []float64) {
		s := &it.Scores
		if v == nil {
			switch m {
			case 0:
				s.RICE = nil
			case 1:
				s.WSJF = nil
			case 2:
				s.ICE = nil
			case 3:
				s.ValueEffort = nil
			}
			return
		}
		switch m {
		case 0:
			s.RICE = &app.RICE{Reach: v[0], Impact: v[1], Confidence: v[2], Effort: v[3]}
		case 1:
			s.WSJF = &app.WSJF{BusinessValue: int(v[0]), TimeCriticality: int(v[1]), RiskReduction: int(v[2]), JobSize: int(v[3])}
		case 2:
			s.ICE = &app.ICE{Impact: int(v[0]), Confidence: int(v[1]), Ease: int(v[2])}
		case 3:
			s.ValueEffort = &app.ValueEffort{Value: int(v[0]), Effort: int(v[1])}
		}
	}
	// want returns the inputs the item ends with, or nil for unscored.
	target := func(it *app.Item) []float64 {
		if filled == 0 {
			if present == len(headers) {
				return nil
			}
			return get(it) // the columns there are empty, the others absent: keep
		}
		out := get(it)
		if out == nil {
			out = make([]float64, len(headers))
		}
		for i, h := range headers {
			if _, ok := c.r.col[h]; ok {
				out[i] = vals[i]
			}
		}
		return out
	}
	c.change(model+" inputs", func(cur *app.Item) bool { return reflect.DeepEqual(get(cur), target(cur)) },
		func(it *app.Item) { put(it, target(it)) })
}

// oneLine flattens s to one line of at most 80 characters, for messages.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 80 {
		return string(r[:79]) + "…"
	}
	return s
}
