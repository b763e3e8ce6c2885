package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// PrefTheme is the preference holding the theme chosen in View ▸ Theme.
const PrefTheme = "theme"

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
	switch c := ThemeChoice(p.String(PrefTheme)); c {
	case ThemeLight, ThemeDark:
		return c
	}
	return ThemeSystem
}

// variantTheme is Fyne's default theme with the variant fixed, Light or
// Dark, whatever the OS says; it changes nothing else.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

var _ fyne.Theme = (*variantTheme)(nil)

func (t *variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// themeFor returns the theme of a choice: the default theme for System,
// which follows the OS, else the default theme in a fixed variant.
func themeFor(c ThemeChoice) fyne.Theme {
	switch c {
	case ThemeLight:
		return &variantTheme{Theme: theme.DefaultTheme(), variant: theme.VariantLight}
	case ThemeDark:
		return &variantTheme{Theme: theme.DefaultTheme(), variant: theme.VariantDark}
	}
	return theme.DefaultTheme()
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
	s.app.Preferences().SetString(PrefTheme, string(c))
	ApplyTheme(s.app)
}
