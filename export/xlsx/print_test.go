package xlsx

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"canopy/app/diff"
)

func TestEverySheetPrintsLandscapeOnePageWide(t *testing.T) {
	ws := sampleWorkspace(t)
	at := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		write  func(*bytes.Buffer) error
		size   int
		sheets []string
	}{
		{"A4 by default", func(b *bytes.Buffer) error { _, err := WriteBacklog(b, ws, at); return err }, 9, Sheets},
		{"Letter", func(b *bytes.Buffer) error {
			_, err := WriteWorkbook(b, ws, at, WorkbookOptions{Letter: true})
			return err
		}, 1, Sheets},
		{"with changes", func(b *bytes.Buffer) error {
			_, err := WriteBacklogWithChanges(b, ws, at, "last week", diff.Compare(ws, ws))
			return err
		}, 9, append(append([]string(nil), Sheets...), SheetChanges)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.write(&buf); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(&buf)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			titles := map[string]string{}
			for _, dn := range f.GetDefinedName() {
				if dn.Name == "_xlnm.Print_Titles" {
					titles[dn.Scope] = dn.RefersTo
				}
			}
			for _, sheet := range tt.sheets {
				pl, err := f.GetPageLayout(sheet)
				if err != nil {
					t.Fatal(err)
				}
				if pl.Orientation == nil || *pl.Orientation != "landscape" || pl.Size == nil || *pl.Size != tt.size ||
					pl.FitToWidth == nil || *pl.FitToWidth != 1 || pl.FitToHeight == nil || *pl.FitToHeight != 0 {
					t.Errorf("%s: page layout %s", sheet, layoutText(pl))
				}
				props, err := f.GetSheetProps(sheet)
				if err != nil {
					t.Fatal(err)
				}
				if props.FitToPage == nil || !*props.FitToPage {
					t.Errorf("%s: not fit to the page (Excel then ignores the fit)", sheet)
				}
				want := "'" + sheet + "'!$1:$1"
				if sheet == SheetChanges {
					want = "'" + sheet + "'!$1:$2" // the title, then the header
				}
				if titles[sheet] != want {
					t.Errorf("%s: rows repeated on every page %q, want %q", sheet, titles[sheet], want)
				}
			}
			// The header row stays where the titles say.
			if v, _ := f.GetCellValue(SheetBacklog, "A1"); v == "" {
				t.Error("the Backlog's first row is empty")
			}
		})
	}
}

// layoutText shows a page layout for a failure message.
func layoutText(pl excelize.PageLayoutOptions) string {
	deref := func(p *int) any {
		if p == nil {
			return "unset"
		}
		return *p
	}
	orient := "unset"
	if pl.Orientation != nil {
		orient = *pl.Orientation
	}
	return fmt.Sprintf("size %v, %s, fit to %v wide by %v tall", deref(pl.Size), orient, deref(pl.FitToWidth), deref(pl.FitToHeight))
}
