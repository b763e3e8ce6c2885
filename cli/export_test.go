package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestExportPDF(t *testing.T) {
	dir := sampleDir(t)
	before := tree(t, dir)
	tmp := t.TempDir()
	pdf := filepath.Join(tmp, "brief.pdf")
	xlsx := filepath.Join(tmp, "backlog.xlsx")
	code, stdout, stderr := runCLI(t, "export", dir, "--pdf", pdf, "--xlsx", xlsx, "--today", "2026-11-27")
	if code != 0 || !strings.Contains(stdout, "wrote "+pdf+" (strategy brief, A4)") || !strings.Contains(stdout, "wrote "+xlsx+" (62 items)") {
		t.Fatalf("export: exit %d\n%s%s", code, stdout, stderr)
	}
	first, err := os.ReadFile(pdf)
	if err != nil || !bytes.HasPrefix(first, []byte("%PDF-")) || len(first) < 50_000 {
		t.Fatalf("export wrote %d bytes, %v", len(first), err)
	}
	if x, err := os.ReadFile(xlsx); err != nil || string(x[:2]) != "PK" {
		t.Fatalf("the workbook: %v", err)
	}
	if code, _, _ := runCLI(t, "export", dir, "--pdf", pdf, "--today", "2026-11-27"); code != 0 {
		t.Fatal("second export failed")
	}
	if again, _ := os.ReadFile(pdf); !bytes.Equal(first, again) {
		t.Fatal("the same brief on the same day differs")
	}
	if !reflect.DeepEqual(before, tree(t, dir)) {
		t.Fatal("export changed the workspace")
	}
	for _, c := range []struct {
		name string
		args []string
		code int
		out  string // in stdout, or stderr when the exit code is not 0
	}{
		{"summary letter landscape", []string{"--pdf", pdf, "--paper", "letter", "--landscape", "--summary"}, 0, "(executive summary, Letter landscape)"},
		{"sections and range", []string{"--pdf", pdf, "--sections", "roadmap,risks", "--from", "2026-10-01", "--to", "2027-03-31"}, 0, "(strategy brief, A4)"},
		{"bad paper", []string{"--pdf", pdf, "--paper", "a3"}, 2, `--paper: unknown paper "a3": want a4 or letter`},
		{"bad section", []string{"--pdf", pdf, "--sections", "budget"}, 2, `--sections: unknown section "budget"`},
		{"fields by name", []string{"--pdf", pdf, "--sections", "appendix", "--fields", "ARR,customer_commitment"}, 0, "(strategy brief, A4)"},
		{"no field", []string{"--pdf", pdf, "--fields", "none"}, 0, "(strategy brief, A4)"},
		{"unknown field", []string{"--pdf", pdf, "--fields", "budget"}, 2, `--fields: no item field "budget": the workspace's item fields are Segment, ARR, Customer commitment`},
		{"bad date", []string{"--pdf", pdf, "--from", "March"}, 2, `--from: date "March": want YYYY-MM-DD`},
		{"range backwards", []string{"--pdf", pdf, "--from", "2027-01-01", "--to", "2026-01-01"}, 2, "--to 2026-01-01 is before --from 2027-01-01"},
		{"inside the workspace", []string{"--pdf", filepath.Join(dir, "brief.pdf")}, 2, "inside the workspace"},
		{"nothing to write", nil, 2, "want --xlsx FILE, --pdf FILE or both"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, append([]string{"export", dir, "--today", "2026-11-27"}, c.args...)...)
			got := stdout
			if c.code != 0 {
				got = stderr
			}
			if code != c.code || !strings.Contains(got, c.out) {
				t.Errorf("exit %d, want %d with %q\nstdout: %s\nstderr: %s", code, c.code, c.out, stdout, stderr)
			}
		})
	}
}

// TestExportPDFFields: --fields chooses the backlog excerpt's field columns
// in place of the cards' (the sample's cards show Segment).
func TestExportPDFFields(t *testing.T) {
	dir := sampleDir(t)
	pdf := filepath.Join(t.TempDir(), "brief.pdf")
	for _, c := range []struct {
		fields    string
		want, not string
	}{
		{"", "Segment", "ARR"},
		{"arr", "ARR", "Segment"},
	} {
		args := []string{"export", dir, "--today", "2026-11-27", "--pdf", pdf, "--sections", "appendix"}
		if c.fields != "" {
			args = append(args, "--fields", c.fields)
		}
		if code, _, stderr := runCLI(t, args...); code != 0 {
			t.Fatalf("--fields %q: exit %d: %s", c.fields, code, stderr)
		}
		text, err := runText("pdftotext", pdf, "-")
		if err != nil {
			t.Fatal("pdftotext is needed (poppler-utils; `make test` installs it):", err)
		}
		if !strings.Contains(text, c.want) || strings.Contains(text, c.not) {
			t.Errorf("--fields %q: the excerpt should show %q and not %q", c.fields, c.want, c.not)
		}
	}
}
