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

// TestValidateNamesBadFieldValues edits an item's file by hand: values of
// the wrong type or not among the options are problems naming the file,
// the item by title and the field, and the workspace still opens.
func TestValidateNamesBadFieldValues(t *testing.T) {
	dir := sampleDir(t)
	file := filepath.Join(dir, "items", "item-hkrpkb72.json")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.NewReplacer(`"segment": "SMB"`, `"segment": "Huge"`, `"arr": 48000`, `"arr": "lots"`).Replace(string(data))
	if bad == string(data) {
		t.Fatal("the sample item has no such values")
	}
	if err := os.WriteFile(file, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := runCLI(t, "validate", dir)
	for _, want := range []string{
		`items/item-hkrpkb72.json: item item-hkrpkb72 (On-my-way text with a live ETA link): field fields.arr: ARR must be a number, got "lots"`,
		`items/item-hkrpkb72.json: item item-hkrpkb72 (On-my-way text with a live ETA link): field fields.segment: Segment must be one of SMB, Mid-market, Enterprise, got "Huge"`,
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("validate does not say %q:\n%s", want, stdout)
		}
	}
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	if code, _, stderr := runCLI(t, "next", dir, "--model", "formula"); code != 0 {
		t.Fatalf("next by formula on the damaged workspace: exit %d %s", code, stderr)
	}
}
