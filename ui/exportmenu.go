package ui

import (
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"canopy/export/xlsx"
)

// exportMenu returns File ▸ Export.
func (s *shell) exportMenu() *fyne.MenuItem {
	item := fyne.NewMenuItem("Export", nil)
	excel := fyne.NewMenuItem("Excel backlog…", s.onExportExcel)
	excel.Shortcut = shortcut(fyne.KeyE, fyne.KeyModifierShift)
	brief := fyne.NewMenuItem("Strategy brief…", s.onExportBrief)
	roadmapImage := fyne.NewMenuItem("Roadmap image…", s.onExportRoadmapImage)
	item.ChildMenu = fyne.NewMenu("", excel, brief, roadmapImage)
	return item
}

// onExportExcel asks where to write the workbook and writes it.
func (s *shell) onExportExcel() {
	s.win.Canvas().Unfocus()
	s.chooseExportFile(" backlog.xlsx", ".xlsx", s.exportExcelTo)
}

// exportExcelTo writes the workbook to path with runExport.
func (s *shell) exportExcelTo(path string) {
	ws := s.ws
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
			dialog.ShowInformation("Excel backlog exported", msg, s.win)
		},
	})
}
