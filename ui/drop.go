package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"canopy/app/store"
)

// onDropped opens a workspace folder dropped on the window from the file
// manager (or the folder of a dropped canopy.json), through the same
// off-thread switch as File ▸ Open. Anything else is refused with the reason.
func (s *shell) onDropped(_ fyne.Position, uris []fyne.URI) {
	if s.opener == nil || len(uris) == 0 {
		return
	}
	dir, err := droppedWorkspace(uris)
	if err != nil {
		dialog.ShowError(err, s.win)
		return
	}
	if filepath.Clean(dir) == filepath.Clean(s.sess.Dir) {
		return // already open
	}
	s.switchTo(dir, s.opening(dir))
}

// droppedWorkspace returns the first dropped item that is a workspace
// folder, or the folder of a dropped manifest; else an error naming what
// was dropped.
func droppedWorkspace(uris []fyne.URI) (string, error) {
	var names []string
	for _, u := range uris {
		names = append(names, u.Name())
		if u.Scheme() != "file" {
			continue
		}
		p := u.Path()
		fi, err := os.Stat(p)
		switch {
		case err != nil:
			continue
		case !fi.IsDir() && filepath.Base(p) == store.ManifestFile:
			return filepath.Dir(p), nil
		case fi.IsDir():
			if _, err := os.Stat(filepath.Join(p, store.ManifestFile)); err == nil {
				return p, nil
			}
		}
	}
	return "", fmt.Errorf("open dropped %s: not a Canopy workspace folder (one with %s in it)", strings.Join(names, ", "), store.ManifestFile)
}
