package ui

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/app"
)

func TestShellWindow(t *testing.T) {
	a := test.NewTempApp(t)
	ws := seedWorkspace(t)
	s := newShell(a, ws, "/plans/orchard", nil)
	t.Cleanup(s.win.Close)

	if got := s.win.Title(); got != testProduct {
		t.Errorf("window title = %q, want %q", got, testProduct)
	}
	if !hasText(s.win.Content(), "/plans/orchard") {
		t.Errorf("the workspace folder is not shown: %q", texts(s.win.Content()))
	}
	if !s.saveItem.Disabled {
		t.Error("Save is enabled without a save function")
	}
}

func TestShellSave(t *testing.T) {
	for _, tc := range []struct {
		name      string
		readOnly  error
		saveErr   error
		wantCalls int
		wantError bool
	}{
		{name: "saves", wantCalls: 1},
		{name: "reports a failure", saveErr: errors.New("disk full"), wantCalls: 1, wantError: true},
		{name: "never saves read-only", readOnly: errLocked, wantCalls: 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			ws := seedWorkspace(t)
			ws.SetReadOnly(tc.readOnly)
			calls := 0
			s := newShell(a, ws, "", func() error { calls++; return tc.saveErr })
			t.Cleanup(s.win.Close)
			s.win.Show()

			s.onSave()

			if calls != tc.wantCalls {
				t.Errorf("save called %d times, want %d", calls, tc.wantCalls)
			}
			if got := s.saveItem.Disabled; got != (tc.readOnly != nil) {
				t.Errorf("Save disabled = %v, want %v", got, tc.readOnly != nil)
			}
			shown := s.win.Canvas().Overlays().Top() != nil
			if shown != tc.wantError {
				t.Errorf("error dialog shown = %v, want %v", shown, tc.wantError)
			}
			if tc.wantError && !hasText(s.win.Canvas().Overlays().Top(), "isk full") { // the dialog capitalizes
				t.Errorf("error dialog does not say why: %q", texts(s.win.Canvas().Overlays().Top()))
			}
		})
	}
}

func TestShellRefreshesOnChange(t *testing.T) {
	a := test.NewTempApp(t)
	ws := seedWorkspace(t)
	s := newShell(a, ws, "", nil)
	t.Cleanup(s.win.Close)

	if err := ws.Do(app.Move("item-a", app.StatusReady, "")); err == nil {
		t.Fatal("moving an item without criteria to Ready succeeded; the seed changed")
	}
	err := ws.Do(app.Func{Desc: "rename", Fn: func(tx *app.Tx) error {
		p := tx.EditProduct()
		p.Owner = "Sam"
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !hasText(s.win.Content(), "Owner Sam") {
		t.Errorf("the header was not refreshed after an edit: %q", texts(s.win.Content()))
	}
}
