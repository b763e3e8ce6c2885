package dialogs

import (
	"errors"
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/export/xlsx"
)

// importExtensions are the files File ▸ Import reads.
var importExtensions = []string{".xlsx", ".csv"}

// ImportMenuItem returns File ▸ Import…, disabled on a read-only workspace.
func (s *Host) ImportMenuItem() *fyne.MenuItem {
	item := fyne.NewMenuItem("Import…", s.onImport)
	item.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	item.Disabled = s.WS.ReadOnly() != nil
	return item
}

// onImport asks for a spreadsheet and previews its import.
func (s *Host) onImport() {
	if err := s.WS.ReadOnly(); err != nil {
		dialog.ShowError(fmt.Errorf("import: %w", err), s.Win)
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
		s.ImportFrom(path)
	}, s.Win)
	d.SetFilter(storage.NewExtensionFileFilter(importExtensions))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// readImport reads the file at path and plans its import into ws: an
// Excel workbook or a CSV file, by its extension.
func readImport(path string, ws *app.Workspace, files FileRules) (*xlsx.ImportPlan, error) {
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".xlsx" && ext != ".csv" {
		return nil, errors.New("choose an Excel workbook (.xlsx) or a CSV file (.csv)")
	}
	if err := files.CheckName(path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, files.Describe(path, err)
	}
	defer f.Close()
	size := int64(-1)
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	if ext == ".csv" {
		return xlsx.ReadBacklogCSV(f, ws)
	}
	return xlsx.ReadBacklog(f, size, ws)
}

// ImportFrom reads and plans the import of path behind a progress dialog,
// then shows the preview.
func (s *Host) ImportFrom(path string) {
	wait := dialog.NewCustomWithoutButtons("Reading "+filepath.Base(path)+"…", widget.NewProgressBarInfinite(), s.Win)
	wait.Show()
	ws := s.WS
	// The plan reads the workspace off the UI goroutine: the modal dialog
	// blocks edits, and changes from disk wait until it is done.
	s.Busy(true)
	s.Go(func() {
		plan, err := readImport(path, ws, s.Files)
		fyne.Do(func() {
			wait.Hide()
			s.Busy(false)
			switch {
			case err != nil:
				dialog.ShowError(fmt.Errorf("import %s: %w", path, err), s.Win)
			case s.WS != ws:
				dialog.ShowError(errors.New("import: another workspace was opened meanwhile; import again"), s.Win)
			default:
				s.showImportPreview(path, plan)
			}
		})
	})
}

// lineList is a virtualized list of text lines; the lines starting with
// "invalid" or "refused" are highlighted.
func lineList(lines []string) *widget.List {
	hl := theme.Color(theme.ColorNameError)
	r, g, b, _ := hl.RGBA()
	bg := color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x30}
	return widget.NewList(
		func() int { return len(lines) },
		func() fyne.CanvasObject {
			return container.NewStack(canvas.NewRectangle(color.Transparent), widget.NewLabel("updated  row 1: item"))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			rect, label := c.Objects[0].(*canvas.Rectangle), c.Objects[1].(*widget.Label)
			line := lines[id]
			bad := strings.HasPrefix(line, "invalid") || strings.HasPrefix(line, "refused")
			rect.FillColor = color.Color(color.Transparent)
			label.Importance = widget.MediumImportance
			if bad {
				rect.FillColor = bg
				label.Importance = widget.DangerImportance
			}
			rect.Refresh()
			label.SetText(line)
		},
	)
}

// showImportPreview shows what the import would do, with Apply, Apply valid
// rows only (when some rows are invalid) and Cancel.
func (s *Host) showImportPreview(path string, plan *xlsx.ImportPlan) {
	lines := plan.Lines()
	summary := widget.NewLabelWithStyle(filepath.Base(path)+" — "+lines[0], fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	var d dialog.Dialog
	apply := func(skip bool) {
		d.Hide()
		plan.SkipInvalid = skip
		if err := s.Do(plan.Command()); err != nil {
			return
		}
		s.showImportResult(plan)
	}
	changes := plan.New+plan.Updated > 0
	applyBtn := widget.NewButton("Apply", func() { apply(false) })
	applyBtn.Importance = widget.HighImportance
	if plan.Invalid > 0 || !changes {
		applyBtn.Disable()
	}
	buttons := []fyne.CanvasObject{widget.NewButton("Cancel", func() { d.Hide() })}
	if plan.Invalid > 0 {
		valid := widget.NewButton("Apply valid rows only", func() { apply(true) })
		if !changes {
			valid.Disable()
		}
		buttons = append(buttons, valid)
	}
	buttons = append(buttons, applyBtn)
	hint := "Nothing is changed until you apply. The import is one edit: Undo takes it back."
	switch {
	case plan.Invalid > 0:
		hint = fmt.Sprintf("%d row(s) have invalid cells (highlighted): fix them and import again, or apply the valid rows only.", plan.Invalid)
	case !changes:
		hint = "Nothing to apply: every row matches the workspace."
	}
	top := container.NewVBox(summary, widget.NewLabel(hint))
	bottom := container.NewHBox(append([]fyne.CanvasObject{layout.NewSpacer()}, buttons...)...)
	content := container.NewBorder(top, bottom, nil, nil, lineList(lines[1:]))
	d = dialog.NewCustomWithoutButtons("Import preview", content, s.Win)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// showImportResult lists what the applied import did.
func (s *Host) showImportResult(plan *xlsx.ImportPlan) {
	res := plan.Result
	lines := res.Lines(s.WS)
	head := widget.NewLabelWithStyle(fmt.Sprintf("%d created, %d updated, %d refused", len(res.Created), len(res.Changed), len(res.Refusals)),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	content := container.NewBorder(container.NewVBox(head, widget.NewLabel("Edit ▸ Undo takes the whole import back.")), nil, nil, nil, lineList(lines))
	d := dialog.NewCustom("Import applied", "Close", content, s.Win)
	d.Resize(fyne.NewSize(800, 500))
	d.Show()
}
