package board

import (
	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/ui/page"
)

// do runs c, a change of the card of item id, and shows a refusal under
// that card's column, with the button that opens the field putting it
// right, rather than in a dialog.
func (b *Board) do(id string, c app.Command) error {
	b.placeRefusal(id)
	return b.env.DoHere(c, b.refusal)
}

// placeRefusal puts the board's refusal at the foot of the column that
// holds item id.
func (b *Board) placeRefusal(id string) {
	col, _ := b.find(id)
	for _, x := range b.cols {
		if x == col {
			if len(x.note.Objects) == 0 {
				x.note.Objects = []fyne.CanvasObject{b.refusal}
				x.note.Show()
				x.note.Refresh()
			}
		} else if len(x.note.Objects) != 0 {
			x.note.Objects = nil
			x.note.Hide()
		}
	}
}

// Refusal returns the board's refusal (for tests).
func (b *Board) Refusal() *page.Refusal { return b.refusal }
