package timeline

import (
	"fmt"
	"slices"
	"testing"

	"canopy/app"
)

func TestStacking(t *testing.T) {
	tests := []struct {
		name string
		bars []*app.Initiative
		want map[string]int // sub-row per initiative
		rows int
	}{
		{"apart", []*app.Initiative{bar("a", "l1", "01-01", "01-10"), bar("b", "l1", "02-01", "02-10")},
			map[string]int{"a": 0, "b": 0}, 1},
		{"the day after shares the row", []*app.Initiative{bar("a", "l1", "01-01", "01-10"), bar("b", "l1", "01-11", "01-20")},
			map[string]int{"a": 0, "b": 0}, 1},
		{"the same last day overlaps", []*app.Initiative{bar("a", "l1", "01-01", "01-10"), bar("b", "l1", "01-10", "01-20")},
			map[string]int{"a": 0, "b": 1}, 2},
		{"first fit", []*app.Initiative{
			bar("a", "l1", "01-01", "01-10"), bar("b", "l1", "01-05", "01-15"),
			bar("c", "l1", "01-11", "01-20"), bar("d", "l1", "01-16", "01-18"), bar("e", "l1", "01-02", "01-03")},
			map[string]int{"a": 0, "e": 1, "b": 1, "c": 0, "d": 1}, 2},
		{"longer first on the same start", []*app.Initiative{bar("short", "l1", "01-01", "01-05"), bar("long", "l1", "01-01", "03-01")},
			map[string]int{"long": 0, "short": 1}, 2},
		{"lanes stack apart", []*app.Initiative{bar("a", "l1", "01-01", "01-10"), bar("b", "l2", "01-01", "01-10")},
			map[string]int{"a": 0, "b": 0}, 1},
		{"end before start is swapped", []*app.Initiative{bar("a", "l1", "01-10", "01-01"), bar("b", "l1", "01-11", "01-12")},
			map[string]int{"a": 0, "b": 0}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := []app.Entity{lane("l1", 1), lane("l2", 2)}
			for _, b := range tt.bars {
				ents = append(ents, b)
			}
			p := NewPlan(workspace(t, ents...), today)
			for id, row := range tt.want {
				if got := p.Bars[barIndex(t, p, id)].Row; got != row {
					t.Errorf("%s: row %d, want %d", id, got, row)
				}
			}
			if got := p.Lanes[0].Rows; got != tt.rows {
				t.Errorf("lane l1 has %d rows, want %d", got, tt.rows)
			}
			// No two bars of one sub-row overlap, and each sub-row is in order.
			for li, l := range p.Lanes {
				for r, row := range l.rows {
					for k := 1; k < len(row); k++ {
						a, b := p.Bars[row[k-1]], p.Bars[row[k]]
						if !a.End.Before(b.Start) {
							t.Errorf("lane %d row %d: %s (to %s) overlaps %s (from %s)", li, r, a.ID, a.End, b.ID, b.Start)
						}
					}
				}
			}
		})
	}
}

func TestPlanLanesTrayAndMarkers(t *testing.T) {
	undated := func(id string, h app.Horizon) *app.Initiative {
		return &app.Initiative{ID: id, Name: id, Lane: "l1", Horizon: h, Status: app.InitiativePlanned}
	}
	startOnly := undated("start-only", app.HorizonNone)
	startOnly.Start = app.MustDate("2027-01-01")
	ws := workspace(t,
		lane("l2", 2), lane("l1", 1),
		bar("a", "l1", "01-01", "01-31"),
		bar("orphan", "gone", "02-01", "02-10"),
		bar("nolane", "", "02-01", "02-10"),
		undated("now", app.HorizonNow), undated("later", app.HorizonLater), undated("next", app.HorizonNext), startOnly,
		&app.Milestone{ID: "m-lane", Name: "Beta", Date: app.MustDate("2027-01-15"), Lane: "l2"},
		&app.Milestone{ID: "m-init", Name: "GA", Date: app.MustDate("2027-01-20"), Initiative: "a"},
		&app.Milestone{ID: "m-all", Name: "Offsite", Date: app.MustDate("2027-01-05")},
		&app.Release{ID: "r1", Name: "2.0", Date: app.MustDate("2027-01-20")},
		&app.Release{ID: "r-undated", Name: "Someday"},
	)
	p := NewPlan(ws, today)
	var names []string
	for _, l := range p.Lanes {
		names = append(names, fmt.Sprintf("%s:%d", l.Name, l.Rows))
	}
	if got, want := fmt.Sprint(names), "[Lane l1:1 Lane l2:1 No lane:2]"; got != want {
		t.Errorf("lanes %s, want %s", got, want)
	}
	var tray []string
	for g, us := range p.Tray {
		for _, u := range us {
			tray = append(tray, fmt.Sprintf("%d:%s", g, u.ID))
		}
	}
	if got, want := fmt.Sprint(tray), "[0:now 1:next 2:later 3:start-only]"; got != want {
		t.Errorf("tray %s, want %s", got, want)
	}
	if p.TrayCount() != 4 {
		t.Errorf("TrayCount %d, want 4", p.TrayCount())
	}
	var marks []string
	for _, m := range p.Markers {
		marks = append(marks, fmt.Sprintf("%s@%d", m.ID, m.Lane))
	}
	if got, want := fmt.Sprint(marks), "[m-all@-1 m-lane@1 m-init@0 r1@-1]"; got != want {
		t.Errorf("markers %s, want %s", got, want)
	}
	if first, last := p.Span(); first != app.MustDate("2027-01-01") || last != app.MustDate("2027-02-10") {
		t.Errorf("span %s–%s, want 2027-01-01–2027-02-10", first, last)
	}
	if first, last := NewPlan(workspace(t), today).Span(); first != today || last != today.AddDays(90) {
		t.Errorf("empty span %s–%s, want today and 90 days on", first, last)
	}
}

func TestLateAndArrows(t *testing.T) {
	ws := workspace(t, lane("l1", 1),
		bar("base", "l1", "01-01", "01-31"),
		bar("after", "l1", "02-01", "02-28", "base"),
		bar("overlap", "l1", "01-31", "02-10", "base"),
		bar("both", "l1", "03-01", "03-10", "after", "overlap"),
		&app.Initiative{ID: "undated", Name: "u", Lane: "l1", Horizon: app.HorizonLater, Status: app.InitiativePlanned},
		bar("waits-undated", "l1", "04-01", "04-10", "undated"),
	)
	p := NewPlan(ws, today)
	late := map[string]bool{}
	for _, b := range p.Bars {
		late[b.ID] = b.Late
	}
	want := map[string]bool{"base": false, "after": false, "overlap": true, "both": false, "waits-undated": false}
	for id, w := range want {
		if late[id] != w {
			t.Errorf("%s late = %v, want %v", id, late[id], w)
		}
	}
	var arrows []string
	for _, a := range p.Arrows {
		arrows = append(arrows, fmt.Sprintf("%s>%s:%v", p.Bars[a.From].ID, p.Bars[a.To].ID, a.Late))
	}
	slices.Sort(arrows)
	if got, want := fmt.Sprint(arrows), "[after>both:false base>after:false base>overlap:true overlap>both:false]"; got != want {
		t.Errorf("arrows %s, want %s", got, want)
	}
}

func TestProgress(t *testing.T) {
	item := func(id string, est float64, s app.Status) *app.Item {
		return &app.Item{ID: id, Title: id, Type: app.TypeStory, Status: s, Estimate: est, Initiative: "a"}
	}
	p := NewPlan(workspace(t, lane("l1", 1), bar("a", "l1", "01-01", "01-31"), bar("b", "l1", "02-01", "02-10"),
		item("i1", 3, app.StatusAccepted), item("i2", 1, app.StatusDone)), today)
	a, b := p.Bars[barIndex(t, p, "a")], p.Bars[barIndex(t, p, "b")]
	if !a.HasProgress || a.Progress != 0.75 {
		t.Errorf("a: progress %v (has %v), want 0.75", a.Progress, a.HasProgress)
	}
	if b.HasProgress {
		t.Errorf("b has progress %v without items", b.Progress)
	}
}
