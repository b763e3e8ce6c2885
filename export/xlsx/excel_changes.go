package xlsx

import (
	"io"
	"strings"
	"time"

	"canopy/app"
	"canopy/app/diff"
)

// SheetChanges is the optional sheet listing what changed in the plan since
// a git revision or a baseline.
const SheetChanges = "Changes"

// WriteBacklogWithChanges is WriteBacklog with a last sheet, Changes, that
// lists every change d holds since the earlier version named since, one a
// row, grouped as the diff groups them.
func WriteBacklogWithChanges(w io.Writer, ws *app.Workspace, now time.Time, since string, d *diff.Diff) ([]string, error) {
	return writeWorkbook(w, ws, now, &sheetChanges{since: since, diff: d})
}

// sheetChanges is what the Changes sheet lists.
type sheetChanges struct {
	since string
	diff  *diff.Diff
}

// changeColumns are the Changes sheet's headers and widths.
var changeColumns = []struct {
	head  string
	width float64
}{
	{"Section", 16}, {"Change", 10}, {"What", 36}, {"ID", 16}, {"Field", 16}, {"Part", 30},
	{"Before", 24}, {"After", 24}, {"Delta", 9}, {"Unit", 9}, {"By", 14}, {"On", 11}, {"Note", 30},
}

// changes writes the Changes sheet.
func (b *workbook) changes(c *sheetChanges) error {
	if _, err := b.f.NewSheet(SheetChanges); err != nil {
		return err
	}
	widths := make([]float64, len(changeColumns))
	heads := make([]string, len(changeColumns))
	for i, col := range changeColumns {
		widths[i], heads[i] = col.width, col.head
	}
	s := b.sheet(SheetChanges, widths...)
	st := &b.st
	s.row++
	s.set(1, "What changed since "+c.since, st.title, "", "")
	s.header(heads...)
	s.freeze(0, 2)
	if c.diff.Empty() {
		s.row++
		s.set(1, "Nothing changed.", st.text, "", "")
		return s.err
	}
	for _, ch := range c.diff.Changes {
		s.row++
		who := ch.Entity + " " + ch.Title
		s.set(1, ch.Section(), st.text, "", "")
		s.set(2, string(ch.Kind), st.text, "", "")
		s.set(3, ch.Title, st.label, who, "title")
		s.set(4, ch.ID, st.text, "", "")
		s.set(5, ch.Field, st.text, "", "")
		s.set(6, ch.Detail, st.wrap, who, "part")
		b.changeValue(s, 7, ch, ch.Old, who)
		b.changeValue(s, 8, ch, ch.New, who)
		if ch.Delta != 0 {
			s.set(9, ch.Delta, st.number, "", "")
		}
		s.set(10, ch.Unit, st.text, "", "")
		s.set(11, ch.By, st.text, who, "by")
		if d, err := app.ParseDate(ch.At); err == nil && !d.IsZero() {
			s.set(12, d, st.date, "", "")
		}
		s.set(13, ch.Note, st.wrap, who, "note")
	}
	return s.err
}

// changeValue writes a change's old or new value: a date as a date, a
// number as a number, a list one a line.
func (b *workbook) changeValue(s *sheet, col int, ch diff.Change, v any, who string) {
	st := &b.st
	switch v := v.(type) {
	case nil:
	case string:
		if isDateField(ch.Field) {
			if d, err := app.ParseDate(v); err == nil {
				s.set(col, d, st.date, "", "")
				return
			}
		}
		s.set(col, v, st.wrap, who, ch.Field)
	case float64:
		s.set(col, v, st.number, "", "")
	case bool:
		s.set(col, diff.Text(v), st.text, "", "")
	case []string:
		s.set(col, strings.Join(v, "\n"), st.wrap, who, ch.Field)
	default:
		s.set(col, diff.Text(v), st.wrap, who, ch.Field)
	}
}

// isDateField reports whether a change's values are days.
func isDateField(field string) bool { return field == "start" || field == "end" || field == "date" }
