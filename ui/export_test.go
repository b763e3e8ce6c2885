package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"canopy/export/brief"
	"canopy/ui/internal/uitest"
)

func TestExportBriefFromTheWindow(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	s, _ := newTestShell(t, ws, nil)
	out := filepath.Join(t.TempDir(), "brief.pdf")
	s.dialogs.ExportBriefTo(out, brief.BriefOptions{Summary: true})
	top := uitest.WaitForDialog(t, s.win, "Wrote "+out)
	if s.busy {
		t.Error("busy is still set after the brief was written")
	}
	data, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("the brief: %d bytes, %v", len(data), err)
	}
	open := uitest.Button(top, "Open the brief")
	if open == nil {
		t.Fatal("no button opens the brief")
	}
	test.Tap(open)
	if top := s.win.Canvas().Overlays().Top(); top != nil && uitest.HasText(top, "Wrote ") {
		t.Error("the dialog stays open after opening the brief")
	}
	// Inside the workspace: refused before anything is written.
	s.dialogs.Dir = t.TempDir()
	inside := filepath.Join(s.dialogs.Dir, "brief.pdf")
	s.dialogs.ExportBriefTo(inside, brief.BriefOptions{})
	uitest.WaitForDialog(t, s.win, "outside the workspace folder")
	if _, err := os.Stat(inside); err == nil {
		t.Error("a brief was written inside the workspace")
	}
	if !strings.Contains(s.dialogs.ExportMenu().ChildMenu.Items[1].Label, "Strategy brief") {
		t.Error("File ▸ Export has no Strategy brief item")
	}
}
