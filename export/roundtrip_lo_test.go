package export

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestLibreOfficeResaveRoundTrip re-saves the sample's export in LibreOffice
// and imports it: every row must read back unchanged.
func TestLibreOfficeResaveRoundTrip(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatal("soffice is missing: run `make test`, which installs libreoffice-calc-nogui")
	}
	ws := sampleWorkspace(t)
	dir := t.TempDir()
	var buf bytes.Buffer
	if _, err := WriteBacklog(&buf, ws, exportTime); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "backlog.xlsx")
	if err := os.WriteFile(in, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "xlsx", "--outdir", out, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	data, err := os.ReadFile(filepath.Join(out, "backlog.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(data, buf.Bytes()) {
		t.Fatal("LibreOffice did not re-save the file")
	}
	p := readBack(t, data, ws)
	if p.New+p.Updated+p.Invalid != 0 || p.Unchanged != len(ws.Items()) {
		t.Fatalf("after a LibreOffice re-save: %s\n%s", p.Summary(), strings.Join(p.Lines(), "\n"))
	}
	if len(p.Notes) != 0 {
		t.Errorf("notes: %q", p.Notes)
	}
}
