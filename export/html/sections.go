package html

import (
	"fmt"
	stdhtml "html"
	"html/template"
	"slices"
	"strconv"
	"strings"

	"canopy/app"
	"canopy/app/timeline"
)

// buildGoals gathers the north-star metric and the goals with their key results.
func buildGoals(ws *app.Workspace) *goals {
	g := &goals{}
	if ns := ws.Strategy().NorthStar; ns.Name != "" {
		m := newMetric(ns)
		g.NorthStar = &m
	}
	for _, gl := range ws.Goals() {
		out := goal{Title: gl.Title, Description: gl.Description, Progress: percent(gl.Progress()), Value: frac(gl.Progress())}
		for _, kr := range gl.KeyResults {
			out.KeyResults = append(out.KeyResults, newMetric(kr))
		}
		g.Goals = append(g.Goals, out)
	}
	return g
}

// newMetric shows a metric: its progress and where it stands.
func newMetric(m app.Metric) metric {
	return metric{Name: m.Name, Progress: percent(m.Progress()), Value: frac(m.Progress()),
		Detail: fmt.Sprintf("%s → %s%s, now %s", fmtNum(m.Baseline), fmtNum(m.Target), unit(m.Unit), fmtNum(m.Current))}
}

// unit is a metric's unit as it follows a number ("%" joined, others spaced).
func unit(u string) string {
	if u == "" {
		return ""
	}
	if u == "%" {
		return u
	}
	return " " + u
}

// buildInitiatives gathers the initiatives table, owners on internal pages.
func buildInitiatives(ws *app.Workspace, internal bool) *initiatives {
	out := &initiatives{Owner: internal}
	progress := app.Progress(ws)
	goalNames := map[string]string{}
	for _, g := range ws.Goals() {
		goalNames[g.ID] = g.Title
	}
	laneNames := map[string]string{}
	for _, l := range ws.Lanes() {
		laneNames[l.ID] = l.Name
		out.Lanes = append(out.Lanes, option{Value: l.ID, Label: l.Name})
	}
	for _, s := range app.InitiativeStatuses {
		out.Statuses = append(out.Statuses, option{Value: string(s), Label: s.Title()})
	}
	ins := ws.Initiatives()
	out.Rows = make([]initiativeRow, 0, len(ins))
	for _, in := range ins {
		r := initiativeRow{ID: in.ID, Name: in.Name, Lane: laneNames[in.Lane], LaneID: in.Lane, Status: string(in.Status)}
		if r.Lane == "" {
			r.LaneID = ""
		}
		whenSort := "~9"
		switch {
		case in.Dated():
			whenSort = in.Start.String()
		case in.Horizon != app.HorizonNone:
			whenSort = "~" + strconv.Itoa(slices.Index(app.Horizons, in.Horizon))
		}
		esc := stdhtml.EscapeString
		r.Cells = template.HTML(`<td><span class="st s-` + esc(string(in.Status)) + `">` + esc(in.Status.Title()) +
			`</span></td><td data-v="` + esc(whenSort) + `">` + esc(when(in)) + `</td>`)
		var gs []string
		for _, id := range in.Goals {
			if n, ok := goalNames[id]; ok {
				gs = append(gs, n)
			}
		}
		r.Goals = strings.Join(gs, "; ")
		if internal {
			r.Owner = in.Owner
		}
		if pg := progress[in.ID]; pg.Estimate > 0 {
			r.ProgressCell = template.HTML(`<td data-v="` + frac(pg.Share()) + `"><progress max="1" value="` + frac(pg.Share()) + `">` +
				percent(pg.Share()) + `</progress> ` + percent(pg.Share()) + `</td>`)
		} else {
			r.ProgressCell = `<td data-v="-1"><span class="muted">—</span></td>`
		}
		out.Rows = append(out.Rows, r)
	}
	return out
}

// when says when an initiative runs: its dates or its horizon.
func when(in *app.Initiative) string {
	switch {
	case in.Dated():
		return dayRange(in.Start, in.End)
	case in.Horizon != app.HorizonNone:
		return in.Horizon.Title()
	}
	return "Unscheduled"
}

// buildRoadmap gathers the timeline, Now / Next / Later and the milestones.
func buildRoadmap(ws *app.Workspace, plan *timeline.Plan, opt Options) *roadmap {
	r := &roadmap{Chart: newChart(ws, plan, opt)}
	for _, s := range app.InitiativeStatuses {
		r.Legend = append(r.Legend, legendItem{Class: "s-" + string(s), Label: s.Title()})
	}
	r.Legend = append(r.Legend, legendItem{Class: "late", Label: "Starts before what it depends on ends"})
	cols := [3][]string{}
	for _, in := range ws.Initiatives() {
		if in.Status == app.InitiativeDone || in.Status == app.InitiativeCancelled || (in.Dated() && in.End.Before(opt.Date)) {
			continue
		}
		if i := slices.Index(app.Horizons, timeline.HorizonOf(in, opt.Date)); i >= 0 {
			cols[i] = append(cols[i], in.Name)
		}
	}
	for i, h := range app.Horizons {
		r.Now[i] = horizonCol{Title: h.Title(), Names: cols[i]}
	}
	laneNames := map[string]string{}
	for _, l := range ws.Lanes() {
		laneNames[l.ID] = l.Name
	}
	ms := ws.Milestones()
	slices.SortStableFunc(ms, func(a, b *app.Milestone) int { return -a.Date.DaysUntil(b.Date) })
	for _, m := range ms {
		where := laneNames[m.Lane]
		if in, ok := ws.Initiative(m.Initiative); ok {
			where = strings.TrimPrefix(where+" · "+in.Name, " · ")
		}
		r.Milestones = append(r.Milestones, milestoneRow{Date: shortDay(m.Date), Name: m.Name, Where: where, Notes: m.Description})
	}
	return r
}

// buildReleases gathers each release's dates, load, readiness and launch
// checklist, owners on internal pages.
func buildReleases(ws *app.Workspace, today app.Date, internal bool) *releases {
	out := &releases{Owner: internal}
	loads := app.Load(ws)
	warnings := map[string][]string{}
	for _, w := range app.Warnings(ws) {
		warnings[w.Key.ID] = append(warnings[w.Key.ID], w.Msg)
	}
	for _, r := range ws.Releases() {
		l := loads[r.ID]
		ready := r.Readiness()
		done := 0
		for _, t := range r.Tasks {
			if t.Done {
				done++
			}
		}
		rel := release{ID: r.ID, Name: r.Name, Dates: dayRange(r.Start, r.Date), Ready: percent(ready), ReadyValue: frac(ready),
			Tasks:     fmt.Sprintf("%d of %d launch tasks done", done, len(r.Tasks)),
			Load:      fmt.Sprintf("%d items, %s points", l.Items, fmtNum(l.Estimate)),
			Audiences: strings.Join(r.Audiences, ", "), Channels: strings.Join(r.Channels, ", "), Notes: r.LaunchNotes,
			ReadyClass: "ok", Warnings: warnings[r.ID]}
		if l.Capacity > 0 {
			rel.Load += fmt.Sprintf(" of a capacity of %s", fmtNum(l.Capacity))
		}
		if ready < 0.5 {
			rel.ReadyClass = "warn"
		}
		for _, t := range r.Tasks {
			row := taskRow{Title: t.Title, Due: shortDay(t.Due), State: "Open", StateClass: "muted"}
			if internal {
				row.Owner = t.Owner
			}
			switch {
			case t.Done:
				row.State, row.StateClass = "Done", "good"
			case !t.Due.IsZero() && t.Due.Before(today):
				row.State, row.StateClass = "Overdue", "bad"
			}
			rel.TaskRows = append(rel.TaskRows, row)
		}
		out.Releases = append(out.Releases, rel)
	}
	return out
}

// buildRisks gathers the risk register by exposure, the late dependencies
// and the dependency cycles among initiatives.
func buildRisks(ws *app.Workspace, internal bool) *risks {
	out := &risks{Owner: internal}
	rs := ws.Risks()
	slices.SortStableFunc(rs, func(a, b *app.Risk) int { return b.Exposure() - a.Exposure() })
	for _, r := range rs {
		var ins []string
		for _, id := range r.Initiatives {
			if in, ok := ws.Initiative(id); ok {
				ins = append(ins, in.Name)
			}
		}
		row := riskRow{Description: r.Description, Exposure: "Not rated", ExposureClass: "muted", ExposureSort: strconv.Itoa(r.Exposure()),
			Assumption: r.Assumption, Mitigation: r.Mitigation, Initiatives: strings.Join(ins, "; ")}
		if r.Exposure() > 0 {
			row.Exposure = r.ExposureTitle()
			row.ExposureClass = "x-" + strings.ToLower(r.ExposureTitle())
			row.Rating = r.Likelihood.Title() + " likelihood × " + strings.ToLower(r.Impact.Title()) + " impact"
		}
		if internal {
			row.Owner = r.Owner
		}
		out.Rows = append(out.Rows, row)
	}
	for _, in := range ws.Initiatives() {
		for _, id := range in.DependsOn {
			on, ok := ws.Initiative(id)
			if !ok || !in.Dated() || !on.Dated() || on.End.Before(in.Start) {
				continue
			}
			out.Late = append(out.Late, depRow{Name: in.Name, WaitsOn: on.Name,
				State: fmt.Sprintf("starts %s, before %s ends (%s)", shortDay(in.Start), on.Name, shortDay(on.End))})
		}
	}
	for _, c := range app.InitiativeCycles(ws) {
		names := make([]string, len(c))
		for i, id := range c {
			names[i] = id
			if in, ok := ws.Initiative(id); ok {
				names[i] = in.Name
			}
		}
		out.Cycles = append(out.Cycles, strings.Join(names, " → "))
	}
	return out
}
