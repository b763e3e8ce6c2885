package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"canopy/app"
	"canopy/app/diff"
	"canopy/export/internal/exporttest"
)

// slippedPlan returns the sample and a copy in which the first initiative
// ends three weeks later, the first item of a release left it, and the
// vision was rewritten.
func slippedPlan(t *testing.T) (old, now *app.Workspace, slipped *app.Initiative, dropped *app.Item) {
	t.Helper()
	old, now = sampleWorkspace(t), sampleWorkspace(t)
	slipped, dropped = exporttest.Review(t, now)
	return old, now, slipped, dropped
}

func TestWorkbookChangesSheet(t *testing.T) {
	old, now, in, it := slippedPlan(t)
	var buf bytes.Buffer
	if _, err := WriteBacklogWithChanges(&buf, now, exportTime, "baseline q4 (saved 2026-11-20)", diff.Compare(old, now)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows(SheetChanges)
	if err != nil {
		t.Fatal(err)
	}
	if rows[0][0] != "What changed since baseline q4 (saved 2026-11-20)" || rows[1][2] != "What" {
		t.Fatalf("head rows %q", rows[:2])
	}
	var found []string
	for _, r := range rows[2:] {
		r = append(r, make([]string, 13)...)
		found = append(found, strings.Join(r[:13], "|"))
	}
	all := strings.Join(found, "\n")
	for _, want := range []string{
		"Initiatives|changed|" + in.Name + "|" + in.ID + "|end||" + in.End.AddDays(-21).String() + "|" + in.End.String() + "|21|days|||slipped 3 w",
		"Releases|removed|",
		"|scope|" + it.Title + "|",
		"Strategy|changed|Strategy||vision|",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("the Changes sheet has no row with %q:\n%s", want, all)
		}
	}
	plain := new(bytes.Buffer)
	if _, err := WriteBacklog(plain, now, exportTime); err != nil {
		t.Fatal(err)
	}
	g, _ := excelize.OpenReader(bytes.NewReader(plain.Bytes()))
	if idx, _ := g.GetSheetIndex(SheetChanges); idx >= 0 {
		t.Error("a workbook without changes has a Changes sheet")
	}
}
