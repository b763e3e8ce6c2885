package board

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// BenchmarkBoardBuild builds the board and lays it out in a 1400×800 test
// window, which creates the cards in sight: "ours" on the sample plus
// 10 000 generated items, "baseline" on the sample plus 100. The board is
// virtual, so ours should cost little more than the baseline. (Painting
// the window is left out: it costs the same for both and would hide the
// difference.)
func BenchmarkBoardBuild(b *testing.B) {
	for _, bc := range []struct {
		name string
		n    int
	}{{"ours", 10000}, {"baseline", 100}} {
		b.Run(bc.name, func(b *testing.B) {
			test.NewTempApp(b)
			ws := largeWorkspace(b, bc.n)
			w := test.NewTempWindow(b, widget.NewLabel(""))
			w.Resize(fyne.NewSize(1400, 800))
			env := &page.Env{WS: ws, Window: w, Do: ws.Do, Open: func(app.Key) {}}
			b.ResetTimer()
			for b.Loop() {
				w.SetContent(New(env).Object())
				w.Canvas().Refresh(w.Canvas().Content())
			}
		})
	}
}
