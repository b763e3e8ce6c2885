package dialogs

import (
	"archive/zip"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app/diff"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// workbookSheets returns the workbook's xl/workbook.xml, which names its
// sheets.
func workbookSheets(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name == "xl/workbook.xml" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			b, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatal("no xl/workbook.xml")
	return ""
}

// TestWorkbookChangesSheet: while the window compares, the Excel export
// asks whether to add the Changes sheet, and the workbook has it when the
// answer is yes; without a comparison it asks nothing.
func TestWorkbookChangesSheet(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	h := newTestHost(t, ws)
	h.Compare = &page.Comparing{}
	var got []*page.Comparison
	h.askChangesSheet(func(c *page.Comparison) { got = append(got, c) })
	if len(got) != 1 || got[0] != nil || h.Win.Canvas().Overlays().Top() != nil {
		t.Fatalf("without a comparison: %v, a dialog %v", got, h.Win.Canvas().Overlays().Top())
	}
	old := uitest.SeedWorkspace(t)
	cmp := &page.Comparison{Name: "baseline q1 (saved 2026-11-01)", Old: old, Diff: diff.Compare(old, ws)}
	h.Compare.Set(cmp)
	for _, tt := range []struct {
		answer string
		want   *page.Comparison
	}{{"Yes", cmp}, {"No", nil}} {
		got = nil
		h.askChangesSheet(func(c *page.Comparison) { got = append(got, c) })
		top := uitest.WaitForDialog(t, h.Win, "every change since baseline q1")
		test.Tap(uitest.Button(top, tt.answer))
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: %v", tt.answer, got)
		}
	}
	for _, tt := range []struct {
		name string
		cmp  *page.Comparison
		want bool
	}{{"with.xlsx", cmp, true}, {"without.xlsx", nil, false}} {
		path := filepath.Join(t.TempDir(), tt.name)
		h.exportExcel(path, tt.cmp)
		uitest.WaitForDialog(t, h.Win, "Wrote "+path)
		h.Win.Canvas().Overlays().Remove(h.Win.Canvas().Overlays().Top())
		if has := strings.Contains(workbookSheets(t, path), `name="Changes"`); has != tt.want {
			t.Errorf("%s: a Changes sheet %v, want %v", tt.name, has, tt.want)
		}
	}
}
