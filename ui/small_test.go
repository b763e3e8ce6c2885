package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"canopy/ui/internal/uitest"
)

// menuBarHeight is about what the desktop driver's in-window menu bar
// takes on Linux and Windows, above the content the test window measures.
const menuBarHeight = 32

// TestSectionsFit800x600: every section, laid out in a window of 800×600,
// asks for no more than that (the menu bar included), so that the window
// can be made that small: toolbars wrap, the board scrolls sideways.
func TestSectionsFit800x600(t *testing.T) {
	s, _ := newTestShell(t, uitest.PMWorkspace(t), nil)
	size := fyne.NewSize(800, 600)
	for _, sec := range sections(s.sess) {
		s.showSection(sec.ID)
		for _, at := range append(allTabs(s.win.Content()), nil) {
			n := 1
			if at != nil {
				n = len(at.Items)
			}
			for i := range n {
				where := string(sec.ID)
				if at != nil {
					at.SelectIndex(i)
					where += " ▸ " + at.Items[i].Text
				}
				// Two passes: a toolbar that wraps knows its height once laid
				// out at the window's width.
				for range 2 {
					s.win.Resize(size)
					s.win.Content().Refresh()
				}
				if m := s.win.Content().MinSize(); m.Width > size.Width || m.Height+menuBarHeight > size.Height {
					t.Errorf("%s needs %.0f×%.0f (with the menu bar), more than 800×600", where, m.Width, m.Height+menuBarHeight)
				}
			}
		}
	}
}
