package ui

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
	"github.com/natefinch/atomic"

	"canopy/export"
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

// onExportExcel asks where to write the workbook and writes it off the UI
// goroutine; the file is replaced atomically, never truncated in place.
func (s *shell) onExportExcel() {
	s.win.Canvas().Unfocus()
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(err, s.win)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		w.Close() // written again below, atomically, from a temp file
		s.exportExcelTo(path)
	}, s.win)
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`\/:*?"<>|`, r) {
			return '-'
		}
		return r
	}, s.ws.Product().Name)
	d.SetFileName(name + " backlog.xlsx")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx"}))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// exportExcelTo writes the workbook to path behind a progress dialog.
func (s *shell) exportExcelTo(path string) {
	if rel, err := filepath.Rel(s.sess.Dir, path); s.sess.Dir != "" && err == nil && !strings.HasPrefix(rel, "..") {
		dialog.ShowError(errors.New("choose a place outside the workspace folder: exports are not part of the plan"), s.win)
		return
	}
	wait := dialog.NewCustomWithoutButtons("Exporting…", widget.NewProgressBarInfinite(), s.win)
	wait.Show()
	ws := s.ws
	var buf bytes.Buffer
	// The export reads the workspace off the UI goroutine: the modal dialog
	// blocks edits, and changes from disk wait until it is done.
	s.busy = true
	go func() {
		warnings, err := export.WriteBacklog(&buf, ws, time.Now())
		if err == nil {
			err = atomic.WriteFile(path, &buf)
		}
		fyne.Do(func() {
			wait.Hide()
			s.busy = false
			if s.missedDiskChange {
				s.onDiskChanged()
			}
			if err != nil {
				dialog.ShowError(fmt.Errorf("export to %s: %w", path, err), s.win)
				return
			}
			msg := "Wrote " + path
			if len(warnings) > 0 {
				msg += "\n\n" + strings.Join(warnings, "\n")
			}
			dialog.ShowInformation("Excel backlog exported", msg, s.win)
		})
	}()
}
