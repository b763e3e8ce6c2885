package brief

import (
	"fmt"
	"slices"
	"strings"

	"canopy/app"
	"canopy/app/timeline"
)

// statusColor is the colour of an initiative status, the timeline's.
func statusColor(s app.InitiativeStatus) rgb { return fromNRGBA(timeline.StatusColor(s)) }

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

// laneName returns the name of an initiative's lane, or "".
func (b *brief) laneName(id string) string {
	if l, ok := b.ws.Lane(id); ok {
		return b.clean(l, "name", l.Name)
	}
	return ""
}

// goalNames returns the titles of the goals, one a line.
func (b *brief) goalNames(ids []string) string {
	var out []string
	for _, id := range ids {
		if g, ok := b.ws.Goal(id); ok {
			out = append(out, b.clean(g, "title", g.Title))
		}
	}
	if len(out) == 1 {
		return out[0]
	}
	return bulletLines(out)
}

// initiatives writes every initiative with its goals, scores and progress.
func (b *brief) initiatives() {
	d := b.d
	p := b.ws.Product()
	d.heading(SectionTitle(app.DocInitiatives), 0, 150)
	ins := b.ws.Initiatives()
	if len(ins) == 0 {
		b.none("No initiatives yet.")
		return
	}
	d.setFont("", sizeBody)
	d.color(colMuted)
	d.para(fmt.Sprintf("%d initiatives. Own score = Value × Confidence ÷ Effort, from the initiative's own inputs. "+
		"Backlog score = the sum of its items' %s scores (%s), with how many items are scored. "+
		"Progress = accepted estimate ÷ total estimate of its items.", len(ins), p.ScoringModel.Title(), p.ScoringModel.Formula(p.ICE)), 0)
	d.color(colText)
	d.gap(6)
	progress := app.Progress(b.ws)
	items := map[string][]*app.Item{}
	for _, it := range b.ws.Items() {
		if it.Initiative != "" {
			items[it.Initiative] = append(items[it.Initiative], it)
		}
	}
	cols := []tcol{{head: "Initiative", w: 3}, {head: "Status", w: 0.8}, {head: "When", w: 1.35},
		{head: "Goals", w: 2.1}, {head: "Own score", w: 0.7, right: true}, {head: "Backlog", w: 1.25}, {head: "Progress", w: 0.9}}
	var total float64
	for _, c := range cols {
		total += c.w
	}
	b.cutInitiatives = nil
	rows := make([][]cell, 0, len(ins))
	for _, in := range ins {
		sub, cut := b.initiativeSub(in, d.width()*cols[0].w/total)
		if cut && b.opt.wants(app.DocAppendix) && !b.opt.Summary {
			b.cutInitiatives = append(b.cutInitiatives, in)
		}
		own := "—"
		if s, ok := in.OwnScore(); ok {
			own = fmt.Sprintf("%.2f", s)
		}
		var sum float64
		scored := 0
		for _, it := range items[in.ID] {
			if s, ok := b.ws.ItemScore(it); ok {
				sum += s
				scored++
			}
		}
		n := len(items[in.ID])
		backlog := fmt.Sprintf("%d %s", n, plural(n, "item", "items"))
		switch {
		case scored == n && n > 0:
			backlog += fmt.Sprintf("\n%s %s", p.ScoringModel.Title(), scoreSum(sum))
		case scored > 0:
			backlog += fmt.Sprintf("\n%s %s (%d scored)", p.ScoringModel.Title(), scoreSum(sum), scored)
		}
		pr := progress[in.ID]
		share := pr.Share()
		sc := statusColor(in.Status)
		rows = append(rows, []cell{
			{s: b.clean(in, "name", in.Name), sub: sub, bold: true},
			{s: in.Status.Title(), col: &sc, bold: true},
			txt(when(in)),
			txt(b.goalNames(in.Goals)),
			txt(own),
			{s: backlog},
			{s: percent(share), bar: &share},
		})
	}
	d.table(cols, rows)
	if len(b.cutInitiatives) > 0 {
		d.setFont("", sizeSmall)
		d.color(colMuted)
		d.para("A description cut with “…” is given whole in the appendix.", 0)
		d.color(colText)
	}
}

// scoreSum formats a score or a sum of scores: whole and grouped from 100
// up, else with two decimals.
func scoreSum(v float64) string {
	if v >= 100 {
		return fmtNum(roundTo(v, 0))
	}
	return fmt.Sprintf("%.2f", v)
}

// plural picks the singular or plural word for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// roundTo rounds v to n decimals.
func roundTo(v float64, n int) float64 {
	p := 1.0
	for range n {
		p *= 10
	}
	if v < 0 {
		return -float64(int64(-v*p+0.5)) / p
	}
	return float64(int64(v*p+0.5)) / p
}

// horizonOf places an initiative in Now, Next or Later: its own horizon when
// undated; by its dates otherwise (running today: Now; starting within three
// months: Next; later: Later). Finished and cancelled work is in none.
func horizonOf(in *app.Initiative, today app.Date) app.Horizon {
	if in.Status == app.InitiativeDone || in.Status == app.InitiativeCancelled {
		return app.HorizonNone
	}
	if !in.Dated() {
		return in.Horizon
	}
	switch {
	case in.End.Before(today):
		return app.HorizonNone
	case !in.Start.After(today):
		return app.HorizonNow
	case in.Start.Before(today.AddMonths(3)):
		return app.HorizonNext
	}
	return app.HorizonLater
}

// nowNextLater writes three columns of initiative names.
func (b *brief) nowNextLater() {
	d := b.d
	d.heading("Now, Next, Later", 1, 100)
	cols := map[app.Horizon][]string{}
	for _, in := range b.ws.Initiatives() {
		h := horizonOf(in, b.today)
		if h == app.HorizonNone {
			continue
		}
		cols[h] = append(cols[h], b.clean(in, "name", in.Name))
	}
	hs := []app.Horizon{app.HorizonNow, app.HorizonNext, app.HorizonLater}
	row := make([]cell, 3)
	heads := make([]tcol, 3)
	for i, h := range hs {
		heads[i] = tcol{head: fmt.Sprintf("%s (%d)", h.Title(), len(cols[h])), w: 1}
		row[i] = txt(bulletLines(cols[h]))
	}
	d.table(heads, [][]cell{row})
}

// milestonesAndReleases writes the milestones and the releases as tables.
func (b *brief) milestonesAndReleases() {
	d := b.d
	if ms := b.ws.Milestones(); len(ms) > 0 {
		d.heading("Milestones", 1, 90)
		rows := make([][]cell, 0, len(ms))
		for _, m := range ms {
			lane := b.laneName(m.Lane)
			if in, ok := b.ws.Initiative(m.Initiative); ok {
				lane = strings.TrimSpace(lane + "\n" + b.clean(in, "name", in.Name))
			}
			rows = append(rows, []cell{{s: shortDay(m.Date), bold: true}, {s: b.clean(m, "name", m.Name), bold: true},
				txt(lane), {s: b.clean(m, "description", m.Description), muted: true}})
		}
		d.table([]tcol{{head: "Date", w: 0.9}, {head: "Milestone", w: 2}, {head: "Lane and initiative", w: 1.6}, {head: "Notes", w: 2.6}}, rows)
	}
	if rs := b.ws.Releases(); len(rs) > 0 {
		d.heading("Releases", 1, 90)
		loads := app.Load(b.ws)
		forecasts, fres := b.releaseForecasts()
		rows := make([][]cell, 0, len(rs))
		for _, r := range rs {
			l := loads[r.ID]
			load := fmt.Sprintf("%s points, %d items", fmtNum(l.Estimate), l.Items)
			if l.Capacity > 0 {
				load += fmt.Sprintf("\ncapacity %s", fmtNum(l.Capacity))
			}
			ready := r.Readiness()
			f, ok := forecasts[r.ID]
			fc, chance := forecastCells(f, ok)
			rows = append(rows, []cell{{s: b.clean(r, "name", r.Name), bold: true}, txt(dayRange(r.Start, r.Date)),
				txt(load), {s: percent(l.MustShare())}, {s: percent(ready) + " ready", bar: &ready}, fc, chance})
		}
		d.table([]tcol{{head: "Release", w: 2.2}, {head: "Dates", w: 1.6}, {head: "Load", w: 1.3}, {head: "Musts", w: 0.6}, {head: "Go-to-market", w: 1.2},
			{head: "Forecast", w: 1.5}, {head: "Chance", w: 0.8}}, rows)
		b.none(forecastNote(fres))
	}
}

// goToMarket writes each release's readiness, audiences, channels, launch
// notes and checklist.
func (b *brief) goToMarket() {
	d := b.d
	d.heading(SectionTitle(app.DocGoToMarket), 0, 160)
	rs := b.ws.Releases()
	if len(rs) == 0 {
		b.none("No releases yet.")
		return
	}
	warnings := map[string][]string{}
	for _, w := range app.Warnings(b.ws) {
		warnings[w.Key.ID] = append(warnings[w.Key.ID], w.Msg)
	}
	for _, r := range rs {
		d.heading(b.clean(r, "name", r.Name), 1, 70)
		ready := r.Readiness()
		done := 0
		for _, t := range r.Tasks {
			if t.Done {
				done++
			}
		}
		d.need(20)
		d.setFont("B", sizeBody)
		c := colGreen
		if ready < 0.5 {
			c = colAmber
		}
		d.color(c)
		line := fmt.Sprintf("%s ready", percent(ready))
		d.text(d.left, d.y+sizeBody, line)
		w := d.strWidth(line)
		d.bar(d.left+w+8, d.y+3, 120, 5, ready, c)
		d.setFont("", sizeBody)
		d.color(colMuted)
		d.text(d.left+w+140, d.y+sizeBody, d.ellipsize(fmt.Sprintf("%d of %d launch tasks done · ships %s", done, len(r.Tasks), shortDay(r.Date)), d.width()-w-140))
		d.color(colText)
		d.y += d.lh() + 4
		kv := func(k, v string) {
			if v == "" {
				return
			}
			d.setFont("", sizeBody)
			lines := d.wrap(v, d.width()-80)
			d.need(d.lh() * float64(min(len(lines), 2)))
			d.setFont("B", sizeBody)
			d.text(d.left, d.y+sizeBody, k)
			d.setFont("", sizeBody)
			d.paraAt(d.left+80, d.width()-80, v)
			d.gap(3)
		}
		kv("Audiences", strings.Join(b.cleanAll(r, "audiences", r.Audiences), ", "))
		kv("Channels", strings.Join(b.cleanAll(r, "channels", r.Channels), ", "))
		kv("Launch notes", b.clean(r, "launch notes", r.LaunchNotes))
		for _, w := range warnings[r.ID] {
			d.setFont("I", sizeBody)
			d.color(colRed)
			d.para("Warning: "+b.d.g.clean("warning", "text", w), 0)
			d.color(colText)
		}
		d.gap(4)
		if len(r.Tasks) == 0 {
			b.none("No launch tasks.")
			continue
		}
		rows := make([][]cell, 0, len(r.Tasks))
		for _, t := range r.Tasks {
			state := cell{s: "Done", col: &colGreen, bold: true}
			if !t.Done {
				state = cell{s: "Open", muted: true}
				if !t.Due.IsZero() && t.Due.Before(b.today) {
					state = cell{s: "Overdue", col: &colRed, bold: true}
				}
			}
			rows = append(rows, []cell{txt(b.clean(r, "task title", t.Title)), txt(b.clean(r, "task owner", t.Owner)), txt(shortDay(t.Due)), state})
		}
		d.table([]tcol{{head: "Launch task", w: 3.6}, {head: "Owner", w: 1.4}, {head: "Due", w: 1}, {head: "State", w: 0.8}}, rows)
	}
}

// risksByExposure returns the risks from the highest exposure (likelihood
// × impact) down, unrated ones last, each level in the register's order.
func risksByExposure(ws *app.Workspace) []*app.Risk {
	rs := ws.Risks()
	slices.SortStableFunc(rs, func(a, b *app.Risk) int { return b.Exposure() - a.Exposure() })
	return rs
}

// exposureCell is a risk's exposure for the register: its band, then the
// likelihood and impact it comes from ("High" / "medium × high"), or a
// muted "Not rated". The note above the register reads the pair.
func exposureCell(r *app.Risk) cell {
	if r.Exposure() == 0 {
		return cell{s: "Not rated", muted: true}
	}
	return cell{s: r.ExposureTitle() + "\n" + string(r.Likelihood) + " × " + string(r.Impact)}
}

// risks writes the risk register, the late and blocked dependencies and
// the dependency cycles.
func (b *brief) risks() {
	d := b.d
	d.heading(SectionTitle(app.DocRisks), 0, 170)
	rs := risksByExposure(b.ws)
	if len(rs) > 0 {
		d.heading("Risk register", 1, 100)
		d.setFont("", sizeBody)
		d.color(colMuted)
		d.para("Highest exposure first. Exposure is likelihood × impact, each low, medium or high: "+
			"high from medium × high up, medium from low × high or medium × medium, low below.", 0)
		d.color(colText)
		d.gap(4)
		rows := make([][]cell, 0, len(rs))
		for _, r := range rs {
			var ins []string
			for _, id := range r.Initiatives {
				if in, ok := b.ws.Initiative(id); ok {
					ins = append(ins, b.clean(in, "name", in.Name))
				}
			}
			rows = append(rows, []cell{{s: b.clean(r, "description", r.Description), bold: true}, exposureCell(r), txt(b.clean(r, "assumption", r.Assumption)),
				txt(b.clean(r, "mitigation", r.Mitigation)), txt(b.clean(r, "owner", r.Owner)), {s: strings.Join(ins, "\n"), muted: true}})
		}
		d.table([]tcol{{head: "Risk", w: 1.85}, {head: "Exposure", w: 1.2}, {head: "Assumption", w: 1.5}, {head: "Mitigation", w: 1.9},
			{head: "Owner", w: 0.8}, {head: "Initiatives", w: 1.2}}, rows)
	}
	// Dependencies between initiatives: late ones first.
	type dep struct {
		from, to *app.Initiative
		late     bool
	}
	var deps []dep
	for _, in := range b.ws.Initiatives() {
		for _, id := range in.DependsOn {
			if on, ok := b.ws.Initiative(id); ok {
				// Late as the timeline draws it: starting on or before the end
				// of what it waits on.
				late := in.Dated() && on.Dated() && !on.End.Before(in.Start)
				deps = append(deps, dep{from: in, to: on, late: late})
			}
		}
	}
	if len(deps) > 0 {
		d.heading("Dependencies between initiatives", 1, 80)
		rows := make([][]cell, 0, len(deps))
		for _, late := range []bool{true, false} {
			for _, x := range deps {
				if x.late != late {
					continue
				}
				state := cell{s: "On track", muted: true}
				if x.late {
					state = cell{s: fmt.Sprintf("Late: starts %s, before what it waits on ends (%s)", shortDay(x.from.Start), shortDay(x.to.End)), col: &colRed, bold: true}
				}
				rows = append(rows, []cell{{s: b.clean(x.from, "name", x.from.Name), bold: true}, txt(b.clean(x.to, "name", x.to.Name)), state})
			}
		}
		d.table([]tcol{{head: "Initiative", w: 2}, {head: "Waits on", w: 2}, {head: "State", w: 2}}, rows)
	}
	for _, c := range app.InitiativeCycles(b.ws) {
		b.cycle("initiatives", c, func(id string) string {
			if in, ok := b.ws.Initiative(id); ok {
				return b.clean(in, "name", in.Name)
			}
			return id
		})
	}
	// Blocked backlog items and the chains that block them.
	next, err := b.whatNext()
	if err != nil {
		for _, c := range app.ItemCycles(b.ws) {
			b.cycle("items", c, func(id string) string {
				if it, ok := b.ws.Item(id); ok {
					return b.clean(it, "title", it.Title)
				}
				return id
			})
		}
		return
	}
	var blocked []app.NextEntry
	for _, e := range next {
		if e.Blocked() {
			blocked = append(blocked, e)
		}
	}
	d.heading("Blocked backlog items", 1, 110)
	if len(blocked) == 0 {
		b.none("No item of the New and Ready columns waits on unfinished work.")
		return
	}
	const show = 40
	d.setFont("", sizeBody)
	d.color(colMuted)
	intro := fmt.Sprintf("%d items of the New and Ready columns wait on unfinished work", len(blocked))
	if len(blocked) > show {
		intro += fmt.Sprintf("; the %d highest in the what-next order", show)
	}
	d.para(intro+". Each chain runs from the item to the unfinished work it waits on, through what that waits on.", 0)
	d.color(colText)
	d.gap(4)
	rows := make([][]cell, 0, min(show, len(blocked)))
	for _, e := range blocked[:min(show, len(blocked))] {
		rows = append(rows, []cell{{s: b.clean(e.Item, "title", e.Item.Title), bold: true}, txt(b.chain(e.Item))})
	}
	d.table([]tcol{{head: "Blocked item", w: 2}, {head: "Waits on (chain)", w: 3.2}}, rows)
}

// cutRunes cuts s to at most n characters, ending with "…" when cut.
func cutRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimRight(string(r[:n-1]), " \n") + "…"
}

// cycle writes a dependency cycle as an error.
func (b *brief) cycle(what string, c []string, name func(string) string) {
	d := b.d
	parts := make([]string, len(c))
	for i, id := range c {
		parts[i] = name(id)
	}
	d.setFont("B", sizeBody)
	d.color(colRed)
	d.para(fmt.Sprintf("Dependency cycle among %s: %s", what, strings.Join(parts, " → ")), 0)
	d.setFont("", sizeBody)
	d.color(colText)
}

// chain lists the unfinished work an item waits on, depth first, each line
// indented by its depth and ending at the first unblocked item; at most 8
// lines.
func (b *brief) chain(it *app.Item) string {
	var lines []string
	seen := map[string]bool{it.ID: true}
	var walk func(it *app.Item, depth int)
	walk = func(it *app.Item, depth int) {
		for _, id := range it.DependsOn {
			if len(lines) >= 8 {
				return
			}
			dep, ok := b.ws.Item(id)
			if !ok || dep.Status.Satisfied() || seen[id] {
				continue
			}
			seen[id] = true
			lines = append(lines, fmt.Sprintf("%s→ %s (%s)", strings.Repeat("   ", depth), b.clean(dep, "title", dep.Title), dep.Status.Title()))
			walk(dep, depth+1)
		}
	}
	walk(it, 0)
	return strings.Join(lines, "\n")
}

// appendix writes the what-next list and a backlog excerpt.
func (b *brief) appendix() {
	d := b.d
	p := b.ws.Product()
	d.heading(SectionTitle(app.DocAppendix), 0, 180)
	const show = 25
	d.heading("What next", 1, 110)
	next, err := b.whatNext()
	switch {
	case err != nil:
		b.none(b.d.g.clean("what next", "error", err.Error()))
	case len(next) == 0:
		b.none("Nothing is waiting in the New and Ready columns.")
	default:
		d.setFont("", sizeBody)
		d.color(colMuted)
		d.para(fmt.Sprintf("The New and Ready items in the order to work on them: highest %s score first, never before what they depend on. %d of %d shown.",
			p.ScoringModel.Title(), min(show, len(next)), len(next)), 0)
		d.color(colText)
		d.gap(4)
		rows := make([][]cell, 0, show)
		for i, e := range next[:min(show, len(next))] {
			score := "—"
			if e.Scored {
				score = scoreSum(e.Score)
			}
			state := cell{s: e.Item.Status.Title(), muted: true}
			if e.Blocked() {
				state = cell{s: fmt.Sprintf("Blocked by %d", len(e.BlockedBy)), col: &colRed, bold: true}
			}
			rows = append(rows, []cell{{s: fmt.Sprintf("%d", i+1), muted: true}, {s: b.clean(e.Item, "title", e.Item.Title), bold: true},
				txt(e.Item.Type.Title()), {s: score}, txt(fmtNum(e.Item.Estimate)), state})
		}
		d.table([]tcol{{head: "#", w: 0.35}, {head: "Item", w: 3.4}, {head: "Type", w: 0.7}, {head: p.ScoringModel.Title(), w: 0.7},
			{head: "Estimate", w: 0.7}, {head: "State", w: 1}}, rows)
	}
	items := b.ws.Items()
	d.heading("Backlog excerpt", 1, 150)
	if len(items) == 0 {
		b.none("The backlog is empty.")
		b.initiativesInFull()
		return
	}
	var open []*app.Item
	for _, it := range items {
		if it.Status != app.StatusAccepted {
			open = append(open, it)
		}
	}
	d.setFont("", sizeBody)
	d.color(colMuted)
	d.para(fmt.Sprintf("The first %d of %d open items by backlog rank (%d items in all, %d accepted).",
		min(show, len(open)), len(open), len(items), len(items)-len(open)), 0)
	d.color(colText)
	d.gap(4)
	rows := make([][]cell, 0, show)
	for _, it := range open[:min(show, len(open))] {
		desc := cutRunes(b.clean(it, "description", it.Description), 280)
		var ctx []string
		if in, ok := b.ws.Initiative(it.Initiative); ok {
			ctx = append(ctx, b.clean(in, "name", in.Name))
		}
		if r, ok := b.ws.Release(it.Release); ok {
			ctx = append(ctx, b.clean(r, "name", r.Name))
		}
		link := ""
		for _, l := range it.Links {
			if _, ok := app.SafeLink(l); ok {
				link = l
				break
			}
		}
		row := []cell{{s: b.clean(it, "title", it.Title), sub: desc, bold: true, link: link}, txt(it.Type.Title() + "\n" + it.Status.Title()), txt(it.MoSCoW.Title()),
			txt(fmtNum(it.Estimate)), {s: strings.Join(ctx, "\n"), muted: true}}
		rows = append(rows, row)
	}
	cols, rows := b.withFields([]tcol{{head: "Item", w: 3.6}, {head: "Type, status", w: 0.95}, {head: "MoSCoW", w: 0.75}, {head: "Estimate", w: 0.7},
		{head: "Initiative and release", w: 1.9}}, rows, open[:min(show, len(open))])
	d.table(cols, rows)
	b.initiativesInFull()
}
