package dialogs

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"github.com/natefinch/atomic"
)

// The flow every File ▸ Export item shares once its options are chosen:
// chooseExportFile asks where to save, runExport writes the file off the
// UI goroutine behind a progress dialog and replaces it atomically, and
// showExported reports where it went.

// chooseExportFile asks where to save an export, suggesting the product's
// name followed by suffix (" backlog.xlsx") and offering the files with
// extension ext (".xlsx"); then receives the path chosen. Cancelling does
// nothing. Windows and macOS show their own dialog (nativeSaveFile); Linux,
// and the others when theirs fails, show Fyne's (saveFile).
func (s *Host) chooseExportFile(suffix, ext string, then func(path string)) {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`\/:*?"<>|`, r) {
			return '-'
		}
		return r
	}, s.WS.Product().Name) + suffix
	if s.nativeSaveFile(name, ext, then) {
		return
	}
	s.saveFile(name, ext, then)
}

// exportJob is one export for runExport to write.
type exportJob struct {
	// progress is the title of the progress dialog ("Exporting…").
	progress string
	// readsWorkspace says that write reads the workspace: changes from
	// disk then wait until it is done (the modal dialog blocks edits).
	// An export that reads only what was built before it starts does not
	// need it.
	readsWorkspace bool
	// write renders the export off the UI goroutine and returns its
	// warnings.
	write func(w io.Writer) (warnings []string, err error)
	// done reports the export on the UI goroutine once the file is in
	// place.
	done func(path string, warnings []string)
}

// runExport writes job to path behind a progress dialog, off the UI
// goroutine; the file is replaced atomically, never truncated in place. A
// path inside the workspace folder is refused before anything is written.
func (s *Host) runExport(path string, job exportJob) {
	if rel, err := filepath.Rel(s.Dir, path); s.Dir != "" && err == nil && !strings.HasPrefix(rel, "..") {
		dialog.ShowError(errors.New("choose a place outside the workspace folder: exports are not part of the plan"), s.Win)
		return
	}
	wait := dialog.NewCustomWithoutButtons(job.progress, widget.NewProgressBarInfinite(), s.Win)
	wait.Show()
	if job.readsWorkspace {
		s.Busy(true)
	}
	s.Go(func() {
		var buf bytes.Buffer
		err := s.Files.CheckName(path)
		var warnings []string
		if err == nil {
			warnings, err = job.write(&buf)
		}
		if err == nil {
			err = s.Files.Describe(path, atomic.WriteFile(path, &buf))
		}
		fyne.Do(func() {
			wait.Hide()
			if job.readsWorkspace {
				s.Busy(false)
			}
			if err != nil {
				dialog.ShowError(fmt.Errorf("export to %s: %w", path, err), s.Win)
				return
			}
			job.done(path, warnings)
		})
	})
}

// showExported reports an export written to path with msg, and with an
// open button (its label) that opens the file in the system's viewer.
func (s *Host) showExported(title, msg, open, path string) {
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(title, open, "Close", label, func(ok bool) {
		if !ok {
			return
		}
		p := filepath.ToSlash(path)
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // C:/… on Windows
		}
		if err := s.App.OpenURL(&url.URL{Scheme: "file", Path: p}); err != nil {
			dialog.ShowError(fmt.Errorf("open %s: %w", path, err), s.Win)
		}
	}, s.Win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}
