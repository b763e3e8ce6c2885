package page_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/internal/uitest"
	"canopy/ui/page"
)

func TestFormatNumber(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{
		{0, "0"}, {3, "3"}, {2.5, "2.5"}, {0.126, "0.13"}, {12000, "12000"}, {-0.001, "0"}, {-1.5, "-1.5"},
	} {
		if got := form.FormatNumber(tc.in); got != tc.want {
			t.Errorf("form.FormatNumber(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMetricRange(t *testing.T) {
	for _, tc := range []struct {
		m    app.Metric
		want string
	}{
		{app.Metric{Baseline: 10, Current: 25, Target: 40, Unit: "ms"}, "10 → 25 → 40 ms"},
		{app.Metric{Baseline: 0, Current: 0.5, Target: 1}, "0 → 0.5 → 1"},
		{app.Metric{Baseline: 30, Current: 24, Target: 15, Unit: " % "}, "30 → 24 → 15 %"},
	} {
		if got := page.MetricRange(tc.m); got != tc.want {
			t.Errorf("MetricRange(%+v) = %q, want %q", tc.m, got, tc.want)
		}
	}
}

func TestFormatEstimate(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{
		{0, "no estimate"}, {1, "1 pt"}, {3, "3 pts"}, {0.5, "0.5 pts"},
	} {
		if got := form.FormatEstimate(tc.in); got != tc.want {
			t.Errorf("form.FormatEstimate(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPositioningSentence(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    app.Positioning
		want string
	}{
		{"full", app.Positioning{For: "growers", Who: "plan by hand", Unlike: "paper", OurProduct: "ranks the work."},
			"For |growers|who |plan by hand.|Unlike |paper,|our product |ranks the work."},
		{"no competitor", app.Positioning{For: "growers", Who: "plan by hand", OurProduct: "ranks the work"},
			"For |growers|who |plan by hand.|Our product |ranks the work."},
		{"only who", app.Positioning{Who: " plan by hand "}, "Who |plan by hand."},
		{"only for and unlike", app.Positioning{For: "growers", Unlike: "paper"}, "For |growers.|Unlike |paper."},
		{"empty", app.Positioning{}, "No positioning statement yet."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var parts []string
			for i, seg := range page.PositioningSegments(tc.p) {
				parts = append(parts, seg.(*widget.TextSegment).Text)
				if i%2 == 1 && seg.Inline() {
					t.Errorf("part %q is inline; each part must be a paragraph of its own", seg.Textual())
				}
			}
			if got := strings.Join(parts, "|"); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPositioningWrapsAtSpaces renders a long statement at the widths the
// Strategy column takes (a narrow window's included) and checks that every
// row of text begins and ends on a word boundary: no word of the statement
// is ever split across two rows. (Below ~160 px Fyne breaks words that do not
// fit beside their bold keyword.)
func TestPositioningWrapsAtSpaces(t *testing.T) {
	p := app.Positioning{
		For:        "HVAC, plumbing and electrical contractors with 20 to 200 technicians",
		Who:        "lose hours every day re-planning the schedule by phone",
		Unlike:     "enterprise field-service suites that take months to implement",
		OurProduct: "re-plans the day in one click",
	}
	words := map[string]bool{}
	for _, seg := range page.PositioningSegments(p) {
		for _, w := range strings.Fields(seg.(*widget.TextSegment).Text) {
			words[w] = true
		}
	}
	test.NewTempApp(t)
	for width := float32(200); width <= 900; width += 7 {
		rt := widget.NewRichText(page.PositioningSegments(p)...)
		rt.Wrapping = fyne.TextWrapWord
		w := test.NewTempWindow(t, rt)
		w.Resize(fyne.NewSize(width, 600))
		rt.Resize(fyne.NewSize(width, rt.MinSize().Height))
		var rows []string
		uitest.Walk(w.Canvas().Content(), func(o fyne.CanvasObject, _ fyne.Position) bool {
			if txt, ok := o.(*canvas.Text); ok && strings.TrimSpace(txt.Text) != "" {
				rows = append(rows, txt.Text)
			}
			return true
		})
		if len(rows) == 0 {
			t.Fatalf("width %v: nothing rendered", width)
		}
		for _, row := range rows {
			for _, piece := range strings.Fields(row) {
				if !words[piece] {
					t.Errorf("width %v: row %q holds %q, which is not a whole word of the statement", width, row, piece)
				}
			}
		}
	}
}
