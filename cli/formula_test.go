package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNextByFormula(t *testing.T) {
	dir := sampleDir(t)
	code, stdout, stderr := runCLI(t, "next", dir, "--model", "formula", "--limit", "3")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 4 || !strings.Contains(lines[0], "FORMULA") {
		t.Fatalf("next --model formula:\n%s", stdout)
	}
	// The sample's formula puts its enterprise commitment with the most ARR
	// (450 000 $ → 450 + 100 + 50) first.
	if !strings.Contains(lines[1], "600") || !strings.Contains(lines[1], "Match jobs to technicians") {
		t.Fatalf("first line %q", lines[1])
	}
	// A formula that does not compile is an error naming it and the place.
	manifest := filepath.Join(dir, "canopy.json")
	data, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(data), `"formula": "fields.arr`, `"formula": "fields.nosuch + fields.arr`, 1)
	if bad == string(data) {
		t.Fatal("the sample's manifest has no formula")
	}
	if err := os.WriteFile(manifest, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCLI(t, "next", dir, "--model", "formula")
	if code == 0 || !strings.Contains(stderr, `formula "fields.nosuch`) || !strings.Contains(stderr, "line 1, column") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
}
