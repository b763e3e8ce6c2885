package cli

import (
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestExportExcelPrintsOnThePaperAsked(t *testing.T) {
	dir := sampleDir(t)
	for _, tt := range []struct {
		args []string
		size int
	}{{nil, 9}, {[]string{"--paper", "letter"}, 1}} {
		out := filepath.Join(t.TempDir(), "backlog.xlsx")
		args := append([]string{"export", dir, "--xlsx", out, "--today", "2026-11-27"}, tt.args...)
		if code, _, stderr := runCLI(t, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		f, err := excelize.OpenFile(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, sheet := range f.GetSheetList() {
			pl, err := f.GetPageLayout(sheet)
			if err != nil || pl.Size == nil || *pl.Size != tt.size || pl.Orientation == nil || *pl.Orientation != "landscape" {
				t.Errorf("%v: %s prints on %v %v (%v), want paper %d landscape", tt.args, sheet, pl.Size, pl.Orientation, err, tt.size)
			}
		}
		f.Close()
	}
}
