package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TestDisabledColourIsLegible: low-importance labels (Fyne draws them in
// the Disabled colour) read at 4.5:1 or better on the background in every
// theme choice and variant, and stay dimmer than ordinary text.
func TestDisabledColourIsLegible(t *testing.T) {
	for _, c := range themeChoices {
		th := themeFor(c)
		for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
			bg := th.Color(theme.ColorNameBackground, v)
			dim := contrast(th.Color(theme.ColorNameDisabled, v), bg)
			full := contrast(th.Color(theme.ColorNameForeground, v), bg)
			if dim < 4.5 {
				t.Errorf("%s, variant %d: disabled text contrast %.2f:1, want ≥ 4.5:1", c, v, dim)
			}
			if dim >= full-2 {
				t.Errorf("%s, variant %d: disabled text %.2f:1 is not plainly dimmer than text %.2f:1", c, v, dim, full)
			}
		}
	}
}

// contrast is the WCAG 2 contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
