package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportInsightsTwice is the product owner's path: twenty support
// requests from a CSV file, previewed, applied and saved; the same file
// again adds nothing; validate is clean and what next shows the evidence.
func TestImportInsightsTwice(t *testing.T) {
	dir := sampleDir(t)
	var b strings.Builder
	b.WriteString("Comment,Company,Date,Feature,Ticket URL\n")
	for i := range 20 {
		b.WriteString("\"Lost my offline edits, case ")
		b.WriteString(strings.Repeat("I", i%5+1))
		b.WriteString("\",Shop ")
		b.WriteByte(byte('A' + i))
		b.WriteString(",2026-11-0")
		b.WriteByte(byte('1' + i%9))
		b.WriteString(",Technician records the parts used on a job,https://help.example.com/t/")
		b.WriteString(strings.Repeat("7", i+1))
		b.WriteString("\n")
	}
	file := filepath.Join(t.TempDir(), "support.csv")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	before := tree(t, dir)
	code, out, stderr := runCLI(t, "import", dir, file, "--insights")
	if code != 0 || !strings.Contains(out, "CSV: 20 new, 0 already imported, 0 invalid") || !strings.Contains(stderr, "preview only") {
		t.Fatalf("preview: exit %d\n%s\n%s", code, out, stderr)
	}
	if after := tree(t, dir); len(after) != len(before) {
		t.Fatal("the preview changed the workspace")
	}
	code, _, stderr = runCLI(t, "import", dir, file, "--insights", "--apply")
	if code != 0 || !strings.Contains(stderr, "applied: 20 new, 0 already imported") {
		t.Fatalf("apply: exit %d: %s", code, stderr)
	}
	code, out, stderr = runCLI(t, "import", dir, file, "--insights", "--apply")
	if code != 0 || !strings.Contains(out, "0 new, 20 already imported") || !strings.Contains(stderr, "nothing to apply") {
		t.Fatalf("second apply: exit %d\n%s\n%s", code, out, stderr)
	}
	if code, out, stderr := runCLI(t, "validate", dir); code != 0 {
		t.Fatalf("validate: exit %d\n%s\n%s", code, out, stderr)
	}
	// What next shows the evidence: the sample's one insight on the item
	// (important, 2) and the twenty imported (unrated, 1 each) from twenty
	// shops.
	code, out, _ = runCLI(t, "next", dir, "--limit", "0")
	found := false
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) > 8 && f[1] == "item-nga2ktv7" {
			found = true
			if got := strings.Join(f[5:8], " "); got != "22 21 21" {
				t.Errorf("next: demand, insights, customers = %s, want 22 21 21\n%s", got, line)
			}
		}
	}
	if code != 0 || !found || !strings.Contains(out, "DEMAND") {
		t.Errorf("next: exit %d\n%s", code, out)
	}
	if code, _, _ := runCLI(t, "import", dir, file, "--insights", "--skip-invalid"); code != 2 {
		t.Errorf("--skip-invalid without --apply: exit %d", code)
	}
}

// TestValidateCoversInsights: an insight linked to an item that is gone
// (a hand edit, a merge) is listed by its file and what it refers to.
func TestValidateCoversInsights(t *testing.T) {
	dir := sampleDir(t)
	bad := `{
  "id": "insight-bad",
  "text": "Please keep the van stock",
  "person": "",
  "company": "Acme",
  "segment": "",
  "source": "",
  "link": "",
  "date": null,
  "importance": "urgent",
  "persona": "",
  "items": [
    "item-gone"
  ],
  "initiatives": [],
  "tags": [],
  "state": "new"
}
`
	if err := os.WriteFile(filepath.Join(dir, "insights", "insight-bad.json"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI(t, "validate", dir)
	for _, want := range []string{
		`insights/insight-bad.json: insight insight-bad (Please keep the van stock): field items[0]: refers to unknown item "item-gone"`,
		`insights/insight-bad.json: insight insight-bad (Please keep the van stock): field importance: must be nice-to-have, important or critical (or empty), got "urgent"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("validate does not say\n%s\n%s", want, out)
		}
	}
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
}
