package dialogs

import (
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"canopy/ui/page"
)

// ExportMenu returns File ▸ Export.
func (s *Host) ExportMenu() *fyne.MenuItem {
	item := fyne.NewMenuItem("Export", nil)
	excel := fyne.NewMenuItem("Excel backlog…", s.onExportExcel)
	excel.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	brief := fyne.NewMenuItem("Strategy brief…", s.OnExportBrief)
	roadmapImage := fyne.NewMenuItem("Roadmap image…", s.onExportRoadmapImage)
	roadmapPage := fyne.NewMenuItem("Roadmap page (HTML)…", s.OnExportRoadmapPage)
	item.ChildMenu = fyne.NewMenu("", excel, brief, roadmapImage, roadmapPage)
	return item
}

// onExportExcel asks where to write the workbook and writes it; while
// the window compares, it first asks whether to add the Changes sheet
// (workbookchanges.go).
func (s *Host) onExportExcel() {
	s.Win.Canvas().Unfocus()
	s.askChangesSheet(func(cmp *page.Comparison) {
		s.chooseExportFile(" backlog.xlsx", ".xlsx", func(path string) { s.exportExcel(path, cmp) })
	})
}

// ExportExcelTo writes the workbook to path with runExport.
func (s *Host) ExportExcelTo(path string) { s.exportExcel(path, nil) }

// exportExcel writes the workbook to path, with the Changes sheet of cmp
// when it is not nil.
func (s *Host) exportExcel(path string, cmp *page.Comparison) {
	ws, opt := s.WS, s.workbookOptions(cmp)
	s.runExport(path, exportJob{
		progress:       "Exporting…",
		readsWorkspace: true,
		write: func(w io.Writer) ([]string, error) {
			return writeWorkbook(w, ws, time.Now(), opt)
		},
		done: func(path string, warnings []string) {
			msg := "Wrote " + path
			if len(warnings) > 0 {
				msg += "\n\n" + strings.Join(warnings, "\n")
			}
			s.showExported("Excel backlog exported", msg, "Open the workbook", path)
		},
	})
}
