package cli

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportPNG(t *testing.T) {
	dir := sampleDir(t)
	out := filepath.Join(t.TempDir(), "roadmap.png")
	code, stdout, stderr := runCLI(t, "export", dir, "--png", out, "--width", "1600", "--from", "2026-12-01", "--to", "2027-05-31", "--today", "2026-11-27")
	if code != 0 || !strings.Contains(stdout, "wrote "+out+" (roadmap, 1600 pixels wide)") {
		t.Fatalf("export: exit %d\n%s%s", code, stdout, stderr)
	}
	first, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(first))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	if img.Bounds().Dx() != 1600 || img.Bounds().Dy() < 300 {
		t.Errorf("picture of %v", img.Bounds())
	}
	if code, _, _ := runCLI(t, "export", dir, "--png", out, "--width", "1600", "--from", "2026-12-01", "--to", "2027-05-31", "--today", "2026-11-27"); code != 0 {
		t.Fatal("second export failed")
	}
	if again, _ := os.ReadFile(out); !bytes.Equal(first, again) {
		t.Error("the same picture on the same day differs")
	}
	for _, c := range []struct {
		name string
		args []string
	}{
		{"too narrow", []string{"--png", out, "--width", "12"}},
		{"inside the workspace", []string{"--png", filepath.Join(dir, "roadmap.png")}},
		{"range backwards", []string{"--png", out, "--from", "2027-05-01", "--to", "2027-01-01"}},
	} {
		if code, _, _ := runCLI(t, append([]string{"export", dir}, c.args...)...); code == 0 {
			t.Errorf("%s: exit 0", c.name)
		}
	}
}
