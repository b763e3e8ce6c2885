package prioritize

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2/dialog"

	"canopy/app"
	"canopy/ui/form"
)

// extraCol is a column of the list after the fixed ones: the formula's
// score (when the product has a formula) or a custom field of items.
type extraCol struct {
	title   string
	formula bool
	field   app.FieldDecl
}

// extraWidth is the width of a formula or custom field column.
const extraWidth = 120

// formulaTitle heads the formula score's column.
const formulaTitle = "Formula"

// extraCols lists the extra columns of the workspace as it is now.
func extraCols(ws *app.Workspace) []extraCol {
	p := ws.Product()
	var out []extraCol
	if p.Formula != "" || p.ScoringModel == app.ModelFormula {
		out = append(out, extraCol{title: formulaTitle, formula: true})
	}
	for _, d := range p.FieldsOn(app.FieldOnItem) {
		out = append(out, extraCol{title: d.Name, field: d})
	}
	return out
}

// logical returns the column shown at table column c: the extra columns
// come after Value/effort, before MoSCoW and Blocked by. The list's code
// speaks of logical columns (colRICE, numCols+i for the i-th extra).
func (l *List) logical(c int) int {
	n := len(l.extras)
	switch {
	case c <= colVE:
		return c
	case c <= colVE+n:
		return numCols + c - colVE - 1
	}
	return c - n
}

// extra returns the extra column at table column col, if it is one.
func (l *List) extra(col int) (extraCol, bool) {
	if col < numCols || col-numCols >= len(l.extras) {
		return extraCol{}, false
	}
	return l.extras[col-numCols], true
}

// colTitle heads column col.
func (l *List) colTitle(col int) string {
	if x, ok := l.extra(col); ok {
		return x.title
	}
	return colTitles[col]
}

// setExtras takes the extra columns of the workspace, sizing new ones.
func (l *List) setExtras() {
	l.extras = extraCols(l.env.WS)
	if opts := bulkChoices(l.env.WS); !slices.Equal(opts, l.bulkField.Options) {
		l.bulkField.SetOptions(opts)
	}
	for c := range numCols + len(l.extras) {
		w := float32(extraWidth)
		if col := l.logical(c); col < numCols {
			w = colWidths[col]
		}
		l.table.SetColumnWidth(c, w)
	}
	if l.sortCol >= numCols+len(l.extras) {
		l.sortCol = -1
	}
}

// extraText is the text of row r's cell in extra column x.
func extraText(r row, x extraCol) string {
	if x.formula {
		return app.FormatScore(r.formula, r.formulaOK)
	}
	v, ok := r.it.Fields[x.field.Key]
	if !ok {
		return "—"
	}
	return app.FormatFieldValue(&x.field, v)
}

// compareExtra orders rows by extra column x; rows without a value stay
// last in either direction.
func compareExtra(a, b row, x extraCol, dir func(int) int) int {
	if x.formula {
		if !a.formulaOK || !b.formulaOK {
			return compareScored(a.formulaOK, b.formulaOK)
		}
		return dir(cmpFloat(a.formula, b.formula))
	}
	va, okA := a.it.Fields[x.field.Key]
	vb, okB := b.it.Fields[x.field.Key]
	if !okA || !okB {
		return compareScored(okA, okB)
	}
	return dir(app.CompareFieldValues(&x.field, va, vb))
}

// fieldPrefix marks a custom field among the bulk edit's fields.
const fieldPrefix = "Field: "

// bulkChoices lists the bulk edit's fields: the built-in ones, then each
// custom field of items.
func bulkChoices(ws *app.Workspace) []string {
	out := slices.Clone(bulkFields)
	for _, d := range ws.Product().FieldsOn(app.FieldOnItem) {
		out = append(out, fieldPrefix+d.Name)
	}
	return out
}

// bulkDecl returns the custom field a bulk edit's field names, if any.
func bulkDecl(ws *app.Workspace, field string) (*app.FieldDecl, bool) {
	name, ok := strings.CutPrefix(field, fieldPrefix)
	if !ok {
		return nil, false
	}
	return ws.Product().FieldByName(name)
}

// fieldChoices lists the values offered for custom field d.
func fieldChoices(d *app.FieldDecl) []string {
	switch d.Type {
	case app.FieldSelect, app.FieldMultiselect:
		return append([]string{noneChoice}, d.Options...)
	case app.FieldCheckbox:
		return []string{"yes", "no"}
	}
	return []string{noneChoice}
}

// fieldValue reads the bulk edit's text as a value of custom field d (nil
// clears it).
func fieldValue(d *app.FieldDecl, text string) (any, error) {
	text = strings.TrimSpace(text)
	if text == "" || text == noneChoice {
		return nil, nil
	}
	switch d.Type {
	case app.FieldNumber:
		n, err := form.ParseNumber(strings.TrimSpace(strings.TrimPrefix(strings.TrimSuffix(text, d.Unit), d.Unit)))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.Name, err)
		}
		return n, nil
	case app.FieldCheckbox:
		switch strings.ToLower(text) {
		case "yes", "true":
			return true, nil
		case "no", "false":
			return nil, nil
		}
		return nil, fmt.Errorf("%s: choose yes or no", d.Name)
	case app.FieldMultiselect:
		return []string{text}, nil
	case app.FieldDate:
		if _, err := app.ParseDate(text); err != nil {
			return nil, fmt.Errorf("%s: %w", d.Name, err)
		}
	}
	return text, nil
}

// applyField sets custom field d of the selected items, as one command.
func (l *List) applyField(d *app.FieldDecl, ids []string) {
	v, err := fieldValue(d, l.bulkValue.Text)
	if err != nil {
		dialog.ShowError(err, l.env.Window)
		return
	}
	keys := make([]app.Key, len(ids))
	for i, id := range ids {
		keys[i] = app.Key{Kind: app.KindItem, ID: id}
	}
	if l.env.Do(app.SetFieldValues(keys, d.Key, v)) == nil {
		l.summary.SetText(fmt.Sprintf("%d changed, 0 refused", len(ids)))
	}
	l.Refresh()
}
