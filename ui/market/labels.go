package market

import "fyne.io/fyne/v2"

// labelMark is a mark on the positioning map whose name needs a place: its
// dot's centre and radius, and the size of its name.
type labelMark struct {
	center fyne.Position
	radius float32
	size   fyne.Size
}

// labelGap is the room between a dot and its name.
const labelGap = 4

// placeMapLabels returns where each mark's name goes (its top-left corner),
// inside the area at origin o of size s, clear of every dot and of the
// names placed before it, when the room allows. Marks are served in order
// (put us first). Each tries, in turn: right of its dot, left of it, above,
// below, then right and left one and two lines up or down; a name with no
// clear spot takes the side of its dot with the most room, still inside
// the area.
func placeMapLabels(o fyne.Position, s fyne.Size, marks []labelMark) []fyne.Position {
	area := box{o.X, o.Y, s.Width, s.Height}
	dots := make([]box, len(marks))
	for i, m := range marks {
		dots[i] = box{m.center.X - m.radius, m.center.Y - m.radius, 2 * m.radius, 2 * m.radius}
	}
	var taken []box
	out := make([]fyne.Position, len(marks))
	for i, m := range marks {
		w, h := m.size.Width, m.size.Height
		right := m.center.X + m.radius + labelGap
		left := m.center.X - m.radius - labelGap - w
		mid := m.center.Y - h/2
		spots := []box{
			{right, mid, w, h}, {left, mid, w, h},
			{m.center.X - w/2, m.center.Y - m.radius - 2 - h, w, h},
			{m.center.X - w/2, m.center.Y + m.radius + 2, w, h},
		}
		for _, k := range []float32{1, -1, 2, -2} {
			spots = append(spots, box{right, mid + k*h, w, h}, box{left, mid + k*h, w, h})
		}
		chosen, found := box{}, false
		for _, b := range spots {
			if !b.inside(area) || b.hitsAny(taken) || b.hitsAny(dots) {
				continue
			}
			chosen, found = b, true
			break
		}
		if !found {
			// The side with more room, pushed inside the area.
			chosen = spots[0]
			if m.center.X-area.x > area.x+area.w-m.center.X {
				chosen = spots[1]
			}
			chosen.x = max(area.x, min(chosen.x, area.x+area.w-w))
			chosen.y = max(area.y, min(chosen.y, area.y+area.h-h))
		}
		taken = append(taken, chosen)
		out[i] = fyne.NewPos(chosen.x, chosen.y)
	}
	return out
}

// box is a rectangle in pixels.
type box struct{ x, y, w, h float32 }

func (b box) inside(a box) bool {
	return b.x >= a.x && b.y >= a.y && b.x+b.w <= a.x+a.w && b.y+b.h <= a.y+a.h
}

func (b box) hits(o box) bool {
	return b.x < o.x+o.w && o.x < b.x+b.w && b.y < o.y+o.h && o.y < b.y+b.h
}

func (b box) hitsAny(bs []box) bool {
	for _, o := range bs {
		if b.hits(o) {
			return true
		}
	}
	return false
}
