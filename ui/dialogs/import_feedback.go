package dialogs

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"canopy/app"
	"canopy/export/xlsx"
)

// ImportFeedbackMenuItem returns File ▸ Import feedback…, disabled on a
// read-only workspace: customer feedback from a CSV file or a workbook
// (its Insights sheet, else its first) becomes insights in the inbox.
func (s *Host) ImportFeedbackMenuItem() *fyne.MenuItem {
	item := fyne.NewMenuItem("Import feedback…", s.onImportFeedback)
	item.Disabled = s.WS.ReadOnly() != nil
	return item
}

// onImportFeedback asks for a file of feedback and previews its import.
func (s *Host) onImportFeedback() { s.askImport("import feedback", s.ImportFeedbackFrom) }

// readFeedback reads the file at path and plans the import of its feedback
// into ws: a CSV file or an Excel workbook, by its extension.
func readFeedback(path string, ws *app.Workspace, files FileRules) (*xlsx.InsightPlan, error) {
	return readSheet(path, files, "choose a CSV file (.csv) or an Excel workbook (.xlsx) of feedback",
		func(f *os.File) (*xlsx.InsightPlan, error) { return xlsx.ReadInsightsCSV(f, ws) },
		func(f *os.File, size int64) (*xlsx.InsightPlan, error) { return xlsx.ReadInsights(f, size, ws) })
}

// feedbackPlan is a plan of feedback and its preview's lines, read while
// the modal dialog holds edits off.
type feedbackPlan struct {
	plan  *xlsx.InsightPlan
	lines []string
}

// ImportFeedbackFrom reads and plans the import of the feedback in path
// behind a progress dialog, then shows the preview.
func (s *Host) ImportFeedbackFrom(path string) {
	readBehind(s, path, "import feedback", func(ws *app.Workspace) (feedbackPlan, error) {
		plan, err := readFeedback(path, ws, s.Files)
		if err != nil {
			return feedbackPlan{}, err
		}
		return feedbackPlan{plan, plan.Lines(ws)}, nil
	}, func(fp feedbackPlan) { s.showFeedbackPreview(path, fp.plan, fp.lines) })
}

// showFeedbackPreview shows what the import would add, every invalid cell
// highlighted, with Apply, Apply valid rows only (when some are invalid)
// and Cancel; applying is one undoable command.
func (s *Host) showFeedbackPreview(path string, plan *xlsx.InsightPlan, lines []string) {
	s.showPreview(preview{
		title: "Import feedback preview", path: path, lines: lines, invalid: plan.Invalid,
		changes: plan.New > 0, nothing: "Nothing to apply: every row was imported before.",
		apply: func(skip bool) {
			plan.SkipInvalid = skip
			if s.Do(plan.Command()) != nil {
				return
			}
			n := len(plan.Created)
			msg := fmt.Sprintf("%d insights added to the Insights inbox as new.\nEdit ▸ Undo takes the whole import back.", n)
			if n == 1 {
				msg = "1 insight added to the Insights inbox as new.\nEdit ▸ Undo takes the whole import back."
			}
			dialog.ShowInformation("Feedback imported", msg, s.Win)
		},
	})
}
