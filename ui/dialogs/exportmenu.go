package dialogs

import (
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"canopy/export/xlsx"
)

// ExportMenu returns File ▸ Export.
func (s *Host) ExportMenu() *fyne.MenuItem {
	item := fyne.NewMenuItem("Export", nil)
	excel := fyne.NewMenuItem("Excel backlog…", s.onExportExcel)
	excel.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	brief := fyne.NewMenuItem("Strategy brief…", s.OnExportBrief)
	roadmapImage := fyne.NewMenuItem("Roadmap image…", s.onExportRoadmapImage)
	item.ChildMenu = fyne.NewMenu("", excel, brief, roadmapImage)
	return item
}

// onExportExcel asks where to write the workbook and writes it.
func (s *Host) onExportExcel() {
	s.Win.Canvas().Unfocus()
	s.chooseExportFile(" backlog.xlsx", ".xlsx", s.ExportExcelTo)
}

// ExportExcelTo writes the workbook to path with runExport.
func (s *Host) ExportExcelTo(path string) {
	ws := s.WS
	s.runExport(path, exportJob{
		progress:       "Exporting…",
		readsWorkspace: true,
		write: func(w io.Writer) ([]string, error) {
			return xlsx.WriteBacklog(w, ws, time.Now())
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
