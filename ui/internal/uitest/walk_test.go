package uitest

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestWalk(t *testing.T) {
	test.NewTempApp(t)
	a, b, hidden := widget.NewLabel("a"), widget.NewLabel("b"), widget.NewLabel("hidden")
	hidden.Hide()
	inner := container.NewWithoutLayout(b)
	inner.Move(fyne.NewPos(10, 20))
	b.Move(fyne.NewPos(1, 2))
	root := container.NewWithoutLayout(a, inner, hidden)
	var labels []string
	var bAt fyne.Position
	Walk(root, func(o fyne.CanvasObject, pos fyne.Position) bool {
		if l, ok := o.(*widget.Label); ok {
			labels = append(labels, l.Text)
			if l == b {
				bAt = pos
			}
		}
		return true
	})
	if len(labels) != 2 || labels[0] != "a" || labels[1] != "b" {
		t.Errorf("visited labels %v, want [a b] (the hidden one skipped)", labels)
	}
	if bAt != fyne.NewPos(11, 22) {
		t.Errorf("b at %v, want (11, 22)", bAt)
	}
	n := 0
	Walk(root, func(o fyne.CanvasObject, _ fyne.Position) bool { n++; return o == root })
	if n != 3 { // the root, then a and inner without their children
		t.Errorf("visited %d objects when skipping children, want 3", n)
	}
}
