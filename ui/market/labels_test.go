package market

import (
	"math/rand/v2"
	"testing"

	"fyne.io/fyne/v2"
)

func TestPlaceMapLabels(t *testing.T) {
	area := fyne.NewSize(600, 400)
	mark := func(x, y float32, w float32) labelMark {
		return labelMark{center: fyne.NewPos(x, y), radius: 7, size: fyne.NewSize(w, 16)}
	}
	for _, tc := range []struct {
		name  string
		marks []labelMark
		// want is where each label sits relative to its dot: "r" right,
		// "l" left, "a" above, "b" below, "" anything clear.
		want []string
	}{
		{"alone: right of the dot", []labelMark{mark(100, 200, 120)}, []string{"r"}},
		{"near the right edge: left of the dot", []labelMark{mark(560, 200, 120)}, []string{"l"}},
		{"a dot on the right: above, with no room on the left", []labelMark{mark(100, 200, 150), mark(180, 200, 150)}, []string{"a", "r"}},
		{"stacked close: both clear", []labelMark{mark(300, 200, 150), mark(302, 210, 150), mark(298, 190, 150)}, []string{"r", "", ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := placeMapLabels(fyne.NewPos(0, 0), area, tc.marks)
			boxes := labelBoxes(tc.marks, got)
			checkClear(t, area, tc.marks, boxes)
			for i, w := range tc.want {
				b, c := boxes[i], tc.marks[i].center
				side := ""
				switch {
				case b.x > c.X:
					side = "r"
				case b.x+b.w < c.X:
					side = "l"
				case b.y+b.h < c.Y:
					side = "a"
				default:
					side = "b"
				}
				if w != "" && side != w {
					t.Errorf("label %d is on side %q of its dot, want %q", i, side, w)
				}
			}
		})
	}
}

// TestPlaceMapLabelsSpreadMarks: marks spread over the map (as competitors
// are) always get labels inside the area, clear of every dot and label.
func TestPlaceMapLabelsSpreadMarks(t *testing.T) {
	area := fyne.NewSize(640, 480)
	rnd := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var marks []labelMark
		// Six marks on a coarse grid, so that each has room somewhere.
		cells := rnd.Perm(30)[:6]
		for _, c := range cells {
			x := float32(c%6)*100 + 50 + float32(rnd.IntN(20))
			y := float32(c/6)*90 + 40 + float32(rnd.IntN(20))
			marks = append(marks, labelMark{center: fyne.NewPos(x, y), radius: 7, size: fyne.NewSize(float32(60+rnd.IntN(120)), 16)})
		}
		got := placeMapLabels(fyne.NewPos(0, 0), area, marks)
		if checkClear(t, area, marks, labelBoxes(marks, got)); t.Failed() {
			t.Fatalf("marks %+v", marks)
		}
	}
}

func labelBoxes(marks []labelMark, at []fyne.Position) []box {
	out := make([]box, len(marks))
	for i, m := range marks {
		out[i] = box{at[i].X, at[i].Y, m.size.Width, m.size.Height}
	}
	return out
}

// checkClear fails unless every label is inside the area and touches no
// dot and no other label.
func checkClear(t *testing.T, area fyne.Size, marks []labelMark, labels []box) {
	t.Helper()
	a := box{0, 0, area.Width, area.Height}
	for i, b := range labels {
		if !b.inside(a) {
			t.Errorf("label %d %+v is outside the area", i, b)
		}
		for j, m := range marks {
			if b.hits(box{m.center.X - m.radius, m.center.Y - m.radius, 2 * m.radius, 2 * m.radius}) {
				t.Errorf("label %d %+v covers dot %d at %v", i, b, j, m.center)
			}
		}
		for j := range i {
			if b.hits(labels[j]) {
				t.Errorf("labels %d %+v and %d %+v overlap", i, b, j, labels[j])
			}
		}
	}
}
