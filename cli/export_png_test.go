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

// TestExportPNGForecast: --forecast draws the sample's forecast whiskers
// on the picture (it differs from the one without), the same bytes twice;
// a workspace without history warns why there are none.
func TestExportPNGForecast(t *testing.T) {
	dir := sampleDir(t)
	out := t.TempDir()
	args := func(name string, more ...string) []string {
		return append([]string{"export", dir, "--png", filepath.Join(out, name), "--width", "1600", "--today", "2026-11-27"}, more...)
	}
	for _, a := range [][]string{args("plain.png"), args("forecast.png", "--forecast"), args("again.png", "--forecast")} {
		if code, stdout, stderr := runCLI(t, a...); code != 0 || stderr != "" {
			t.Fatalf("%v: exit %d\n%s%s", a, code, stdout, stderr)
		}
	}
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if bytes.Equal(read("plain.png"), read("forecast.png")) {
		t.Error("--forecast drew nothing more")
	}
	if !bytes.Equal(read("forecast.png"), read("again.png")) {
		t.Error("the same forecast picture twice differs")
	}
	// Seen in September, the sample's history is too short to forecast.
	early := []string{"export", dir, "--png", filepath.Join(out, "early.png"), "--forecast", "--today", "2026-09-10"}
	code, _, stderr := runCLI(t, early...)
	if code != 0 || !strings.Contains(stderr, "warning: no forecast on the roadmap picture: ") || !strings.Contains(stderr, "a forecast needs about 6") {
		t.Errorf("too little history: exit %d, stderr %q", code, stderr)
	}
}
