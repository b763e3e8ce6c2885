package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestExportWithChanges(t *testing.T) {
	dir := reviewedPlan(t)
	out := t.TempDir()
	xlsx, pdf := filepath.Join(out, "plan.xlsx"), filepath.Join(out, "brief.pdf")
	code, _, stderr := runCLI(t, "export", dir, "--xlsx", xlsx, "--pdf", pdf, "--baseline", "q4", "--today", "2026-12-02")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Changes")
	if err != nil || len(rows) < 3 || rows[0][0] != "What changed since baseline q4 (saved 2026-11-20)" {
		t.Fatalf("Changes sheet: %v %q", err, rows)
	}
	text, err := runText("pdftotext", pdf, "-")
	if err != nil {
		t.Fatal("pdftotext is needed (poppler-utils; `make test` installs it):", err)
	}
	if !strings.Contains(text, "What changed since baseline q4") || !strings.Contains(text, "slipped 3 w") {
		t.Errorf("the brief has no changes section:\n%.2000s", text)
	}

	// Without a flag neither has them; a wrong revision is an error.
	runCLI(t, "export", dir, "--xlsx", xlsx, "--today", "2026-12-02")
	g, _ := excelize.OpenFile(xlsx)
	if idx, _ := g.GetSheetIndex("Changes"); idx >= 0 {
		t.Error("a plain export has a Changes sheet")
	}
	before, _ := os.ReadFile(xlsx)
	if code, _, stderr := runCLI(t, "export", dir, "--xlsx", xlsx, "--rev", "v9"); code != 1 || !strings.Contains(stderr, `unknown revision "v9"`) {
		t.Errorf("export --rev v9: exit %d %q", code, stderr)
	}
	if after, _ := os.ReadFile(xlsx); string(after) != string(before) {
		t.Error("a failed export overwrote the file")
	}
}

// runText runs a program and returns its standard output.
func runText(name string, args ...string) (string, error) {
	out, err := exec.Command(name, args...).Output()
	return string(out), err
}
