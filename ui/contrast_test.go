package ui

import (
	"fmt"
	"image"
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/ui/internal/uitest"
)

// TestContrast renders every section and every tab of it under Canopy's
// own theme (View ▸ Theme Light and Dark, not the test app's theme) and
// measures what was drawn: each text against the colour most of its box is
// filled with (what is behind it) at 4.5:1 or better, and the box of each
// checkbox and radio button, ticked or not, at 3:1 or better.
func TestContrast(t *testing.T) {
	s, _ := newTestShell(t, uitest.PMWorkspace(t), nil)
	s.win.Resize(fyne.NewSize(1280, 820))
	for _, th := range []ThemeChoice{ThemeLight, ThemeDark} {
		s.setTheme(th)
		for _, sec := range sections(s.sess) {
			s.showSection(sec.ID)
			views := []string{string(sec.ID)}
			tabs := allTabs(s.win.Canvas().Content())
			measure := func(where string) {
				for _, p := range lowContrast(s.win.Canvas()) {
					t.Errorf("%s theme, %s: %s", th.title(), where, p)
				}
			}
			measure(views[0])
			for _, at := range tabs {
				for i, item := range at.Items {
					at.SelectIndex(i)
					measure(fmt.Sprintf("%s ▸ %s", sec.ID, item.Text))
				}
				at.SelectIndex(0)
			}
		}
	}
}

// allTabs returns the tab containers shown under o.
func allTabs(o fyne.CanvasObject) []*container.AppTabs {
	var found []*container.AppTabs
	uitest.Visit(o, func(o fyne.CanvasObject) bool {
		if at, ok := o.(*container.AppTabs); ok {
			found = append(found, at)
		}
		return true
	})
	return found
}

// lowContrast captures c and lists each visible text under Canopy's
// contrast threshold, and each check or radio box under 3:1.
func lowContrast(c fyne.Canvas) []string {
	img := c.Capture()
	scale := float32(img.Bounds().Dx()) / c.Size().Width
	var problems []string
	type clip struct{ min, max fyne.Position }
	full := clip{max: fyne.NewPos(c.Size().Width, c.Size().Height)}
	var walk func(o fyne.CanvasObject, at fyne.Position, cl clip, inMap bool)
	walk = func(o fyne.CanvasObject, at fyne.Position, cl clip, inMap bool) {
		if o == nil || !o.Visible() {
			return
		}
		inMap = inMap || fmt.Sprintf("%T", o) == "*market.positionMap"
		pos := at.Add(o.Position())
		size := o.Size()
		inside := pos.X >= cl.min.X-1 && pos.Y >= cl.min.Y-1 && pos.X+size.Width <= cl.max.X+1 && pos.Y+size.Height <= cl.max.Y+1
		if d, ok := o.(fyne.Disableable); ok && d.Disabled() {
			return // WCAG asks no contrast of a control that is off
		}
		switch x := o.(type) {
		case *container.Scroll:
			cl = clip{
				min: fyne.NewPos(max(cl.min.X, pos.X), max(cl.min.Y, pos.Y)),
				max: fyne.NewPos(min(cl.max.X, pos.X+size.Width), min(cl.max.Y, pos.Y+size.Height)),
			}
		case *canvas.Text:
			if x.Text == "" || x.Color == nil || !inside || size.Width < 1 || size.Height < 1 {
				return
			}
			want := 4.5
			if strings.Trim(x.Text, "●■▲◆ ") == "" {
				want = 3 // a mark drawn as a glyph is a graphic
			}
			r := pixelRect(pos, size, scale)
			bg, ok := dominant(img, r)
			if !ok {
				return
			}
			ink := over(x.Color, bg)
			if got := contrast(ink, bg); got < want {
				problems = append(problems, fmt.Sprintf("text %q: %.2f:1 (%s on %s), want %.1f:1", x.Text, got, hex(ink), hex(bg), want))
			}
			return
		case *canvas.Line:
			// The positioning map's axes and frame: graphics that carry
			// meaning, at 3:1 against the plot behind them.
			if !inMap || !inside {
				return
			}
			r := pixelRect(pos.SubtractXY(4, 4), size.AddWidthHeight(8, 8), scale)
			if bg, ok := dominant(img, r); ok {
				if got := contrast(over(x.StrokeColor, bg), bg); got < 3 {
					problems = append(problems, fmt.Sprintf("positioning map line: %.2f:1 (%s on %s), want 3:1", got, hex(over(x.StrokeColor, bg)), hex(bg)))
				}
			}
			return
		case *widget.Check, *widget.RadioGroup:
			if !inside {
				return
			}
			// The box is the leading square of the control's height.
			box := fyne.NewSize(size.Height, size.Height)
			r := pixelRect(pos, box, scale)
			bg, ok := dominant(img, r)
			if ok {
				if got, ink := strongest(img, r, bg); got < 3 {
					problems = append(problems, fmt.Sprintf("%T box: %.2f:1 (%s on %s), want 3:1", o, got, hex(ink), hex(bg)))
				}
			}
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, ch := range x.Objects {
				walk(ch, pos, cl, inMap)
			}
		case fyne.Widget:
			for _, ch := range test.WidgetRenderer(x).Objects() {
				walk(ch, pos, cl, inMap)
			}
		}
	}
	walk(c.Content(), fyne.Position{}, full, false)
	return problems
}

// pixelRect is the image rectangle of a box in canvas units.
func pixelRect(pos fyne.Position, size fyne.Size, scale float32) image.Rectangle {
	return image.Rect(int(pos.X*scale+0.5), int(pos.Y*scale+0.5), int((pos.X+size.Width)*scale), int((pos.Y+size.Height)*scale))
}

// dominant returns the colour that fills most of r in img: what a text or
// an icon drawn there stands on.
func dominant(img image.Image, r image.Rectangle) (color.NRGBA, bool) {
	r = r.Intersect(img.Bounds())
	if r.Empty() {
		return color.NRGBA{}, false
	}
	counts := map[color.NRGBA]int{}
	var best color.NRGBA
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			counts[c]++
			if counts[c] > counts[best] {
				best = c
			}
		}
	}
	return best, true
}

// strongest returns the highest contrast of a pixel of r against bg, and
// that pixel: how well the darkest (or lightest) ink of an icon stands out.
func strongest(img image.Image, r image.Rectangle, bg color.NRGBA) (float64, color.NRGBA) {
	r = r.Intersect(img.Bounds())
	best, ink := 1.0, bg
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			if got := contrast(c, bg); got > best {
				best, ink = got, c
			}
		}
	}
	return best, ink
}

// over composites c on an opaque bg.
func over(c color.Color, bg color.NRGBA) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	a := int(n.A)
	mix := func(f, b uint8) uint8 { return uint8((int(f)*a + int(b)*(255-a)) / 255) }
	return color.NRGBA{R: mix(n.R, bg.R), G: mix(n.G, bg.G), B: mix(n.B, bg.B), A: 0xff}
}

func hex(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
