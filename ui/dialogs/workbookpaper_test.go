package dialogs

import (
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"canopy/export/brief"
	"canopy/export/xlsx"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

// TestWorkbookPrintsOnTheBriefsPaper: the window's Excel export prints each
// sheet on the paper the strategy brief was last set to, read back with
// excelize: A4 by default, Letter once the brief's choice is Letter.
func TestWorkbookPrintsOnTheBriefsPaper(t *testing.T) {
	const xlLetter, xlA4 = 1, 9
	ws := uitest.SeedWorkspace(t)
	h := newTestHost(t, ws)
	for _, tt := range []struct {
		paper brief.Paper
		want  int
	}{{"", xlA4}, {brief.PaperA4, xlA4}, {brief.PaperLetter, xlLetter}} {
		h.App.Preferences().SetString(page.PrefBriefPaper, string(tt.paper))
		path := filepath.Join(t.TempDir(), "backlog.xlsx")
		h.exportExcel(path, nil)
		uitest.WaitForDialog(t, h.Win, "Wrote "+path)
		h.Win.Canvas().Overlays().Remove(h.Win.Canvas().Overlays().Top())
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, sheet := range xlsx.Sheets {
			pl, err := f.GetPageLayout(sheet)
			if err != nil {
				t.Fatal(err)
			}
			if pl.Size == nil || *pl.Size != tt.want {
				t.Errorf("brief on %q: sheet %s prints on paper %v, want %d", tt.paper, sheet, pl.Size, tt.want)
			}
		}
		f.Close()
	}
}
