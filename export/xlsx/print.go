package xlsx

import (
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"canopy/app"
	"canopy/app/diff"
)

// WorkbookOptions says what the workbook holds beyond the plan and how it
// prints.
type WorkbookOptions struct {
	// Letter makes each sheet print on US Letter instead of A4 (the
	// default), as the product's brief is set.
	Letter bool
	// Diff, when set, adds the Changes sheet (WriteBacklogWithChanges):
	// what changed since the earlier version named Since.
	Diff  *diff.Diff
	Since string
}

// WriteWorkbook is WriteBacklog, or WriteBacklogWithChanges when opt has a
// diff, printing on the paper of opt.
func WriteWorkbook(w io.Writer, ws *app.Workspace, now time.Time, opt WorkbookOptions) (warnings []string, err error) {
	var changes *sheetChanges
	if opt.Diff != nil {
		changes = &sheetChanges{since: opt.Since, diff: opt.Diff}
	}
	return writeWorkbookOn(w, ws, now, changes, opt.Letter)
}

// printRows is how many rows at the top of each sheet are repeated on every
// printed page: the header row, or the title and the header row.
var printRows = map[string]int{SheetChanges: 2}

// Excel's paper size codes.
const (
	xlLetter = 1
	xlA4     = 9
)

// pageSetup makes sheet print landscape on paper, one page wide and as many
// tall as it takes, its top rows repeated on every page. A streamed sheet
// takes it before its first row.
func (b *workbook) pageSetup(sheet string) error {
	size, orient, wide, tall := xlA4, "landscape", 1, 0
	if b.letter {
		size = xlLetter
	}
	if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: boolPtr(true)}); err != nil {
		return fmt.Errorf("page setup of %s: %w", sheet, err)
	}
	if err := b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &orient, FitToWidth: &wide, FitToHeight: &tall,
	}); err != nil {
		return fmt.Errorf("page setup of %s: %w", sheet, err)
	}
	rows := max(printRows[sheet], 1)
	if err := b.f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", Scope: sheet,
		RefersTo: fmt.Sprintf("'%s'!$1:$%d", sheet, rows),
	}); err != nil {
		return fmt.Errorf("page setup of %s: %w", sheet, err)
	}
	return nil
}
