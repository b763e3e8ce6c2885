package dialogs

import (
	"io"
	"time"

	"canopy/app"
	"canopy/export/brief"
	"canopy/export/xlsx"
	"canopy/ui/page"
)

// workbookOptions returns how the window's workbook prints: on the paper
// the strategy brief was last set to (A4 unless Letter), with the Changes
// sheet of cmp when it is not nil.
func (s *Host) workbookOptions(cmp *page.Comparison) xlsx.WorkbookOptions {
	var opt xlsx.WorkbookOptions
	if s.App != nil {
		opt.Letter = loadBriefChoices(s.App.Preferences()).paper == brief.PaperLetter
	}
	if cmp != nil {
		opt.Diff, opt.Since = cmp.Diff, cmp.Name
	}
	return opt
}

// writeWorkbook writes the workbook of ws with opt at now.
func writeWorkbook(w io.Writer, ws *app.Workspace, now time.Time, opt xlsx.WorkbookOptions) ([]string, error) {
	return xlsx.WriteWorkbook(w, ws, now, opt)
}
