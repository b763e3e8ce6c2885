package page_test

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/ui/page"
)

// TestLegibleTabs: under LegibleTabs the selected tab's title is drawn in
// the theme's Hyperlink colour, not Primary, while what a tab shows keeps
// the application's Primary (a main button's fill), also after the
// application's theme changes.
func TestLegibleTabs(t *testing.T) {
	a := test.NewTempApp(t)
	for _, v := range []fyne.ThemeVariant{theme.VariantDark, theme.VariantLight} {
		th := test.NewTheme()
		if v == theme.VariantLight {
			th = test.Theme()
		}
		a.Settings().SetTheme(th)
		button := widget.NewButton("Accept", nil)
		button.Importance = widget.HighImportance
		tabs := container.NewAppTabs(page.TabItem("One", button), page.TabItem("Two", widget.NewLabel("two")))
		w := test.NewTempWindow(t, page.LegibleTabs(tabs))
		w.Resize(fyne.NewSize(400, 200))

		// The app's theme changes after the tabs were built: both sides follow it.
		th = test.Theme()
		if v == theme.VariantLight {
			th = test.NewTheme()
		}
		a.Settings().SetTheme(th)
		w.Content().Refresh()

		variant := a.Settings().ThemeVariant()
		link := th.Color(theme.ColorNameHyperlink, variant)
		primary := th.Color(theme.ColorNamePrimary, variant)
		if same(link, primary) {
			t.Fatalf("the test theme's Hyperlink and Primary are both %v: nothing to tell apart", link)
		}
		title := textOf(t, tabs, "One")
		if !same(title.Color, link) {
			t.Errorf("selected title drawn in %v, want Hyperlink %v", title.Color, link)
		}
		if got := button.Theme().Color(theme.ColorNamePrimary, variant); !same(got, primary) {
			t.Errorf("the tab's button sees Primary %v, want the app's %v", got, primary)
		}
	}
}

// textOf finds the canvas text s drawn under o.
func textOf(t *testing.T, o fyne.CanvasObject, s string) *canvas.Text {
	t.Helper()
	var found *canvas.Text
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *canvas.Text:
			if x.Text == s && found == nil {
				found = x
			}
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	if found == nil {
		t.Fatalf("no text %q drawn", s)
	}
	return found
}

func same(a, b color.Color) bool {
	ar, ag, ab, aa := a.RGBA()
	br, bg, bb, ba := b.RGBA()
	return ar == br && ag == bg && ab == bb && aa == ba
}
