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
func (s *Host) onImport() { s.askImport("import", s.ImportFrom) }

// askImport asks for a workbook or a CSV file and calls read with its
// path; what names the import in a refusal ("import feedback").
func (s *Host) askImport(what string, read func(path string)) {
	if err := s.WS.ReadOnly(); err != nil {
		dialog.ShowError(fmt.Errorf("%s: %w", what, err), s.Win)
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
		r.Close() // read again, off the UI goroutine
		read(path)
	}, s.Win)
	d.SetFilter(storage.NewExtensionFileFilter(importExtensions))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// readImport reads the file at path and plans its import into ws: an
// Excel workbook or a CSV file, by its extension.
func readImport(path string, ws *app.Workspace, files FileRules) (*xlsx.ImportPlan, error) {
	return readSheet(path, files, "choose an Excel workbook (.xlsx) or a CSV file (.csv)",
		func(f *os.File) (*xlsx.ImportPlan, error) { return xlsx.ReadBacklogCSV(f, ws) },
		func(f *os.File, size int64) (*xlsx.ImportPlan, error) { return xlsx.ReadBacklog(f, size, ws) })
}

// readSheet opens the file at path, checked by the file rules, and reads
// it with csv or workbook by its extension; any other is refused with
// wrongKind.
func readSheet[P any](path string, files FileRules, wrongKind string, csv func(*os.File) (P, error), workbook func(*os.File, int64) (P, error)) (P, error) {
	var zero P
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".xlsx" && ext != ".csv" {
		return zero, errors.New(wrongKind)
	}
	if err := files.CheckName(path); err != nil {
		return zero, err
	}
	f, err := os.Open(path)
	if err != nil {
		return zero, files.Describe(path, err)
	}
	defer f.Close()
	if ext == ".csv" {
		return csv(f)
	}
	size := int64(-1)
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	return workbook(f, size)
}

// ImportFrom reads and plans the import of path behind a progress dialog,
// then shows the preview.
func (s *Host) ImportFrom(path string) {
	readBehind(s, path, "import", func(ws *app.Workspace) (*xlsx.ImportPlan, error) {
		return readImport(path, ws, s.Files)
	}, func(plan *xlsx.ImportPlan) { s.showImportPreview(path, plan) })
}

// readBehind runs read on the workspace shown, off the UI goroutine behind
// a progress dialog, then show with what it read; what names the import in
// its errors ("import feedback"). The modal dialog blocks edits, and
// changes from disk wait until it is done (Busy).
func readBehind[P any](s *Host, path, what string, read func(*app.Workspace) (P, error), show func(P)) {
	wait := dialog.NewCustomWithoutButtons("Reading "+filepath.Base(path)+"…", widget.NewProgressBarInfinite(), s.Win)
	wait.Show()
	ws := s.WS
	s.Busy(true)
	s.Go(func() {
		plan, err := read(ws)
		fyne.Do(func() {
			wait.Hide()
			s.Busy(false)
			switch {
			case err != nil:
				dialog.ShowError(fmt.Errorf("%s from %s: %w", what, path, err), s.Win)
			case s.WS != ws:
				dialog.ShowError(fmt.Errorf("%s: another workspace was opened meanwhile; import again", what), s.Win)
			default:
				show(plan)
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
	s.showPreview(preview{
		title: "Import preview", path: path, lines: plan.Lines(), invalid: plan.Invalid,
		changes: plan.New+plan.Updated > 0, nothing: "Nothing to apply: every row matches the workspace.",
		apply: func(skip bool) {
			plan.SkipInvalid = skip
			if s.Do(plan.Command()) == nil {
				s.showImportResult(plan)
			}
		},
	})
}

// preview is what an import's preview shows: its title, the file, the
// summary line then a line per row, how many rows are invalid, whether it
// changes anything (else nothing says why), and apply, given whether to
// skip the invalid rows.
type preview struct {
	title, path, nothing string
	lines                []string
	invalid              int
	changes              bool
	apply                func(skip bool)
}

// showPreview shows p with Apply, Apply valid rows only (when some rows
// are invalid) and Cancel; nothing changes until one applies.
func (s *Host) showPreview(p preview) {
	summary := widget.NewLabelWithStyle(filepath.Base(p.path)+" — "+p.lines[0], fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	var d dialog.Dialog
	apply := func(skip bool) {
		d.Hide()
		p.apply(skip)
	}
	applyBtn := widget.NewButton("Apply", func() { apply(false) })
	applyBtn.Importance = widget.HighImportance
	if p.invalid > 0 || !p.changes {
		applyBtn.Disable()
	}
	buttons := []fyne.CanvasObject{widget.NewButton("Cancel", func() { d.Hide() })}
	if p.invalid > 0 {
		valid := widget.NewButton("Apply valid rows only", func() { apply(true) })
		if !p.changes {
			valid.Disable()
		}
		buttons = append(buttons, valid)
	}
	buttons = append(buttons, applyBtn)
	hint := "Nothing is changed until you apply. The import is one edit: Undo takes it back."
	switch {
	case p.invalid > 0:
		hint = fmt.Sprintf("%d row(s) have invalid cells (highlighted): fix them and import again, or apply the valid rows only.", p.invalid)
	case !p.changes:
		hint = p.nothing
	}
	top := container.NewVBox(summary, widget.NewLabel(hint))
	bottom := container.NewHBox(append([]fyne.CanvasObject{layout.NewSpacer()}, buttons...)...)
	content := container.NewBorder(top, bottom, nil, nil, lineList(p.lines[1:]))
	d = dialog.NewCustomWithoutButtons(p.title, content, s.Win)
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
