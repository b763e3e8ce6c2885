package backlog

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
	"canopy/ui/internal/uitest"
)

func TestFilterBarIsRememberedPerWorkspace(t *testing.T) {
	a := test.NewTempApp(t)
	ws := uitest.SeedWorkspace(t)
	var got app.Filter
	b := newFilterBar(ws, a.Preferences(), "/plans/orchard", func(f app.Filter) { got = f })
	b.typ.SetSelected("bug")
	b.blocked.SetChecked(true)
	test.Type(b.text, "waits")
	if len(got.Types) != 1 || got.Types[0] != app.TypeBug || !got.BlockedOnly || got.Text != "waits" {
		t.Fatalf("filter = %+v", got)
	}
	var ids []string
	m := got.Matcher(ws)
	for _, it := range ws.Items() {
		if m.Match(it) {
			ids = append(ids, it.ID)
		}
	}
	if len(ids) != 1 || ids[0] != "item-c" {
		t.Fatalf("matched %v", ids)
	}
	// Another window on the same workspace starts with the same filter;
	// another workspace does not.
	again := newFilterBar(ws, a.Preferences(), "/plans/orchard", nil)
	if again.typ.Selected != "bug" || !again.blocked.Checked || again.text.Text != "waits" {
		t.Fatalf("not remembered: %q %v %q", again.typ.Selected, again.blocked.Checked, again.text.Text)
	}
	other := newFilterBar(ws, a.Preferences(), "/plans/other", nil)
	if !other.filter.Empty() {
		t.Fatalf("another workspace got the filter: %+v", other.filter)
	}
	test.Tap(again.clear)
	if !again.filter.Empty() || again.typ.Selected != "" {
		t.Fatalf("clear left %+v", again.filter)
	}
	b.typ.SetSelected(anyChoice)
	if len(got.Types) != 0 {
		t.Fatalf("Any kept a type: %+v", got.Types)
	}
}
