package themed

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestRectFollowsTheTheme: a themed rectangle shown in one theme takes the
// other's colours when the theme changes, as a plain rectangle does not.
func TestRectFollowsTheTheme(t *testing.T) {
	a := test.NewTempApp(t)
	r := NewRect(theme.ColorNameInputBackground)
	r.Stroke, r.StrokeWidth, r.Radius = theme.ColorNameSeparator, 1, theme.SizeNameInputRadius
	w := test.NewTempWindow(t, r)
	w.Resize(fyne.NewSize(100, 50))
	shape := test.TempWidgetRenderer(t, r).Objects()[0].(*canvas.Rectangle)

	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		a.Settings().SetTheme(test.NewTheme()) // a theme unlike the default
		a.Settings().SetTheme(fixed{theme.DefaultTheme(), v})
		want := theme.DefaultTheme().Color(theme.ColorNameInputBackground, v)
		if shape.FillColor != want {
			t.Errorf("variant %d: fill %v, want %v", v, shape.FillColor, want)
		}
		if shape.StrokeColor != theme.DefaultTheme().Color(theme.ColorNameSeparator, v) || shape.StrokeWidth != 1 {
			t.Errorf("variant %d: stroke %v width %v", v, shape.StrokeColor, shape.StrokeWidth)
		}
		if shape.CornerRadius != theme.DefaultTheme().Size(theme.SizeNameInputRadius) {
			t.Errorf("variant %d: radius %v", v, shape.CornerRadius)
		}
	}
}

// fixed is a theme in one variant.
type fixed struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func (f fixed) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return f.Theme.Color(n, f.v)
}
