package brief

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"canopy/app"
)

// checkSummaryMap checks the executive summary's map as the layout recorded
// it: one plot, square, within the summary's bounds, on the page, with each
// of wantLabels drawn inside it; and that no text runs below the summary's
// bottom edge.
func checkSummaryMap(t *testing.T, lay *briefLayout, wantLabels []string) {
	t.Helper()
	bottom := lay.pageH - 36 // the summary's bottom edge
	for _, x := range lay.texts {
		if x.y+x.h > bottom+0.5 {
			t.Errorf("%q runs to %.1f, below the summary's bottom edge %.1f", x.s, x.y+x.h, bottom)
		}
	}
	if len(lay.plots) != 1 {
		t.Fatalf("%d maps drawn, want 1", len(lay.plots))
	}
	p := lay.plots[0]
	if p.page != 1 || p.box.w != p.box.h || p.box.w < summaryMapMinSide-1e-9 || p.box.w > summaryMapMaxSide+1e-9 {
		t.Errorf("plot on page %d, %.1f × %.1f points; want a square on page 1 of %g to %g", p.page, p.box.w, p.box.h, summaryMapMinSide, summaryMapMaxSide)
	}
	if !p.box.within(rect{margin, 0, lay.pageW - 2*margin, bottom}) {
		t.Errorf("plot %+v is not inside the page's columns", p.box)
	}
	for _, l := range wantLabels {
		if !slices.Contains(p.labels, l) {
			t.Errorf("the map has no label %q (labels %q)", l, p.labels)
		}
	}
	// Each label is drawn inside the plot (our name is also the title's).
	for _, l := range p.labels {
		in := false
		for _, x := range lay.texts {
			in = in || x.s == l && (rect{x.x, x.y, x.w, x.h}).within(p.box)
		}
		if !in {
			t.Errorf("label %q is not drawn inside the plot %+v", l, p.box)
		}
	}
}

// TestBriefSummaryMap checks that the executive summary of the sample shows
// the positioning map on every paper and orientation, on its one page, with
// the axes' names and the competitors' labels.
func TestBriefSummaryMap(t *testing.T) {
	ws := sampleWorkspace(t)
	labels := []string{"Crewline", "ServiceForge", "JobJar", "RouteMaster Pro", "Whiteboards and spreadsheets"}
	for _, paper := range []Paper{PaperA4, PaperLetter} {
		for _, land := range []bool{false, true} {
			opt := BriefOptions{Paper: paper, Landscape: land, Summary: true}
			t.Run(fmt.Sprintf("%s landscape %v", paper, land), func(t *testing.T) {
				b, lay, _ := writeBrief(t, ws, opt)
				path := savePDF(t, b)
				checkLayout(t, lay, checkPDF(t, path), opt)
				checkSummaryMap(t, lay, labels)
				checkText(t, path, append([]string{"POSITIONING", "Price per technician", "Ease of getting started",
					"COMING RELEASES", "Crewline 5.0", "MILESTONES AHEAD", "TOP RISKS", "Now (5)"}, labels...)...)
			})
		}
	}
}

// TestBriefSummaryMapWhen checks when the summary leaves the map out (axes
// not named, nobody placed) and that a crowded map and a crowded page stay
// on one page, the map inside it.
func TestBriefSummaryMapWhen(t *testing.T) {
	tests := []struct {
		name    string
		ws      func(t *testing.T) *app.Workspace
		edit    func(tx *app.Tx, ws *app.Workspace) error
		wantMap bool
		// landscape, when false with wantMap, says letter landscape draws
		// no map.
		landscape bool
		labels    []string
		text      []string
	}{
		{
			name: "an axis without a name",
			edit: func(tx *app.Tx, ws *app.Workspace) error {
				tx.EditStrategy().PositioningAxes.Y = " "
				return nil
			},
		},
		{
			name: "nobody placed",
			edit: func(tx *app.Tx, ws *app.Workspace) error {
				return unplace(tx, ws, 0, true)
			},
		},
		{
			name: "only one competitor placed",
			edit: func(tx *app.Tx, ws *app.Workspace) error {
				return unplace(tx, ws, 1, true)
			},
			wantMap: true, landscape: true, labels: []string{"JobJar"},
		},
		{
			name: "a crowded map",
			edit: func(tx *app.Tx, ws *app.Workspace) error {
				for i := range 16 {
					p := app.Point{X: 55 + float64(i%4)*3.5, Y: 30 + float64(i/4)*3.5}
					if err := tx.Put(&app.Competitor{ID: fmt.Sprintf("comp-grid%04d", i), Name: fmt.Sprintf("Grid %02d", i), Position: &p}); err != nil {
						return err
					}
				}
				return nil
			},
			wantMap: true, landscape: true, labels: []string{"Crewline"}, text: []string{"Crowded marks:"},
		},
		{
			// The band beside the map holds one coming release: the map
			// takes the room it needs, its key included, not the release's.
			name: "a crowded map beside one release",
			edit: func(tx *app.Tx, ws *app.Workspace) error {
				for i := range 16 {
					p := app.Point{X: 55 + float64(i%4)*3.5, Y: 30 + float64(i/4)*3.5}
					if err := tx.Put(&app.Competitor{ID: fmt.Sprintf("comp-grid%04d", i), Name: fmt.Sprintf("Grid %02d", i), Position: &p}); err != nil {
						return err
					}
				}
				// The others shipped and the milestones passed last year.
				for _, m := range ws.Milestones() {
					m, err := app.Edit[*app.Milestone](tx, app.KindMilestone, m.ID)
					if err != nil {
						return err
					}
					m.Date = app.MustDate("2025-06-01")
				}
				for _, r := range ws.Releases()[1:] {
					r, err := app.Edit[*app.Release](tx, app.KindRelease, r.ID)
					if err != nil {
						return err
					}
					r.Start, r.Date = app.MustDate("2025-05-01"), app.MustDate("2025-06-01")
				}
				return nil
			},
			wantMap: true, landscape: true, labels: []string{"Crewline"}, text: []string{"Crowded marks:"},
		},
		{
			name:      "a crowded page",
			ws:        func(t *testing.T) *app.Workspace { return bigWorkspace(t) },
			wantMap:   true,
			landscape: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ws *app.Workspace
			if tt.ws != nil {
				ws = tt.ws(t)
			} else {
				ws = sampleWorkspace(t)
			}
			if tt.edit != nil {
				if err := ws.Do(app.Func{Desc: "edit", Fn: func(tx *app.Tx) error { return tt.edit(tx, ws) }}); err != nil {
					t.Fatal(err)
				}
			}
			for _, opt := range []BriefOptions{{Summary: true}, {Summary: true, Paper: PaperLetter, Landscape: true}} {
				b, lay, _ := writeBrief(t, ws, opt)
				path := savePDF(t, b)
				checkLayout(t, lay, checkPDF(t, path), opt)
				text := strings.Join(strings.Fields(checkText(t, path, tt.text...)), " ")
				if !tt.wantMap || opt.Landscape && !tt.landscape {
					if len(lay.plots) != 0 || strings.Contains(text, "POSITIONING") {
						t.Errorf("landscape %v: %d maps drawn, want none", opt.Landscape, len(lay.plots))
					}
					continue
				}
				checkSummaryMap(t, lay, tt.labels)
			}
		})
	}
}

// TestSummaryMapSize draws the summary's map in less and less room: it
// shrinks with the room, never below summaryMapMinSide, and is left out
// (nothing drawn, not even its label) when the room cannot hold that.
func TestSummaryMapSize(t *testing.T) {
	ws := sampleWorkspace(t)
	cov, err := fontCoverage()
	if err != nil {
		t.Fatal(err)
	}
	_, b, err := layoutBrief(ws, BriefOptions{Paper: PaperA4, Summary: true, Date: day}, false, true, cov, 0)
	if err != nil {
		t.Fatal(err)
	}
	d := b.d
	d.left, d.right = margin, d.pw-margin
	overhead := summaryMapMin - summaryMapMinSide // the label, the axes, the space under
	least := b.summaryMapRoom()                   // with the key the smallest plot needs
	if least < summaryMapMin {
		t.Fatalf("the least room %.1f is less than summaryMapMin %.1f", least, summaryMapMin)
	}
	keyH := summaryMap(summaryMapMinSide).keyHeight()
	prev := summaryMapMaxSide + 1
	// Room from the most down: least is enough; below summaryMapMin is not;
	// between them, a plot bigger than the smallest may need no key.
	for _, room := range []float64{400, summaryMapMaxSide + overhead, 200, least + 0.5, least - 0.5, summaryMapMin - 0.5, 100} {
		d.rec.plots, d.rec.texts = nil, nil
		d.y = d.bottom - room
		drawn := b.summaryMap(0, 0)
		if room >= least && !drawn || room < summaryMapMin && drawn {
			t.Errorf("room %.1f: drawn %v (the least room %.1f, the least without a key %.1f)", room, drawn, least, summaryMapMin)
		}
		if !drawn {
			if len(d.rec.plots) != 0 || len(d.rec.texts) != 0 || d.y != d.bottom-room {
				t.Errorf("room %.1f: left out, yet %d plots and %d texts drawn, y moved by %.1f", room, len(d.rec.plots), len(d.rec.texts), d.y-(d.bottom-room))
			}
			continue
		}
		side := d.rec.plots[0].box.w
		if side < summaryMapMinSide || side > summaryMapMaxSide || side > prev {
			t.Errorf("room %.1f: side %.1f, want %g to %g and no more than in more room (%.1f)", room, side, summaryMapMinSide, summaryMapMaxSide, prev)
		}
		if room < summaryMapMaxSide+overhead && (side > room-overhead+0.01 || side < room-overhead-keyH-0.01) {
			t.Errorf("room %.1f: side %.1f, want the room less %.1f, and less the key's %.1f if it has one", room, side, overhead, keyH)
		}
		if d.y > d.bottom+1e-9 {
			t.Errorf("room %.1f: the map ends at %.1f, below the bottom %.1f", room, d.y, d.bottom)
		}
		for _, x := range d.rec.texts {
			if x.y+x.h > d.bottom+0.5 {
				t.Errorf("room %.1f: %q ends at %.1f, below the bottom %.1f", room, x.s, x.y+x.h, d.bottom)
			}
		}
		prev = side
	}
}
