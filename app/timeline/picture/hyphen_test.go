package picture

import (
	"testing"

	"golang.org/x/image/font"
)

// TestHyphenIsShort checks every face of the picture draws '-' with the Go
// fonts' short hyphen (the soft hyphen's glyph), narrower than an en dash,
// not their minus-wide one.
func TestHyphenIsShort(t *testing.T) {
	pt, err := newPainter(1)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name string
		face font.Face
	}{{"regular", pt.regular}, {"bold", pt.bold}, {"small", pt.small}, {"big", pt.big}} {
		hyphen := font.MeasureString(f.face, "-")
		soft := font.MeasureString(f.face, "\u00ad")
		en := font.MeasureString(f.face, "\u2013")
		if hyphen == 0 || hyphen != soft || hyphen >= en {
			t.Errorf("%s: '-' advances %v, want the soft hyphen's %v, less than the en dash's %v", f.name, hyphen, soft, en)
		}
	}
}
