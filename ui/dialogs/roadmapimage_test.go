package dialogs

import (
	"testing"

	"canopy/ui/internal/uitest"
)

func TestRoadmapImageOptions(t *testing.T) {
	ws := uitest.SeedWorkspace(t)
	for _, c := range []struct {
		name, from, to, width string
		ok                    bool
		wantW                 int
	}{
		{"defaults", "", "", "1920", true, 1920},
		{"a range", "2026-01-01", "2026-06-30", "1280", true, 1280},
		{"backwards", "2026-06-30", "2026-01-01", "1920", false, 0},
		{"not a date", "June", "", "1920", false, 0},
		{"too narrow", "", "", "120", false, 0},
		{"not a number", "", "", "wide", false, 0},
	} {
		d := newRoadmapImageDialog()
		d.from.SetText(c.from)
		d.to.SetText(c.to)
		d.width.SetText(c.width)
		o, err := d.options(ws)
		if (err == nil) != c.ok {
			t.Errorf("%s: error %v, want ok %v", c.name, err, c.ok)
			continue
		}
		if c.ok && (o.Width != c.wantW || o.Title != uitest.TestProduct+" roadmap") {
			t.Errorf("%s: %+v", c.name, o)
		}
	}
}
