package board

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// TestNewItemInColumn adds items with the "+" of a column's header: into
// New with a title only, into Ready with the estimate and the criterion
// Ready needs (asked for in the same form), and a Ready item without an
// estimate is not made but explained.
func TestNewItemInColumn(t *testing.T) {
	f := newFixture(t, boardWorkspace(t))
	col := func(s app.Status) *column {
		for _, c := range f.b.cols {
			if c.status == s {
				return c
			}
		}
		t.Fatalf("no column %s", s)
		return nil
	}
	if col(app.StatusAccepted).add.Visible() {
		t.Error("Accepted offers a new item: accepting is a decision on Done work")
	}
	entries := func() []*widget.Entry {
		var out []*widget.Entry
		walk(f.Win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
			if e, ok := o.(*widget.Entry); ok {
				out = append(out, e)
			}
		})
		return out
	}
	for _, c := range []struct {
		status app.Status
		fill   []string // title, estimate, criterion
		made   bool
		says   string
	}{
		{app.StatusNew, []string{"Offline banner"}, true, ""},
		{app.StatusReady, []string{"Retry uploads", "3", "A failed photo upload is retried"}, true, ""},
		{app.StatusInProgress, []string{"Dark map tiles", "", "Tiles follow the theme"}, false, "only with an estimate"},
	} {
		before := len(f.column(c.status))
		test.Tap(col(c.status).add)
		if !strings.Contains(f.dialogTexts(), "New item in "+c.status.Title()) {
			t.Fatalf("%s: the dialog says %q", c.status, f.dialogTexts())
		}
		es := entries()
		if len(es) != len(c.fill) && !(len(c.fill) == 3 && len(es) == 3) {
			t.Fatalf("%s: the form has %d fields, want %d", c.status, len(es), len(c.fill))
		}
		for i, v := range c.fill {
			es[i].SetText(v)
		}
		test.Tap(f.dialogButton("Add"))
		ids := f.column(c.status)
		if !c.made {
			if len(ids) != before || !strings.Contains(f.dialogTexts(), c.says) {
				t.Errorf("%s: made %d items, the dialog says %q", c.status, len(ids)-before, f.dialogTexts())
			}
			f.Win.Canvas().Overlays().Remove(f.Win.Canvas().Overlays().Top())
			continue
		}
		if len(ids) != before+1 {
			t.Fatalf("%s: %d items, want %d (refusals %v)", c.status, len(ids), before+1, f.Errs)
		}
		var made *app.Item
		for _, id := range ids {
			if it := f.item(id); it.Title == c.fill[0] {
				made = it
			}
		}
		if made == nil || f.b.Selected() != made.ID {
			t.Fatalf("%s: the new item is not in the column or not selected (selected %q)", c.status, f.b.Selected())
		}
		if len(c.fill) == 3 && (made.Estimate != 3 || !slices.Equal(made.Criteria, []app.Criterion{{Text: c.fill[2]}})) {
			t.Errorf("%s: estimate %v, criteria %v", c.status, made.Estimate, made.Criteria)
		}
	}
}
