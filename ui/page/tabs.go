package page

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Fyne draws the selected tab's title in the theme's Primary colour, the
// same colour that fills the main buttons and the progress bars under
// white (dark theme) or black (light theme) text. In the dark theme no one
// blue gives 4.5:1 both as text on the background and under white text, so
// the tabs get a theme of their own whose Primary is the Hyperlink colour,
// a blue chosen to be read as text (the tab's indicator line follows it),
// and each tab's content goes back to the application's theme.

// LegibleTabs returns tabs to be laid out in place of tabs themselves: the
// selected title in a colour that reads at 4.5:1 or better in either theme.
// Give it contents made by TabItem (or added with AddTab), which keep the
// application's own Primary.
func LegibleTabs(tabs *container.AppTabs) fyne.CanvasObject {
	return container.NewThemeOverride(tabs, tabTheme{})
}

// TabItem returns a tab whose content is drawn in the application's theme
// even inside LegibleTabs.
func TabItem(title string, content fyne.CanvasObject) *container.TabItem {
	return container.NewTabItem(title, container.NewThemeOverride(content, appTheme{}))
}

// appTheme is whatever theme the application has now, looked up at each
// call so that View ▸ Theme reaches contents under an override.
type appTheme struct{}

func current() fyne.Theme { return fyne.CurrentApp().Settings().Theme() }

func (appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return current().Color(n, v)
}
func (appTheme) Font(s fyne.TextStyle) fyne.Resource     { return current().Font(s) }
func (appTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return current().Icon(n) }
func (appTheme) Size(n fyne.ThemeSizeName) float32       { return current().Size(n) }

// tabTheme is the application's theme with Hyperlink for Primary.
type tabTheme struct{ appTheme }

func (t tabTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNamePrimary {
		n = theme.ColorNameHyperlink
	}
	return t.appTheme.Color(n, v)
}
