package xlsx

import (
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"canopy/app"
)

// Custom fields: after the built-in columns of the Backlog sheet, one
// column per custom field declared on items, headed by the field's name.
// The import reads them back by that name and checks each value as the
// rules do, so a round trip through Excel keeps every field.

// fieldColumnWidth is the width of a custom field's column.
const fieldColumnWidth = 16

// FieldHeader returns the Backlog header of a custom field: its name, or
// "Name (field)" when the name is that of a built-in column.
func FieldHeader(d app.FieldDecl) string {
	for _, c := range backlogColumns {
		if strings.EqualFold(c.Header, d.Name) || strings.EqualFold(strings.TrimSuffix(c.Header, ComputedSuffix), d.Name) {
			return d.Name + " (field)"
		}
	}
	return d.Name
}

// itemFields returns the custom fields declared on items, in order.
func itemFields(ws *app.Workspace) []app.FieldDecl { return ws.Product().FieldsOn(app.FieldOnItem) }

// fieldCell returns the cell of a custom field's value, nil when unset.
func (b *workbook) fieldCell(who string, d app.FieldDecl, v any) any {
	if v == nil {
		return nil
	}
	switch x := v.(type) {
	case float64:
		return excelize.Cell{StyleID: b.st.number, Value: x}
	case bool:
		s := "no"
		if x {
			s = "yes"
		}
		return excelize.Cell{StyleID: b.st.text, Value: s}
	case []string:
		return excelize.Cell{StyleID: b.st.text, Value: b.t.cell(who, strings.ToLower(d.Name), strings.Join(x, ", "))}
	case string:
		if x == "" {
			return nil
		}
		return excelize.Cell{StyleID: b.st.text, Value: b.t.cell(who, strings.ToLower(d.Name), x)}
	}
	return nil // a value of no JSON type Canopy writes: validate reports it
}

// fieldHeaders appends the custom fields' header cells to the header row,
// and sets their widths.
func (b *workbook) fieldHeaders(sw *excelize.StreamWriter, header []any, fields []app.FieldDecl) ([]any, error) {
	for i, d := range fields {
		col := len(backlogColumns) + i + 1
		if err := sw.SetColWidth(col, col, fieldColumnWidth); err != nil {
			return nil, err
		}
		header = append(header, excelize.Cell{StyleID: b.st.header, Value: FieldHeader(d)})
	}
	return header, nil
}

// fieldCells appends the item's custom field cells to its row.
func (b *workbook) fieldCells(row []any, fields []app.FieldDecl, it *app.Item) []any {
	for _, d := range fields {
		row = append(row, b.fieldCell(it.Label(), d, it.Fields[d.Key]))
	}
	return row
}

// fieldDropLists adds a drop-down of the options to each select field's
// column.
func (b *workbook) fieldDropLists(fields []app.FieldDecl, last int) error {
	for i, d := range fields {
		if d.Type != app.FieldSelect && d.Type != app.FieldCheckbox {
			continue
		}
		values := d.Options
		if d.Type == app.FieldCheckbox {
			values = []string{"yes", "no"}
		}
		dv := excelize.NewDataValidation(true)
		dv.Sqref = columnRange(len(backlogColumns)+i, last)
		if err := dv.SetDropList(values); err != nil {
			continue // options too long for a drop-down: the import still checks them
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, d.Name, "Pick one of: "+strings.Join(values, ", "))
		if err := b.f.AddDataValidation(SheetBacklog, dv); err != nil {
			return err
		}
	}
	return nil
}

// customColumn is a custom field's column in a sheet being imported.
type customColumn struct {
	header string
	decl   app.FieldDecl
}

// customField returns the custom field on items whose header h is, if any.
func customField(ws *app.Workspace, h string) (app.FieldDecl, bool) {
	for _, d := range itemFields(ws) {
		if strings.EqualFold(FieldHeader(d), strings.TrimSpace(h)) {
			return d, true
		}
	}
	return app.FieldDecl{}, false
}

// parseFieldCell reads a cell as a value of the field: nil for an empty
// cell, else the value, or what is wrong with it in words.
func parseFieldCell(d app.FieldDecl, v string) (any, string) {
	s := strings.TrimSpace(v)
	if s == "" {
		return nil, ""
	}
	var out any = s
	switch d.Type {
	case app.FieldNumber:
		x, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if err != nil {
			return nil, strconv.Quote(oneLine(v)) + " is not a number"
		}
		out = x
	case app.FieldCheckbox:
		switch strings.ToLower(s) {
		case "yes", "true", "x", "1":
			out = true
		case "no", "false", "0":
			out = false
		default:
			return nil, strconv.Quote(oneLine(v)) + " is not yes or no"
		}
	case app.FieldMultiselect:
		var list []string
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" && !slices.Contains(list, p) {
				list = append(list, p)
			}
		}
		slices.Sort(list)
		out = list
	case app.FieldText:
		out = strings.ReplaceAll(v, "\r\n", "\n")
	}
	if msg := d.Check(out); msg != "" {
		return nil, msg
	}
	return out, ""
}

// readCustom reads the row's custom field cells.
func (c *rowCtx) readCustom() {
	for _, cc := range c.r.custom {
		i := c.r.col[cc.header]
		v := ""
		if i < len(c.cells) {
			v = c.cells[i]
		}
		if strings.Contains(v, CutMarkerPrefix) {
			c.r.p.note("%s (%s): cut to fit a cell in the export; the field is left as it is", c.ref(cc.header), cc.header)
			continue
		}
		val, msg := parseFieldCell(cc.decl, v)
		if msg != "" {
			c.fail(cc.header, "%s", msg)
			continue
		}
		key := cc.decl.Key
		c.change(cc.header, func(cur *app.Item) bool { return reflect.DeepEqual(cur.Fields[key], val) }, func(it *app.Item) {
			if val == nil {
				delete(it.Fields, key)
				return
			}
			if it.Fields == nil {
				it.Fields = map[string]any{}
			}
			it.Fields[key] = val
		})
	}
}
