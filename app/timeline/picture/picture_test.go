package picture

import (
	"bytes"
	"flag"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"canopy/app"
	"canopy/app/sample"
	"canopy/app/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden pictures under testdata/")

var today = app.MustDate("2026-11-27")

func samplePlan(t testing.TB) (*app.Workspace, *timeline.Plan) {
	t.Helper()
	ws, err := sample.New(today, app.DayClock(today))
	if err != nil {
		t.Fatal(err)
	}
	return ws, timeline.NewPlan(ws, today)
}

// TestGolden draws the sample's roadmap at the default width over its span
// and over a chosen range, and compares with the pictures under testdata/.
func TestGolden(t *testing.T) {
	ws, p := samplePlan(t)
	for _, c := range []struct {
		name string
		o    Options
	}{
		{"sample.png", Options{Title: ws.Product().Name + " roadmap"}},
		{"sample_quarter_1280.png", Options{Title: "Next quarter", From: app.MustDate("2026-11-01"), To: app.MustDate("2027-01-31"), Width: 1280}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WritePNG(&buf, p, c.o); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", c.name)
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				failed := filepath.Join(t.TempDir(), c.name)
				_ = os.WriteFile(failed, buf.Bytes(), 0o644)
				t.Errorf("%s differs from the golden picture; the new one is at %s", c.name, failed)
			}
		})
	}
}

// TestRenderDrawsTheBars checks, pixel by pixel, that a bar of each status
// shows its colour at the size asked for.
func TestRenderDrawsTheBars(t *testing.T) {
	_, p := samplePlan(t)
	img, err := Render(p, Options{Width: 1600})
	if err != nil {
		t.Fatal(err)
	}
	if w := img.Bounds().Dx(); w != 1600 {
		t.Errorf("width %d, want 1600", w)
	}
	count := map[color.RGBA]int{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			count[img.RGBAAt(x, y)]++
		}
	}
	seen := map[app.InitiativeStatus]bool{}
	for _, bar := range p.Bars {
		if !bar.Late {
			seen[bar.Status] = true
		}
	}
	for st := range seen {
		c := timeline.StatusColor(st)
		if n := count[color.RGBA{c.R, c.G, c.B, 0xff}]; n < 200 {
			t.Errorf("%s: %d pixels of its colour, want the bars' area", st, n)
		}
	}
}

func TestRenderRefuses(t *testing.T) {
	_, p := samplePlan(t)
	for _, c := range []struct {
		name string
		o    Options
	}{
		{"too narrow", Options{Width: 100}},
		{"too wide", Options{Width: MaxWidth + 1}},
		{"ends before it starts", Options{From: app.MustDate("2027-01-01"), To: app.MustDate("2026-01-01")}},
	} {
		if _, err := Render(p, c.o); err == nil {
			t.Errorf("%s: no error", c.name)
		}
	}
}

func TestZoom(t *testing.T) {
	for _, c := range []struct {
		dayWidth float64
		fiscal   bool
		want     timeline.Zoom
	}{
		{14, false, timeline.Weeks},
		{3, false, timeline.Months},
		{1, false, timeline.Quarters},
		{1, true, timeline.FiscalQuarters},
		{0.2, false, timeline.Years},
	} {
		if got := Zoom(c.dayWidth, c.fiscal); got != c.want {
			t.Errorf("Zoom(%v, %v) = %v, want %v", c.dayWidth, c.fiscal, got, c.want)
		}
	}
}

func TestWritePNGDecodes(t *testing.T) {
	_, p := samplePlan(t)
	var buf bytes.Buffer
	if err := WritePNG(&buf, p, Options{Width: 800}); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds().Dx() != 800 || img.Bounds().Dy() < 300 {
		t.Errorf("size %v", img.Bounds())
	}
	_ = image.Point{}
}
