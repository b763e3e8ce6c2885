package brief

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"canopy/app"
)

// TestBriefPositioningMap draws the positioning section of workspaces that
// place us and the competitors in different ways: the map's axis names and
// labels must reach the text, every label must sit inside the plot, the
// layout checks must pass, and a workspace without any place draws no map.
func TestBriefPositioningMap(t *testing.T) {
	long := strings.Repeat("Very long competitor name ", 6)
	tests := []struct {
		name string
		edit func(tx *app.Tx, ws *app.Workspace) error // applied to the sample
		opt  BriefOptions
		// wantMap says a map is drawn; wantLabels are labels drawn inside it.
		wantMap    bool
		wantLabels []string
		wantText   []string // found by pdftotext
		wantNot    []string // not found by pdftotext
	}{
		{
			name:    "the sample",
			wantMap: true, wantLabels: []string{"Crewline", "ServiceForge", "JobJar", "RouteMaster Pro", "Whiteboards and spreadsheets"},
			wantText: []string{"POSITIONING MAP", "Price per technician", "Ease of getting started", "low", "high"},
			wantNot:  []string{"Not placed", "Crowded marks"},
		},
		{
			name:    "the sample in letter landscape",
			opt:     BriefOptions{Paper: PaperLetter, Landscape: true},
			wantMap: true, wantLabels: []string{"Crewline", "ServiceForge", "JobJar", "RouteMaster Pro", "Whiteboards and spreadsheets"},
			wantText: []string{"Price per technician", "Ease of getting started"},
		},
		{
			name: "us unplaced, one competitor placed, two not, axes unnamed",
			edit: func(tx *app.Tx, ws *app.Workspace) error {
				tx.EditStrategy().PositioningAxes = app.Axes{}
				return unplace(tx, ws, 1, true)
			},
			wantMap: true, wantLabels: []string{"JobJar"},
			wantText: []string{"Horizontal axis", "Vertical axis", "Not placed: RouteMaster Pro, ServiceForge, Whiteboards and spreadsheets."},
		},
		{
			name: "only us placed",
			edit: func(tx *app.Tx, ws *app.Workspace) error {
				return unplace(tx, ws, 0, false)
			},
			wantMap: true, wantLabels: []string{"Crewline"},
			wantText: []string{"Price per technician", "Not placed: JobJar, RouteMaster Pro, ServiceForge, Whiteboards and spreadsheets."},
		},
		{
			name: "crowded corners and a pile in the middle",
			edit: func(tx *app.Tx, ws *app.Workspace) error {
				corners := []app.Point{{X: 0, Y: 0}, {X: 100, Y: 100}, {X: 100, Y: 0}, {X: 0, Y: 100}}
				for i, p := range corners {
					if err := tx.Put(&app.Competitor{ID: fmt.Sprintf("comp-corner%02d", i), Name: fmt.Sprintf("Corner %d %s", i, long), Position: &p}); err != nil {
						return err
					}
				}
				// A grid too tight for names: numbers, explained under the map.
				for i := range 16 {
					p := app.Point{X: 55 + float64(i%4)*3.5, Y: 30 + float64(i/4)*3.5}
					if err := tx.Put(&app.Competitor{ID: fmt.Sprintf("comp-grid%04d", i), Name: fmt.Sprintf("Grid %02d", i), Position: &p}); err != nil {
						return err
					}
				}
				// Five at the very same place, three whose dots touch: one
				// label each.
				for i := range 5 {
					if err := tx.Put(&app.Competitor{ID: fmt.Sprintf("comp-twin%04d", i), Name: fmt.Sprintf("Twin %d", i), Position: &app.Point{X: 30, Y: 25}}); err != nil {
						return err
					}
				}
				for i, p := range []app.Point{{X: 80, Y: 80}, {X: 81, Y: 80}, {X: 80, Y: 81.5}} {
					if err := tx.Put(&app.Competitor{ID: fmt.Sprintf("comp-near%04d", i), Name: fmt.Sprintf("Near %c", 'A'+i), Position: &p}); err != nil {
						return err
					}
				}
				return nil
			},
			wantMap:    true,
			wantLabels: []string{"Grid 00", "1", "Near A, Near B, Near C"},
			wantText: []string{"Crowded marks: 1 Grid", "Twin 0, Twin 1, Twin 2, Twin 3, Twin 4 at 30, 25",
				"Corner 0 Very long", "Corner 3 Very long"},
			wantNot: []string{"Near A, Near B, Near C around"},
		},
		{
			name: "nobody placed",
			edit: func(tx *app.Tx, ws *app.Workspace) error {
				return unplace(tx, ws, 0, true)
			},
			wantText: []string{"Positioning", "DIFFERENTIATORS"},
			wantNot:  []string{"POSITIONING MAP", "Price per technician", "Not placed"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := sampleWorkspace(t)
			if tt.edit != nil {
				if err := ws.Do(app.Func{Desc: "place", Fn: func(tx *app.Tx) error { return tt.edit(tx, ws) }}); err != nil {
					t.Fatal(err)
				}
			}
			opt := tt.opt
			opt.Sections = []Section{app.DocPositioning}
			b, lay, warnings := writeBrief(t, ws, opt)
			if len(warnings) > 0 {
				t.Errorf("warnings: %q", warnings)
			}
			path := savePDF(t, b)
			if *briefDir != "" {
				_ = os.WriteFile(filepath.Join(*briefDir, "positioning-"+strings.ReplaceAll(tt.name, " ", "-")+".pdf"), b, 0o644)
			}
			checkLayout(t, lay, checkPDF(t, path), opt)
			text := strings.Join(strings.Fields(checkText(t, path, tt.wantText...)), " ")
			for _, s := range tt.wantNot {
				if strings.Contains(text, s) {
					t.Errorf("pdftotext finds %q", s)
				}
			}
			if !tt.wantMap {
				if len(lay.plots) != 0 {
					t.Errorf("%d maps drawn, want none", len(lay.plots))
				}
				return
			}
			if len(lay.plots) != 1 {
				t.Fatalf("%d maps drawn, want 1", len(lay.plots))
			}
			plot := lay.plots[0]
			if side := plot.box.w / 72 * 2.54; plot.box.w != plot.box.h || side < 9 || side > 10 {
				t.Errorf("plot %.1f × %.1f points, want a square of 9 to 10 cm", plot.box.w, plot.box.h)
			}
			for _, l := range tt.wantLabels {
				if !slices.Contains(plot.labels, l) {
					t.Errorf("the map has no label %q (labels %q)", l, plot.labels)
				}
			}
			// Every label lies inside the plot.
			inPlot := 0
			for _, x := range lay.texts {
				if x.page != plot.page || !slices.Contains(plot.labels, x.s) {
					continue
				}
				if (rect{x.x, x.y, x.w, x.h}).within(plot.box) {
					inPlot++
				}
			}
			if inPlot < len(plot.labels) {
				t.Errorf("%d of the %d labels %q lie inside the plot", inPlot, len(plot.labels), plot.labels)
			}
		})
	}
}

func TestPlaceLabel(t *testing.T) {
	area := rect{0, 0, 100, 100}
	tests := []struct {
		name  string
		mark  mapMark
		taken []rect
		want  rect
		ok    bool
	}{
		{"room on the right", mapMark{cx: 50, cy: 50, r: 4}, nil, rect{56.5, 46, 20, 8}, true},
		{"at the right edge: left", mapMark{cx: 95, cy: 50, r: 4}, nil, rect{95 - 6.5 - 20, 46, 20, 8}, true},
		{"right taken: left", mapMark{cx: 50, cy: 50, r: 4}, []rect{{60, 40, 10, 20}}, rect{23.5, 46, 20, 8}, true},
		{"top right corner: below left", mapMark{cx: 98, cy: 2, r: 4}, nil, rect{98 - 6.5*0.72 - 20, 2 + 6.5*0.72, 20, 8}, true},
		{"no room at all", mapMark{cx: 50, cy: 50, r: 4}, []rect{{0, 0, 100, 100}}, rect{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := fullMap.placeLabel(tt.mark, 20, 8, nameRings, area, tt.taken)
			if ok != tt.ok || abs(got.x-tt.want.x) > 1e-9 || abs(got.y-tt.want.y) > 1e-9 || got.w != tt.want.w {
				t.Errorf("placeLabel = %+v, %v; want %+v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestBriefPositioningOffAxes draws a competitor that a file edited by hand
// places off the axes (the rules report it, the workspace still opens): its
// mark and label stay inside the plot.
func TestBriefPositioningOffAxes(t *testing.T) {
	sw := sampleWorkspace(t)
	var ents []app.Entity
	for _, k := range app.Kinds {
		ents = append(ents, sw.Entities(k)...)
	}
	ents = append(ents, &app.Competitor{ID: "comp-offaxes0", Name: "Off the axes", Position: &app.Point{X: 150, Y: -20}})
	ws, dups := app.Restore(sw.Product(), sw.Strategy(), ents)
	if len(dups) > 0 {
		t.Fatalf("restore: %d duplicates", len(dups))
	}
	ws.SetClock(app.DayClock(day))
	opt := BriefOptions{Sections: []Section{app.DocPositioning}}
	b, lay, _ := writeBrief(t, ws, opt)
	checkLayout(t, lay, checkPDF(t, savePDF(t, b)), opt)
	if len(lay.plots) != 1 || !slices.Contains(lay.plots[0].labels, "Off the axes") {
		t.Fatalf("plots %+v, want one labelling Off the axes", lay.plots)
	}
	for _, x := range lay.texts {
		if x.s == "Off the axes" && !(rect{x.x, x.y, x.w, x.h}).within(lay.plots[0].box) {
			t.Errorf("the label at (%.1f, %.1f) is outside the plot %+v", x.x, x.y, lay.plots[0].box)
		}
	}
}

// unplace takes every competitor but the first keep off the positioning
// map, and us too when us is set.
func unplace(tx *app.Tx, ws *app.Workspace, keep int, us bool) error {
	if us {
		tx.EditStrategy().OurPosition = nil
	}
	for i, c := range ws.Competitors() {
		if i < keep {
			continue
		}
		c, err := app.Edit[*app.Competitor](tx, app.KindCompetitor, c.ID)
		if err != nil {
			return err
		}
		c.Position = nil
	}
	return nil
}
