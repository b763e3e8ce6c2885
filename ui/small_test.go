package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"canopy/app"
	"canopy/app/sample"
	"canopy/ui/internal/uitest"
)

// windowChrome is what the desktop driver adds around the content that the
// test window measures: the canvas's padding on each side, and the menu bar
// it draws inside the window on Linux and Windows, as high as a line of
// menu text and the bar item's inner padding (fyne's glfw driver,
// menu_bar_item.go). Under Xvfb, content of 822×588 makes a window of
// 830×624.
func windowChrome(w fyne.Window) fyne.Size {
	var c fyne.Size
	if w.Padded() {
		c = fyne.NewSquareSize(2 * theme.Padding())
	}
	if w.MainMenu() != nil {
		c.Height += fyne.MeasureText("File", theme.TextSize(), fyne.TextStyle{}).Height + theme.InnerPadding()
	}
	return c
}

// TestWindowChrome: the chrome is the driver's, as measured under Xvfb
// with the real window (a content of 822×588 made a window of 830×624).
func TestWindowChrome(t *testing.T) {
	s, _ := newTestShell(t, uitest.SeedWorkspace(t), nil)
	s.app.Settings().SetTheme(themeFor(ThemeDark))
	if c := windowChrome(s.win); c.Width != 8 || c.Height < 35 || c.Height > 36 {
		t.Errorf("the window's chrome is %v×%v, want 8×36 as the desktop driver draws it", c.Width, c.Height)
	}
}

// TestSectionsFit800x600: every section, every tab, laid out in a window
// of 1280×820 and then of 800×600 under Canopy's theme, asks for no more
// than 800×600 with the desktop driver's padding and menu bar, so that the
// window can be dragged that small and stays so: toolbars wrap, the board
// scrolls sideways. Both the PM's
// workspace and the sample a new user opens first (custom fields, long
// subtitles), in a folder of a realistic length.
func TestSectionsFit800x600(t *testing.T) {
	day := app.MustDate("2026-11-27")
	crewline, err := sample.New(day, app.DayClock(day))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		ws   *app.Workspace
	}{
		{"the PM's workspace", uitest.PMWorkspace(t)},
		{"the sample", crewline},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, _ := newTestShell(t, c.ws, nil)
			s.app.Settings().SetTheme(themeFor(ThemeLight))
			s.sess.Dir = "/home/maya.okafor/Documents/Product plans/Crewline"
			s.header.dir = s.sess.Dir
			s.header.refresh()
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
						// Laid out wide, the window tells the window manager
						// how small it may be dragged (its minimum size): no
						// smaller than 800×600 would refuse it. Laid out at
						// 800×600, it must not grow. Two passes each: a toolbar
						// that wraps knows its height once laid out at a width.
						for _, wide := range []fyne.Size{fyne.NewSize(1280, 820), size} {
							for range 2 {
								s.win.Resize(wide)
								s.win.Content().Refresh()
							}
							m := s.win.Content().MinSize().Add(windowChrome(s.win))
							if m.Width > size.Width || m.Height > size.Height {
								t.Errorf("%s, laid out at %.0f×%.0f, makes the window at least %.0f×%.0f, more than 800×600",
									where, wide.Width, wide.Height, m.Width, m.Height)
							}
						}
					}
				}
			}
		})
	}
}
