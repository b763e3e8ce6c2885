package edit

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
)

// TestItemEditorRefusalBesideTheItem: a value the rules refuse (an estimate
// below 0) is said under the editor's heading by the item's title, not in
// a modal, with the button that puts the cursor back in the estimate; the
// next accepted change takes the refusal away.
func TestItemEditorRefusalBesideTheItem(t *testing.T) {
	f := newItemFixture(t, "item-c")
	f.Env.Try = f.ws.Do
	f.Env.Open = func(app.Key) {} // the editor is open already
	est := f.ed.details.estimate
	r := f.ed.refusal
	if r.Visible() {
		t.Fatal("a refusal is shown before any change")
	}
	f.typeInto(est, "-1")
	if f.item("item-c").Estimate != 3 || est.Text != "3" {
		t.Fatalf("-1: estimate %v, field %q", f.item("item-c").Estimate, est.Text)
	}
	if top := f.Win.Canvas().Overlays().Top(); top != nil {
		t.Fatal("a modal is shown")
	}
	if !r.Visible() || !strings.HasPrefix(r.Sentence(), "Gamma") || !strings.Contains(r.Sentence(), "estimate") || strings.Contains(r.Sentence(), "item-c") {
		t.Fatalf("the refusal (shown %v) says %q, want Gamma's estimate without the ID", r.Visible(), r.Sentence())
	}
	if got := r.FixButton().Text; got != "Open the estimate" {
		t.Errorf("the way out is %q", got)
	}
	f.Win.Canvas().Unfocus()
	test.Tap(r.FixButton())
	if f.Win.Canvas().Focused() != est {
		t.Errorf("the way out focused %v, want the estimate", f.Win.Canvas().Focused())
	}
	f.typeInto(est, "4")
	if f.item("item-c").Estimate != 4 || r.Visible() {
		t.Errorf("4: estimate %v, refusal still shown %v", f.item("item-c").Estimate, r.Visible())
	}
}
