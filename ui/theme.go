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

// Canopy's colours where Fyne's default theme falls short of WCAG AA
// (4.5:1 for text, 3:1 for the edges of controls) against the background
// they are drawn on; TestContrast measures them as rendered. The reasons:
//
//   - Fyne's progress bar writes its percentage in ForegroundOnPrimary over
//     both the bar (Primary) and the track (Primary at half opacity over
//     the background). In the light theme the track is pale, so white
//     could never pass there: the text is black and Primary is a blue that
//     black passes on, as does the blue on white where Fyne uses it as text
//     (the selected tab). In the dark theme the track is dark and white
//     text passes on both; no blue then passes both under white text and
//     as text on the background, so the tabs draw their selected title,
//     which Fyne colours Primary, in Hyperlink (page.LegibleTabs).
//   - Success, Error and Warning fill buttons (Accept, Reject) and colour
//     text (a blocked badge): the light theme's are darker so that both
//     white text on them and they on white pass.
//   - InputBorder draws the box of an unticked checkbox and the edge of a
//     field: 3:1 against the background and the field's fill.
//   - PlaceHolder and Disabled also colour the hints and notes people read.
var legibleColors = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNameDisabled:            color.NRGBA{R: 0x6e, G: 0x6e, B: 0x73, A: 0xff},
		theme.ColorNamePlaceHolder:         color.NRGBA{R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff},
		theme.ColorNameInputBorder:         color.NRGBA{R: 0x40, G: 0x40, B: 0x40, A: 0xff},
		theme.ColorNamePrimary:             color.NRGBA{R: 0x2e, G: 0x6f, B: 0xe6, A: 0xff},
		theme.ColorNameHyperlink:           color.NRGBA{R: 0x1a, G: 0x56, B: 0xdb, A: 0xff},
		theme.ColorNameForegroundOnPrimary: color.NRGBA{A: 0xff},
		theme.ColorNameSuccess:             color.NRGBA{R: 0x1b, G: 0x7a, B: 0x2b, A: 0xff},
		theme.ColorNameError:               color.NRGBA{R: 0xc4, G: 0x26, B: 0x2b, A: 0xff},
		theme.ColorNameWarning:             color.NRGBA{R: 0xa3, G: 0x52, B: 0x00, A: 0xff},
		theme.ColorNameForegroundOnSuccess: color.White,
		theme.ColorNameForegroundOnError:   color.White,
		theme.ColorNameForegroundOnWarning: color.White,
	},
	theme.VariantDark: {
		theme.ColorNameDisabled:            color.NRGBA{R: 0x8a, G: 0x8a, B: 0x90, A: 0xff},
		theme.ColorNameInputBorder:         color.NRGBA{R: 0xa8, G: 0xa8, B: 0xae, A: 0xff},
		theme.ColorNameError:               color.NRGBA{R: 0xff, G: 0x5a, B: 0x4e, A: 0xff},
		theme.ColorNamePrimary:             color.NRGBA{R: 0x2e, G: 0x6f, B: 0xe6, A: 0xff},
		theme.ColorNameHyperlink:           color.NRGBA{R: 0x6f, G: 0x9c, B: 0xf5, A: 0xff},
		theme.ColorNameForegroundOnPrimary: color.White,
	},
}

// legibleColor returns Canopy's colour n for variant v, or false where
// Fyne's default is kept.
func legibleColor(n fyne.ThemeColorName, v fyne.ThemeVariant) (color.Color, bool) {
	c, ok := legibleColors[v][n]
	return c, ok
}
