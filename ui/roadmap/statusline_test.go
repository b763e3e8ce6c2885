package roadmap

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TestHintAndLegendNotCut: the status line's hint is whole beside the
// legend in a wide window, and on a line of its own above the legend in a
// narrower one (it was cut with "…" at the Months zoom); the legend is
// whole either way.
func TestHintAndLegendNotCut(t *testing.T) {
	f := newFixture(t, roadmapWorkspace(t))
	hintW := fyne.MeasureText(hint, theme.TextSize(), f.v.status.TextStyle).Width + 2*theme.InnerPadding()
	for _, tt := range []struct {
		width float32
		two   bool
	}{{1400, false}, {1000, true}, {1400, false}} {
		f.Win.Resize(fyne.NewSize(tt.width, 600))
		s, l := f.v.status, f.v.legend.box
		if f.v.status.Text != hint {
			t.Fatalf("the status says %q, want the hint", f.v.status.Text)
		}
		if s.Size().Width < hintW && s.Size().Width < tt.width-1 {
			t.Errorf("%v wide: the hint has %v of the %v it needs", tt.width, s.Size().Width, hintW)
		}
		if l.Size().Width < l.MinSize().Width {
			t.Errorf("%v wide: the legend has %v of its %v", tt.width, l.Size().Width, l.MinSize().Width)
		}
		two := l.Position().Y >= s.Position().Y+s.Size().Height
		if two != tt.two {
			t.Errorf("%v wide: the legend under the status is %v, want %v", tt.width, two, tt.two)
		}
		if !two && s.Position().X+s.Size().Width > l.Position().X {
			t.Errorf("%v wide: the status runs under the legend", tt.width)
		}
	}
}
