package conflicts_test

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/conflicts"
	"canopy/ui/internal/uitest"
)

// resolver records the choices; KeepMine refuses when refuse is set.
type resolver struct {
	theirs, mine []app.Key
	refuse       bool
}

func (r *resolver) Theirs(app.Key) (app.Entity, []byte, error) { return nil, nil, nil }
func (r *resolver) TakeTheirs(_ *app.Workspace, k app.Key) error {
	r.theirs = append(r.theirs, k)
	return nil
}
func (r *resolver) KeepMine(_ *app.Workspace, k app.Key) error {
	if r.refuse {
		return errors.New("the file is locked")
	}
	r.mine = append(r.mine, k)
	return nil
}

// tap taps the first button labelled label in the dialog on top.
func tap(t *testing.T, w fyne.Window, label string) {
	t.Helper()
	var btn *widget.Button
	uitest.Visit(w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == label && btn == nil {
			btn = b
		}
		return btn == nil
	})
	if btn == nil {
		t.Fatalf("no %q button in the dialog", label)
	}
	test.Tap(btn)
}

// TestChoicesSettleEachConflict: each choice goes to the resolver and is
// reported; the dialog closes when nothing is left to decide, and stays
// open on a refusal.
func TestChoicesSettleEachConflict(t *testing.T) {
	test.NewTempApp(t)
	ws := uitest.SeedWorkspace(t)
	w := uitest.ShowInWindow(t, widget.NewLabel(""))
	a, b := app.Key{Kind: app.KindItem, ID: "item-a"}, app.Key{Kind: app.KindItem, ID: "gone"}
	r := &resolver{refuse: true}
	var resolved []app.Key
	v := &conflicts.View{Win: w, WS: ws, Resolver: r, Path: func(k app.Key) string { return "items/" + k.ID + ".json" },
		OnResolved: func(k app.Key) { resolved = append(resolved, k) }}
	v.Show([]app.Key{a, b})
	top := w.Canvas().Overlays().Top()
	if !uitest.HasText(top, "Item · Highest scored") || !uitest.HasText(top, "items/gone.json") {
		t.Fatalf("the dialog names %q", uitest.Texts(top))
	}
	tap(t, w, "Keep mine")
	if len(resolved) != 0 || w.Canvas().Overlays().Top() == nil {
		t.Fatalf("a refused choice was reported (%v) or closed the dialog", resolved)
	}
	w.Canvas().Overlays().Top().Hide() // the error
	r.refuse = false
	tap(t, w, "Keep mine")
	tap(t, w, "Take theirs")
	if len(r.mine) != 1 || len(r.theirs) != 1 || len(resolved) != 2 {
		t.Fatalf("mine %v, theirs %v, resolved %v", r.mine, r.theirs, resolved)
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Errorf("the dialog stays open with nothing left to decide: %q", uitest.Texts(w.Canvas().Overlays().Top()))
	}
}
