package brief

import (
	"fmt"
	"strconv"
	"strings"

	"canopy/app"
)

// cleanAll prepares a list of texts of entity e.
func (b *brief) cleanAll(e app.Entity, field string, ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s = b.clean(e, field, s); strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

// none writes a muted line saying a part of the plan is empty.
func (b *brief) none(s string) {
	d := b.d
	d.setFont("I", sizeBody)
	d.color(colMuted)
	d.para(s, 0)
	d.setFont("", sizeBody)
	d.color(colText)
}

// vision writes the vision, the market notes and the trends.
func (b *brief) vision() {
	d := b.d
	s := b.ws.Strategy()
	d.heading(SectionTitle(app.DocVision), 0, 60)
	if v := b.clean(s, "vision", s.Vision); v != "" {
		d.label("Vision")
		d.setFont("I", 11.5)
		d.para(v, 0)
		d.setFont("", sizeBody)
		d.gap(10)
	}
	if m := b.clean(s, "market notes", s.MarketNotes); m != "" {
		d.label("Market")
		d.para(m, 0)
		d.gap(10)
	}
	if t := b.cleanAll(s, "trends", s.Trends); len(t) > 0 {
		d.label("Trends")
		d.bullets(t)
	}
	if s.Vision == "" && s.MarketNotes == "" && len(s.Trends) == 0 {
		b.none("No vision or market notes yet.")
	}
}

// customers writes the target customers and the personas.
func (b *brief) customers() {
	d := b.d
	s := b.ws.Strategy()
	d.heading(SectionTitle(app.DocCustomers), 0, 60)
	if t := b.clean(s, "target customers", s.TargetCustomers); t != "" {
		d.label("Target customers")
		d.para(t, 0)
		d.gap(10)
	}
	personas := b.ws.Personas()
	if len(personas) == 0 && s.TargetCustomers == "" {
		b.none("No target customers or personas yet.")
	}
	for _, p := range personas {
		d.heading(b.clean(p, "name", p.Name), 1, 40)
		if r := b.clean(p, "role", p.Role); r != "" {
			d.setFont("I", sizeBody)
			d.color(colMuted)
			d.para(r, 0)
			d.color(colText)
			d.setFont("", sizeBody)
			d.gap(4)
		}
		if n := b.cleanAll(p, "needs", p.Needs); len(n) > 0 {
			d.label("Needs")
			d.bullets(n)
		}
		if n := b.cleanAll(p, "pains", p.Pains); len(n) > 0 {
			d.label("Pains")
			d.bullets(n)
		}
	}
}

// positioning writes the positioning statement, the positioning map,
// differentiators and non-goals.
func (b *brief) positioning() {
	d := b.d
	s := b.ws.Strategy()
	pos := s.Positioning
	d.heading(SectionTitle(app.DocPositioning), 0, 60)
	parts := [][2]string{
		{"For", b.clean(s, "positioning (for)", pos.For)},
		{"Who", b.clean(s, "positioning (who)", pos.Who)},
		{"Unlike", b.clean(s, "positioning (unlike)", pos.Unlike)},
		{"Our product", b.clean(s, "positioning (our product)", pos.OurProduct)},
	}
	any := false
	for _, p := range parts {
		if p[1] == "" {
			continue
		}
		any = true
		d.setFont("", sizeBody)
		lines := d.wrap(p[1], d.width()-90)
		d.need(d.lh() * float64(min(len(lines), 2)))
		d.setFont("B", sizeBody)
		d.color(colAccent)
		d.text(d.left, d.y+sizeBody, p[0])
		d.setFont("", sizeBody)
		d.color(colText)
		d.paraAt(d.left+90, d.width()-90, p[1])
		d.gap(5)
	}
	if any {
		d.gap(8)
	}
	drewMap := b.positioningMap()
	if drewMap {
		d.gap(8)
	}
	if l := b.cleanAll(s, "differentiators", s.Differentiators); len(l) > 0 {
		d.label("Differentiators")
		d.bullets(l)
		d.gap(8)
	}
	if l := b.cleanAll(s, "non-goals", s.NonGoals); len(l) > 0 {
		d.label("Non-goals: what we will not do")
		d.bullets(l)
	}
	if !any && !drewMap && len(s.Differentiators) == 0 && len(s.NonGoals) == 0 {
		b.none("No positioning yet.")
	}
}

// competitors writes the competitive landscape as a table.
func (b *brief) competitors() {
	d := b.d
	d.heading(SectionTitle(app.DocCompetitors), 0, 130)
	cs := b.ws.Competitors()
	if len(cs) == 0 {
		b.none("No competitors recorded.")
		return
	}
	cols := []tcol{{head: "Competitor", w: 1.3}, {head: "Strengths", w: 1.6}, {head: "Weaknesses", w: 1.6},
		{head: "Pricing", w: 1.1}, {head: "How we differ", w: 1.8}}
	rows := make([][]cell, 0, len(cs))
	for _, c := range cs {
		rows = append(rows, []cell{
			{s: b.clean(c, "name", c.Name), sub: b.clean(c, "segment", c.Segment), bold: true},
			txt(bulletLines(b.cleanAll(c, "strengths", c.Strengths))),
			txt(bulletLines(b.cleanAll(c, "weaknesses", c.Weaknesses))),
			txt(b.clean(c, "pricing", c.Pricing)),
			txt(b.clean(c, "how we differ", c.HowWeDiffer)),
		})
	}
	d.table(cols, rows)
}

// bulletLines joins texts as lines starting with a dash.
func bulletLines(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return "– " + strings.Join(ss, "\n– ")
}

// num formats a number without trailing zeros and with thin grouping.
func fmtNum(v float64) string {
	if v == float64(int64(v)) && v < 1e15 && v > -1e15 {
		n := int64(v)
		if n < 0 {
			return "−" + app.GroupThousands(int(-n))
		}
		return app.GroupThousands(int(n))
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// metricValue formats a metric's value with its unit.
func metricValue(v float64, unit string) string {
	s := fmtNum(v)
	switch unit {
	case "":
		return s
	case "%":
		return s + " %"
	}
	return s + " " + unit
}

// percent formats a share 0..1 as "42 %".
func percent(share float64) string { return fmt.Sprintf("%.0f %%", 100*share) }

// goals writes the north star and each goal with its key results.
func (b *brief) goals() {
	d := b.d
	s := b.ws.Strategy()
	d.heading(SectionTitle(app.DocGoals), 0, 150)
	if ns := s.NorthStar; ns.Name != "" {
		d.need(62)
		top := d.y
		d.fill(colStripe)
		d.pdf.Rect(d.left, top, d.width(), 56, "F")
		d.fill(colAccent)
		d.pdf.Rect(d.left, top, 3, 56, "F")
		d.setFont("B", sizeSmall)
		d.color(colMuted)
		d.text(d.left+14, top+14, "NORTH-STAR METRIC")
		d.setFont("B", 12)
		d.color(colText)
		d.text(d.left+14, top+31, d.ellipsize(b.clean(s, "north star", ns.Name), d.width()-190))
		d.setFont("", sizeSmall)
		d.color(colMuted)
		d.text(d.left+14, top+46, d.ellipsize(fmt.Sprintf("Baseline %s · now %s · target %s",
			metricValue(ns.Baseline, ns.Unit), metricValue(ns.Current, ns.Unit), metricValue(ns.Target, ns.Unit)), d.width()-190))
		d.setFont("B", 18)
		d.color(colAccent)
		d.textRight(d.right-14, top+30, percent(ns.Progress()))
		d.bar(d.right-154, top+39, 140, 5, ns.Progress(), colAccent)
		d.y = top + 56
		d.color(colText)
		d.gap(6)
	}
	goals := b.ws.Goals()
	if len(goals) == 0 {
		b.none("No goals yet.")
		return
	}
	for _, g := range goals {
		d.heading(b.clean(g, "title", g.Title), 1, 60)
		if desc := b.clean(g, "description", g.Description); desc != "" {
			d.para(desc, 0)
			d.gap(4)
		}
		if len(g.KeyResults) == 0 {
			b.none("No key results yet.")
			continue
		}
		rows := make([][]cell, 0, len(g.KeyResults))
		for _, kr := range g.KeyResults {
			p := kr.Progress()
			rows = append(rows, []cell{
				txt(b.clean(g, "key result", kr.Name)),
				{s: metricValue(kr.Baseline, b.clean(g, "key result unit", kr.Unit)), muted: true},
				txt(metricValue(kr.Current, b.clean(g, "key result unit", kr.Unit))),
				{s: metricValue(kr.Target, b.clean(g, "key result unit", kr.Unit)), bold: true},
				{s: percent(p), bar: &p},
			})
		}
		d.table([]tcol{{head: "Key result", w: 3.2}, {head: "Baseline", w: 1, right: true}, {head: "Now", w: 1, right: true},
			{head: "Target", w: 1, right: true}, {head: "Progress", w: 1.1}}, rows)
	}
}
