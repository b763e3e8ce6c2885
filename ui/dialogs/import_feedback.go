package dialogs

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

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
func (s *Host) onImportFeedback() {
	if err := s.WS.ReadOnly(); err != nil {
		dialog.ShowError(fmt.Errorf("import feedback: %w", err), s.Win)
		return
	}
	s.Win.Canvas().Unfocus()
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(err, s.Win)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close() // read again below, off the UI goroutine
		s.ImportFeedbackFrom(path)
	}, s.Win)
	d.SetFilter(storage.NewExtensionFileFilter(importExtensions))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// readFeedback reads the file at path and plans the import of its feedback
// into ws: a CSV file or an Excel workbook, by its extension.
func readFeedback(path string, ws *app.Workspace, files FileRules) (*xlsx.InsightPlan, error) {
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".xlsx" && ext != ".csv" {
		return nil, errors.New("choose a CSV file (.csv) or an Excel workbook (.xlsx) of feedback")
	}
	if err := files.CheckName(path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, files.Describe(path, err)
	}
	defer f.Close()
	if ext == ".csv" {
		return xlsx.ReadInsightsCSV(f, ws)
	}
	size := int64(-1)
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	return xlsx.ReadInsights(f, size, ws)
}

// ImportFeedbackFrom reads and plans the import of the feedback in path
// behind a progress dialog, then shows the preview.
func (s *Host) ImportFeedbackFrom(path string) {
	wait := dialog.NewCustomWithoutButtons("Reading "+filepath.Base(path)+"…", widget.NewProgressBarInfinite(), s.Win)
	wait.Show()
	ws := s.WS
	s.Busy(true)
	s.Go(func() {
		plan, err := readFeedback(path, ws, s.Files)
		var lines []string
		if err == nil {
			lines = plan.Lines(ws) // read while the modal dialog holds edits off
		}
		fyne.Do(func() {
			wait.Hide()
			s.Busy(false)
			switch {
			case err != nil:
				dialog.ShowError(fmt.Errorf("import feedback from %s: %w", path, err), s.Win)
			case s.WS != ws:
				dialog.ShowError(errors.New("import feedback: another workspace was opened meanwhile; import again"), s.Win)
			default:
				s.showFeedbackPreview(path, plan, lines)
			}
		})
	})
}

// showFeedbackPreview shows what the import would add, every invalid cell
// highlighted, with Apply, Apply valid rows only (when some are invalid)
// and Cancel; applying is one undoable command.
func (s *Host) showFeedbackPreview(path string, plan *xlsx.InsightPlan, lines []string) {
	summary := widget.NewLabelWithStyle(filepath.Base(path)+" — "+lines[0], fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	var d dialog.Dialog
	apply := func(skip bool) {
		d.Hide()
		plan.SkipInvalid = skip
		if err := s.Do(plan.Command()); err != nil {
			return
		}
		n := len(plan.Created)
		msg := fmt.Sprintf("%d insights added to the Insights inbox as new.\nEdit ▸ Undo takes the whole import back.", n)
		if n == 1 {
			msg = "1 insight added to the Insights inbox as new.\nEdit ▸ Undo takes the whole import back."
		}
		dialog.ShowInformation("Feedback imported", msg, s.Win)
	}
	applyBtn := widget.NewButton("Apply", func() { apply(false) })
	applyBtn.Importance = widget.HighImportance
	if plan.Invalid > 0 || plan.New == 0 {
		applyBtn.Disable()
	}
	buttons := []fyne.CanvasObject{widget.NewButton("Cancel", func() { d.Hide() })}
	if plan.Invalid > 0 {
		valid := widget.NewButton("Apply valid rows only", func() { apply(true) })
		if plan.New == 0 {
			valid.Disable()
		}
		buttons = append(buttons, valid)
	}
	buttons = append(buttons, applyBtn)
	hint := "Nothing is changed until you apply. The import is one edit: Undo takes it back."
	switch {
	case plan.Invalid > 0:
		hint = fmt.Sprintf("%d row(s) have invalid cells (highlighted): fix them and import again, or apply the valid rows only.", plan.Invalid)
	case plan.New == 0:
		hint = "Nothing to apply: every row was imported before."
	}
	top := container.NewVBox(summary, widget.NewLabel(hint))
	bottom := container.NewHBox(append([]fyne.CanvasObject{layout.NewSpacer()}, buttons...)...)
	content := container.NewBorder(top, bottom, nil, nil, lineList(lines[1:]))
	d = dialog.NewCustomWithoutButtons("Import feedback preview", content, s.Win)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}
