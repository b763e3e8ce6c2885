package xlsx

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
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
	// The import reads the Backlog only; the Strategy sheet's positioning
	// map must still survive the re-save as numbers under its headers.
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetStrategy, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, r := range rows {
		if len(r) > 0 {
			got[r[0]] = r[1:]
		}
	}
	s := ws.Strategy()
	for label, want := range map[string][]string{
		"Our position x": {num(s.OurPosition.X)},
		"Our position y": {num(s.OurPosition.Y)},
		"Competitor": {"Segment", "Strengths", "Weaknesses", "Pricing", "How we differ",
			PositionHeader("x", s.PositioningAxes.X), PositionHeader("y", s.PositioningAxes.Y)},
	} {
		if !slices.Equal(got[label], want) {
			t.Errorf("after a LibreOffice re-save, %s: %q, want %q", label, got[label], want)
		}
	}
	for _, c := range ws.Competitors() {
		if r := got[c.Name]; len(r) < 7 || r[5] != num(c.Position.X) || r[6] != num(c.Position.Y) {
			t.Errorf("after a LibreOffice re-save, %s: %q, want its place %v", c.Name, r, *c.Position)
		}
	}
}
