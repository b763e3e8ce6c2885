package packaging

import (
	"encoding/json"
	"os"
	"testing"
)

// TestManifestDeclaresWindows10 checks the resource definition the Windows
// package is built from: the Go runtime no longer runs on Windows 7 or 8,
// so the manifest declares Windows 10 and 11 only ("win10" in go-winres).
func TestManifestDeclaresWindows10(t *testing.T) {
	data, err := os.ReadFile("windows/winres.json")
	if err != nil {
		t.Fatal(err)
	}
	var def struct {
		Manifest map[string]map[string]struct {
			MinimumOS string `json:"minimum-os"`
		} `json:"RT_MANIFEST"`
	}
	if err := json.Unmarshal(data, &def); err != nil {
		t.Fatal(err)
	}
	m, ok := def.Manifest["#1"]["0409"]
	if !ok {
		t.Fatal("no manifest #1/0409 in windows/winres.json")
	}
	if m.MinimumOS != "win10" {
		t.Fatalf("minimum-os = %q, want win10 (Windows 10 and 11)", m.MinimumOS)
	}
}
