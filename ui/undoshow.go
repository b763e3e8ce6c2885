package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/internal/themed"
	"canopy/ui/page"
)

// An undo (or a redo) of an edit made in another section would happen out
// of sight: step shows that section, with the entity's editor when it
// still exists, and says for a few seconds what was undone.

// noticeFor is how long the notice of an undo stays.
const noticeFor = 4 * time.Second

// step runs an undo or a redo (do), described by what (CanUndo or
// CanRedo), and reveals what it changed; verb is "Undone" or "Redone".
func (s *shell) step(verb string, what func() (string, bool), do func() (bool, error)) error {
	desc, _ := what()
	var keys []app.Key
	stop := s.ws.OnChange(func(c app.Change) { keys = append(keys, c.Keys...) })
	ok, err := do()
	stop()
	if err != nil || !ok {
		return err
	}
	s.reveal(verb+": "+desc, keys)
	return nil
}

// reveal shows the first of keys that a section lists, when it is not in
// the section shown, and the notice msg naming that section.
func (s *shell) reveal(msg string, keys []app.Key) {
	for _, k := range keys {
		id := sectionOf(s.secs, k.Kind)
		if id == page.Settings && k.Kind != app.KindProduct {
			continue // a kind no section lists
		}
		if id == s.current {
			return
		}
		if _, ok := s.ws.Get(k); ok {
			s.open(k)
		} else {
			s.showSection(id)
		}
		s.notice(msg + " — shown in " + s.sectionTitle(id))
		return
	}
}

// sectionTitle is the sidebar's name of section id.
func (s *shell) sectionTitle(id page.ID) string {
	for _, sec := range s.secs {
		if sec.ID == id {
			return sec.Title
		}
	}
	return string(id)
}

// notice shows msg at the foot of the window for a few seconds.
func (s *shell) notice(msg string) {
	if s.noticePop != nil {
		s.noticePop.Hide()
	}
	label := widget.NewLabel(msg)
	label.Truncation = fyne.TextTruncateEllipsis
	bg := themed.NewRect(theme.ColorNameOverlayBackground)
	bg.Stroke, bg.StrokeWidth, bg.Radius = theme.ColorNameInputBorder, 1, theme.SizeNameInputRadius
	c := s.win.Canvas()
	pop := widget.NewPopUp(container.NewStack(bg, container.NewPadded(label)), c)
	w := min(label.MinSize().Width+4*theme.Padding(), c.Size().Width-40)
	h := pop.MinSize().Height
	pop.Resize(fyne.NewSize(w, h))
	pop.ShowAtPosition(fyne.NewPos((c.Size().Width-w)/2, c.Size().Height-h-48))
	s.noticePop = pop
	time.AfterFunc(noticeFor, func() {
		fyne.Do(func() {
			if s.noticePop == pop {
				pop.Hide()
				s.noticePop = nil
			}
		})
	})
}
