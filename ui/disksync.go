package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2/dialog"

	"canopy/app"
	"canopy/app/store"
	"canopy/ui/conflicts"
)

// onDiskChanged brings in what others changed in the folder. Entities
// changed both on disk and here are never overwritten silently: the user
// chooses, one by one, theirs or mine, after comparing them if they like.
func (s *shell) onDiskChanged() {
	if s.sess.Store == nil {
		return
	}
	if s.busy {
		s.missedDiskChange = true // an export is reading the workspace
		return
	}
	s.missedDiskChange = false
	cs, err := s.sess.Store.Rescan(s.ws)
	if err != nil {
		dialog.ShowError(err, s.win)
		return
	}
	s.sess.Store.Apply(s.ws, cs)
	var fresh []string // a problem already known is not shown again
	for _, p := range cs.Problems {
		if line := p.Error(); !slices.Contains(s.sess.Problems, line) {
			s.sess.Problems = append(s.sess.Problems, line)
			fresh = append(fresh, line)
		}
	}
	if len(fresh) > 0 {
		s.showProblems(fresh)
	}
	if len(cs.Conflicts) > 0 {
		s.showConflicts(cs.Conflicts)
	}
}

// showConflicts lists the entities changed on both sides, each with its
// choices; the store settles each one.
func (s *shell) showConflicts(keys []app.Key) {
	v := &conflicts.View{Win: s.win, WS: s.ws, Resolver: s.sess.Store, Encode: store.Encode, Path: store.Path,
		OnResolved: func(k app.Key) { s.onChange(app.Change{Desc: "Resolve conflict", Keys: []app.Key{k}}) }}
	v.Show(keys)
}

// openFolder shows a file's folder in the system's file manager.
func (s *shell) openFolder(rel string) {
	dir := filepath.Dir(filepath.Join(s.sess.Dir, filepath.FromSlash(rel)))
	if _, err := os.Stat(dir); err != nil {
		dir = s.sess.Dir
	}
	if err := s.openURL("file://" + filepath.ToSlash(dir)); err != nil {
		dialog.ShowError(fmt.Errorf("open %s: %w", dir, err), s.win)
	}
}
