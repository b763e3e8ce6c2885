package assets

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"strings"
	"testing"
)

func TestIconPNGIs256(t *testing.T) {
	img, err := png.Decode(bytes.NewReader(IconPNG()))
	if err != nil {
		t.Fatalf("the embedded icon is no PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 256 || b.Dy() != 256 {
		t.Fatalf("the embedded icon is %v, want 256×256", b)
	}
}

// Every size the platforms need is there, rendered at the size its name
// says, opaque in the middle (the tree) and clear in the corners.
func TestIconSizes(t *testing.T) {
	if svg, err := os.ReadFile("icon/canopy.svg"); err != nil || !strings.Contains(string(svg), `viewBox="0 0 256 256"`) {
		t.Fatalf("icon/canopy.svg: %v", err)
	}
	for _, n := range []int{16, 24, 32, 48, 64, 128, 256, 512} {
		f, err := os.Open(fmt.Sprintf("icon/canopy-%d.png", n))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("canopy-%d.png: %v", n, err)
		}
		if b := img.Bounds(); b.Dx() != n || b.Dy() != n {
			t.Errorf("canopy-%d.png is %v", n, b)
		}
		if _, _, _, a := img.At(n/2, n/2).RGBA(); a != 0xffff {
			t.Errorf("canopy-%d.png: the middle is not opaque (alpha %d)", n, a)
		}
		if _, _, _, a := img.At(0, 0).RGBA(); a > 0x4000 {
			t.Errorf("canopy-%d.png: the corner is not clear (alpha %d)", n, a)
		}
	}
}
