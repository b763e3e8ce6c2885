package board

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/edit"
	"canopy/ui/form"
	"canopy/ui/page"
)

// TestRefusedMoveShowsBesideTheCard: a move the rules refuse (to Ready
// without an estimate) shows the sentence by the item's title under its
// card's column, not in a modal; its button opens the item's editor with
// the cursor in the estimate.
func TestRefusedMoveShowsBesideTheCard(t *testing.T) {
	test.NewTempApp(t)
	ws := boardWorkspace(t)
	if err := ws.Do(app.EditItem("n2", "criteria", func(it *app.Item) error {
		it.Criteria = []app.Criterion{{Text: "works"}}
		return nil
	})); err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, ws)
	env := f.Env
	env.Try = ws.Do
	env.NewEditor = func(env *page.Env, k app.Key) page.Editor { return edit.NewItemEditor(env, k.ID) }
	panel := page.WithSidePanel(env, f.b.Object())
	env.Open = panel.Show
	f.Win.SetContent(panel.Split)
	f.Win.Resize(fyne.NewSize(1400, 560)) // the estimate is below the editor's fold

	r := f.b.Refusal()
	if r.Visible() {
		t.Fatal("a refusal is shown before any move")
	}
	f.b.Select("n2")
	f.b.MoveSelected(app.StatusReady)

	if got := f.item("n2").Status; got != app.StatusNew {
		t.Fatalf("n2 is %s after a refused move", got)
	}
	if top := f.Win.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("a modal is shown: %q", f.dialogTexts())
	}
	if !r.Visible() {
		t.Fatal("the refusal is hidden")
	}
	got := r.Sentence()
	if !strings.HasPrefix(got, "New two") || !strings.Contains(got, "estimate") || strings.Contains(got, "n2") {
		t.Errorf("the refusal says %q, want the title and the estimate, no ID", got)
	}
	newCol := f.b.cols[0]
	if newCol.status != app.StatusNew || len(newCol.note.Objects) != 1 || newCol.note.Objects[0] != r {
		t.Errorf("the refusal is not under the New column, where the card is")
	}
	for _, c := range f.b.cols[1:] {
		if len(c.note.Objects) != 0 {
			t.Errorf("the %s column shows a refusal too", c.status.Title())
		}
	}
	fix := r.FixButton()
	if fix.Hidden || fix.Text != "Open the estimate" {
		t.Fatalf("the way out is %q (hidden %v), want Open the estimate", fix.Text, fix.Hidden)
	}
	test.Tap(fix)
	if r.Visible() {
		t.Error("the refusal stays after its way out was taken")
	}
	e, ok := f.Win.Canvas().Focused().(*form.Entry)
	if !ok || e.PlaceHolder != "not estimated" {
		t.Fatalf("focused %T %v, want the estimate of n2's editor", f.Win.Canvas().Focused(), f.Win.Canvas().Focused())
	}
	if y := fyne.CurrentApp().Driver().AbsolutePositionForObject(e).Y; y < 0 || y+e.Size().Height > f.Win.Canvas().Size().Height {
		t.Errorf("the estimate is out of sight, at y %v of %v", y, f.Win.Canvas().Size().Height)
	}
	test.Type(e, "5")
	f.Win.Canvas().Unfocus()
	f.b.MoveSelected(app.StatusReady)
	if got := f.item("n2").Status; got != app.StatusReady {
		t.Errorf("n2 is %s after being estimated, want ready (refusal %q)", got, r.Sentence())
	}
	if r.Visible() {
		t.Error("the refusal stays after the move went through")
	}
}
