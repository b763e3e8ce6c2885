package xlsx

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"canopy/app"
)

// SheetInsights is the workbook sheet of insights, written by the export
// and read first by ReadInsights.
const SheetInsights = "Insights"

// insightHeaders maps each header an insight import understands, in lower
// case, to the field it fills. Feedback exported from support desks,
// survey tools and CRMs names its columns in many ways.
var insightHeaders = map[string]string{
	"id":             "ID",
	"text":           "Text",
	"feedback":       "Text",
	"comment":        "Text",
	"body":           "Text",
	"quote":          "Text",
	"request":        "Text",
	"customer":       "Company",
	"company":        "Company",
	"organization":   "Company",
	"organisation":   "Company",
	"account":        "Company",
	"name":           "Person",
	"person":         "Person",
	"contact":        "Person",
	"segment":        "Segment",
	"source":         "Source",
	"channel":        "Source",
	"link":           "Link",
	"url":            "Link",
	"date":           "Date",
	"created":        "Date",
	"created at":     "Date",
	"importance":     "Importance",
	"priority":       "Importance",
	"item":           "Items",
	"items":          "Items",
	"feature":        "Items",
	"initiative":     "Initiatives",
	"initiatives":    "Initiatives",
	"persona":        "Persona",
	"tags":           "Tags",
	"state":          "State",
	"evidence state": "State",
}

// InsightRow is what importing one row of feedback does.
type InsightRow struct {
	Row int // 1-based row number in the sheet
	// Kind is RowNew, RowUnchanged (imported before: the ID, the link or
	// the text, customer and date match) or RowInvalid.
	Kind RowKind
	// ID is the matching insight's for an unchanged row, the sheet's for a
	// new row that gives one.
	ID   string
	Text string
	// Why says how an unchanged row matched ("same link as insight-x").
	Why    string
	Errors []CellError

	insight *app.Insight
}

// InsightPlan is what importing a file of feedback would do. Read it with
// ReadInsights or ReadInsightsCSV, show Lines, then apply Command.
type InsightPlan struct {
	Sheet string
	Rows  []*InsightRow
	Notes []string

	New, Unchanged, Invalid int

	// SkipInvalid makes Command add the valid rows even when some rows are
	// invalid; otherwise Command refuses to run with invalid rows.
	SkipInvalid bool

	// Created lists the IDs of the insights Command added.
	Created []string
}

// Summary returns "20 new, 3 already imported, 1 invalid".
func (p *InsightPlan) Summary() string {
	return fmt.Sprintf("%d new, %d already imported, %d invalid", p.New, p.Unchanged, p.Invalid)
}

// Errors returns every invalid cell, in sheet order.
func (p *InsightPlan) Errors() []CellError {
	var out []CellError
	for _, r := range p.Rows {
		out = append(out, r.Errors...)
	}
	return out
}

// whyID says a row was matched by its ID.
const whyID = "its ID is in the workspace"

// Lines returns the preview, one line each: the summary, each new row with
// what it links to, each row already imported by its link or its text
// (those matched by ID are only counted), every invalid cell and the notes.
func (p *InsightPlan) Lines(ws *app.Workspace) []string {
	out := []string{p.Sheet + ": " + p.Summary()}
	for _, r := range p.Rows {
		switch r.Kind {
		case RowNew:
			line := fmt.Sprintf("new      row %d: %s", r.Row, quoteExcerpt(r.Text))
			if c := r.insight.Customer(); c != "" {
				line += " — " + oneLine(c)
			}
			var links []string
			for _, id := range r.insight.Items {
				if it, ok := ws.Item(id); ok {
					links = append(links, oneLine(it.Title))
				}
			}
			for _, id := range r.insight.Initiatives {
				if in, ok := ws.Initiative(id); ok {
					links = append(links, oneLine(in.Name))
				}
			}
			if len(links) > 0 {
				line += " → " + strings.Join(links, "; ")
			}
			out = append(out, line)
		case RowUnchanged:
			if r.Why == whyID {
				continue // the workspace's own export read back: nothing to say row by row
			}
			out = append(out, fmt.Sprintf("already  row %d: %s (%s)", r.Row, quoteExcerpt(r.Text), r.Why))
		}
	}
	for _, e := range p.Errors() {
		out = append(out, "invalid  "+e.Error())
	}
	for _, n := range p.Notes {
		out = append(out, "note     "+n)
	}
	return out
}

// quoteExcerpt is the start of a text in quotes, for the preview.
func quoteExcerpt(s string) string {
	in := app.Insight{Text: s}
	return "“" + oneLine(in.Excerpt(60)) + "”"
}

// Command returns the import as one undoable command: each new row becomes
// an insight (an ID from the domain unless the sheet gives one), in the
// state the sheet gives or New. With invalid rows it fails unless
// p.SkipInvalid is set; rows already imported are left alone.
func (p *InsightPlan) Command() app.Command {
	return app.Func{Desc: fmt.Sprintf("Import feedback (%d insights)", p.New), Fn: func(tx *app.Tx) error {
		p.Created = nil
		if p.Invalid > 0 && !p.SkipInvalid {
			return fmt.Errorf("%w: %d invalid row(s)", ErrInvalidRows, p.Invalid)
		}
		for _, r := range p.Rows {
			if r.Kind != RowNew {
				continue
			}
			in := app.Clone(r.insight)
			if err := app.Create(in).Apply(tx); err != nil {
				return fmt.Errorf("row %d: %w", r.Row, err)
			}
			p.Created = append(p.Created, in.ID)
		}
		return nil
	}}
}

// ReadInsights reads feedback from an .xlsx workbook of at most
// MaxImportBytes (size is the file's size, or -1 when unknown): its
// Insights sheet, else its first sheet. Bounds and hostile input are
// handled as ReadBacklog handles them: every value is read as text, never
// evaluated. ReadInsights changes nothing: apply the plan's Command.
func ReadInsights(r io.Reader, size int64, ws *app.Workspace) (*InsightPlan, error) {
	data, f, err := readWorkbook(r, size)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	names := f.GetSheetList()
	if len(names) == 0 {
		return nil, errors.New("import: the workbook has no sheet")
	}
	sheet := names[0]
	for _, n := range names {
		if strings.EqualFold(n, SheetInsights) {
			sheet = n
		}
	}
	cells, err := sheetCells(f, data, sheet, "insight")
	if err != nil {
		return nil, err
	}
	return planInsights(sheet, cells, ws, true)
}

// ReadInsightsCSV reads feedback from a CSV file, with the bounds and
// rules of ReadBacklogCSV (UTF-8, the separator sniffed from the header
// line, every value text). Messages name cells as "CSV!B7 (Date): …".
func ReadInsightsCSV(r io.Reader, ws *app.Workspace) (*InsightPlan, error) {
	cells, err := readCSVCells(r)
	if err != nil {
		return nil, err
	}
	return planInsights(SheetCSV, cells, ws, false)
}

// insightReader is the state of one insight plan in progress.
type insightReader struct {
	p      *InsightPlan
	ws     *app.Workspace
	sheet  string
	xlsx   bool              // dates may come as Excel serial numbers
	col    map[string]int    // field → 0-based column
	header map[string]string // field → its header as the file writes it
	// Lookups: items and initiatives by title (several when titles repeat),
	// personas by name, and the keys insights are matched by.
	items, inits, personas map[string][]string
	byLink, byText         map[string]string // → "insight-x" or "row 7"
	ids                    map[string]int    // a new ID → the row that gives it
}

// planInsights plans the import of cells (row 1 the headers) into ws; xlsx
// says dates may be Excel serial numbers.
func planInsights(sheet string, cells [][]string, ws *app.Workspace, xlsx bool) (*InsightPlan, error) {
	if len(cells) == 0 {
		return nil, fmt.Errorf("import: sheet %s is empty: want a header row", sheet)
	}
	p := &InsightPlan{Sheet: sheet}
	rd := &insightReader{p: p, ws: ws, sheet: sheet, xlsx: xlsx, col: map[string]int{}, header: map[string]string{},
		items: map[string][]string{}, inits: map[string][]string{}, personas: map[string][]string{},
		byLink: map[string]string{}, byText: map[string]string{}, ids: map[string]int{}}
	// Headers as they are first, then the unknown ones by their last word
	// ("Ticket URL", "Customer segment") for a field no column holds yet.
	var unknown []int
	for i, h := range cells[0] {
		words := strings.Fields(strings.ToLower(h))
		if len(words) == 0 || strings.HasSuffix(strings.TrimSpace(h), ComputedSuffix) {
			continue // computed by Canopy (the Insights sheet's titles): ignored without a word
		}
		f, ok := insightHeaders[strings.Join(words, " ")]
		if !ok {
			unknown = append(unknown, i)
			continue
		}
		if prev, dup := rd.col[f]; dup {
			return nil, fmt.Errorf("import: %s and %s both hold the %s: keep one column", cellRef(sheet, prev+1, 1), cellRef(sheet, i+1, 1), strings.ToLower(f))
		}
		rd.col[f] = i
		rd.header[f] = oneLine(strings.TrimSpace(cells[0][i]))
	}
	for _, i := range unknown {
		words := strings.Fields(strings.ToLower(cells[0][i]))
		f, ok := insightHeaders[words[len(words)-1]]
		if _, taken := rd.col[f]; ok && !taken && f != "ID" {
			rd.col[f] = i
			rd.header[f] = oneLine(strings.TrimSpace(cells[0][i]))
			continue
		}
		if len(p.Notes) < maxNotes {
			p.Notes = append(p.Notes, fmt.Sprintf("%s (%s): not a column of feedback; ignored", cellRef(sheet, i+1, 1), oneLine(cells[0][i])))
		}
	}
	if _, ok := rd.col["Text"]; !ok {
		return nil, fmt.Errorf("import: sheet %s has no column of feedback text in row 1 (name it Feedback, Comment, Body or Text)", sheet)
	}
	for _, it := range ws.Items() {
		rd.items[it.Title] = append(rd.items[it.Title], it.ID)
	}
	for _, in := range ws.Initiatives() {
		rd.inits[in.Name] = append(rd.inits[in.Name], in.ID)
	}
	for _, pe := range ws.Personas() {
		rd.personas[pe.Name] = append(rd.personas[pe.Name], pe.ID)
	}
	for _, in := range ws.Insights() {
		if in.Link != "" {
			rd.byLink[in.Link] = in.ID
		}
		rd.byText[textKey(in)] = in.ID
	}
	for i, row := range cells[1:] {
		if blank(row) {
			continue
		}
		r := rd.readRow(i+2, row)
		p.Rows = append(p.Rows, r)
		switch r.Kind {
		case RowNew:
			p.New++
		case RowUnchanged:
			p.Unchanged++
		case RowInvalid:
			p.Invalid++
		}
	}
	return p, nil
}

// textKey is what matches an insight without an ID or a link: its text
// (spaces folded), its customer (case folded) and its date.
func textKey(in *app.Insight) string {
	return strings.Join(strings.Fields(in.Text), " ") + "\x00" + strings.ToLower(in.Customer()) + "\x00" + in.Date.String()
}

func (rd *insightReader) cell(row []string, field string) string {
	if i, ok := rd.col[field]; ok && i < len(row) {
		return row[i]
	}
	return ""
}

// readRow reads data row n: an insight to add, one imported before, or
// the row's invalid cells.
func (rd *insightReader) readRow(n int, row []string) *InsightRow {
	r := &InsightRow{Row: n}
	in := &app.Insight{State: app.InsightNew}
	fail := func(field, format string, args ...any) {
		r.Errors = append(r.Errors, CellError{Sheet: rd.sheet, Row: n, Col: rd.col[field] + 1, Header: rd.header[field], Msg: fmt.Sprintf(format, args...)})
	}
	text := func(field string) string {
		v := strings.TrimSpace(rd.cell(row, field))
		if utf16Len(v) > MaxCellChars {
			fail(field, "has %s characters, more than a spreadsheet cell holds (%s)", groupThousands(utf8.RuneCountInString(v)), groupThousands(MaxCellChars))
			return ""
		}
		multi := field == "Text" || field == "Items" || field == "Initiatives" || field == "Tags" // read line by line
		if i := strings.IndexFunc(v, func(r rune) bool { return unicode.IsControl(r) && !(multi && (r == '\n' || r == '\t' || r == '\r')) }); i >= 0 {
			r, _ := utf8.DecodeRuneInString(v[i:])
			fail(field, "holds the control character %U at character %d: write it on one line, without control characters", r, utf8.RuneCountInString(v[:i])+1)
			return ""
		}
		return v
	}
	in.Text = text("Text")
	r.Text = in.Text
	if in.Text == "" {
		fail("Text", "is empty: every insight needs what the customer said")
	}
	in.Company, in.Person, in.Segment, in.Source = text("Company"), text("Person"), text("Segment"), text("Source")
	if v := text("Link"); v != "" {
		if u, err := url.Parse(v); err != nil || u.Host == "" && u.Scheme != "mailto" || !slices.Contains([]string{"http", "https", "mailto"}, u.Scheme) {
			fail("Link", "%q is not an http, https or mailto address", oneLine(v))
		} else {
			in.Link = v
		}
	}
	if v := text("Date"); v != "" {
		d, err := rd.date(v)
		if err != nil {
			fail("Date", "%v", err)
		}
		in.Date = d
	}
	if v := text("Importance"); v != "" {
		imp, ok := importanceOf(v)
		if !ok {
			fail("Importance", "%q is not an importance: write nice-to-have, important or critical", oneLine(v))
		}
		in.Importance = imp
	}
	if v := text("State"); v != "" {
		st := app.InsightState(strings.ToLower(v))
		if !slices.Contains(app.InsightStates, st) {
			fail("State", "%q is not a state: write new, triaged or archived", oneLine(v))
		} else {
			in.State = st
		}
	}
	if v := text("Persona"); v != "" {
		if id, msg := rd.find(v, "persona", rd.personas, app.KindPersona); msg != "" {
			fail("Persona", "%s", msg)
		} else {
			in.Persona = id
		}
	}
	for _, v := range splitList(text("Items")) {
		if id, msg := rd.find(v, "item", rd.items, app.KindItem); msg != "" {
			fail("Items", "%s", msg)
		} else {
			in.Items = append(in.Items, id)
		}
	}
	for _, v := range splitList(text("Initiatives")) {
		if id, msg := rd.find(v, "initiative", rd.inits, app.KindInitiative); msg != "" {
			fail("Initiatives", "%s", msg)
		} else {
			in.Initiatives = append(in.Initiatives, id)
		}
	}
	in.Tags = splitTags(text("Tags"))
	id := text("ID")
	if id != "" {
		if rd.ws.Has(app.KindInsight, id) {
			// Imported before: the row changes nothing, so what its other
			// cells hold now (an item deleted since, say) is no error.
			r.Kind, r.ID, r.Why, r.Errors = RowUnchanged, id, whyID, nil
			return r
		}
		if err := app.CheckID(id); err != nil {
			fail("ID", "%v", err)
		}
		in.ID = id
		r.ID = id
	}
	if len(r.Errors) > 0 {
		r.Kind = RowInvalid
		return r
	}
	app.Normalize(in)
	// Imported before? By link, else by text, customer and date; a row
	// repeating an earlier row of the same file counts once.
	if in.Link != "" {
		if prev, ok := rd.byLink[in.Link]; ok {
			r.Kind, r.ID, r.Why = RowUnchanged, prev, "same link as "+prev
			return r
		}
	}
	key := textKey(in)
	if prev, ok := rd.byText[key]; ok && in.Link == "" {
		r.Kind, r.ID, r.Why = RowUnchanged, prev, "same text, customer and date as "+prev
		return r
	}
	if in.ID != "" {
		// Two rows giving one new ID would both be planned as new, and the
		// second refused when applied: say so here, beside its cell.
		if prev, ok := rd.ids[in.ID]; ok {
			fail("ID", "row %d gives the ID %q too: give each insight its own ID, or leave the cell empty", prev, in.ID)
			r.Kind = RowInvalid
			return r
		}
		rd.ids[in.ID] = n
	}
	here := "row " + strconv.Itoa(n)
	if in.Link != "" {
		rd.byLink[in.Link] = here
	}
	rd.byText[key] = here
	r.Kind, r.insight = RowNew, in
	return r
}

// find resolves v, an ID or an exact title (or name), to the ID of an
// entity of kind k, or says in a user's words why it cannot.
func (rd *insightReader) find(v, noun string, byName map[string][]string, k app.Kind) (id, msg string) {
	if rd.ws.Has(k, v) {
		return v, ""
	}
	switch ids := byName[v]; len(ids) {
	case 1:
		return ids[0], ""
	case 0:
		return "", fmt.Sprintf("no %s has the ID or the title %q", noun, oneLine(v))
	default:
		return "", fmt.Sprintf("%d %ss are titled %q (%s): give the ID", len(ids), noun, oneLine(v), strings.Join(ids, ", "))
	}
}

// date reads a date: YYYY-MM-DD, an ISO timestamp (its day), or in a
// workbook an Excel date serial.
func (rd *insightReader) date(v string) (app.Date, error) {
	if d, err := app.ParseDate(v); err == nil {
		return d, nil
	}
	if len(v) > 10 && (v[10] == 'T' || v[10] == ' ') {
		if d, err := app.ParseDate(v[:10]); err == nil {
			return d, nil
		}
	}
	if rd.xlsx {
		if f, err := strconv.ParseFloat(v, 64); err == nil && f >= 1 && f < 2958466 {
			if t, err := excelize.ExcelDateToTime(f, false); err == nil {
				return app.DateOf(t.In(time.UTC)), nil
			}
		}
	}
	return app.Date{}, fmt.Errorf("%q is not a date: write it as YYYY-MM-DD, or leave it empty when unknown", oneLine(v))
}

// importanceOf reads an importance as people write it.
func importanceOf(v string) (app.Importance, bool) {
	switch strings.Join(strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }), "-") {
	case "nice-to-have", "nice", "low":
		return app.ImportanceNice, true
	case "important", "medium", "high":
		return app.ImportanceImportant, true
	case "critical", "urgent", "blocker":
		return app.ImportanceCritical, true
	}
	return "", false
}

// splitList splits a cell of links, one a line or separated by semicolons.
func splitList(v string) []string {
	var out []string
	for _, s := range strings.FieldsFunc(v, func(r rune) bool { return r == '\n' || r == ';' }) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// splitTags splits a cell of tags, separated by commas, semicolons or lines.
func splitTags(v string) []string {
	var out []string
	for _, s := range strings.FieldsFunc(v, func(r rune) bool { return r == '\n' || r == ';' || r == ',' }) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
