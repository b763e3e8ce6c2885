package page

import (
	"errors"
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
)

// TestRefusalSays: a refusal shows a rule's sentence (wrapped or one of
// several problems) with the button named after the field that puts it
// right, and leaves other errors to ShowRefusal; the button opens that
// field of the entity.
func TestRefusalSays(t *testing.T) {
	test.NewTempApp(t)
	key := app.Key{Kind: app.KindItem, ID: "item-x"}
	move := &app.RuleError{Key: key, Name: "Live map", Field: "status", Say: "can't move to Ready yet: give it an estimate", Open: "estimate"}
	crit := &app.RuleError{Key: key, Name: "Live map", Field: "criteria[1].text", Msg: "must not be empty"}
	for _, tt := range []struct {
		name     string
		err      error
		shown    bool
		sentence string
		button   string
		field    string
	}{
		{"wrapped", fmt.Errorf("Move to Ready: %w", move), true, "Live map can't move to Ready yet: give it an estimate", "Open the estimate", "estimate"},
		{"problems", app.Problems{crit, move}, true, "Live map: acceptance criterion 2's text must not be empty", "Open acceptance criterion 2's text", "criteria[1].text"},
		{"not a rule", errors.New("disk full"), false, "", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var opened app.Key
			env := &Env{Open: func(k app.Key) { opened = k }}
			var asked string
			r := NewRefusal(env)
			if got := r.Say(tt.err); got != tt.shown || r.Visible() != tt.shown {
				t.Fatalf("Say = %v, shown %v, want %v", got, r.Visible(), tt.shown)
			}
			if !tt.shown {
				return
			}
			if r.Sentence() != tt.sentence || r.FixButton().Text != tt.button {
				t.Errorf("says %q with %q, want %q with %q", r.Sentence(), r.FixButton().Text, tt.sentence, tt.button)
			}
			r.Local = func(k app.Key, field string) bool { asked = field; return false }
			test.Tap(r.FixButton())
			if opened != key || asked != tt.field || r.Visible() {
				t.Errorf("the button opened %v at %q (refusal shown %v), want %v at %q", opened, asked, r.Visible(), key, tt.field)
			}
		})
	}
}
