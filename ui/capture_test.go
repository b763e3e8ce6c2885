package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/insights"
	"canopy/ui/internal/uitest"
)

// TestQuickCaptureFromAnywhere: Mod+Shift+K on another section asks for
// what the customer said; adding it puts a new insight in the inbox as one
// command and shows it in the Insights section, whose sidebar entry is
// Mod+7. Cancel adds nothing.
func TestQuickCaptureFromAnywhere(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	s.showSection("backlog")

	typeShortcut(s.win, ctrl(insights.CaptureKey, fyne.KeyModifierShift))
	top := uitest.WaitForDialog(t, s.win, "Capture an insight")
	test.Tap(uitest.Button(top, "Cancel"))
	if ws.Count(app.KindInsight) != 0 {
		t.Fatal("Cancel captured an insight")
	}

	typeShortcut(s.win, ctrl(insights.CaptureKey, fyne.KeyModifierShift))
	top = uitest.WaitForDialog(t, s.win, "Capture an insight")
	test.Type(uitest.Find[*widget.Entry](t, top), "Let me plan frost cover by field")
	test.Tap(uitest.Button(top, "Add to the inbox"))
	ins := ws.Insights()
	if len(ins) != 1 || ins[0].Text != "Let me plan frost cover by field" || ins[0].State != app.InsightNew {
		t.Fatalf("captured %+v", ins)
	}
	if got, _ := ws.CanUndo(); got != "Add insight" {
		t.Errorf("the last command is %q", got)
	}
	if s.current != "insights" {
		t.Errorf("after capture the window shows %q, want the Insights section", s.current)
	}
	typeShortcut(s.win, ctrl(sectionKey(6), 0))
	if s.current != "insights" {
		t.Errorf("Mod+7 shows %q", s.current)
	}
}
