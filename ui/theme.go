package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"canopy/ui/page"
)

// ThemeChoice is System (follow the OS), Light or Dark.
type ThemeChoice string

// The theme choices, in menu order.
const (
	ThemeSystem ThemeChoice = "system"
	ThemeLight  ThemeChoice = "light"
	ThemeDark   ThemeChoice = "dark"
)

var themeChoices = []ThemeChoice{ThemeSystem, ThemeLight, ThemeDark}

func (c ThemeChoice) title() string {
	switch c {
	case ThemeLight:
		return "Light"
	case ThemeDark:
		return "Dark"
	}
	return "System"
}

// themeFrom reads the choice saved in the preferences; anything unknown
// is System.
func themeFrom(p fyne.Preferences) ThemeChoice {
	switch c := ThemeChoice(p.String(page.PrefTheme)); c {
	case ThemeLight, ThemeDark:
		return c
	}
	return ThemeSystem
}

// canopyTheme is Fyne's default theme with two changes: the variant can be
// fixed, Light or Dark, whatever the OS says; and the Disabled colour,
// which Fyne also gives to low-importance labels (notes, dates, counts,
// empty-state hints), is legible: the default's is within a few shades of
// the background (about 1.5:1 in both variants). Ours keeps disabled
// controls plainly dimmer than live ones, at about 4.5:1. Every colour it
// changes, and why, is in legibleColors (contrast.go).
type canopyTheme struct {
	fyne.Theme
	fixed   bool
	variant fyne.ThemeVariant
}

var _ fyne.Theme = (*canopyTheme)(nil)

func (t *canopyTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.fixed {
		v = t.variant
	}
	if c, ok := legibleColor(n, v); ok {
		return c
	}
	return t.Theme.Color(n, v)
}

// themeFor returns the theme of a choice: for System the variant follows
// the OS, else it is fixed.
func themeFor(c ThemeChoice) fyne.Theme {
	switch c {
	case ThemeLight:
		return &canopyTheme{Theme: theme.DefaultTheme(), fixed: true, variant: theme.VariantLight}
	case ThemeDark:
		return &canopyTheme{Theme: theme.DefaultTheme(), fixed: true, variant: theme.VariantDark}
	}
	return &canopyTheme{Theme: theme.DefaultTheme()}
}

// ApplyTheme sets the theme saved in the preferences; main calls it at
// start, View ▸ Theme when the choice changes.
func ApplyTheme(a fyne.App) {
	a.Settings().SetTheme(themeFor(themeFrom(a.Preferences())))
}

// themeMenu returns View ▸ Theme: System, Light, Dark, the chosen one
// checked, remembered across restarts.
func (s *shell) themeMenu() *fyne.MenuItem {
	item := fyne.NewMenuItem("Theme", nil)
	current := themeFrom(s.app.Preferences())
	entries := make([]*fyne.MenuItem, len(themeChoices))
	for i, c := range themeChoices {
		entries[i] = fyne.NewMenuItem(c.title(), func() {
			s.setTheme(c)
			for j, e := range entries {
				e.Checked = j == i
			}
			if m := s.win.MainMenu(); m != nil {
				m.Refresh()
			}
		})
		entries[i].Checked = c == current
	}
	item.ChildMenu = fyne.NewMenu("", entries...)
	return item
}

// setTheme applies and remembers a theme choice.
func (s *shell) setTheme(c ThemeChoice) {
	s.app.Preferences().SetString(page.PrefTheme, string(c))
	ApplyTheme(s.app)
}
