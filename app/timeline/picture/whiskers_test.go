package picture

import (
	"image"
	"image/color"
	"testing"

	"canopy/app/forecast"
	"canopy/app/timeline"
)

// TestRenderDrawsWhiskers: asked, the picture draws the forecast whiskers
// of the sample's active initiatives: in ink, and in the late colour for
// those past their bar's end, as many pixels as their lines are long, and
// the subtitle says what they are; not asked, not a pixel changes.
func TestRenderDrawsWhiskers(t *testing.T) {
	ws, p := samplePlan(t)
	res, err := forecast.Run(ws, forecast.Defaults(today))
	if err != nil {
		t.Fatal(err)
	}
	whiskers := p.Whiskers(res.Initiatives)
	late := 0
	for _, w := range whiskers {
		if w.Late {
			late++
		}
	}
	if len(whiskers) == 0 || late == 0 {
		t.Fatalf("%d whiskers, %d late: the test wants some of each", len(whiskers), late)
	}
	o := Options{Width: 1600}
	plain, err := Render(p, o)
	if err != nil {
		t.Fatal(err)
	}
	o.Whiskers = whiskers
	drawn, err := Render(p, o)
	if err != nil {
		t.Fatal(err)
	}
	lateC := color.RGBA{timeline.LateColor.R, timeline.LateColor.G, timeline.LateColor.B, 0xff}
	count := func(img *image.RGBA, c color.RGBA) int {
		n := 0
		for i := 0; i+3 < len(img.Pix); i += 4 {
			if img.Pix[i] == c.R && img.Pix[i+1] == c.G && img.Pix[i+2] == c.B && img.Pix[i+3] == c.A {
				n++
			}
		}
		return n
	}
	// Each late whisker's line is 2 px thick and, at 1 600 px for the
	// sample's months, tens of pixels long.
	if added := count(drawn, lateC) - count(plain, lateC); added < late*2*10 {
		t.Errorf("%d pixels of the late colour added for %d late whiskers", added, late)
	}
	if drawn.Bounds() != plain.Bounds() {
		t.Errorf("the whiskers changed the picture's size: %v, %v", drawn.Bounds(), plain.Bounds())
	}
	o.Whiskers = nil
	again, err := Render(p, o)
	if err != nil {
		t.Fatal(err)
	}
	if string(again.Pix) != string(plain.Pix) {
		t.Error("without whiskers the picture changed")
	}
}
