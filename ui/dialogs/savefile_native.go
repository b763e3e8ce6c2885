//go:build windows || darwin

package dialogs

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"github.com/sqweek/dialog"
)

// nativeSaveFile shows the system's own save dialog (Windows' and macOS',
// through github.com/sqweek/dialog), which asks itself before replacing a
// file, and reports true. It runs off the UI goroutine so that the window
// keeps drawing; the path comes back through fyne.Do. When the system's
// dialog fails, Fyne's is shown instead.
func (s *Host) nativeSaveFile(name, ext string, then func(path string)) bool {
	kind := strings.ToUpper(strings.TrimPrefix(ext, "."))
	b := dialog.File().Title("Export").Filter(kind+" files", strings.TrimPrefix(ext, ".")).SetStartFile(name)
	s.Go(func() {
		path, err := b.Save()
		fyne.Do(func() {
			switch {
			case errors.Is(err, dialog.ErrCancelled):
			case err != nil:
				s.saveFile(name, ext, then)
			default:
				then(path)
			}
		})
	})
	return true
}
