package brief

import (
	"fmt"
	"math"
	"strings"

	"canopy/app"
)

// summary lays out the one-page executive summary: the product, the vision,
// the north star and the goals, Now / Next / Later, the coming releases,
// the milestones ahead, the positioning map (when the axes are named and a
// mark is placed) and the top risks. Every block is cut to the room left,
// so it never takes a second page: lists end with "+ N more", and the map
// is drawn at the size the room left allows, or not at all when that is
// too small to read.
func (b *brief) summary() {
	d := b.d
	p := b.ws.Product()
	s := b.ws.Strategy()
	d.newPage()
	d.pdf.Bookmark("Executive summary", 0, 0)
	// The title band.
	band := 96.0
	d.fill(colAccent)
	d.pdf.Rect(0, 0, d.pw, band, "F")
	d.setFont("", 9)
	d.pdf.SetTextColor(0xd6, 0xe6, 0xee)
	d.text(d.left, 30, "EXECUTIVE SUMMARY")
	d.textRight(d.right, 30, formatDay(b.opt.Date))
	d.setFont("B", 22)
	d.pdf.SetTextColor(255, 255, 255)
	d.text(d.left, 58, d.ellipsize(b.name, d.width()))
	var sub []string
	for _, f := range []string{b.clean(p, "horizon", p.Horizon), b.clean(p, "owner", p.Owner), b.clean(p, "version", p.Version)} {
		if f != "" {
			sub = append(sub, f)
		}
	}
	d.setFont("", 10)
	d.pdf.SetTextColor(0xd6, 0xe6, 0xee)
	d.text(d.left, 80, d.ellipsize(strings.Join(sub, " · "), d.width()))
	d.y = band + 22
	d.bottom = d.ph - 36 // the summary has no footer

	if v := b.clean(s, "vision", s.Vision); v != "" {
		d.setFont("I", 11)
		d.color(colText)
		b.fitLines(d.left, d.width(), v, 4)
		d.y += 8
	}
	b.keyFacts()
	b.summaryChanges()
	// Landscape pages are short: the goals and the roadmap go left, the
	// releases, milestones and risks right.
	// With a map, landscape's milestones go left under the roadmap, and
	// the map goes right under the releases with the risks beside it;
	// portrait's releases and milestones share a band with the map.
	landscape := d.pw > d.ph
	fullL, fullR := d.left, d.right
	colTop := d.y
	mapRoom := b.summaryMapRoom()
	goalsReserve := float64(summaryRoadmapMin + summaryReleasesMin + summaryMilestonesMin + summaryRisksMin)
	if mapRoom > 0 {
		goalsReserve += max(0, mapRoom-summaryReleasesMin-summaryMilestonesMin)
	}
	if landscape {
		d.right = (fullL+fullR)/2 - 12
		goalsReserve = summaryRoadmapMin
	}
	defer func() { d.left, d.right = fullL, fullR }()
	// North star and goals, with progress bars.
	if s.NorthStar.Name != "" || len(b.ws.Goals()) > 0 {
		b.summaryLabel("Goals")
		type bar struct {
			name  string
			share float64
			note  string
			bold  bool
		}
		var bars []bar
		if ns := s.NorthStar; ns.Name != "" {
			bars = append(bars, bar{name: "North star: " + b.clean(s, "north star", ns.Name), share: ns.Progress(), bold: true,
				note: fmt.Sprintf("now %s, target %s (baseline %s)", metricValue(ns.Current, ns.Unit), metricValue(ns.Target, ns.Unit), metricValue(ns.Baseline, ns.Unit))})
		}
		for _, g := range b.ws.Goals() {
			bars = append(bars, bar{name: b.clean(g, "title", g.Title), share: g.Progress()})
		}
		for i, x := range bars {
			if i == 7 || d.y+16 > d.bottom-goalsReserve {
				b.more(len(bars) - i)
				break
			}
			style := ""
			if x.bold {
				style = "B"
			}
			d.setFont(style, sizeBody)
			d.color(colText)
			barW := math.Min(120, d.width()*0.25)
			nameW := d.width() - barW - 70
			lines := d.wrap(x.name, nameW)
			if len(lines) > 2 {
				lines = []string{lines[0], d.ellipsize(strings.Join(lines[1:], " "), nameW)}
			}
			d.bar(d.right-barW-50, d.y+3, barW, 6, x.share, colAccent)
			for j, l := range lines {
				if j > 0 {
					d.y += 12
				}
				d.text(d.left, d.y+sizeBody, l)
			}
			d.setFont("B", sizeBody)
			d.textRight(d.right, d.y+sizeBody-12*float64(len(lines)-1), percent(x.share))
			if x.note != "" {
				d.y += 12
				d.setFont("", sizeSmall)
				d.color(colMuted)
				d.text(d.left, d.y+sizeSmall, d.ellipsize(x.note, d.width()-barW-70))
			}
			d.y += 16
		}
		d.y += 8
	}
	// Now / Next / Later in three columns.
	b.summaryLabel("Roadmap")
	cols := map[app.Horizon][]*app.Initiative{}
	counts := map[app.InitiativeStatus]int{}
	ins := b.ws.Initiatives()
	for _, in := range ins {
		counts[in.Status]++
		if h := horizonOf(in, b.today); h != app.HorizonNone {
			cols[h] = append(cols[h], in)
		}
	}
	var st []string
	for _, s := range app.InitiativeStatuses {
		if counts[s] > 0 {
			st = append(st, fmt.Sprintf("%d %s", counts[s], strings.ToLower(s.Title())))
		}
	}
	d.setFont("", sizeSmall)
	d.color(colMuted)
	d.text(d.left, d.y+sizeSmall, d.ellipsize(fmt.Sprintf("%d initiatives: %s.", len(ins), strings.Join(st, ", ")), d.width()))
	d.y += 14
	colW := (d.width() - 20) / 3
	top := d.y
	maxY := top
	perCol := 6
	if d.pw > d.ph {
		perCol = 4 // landscape pages are short
	}
	for i, h := range []app.Horizon{app.HorizonNow, app.HorizonNext, app.HorizonLater} {
		x := d.left + float64(i)*(colW+10)
		d.y = top
		d.fill(colHeadRow)
		d.pdf.Rect(x, d.y, colW, 16, "F")
		d.setFont("B", sizeBody)
		d.color(colAccent)
		d.text(x+5, d.y+11.5, fmt.Sprintf("%s (%d)", h.Title(), len(cols[h])))
		d.y += 20
		for j, in := range cols[h] {
			if j == perCol {
				d.setFont("I", sizeSmall)
				d.color(colMuted)
				d.text(x+5, d.y+sizeSmall, fmt.Sprintf("+ %d more", len(cols[h])-perCol))
				d.y += 12
				break
			}
			sc := statusColor(in.Status)
			d.fill(sc)
			d.pdf.Rect(x+5, d.y+3, 4, 7, "F")
			d.setFont("", sizeSmall+0.5)
			d.color(colText)
			lines := d.wrap(b.clean(in, "name", in.Name), colW-18)
			if len(lines) > 2 {
				lines = []string{lines[0], d.ellipsize(strings.Join(lines[1:], " "), colW-18)}
			}
			for _, l := range lines {
				d.text(x+13, d.y+sizeSmall+1, l)
				d.y += 11
			}
			d.y += 2
		}
		maxY = max(maxY, d.y)
	}
	d.y = maxY + 10
	switch {
	case landscape && mapRoom > 0:
		// The milestones under the roadmap when they fit there, else
		// right under the releases; then the map with the risks beside it.
		left := d.y+summaryMilestonesMin <= d.bottom
		if left {
			b.summaryMilestones(12) // room for "+ N more"
		}
		d.left, d.right, d.y = (fullL+fullR)/2+12, fullR, colTop
		// A block may end up to 22 points below where its check stops:
		// its last row, "+ N more" and the gap under it.
		if left {
			b.summaryReleases(mapRoom + 22)
		} else {
			b.summaryReleases(summaryMilestonesMin + mapRoom + 22)
			b.summaryMilestones(mapRoom + 22)
		}
		b.summaryMapBeside()
	case landscape:
		d.left, d.right, d.y = (fullL+fullR)/2+12, fullR, colTop
		b.summaryReleases(summaryMilestonesMin + summaryRisksMin)
		b.summaryMilestones(summaryRisksMin)
		b.summaryRisks()
	default:
		b.summaryBand(mapRoom)
		b.summaryRisks()
	}
}

// summaryBand draws the portrait summary's releases and milestones, and
// beside them the positioning map when mapRoom is more than 0 and the room left
// above the risks holds the map at a readable size. When neither releases
// nor milestones are coming the risks take their place beside the map.
func (b *brief) summaryBand(mapRoom float64) {
	d := b.d
	risksBelow := float64(summaryRisksMin)
	if len(b.ws.Risks()) == 0 {
		risksBelow = 0
	}
	if mapRoom == 0 || d.bottom-d.y-risksBelow < mapRoom {
		b.summaryReleases(summaryMilestonesMin + summaryRisksMin)
		b.summaryMilestones(summaryRisksMin)
		return
	}
	fullL, fullR := d.left, d.right
	top := d.y
	split := fullL + (fullR-fullL)*0.56
	d.right = split - 8
	rels, ms := b.comingReleases(), b.milestonesAhead()
	if len(rels) == 0 && len(ms) == 0 {
		b.summaryRisks()
		risksBelow = 0
	} else {
		b.summaryReleases(summaryMilestonesMin + risksBelow)
		b.summaryMilestones(risksBelow)
	}
	leftEnd := d.y
	// The map as tall as the releases and milestones, within its bounds.
	d.left, d.right, d.y = split+8, fullR, top
	b.summaryMap(leftEnd-top, risksBelow)
	d.left, d.right = fullL, fullR
	d.y = max(d.y, leftEnd)
}

// summaryRisksW is the least width of the risks beside the map.
const summaryRisksW = 150

// summaryMapBeside draws the map at the left of the column and the risks
// beside it, down to the bottom; without risks the map takes the column.
// When the map would be too small to read, the risks take the column.
func (b *brief) summaryMapBeside() {
	d := b.d
	colL, colR, top := d.left, d.right, d.y
	if len(b.ws.Risks()) == 0 {
		b.summaryMap(0, 0)
		return
	}
	d.right = colR - summaryRisksW - 12
	drawn := b.summaryMap(0, 0)
	d.left, d.right, d.y = colL, colR, top
	if drawn {
		d.left = colR - summaryRisksW
	}
	b.summaryRisks()
	d.left = colL
}

// comingReleases returns the releases not yet shipped: dated today or
// later, or undated.
func (b *brief) comingReleases() []*app.Release {
	var rels []*app.Release
	for _, r := range b.ws.Releases() {
		if r.Date.IsZero() || !r.Date.Before(b.today) {
			rels = append(rels, r)
		}
	}
	return rels
}

// milestonesAhead returns the milestones dated today or later.
func (b *brief) milestonesAhead() []*app.Milestone {
	var ms []*app.Milestone
	for _, m := range b.ws.Milestones() {
		if !m.Date.IsZero() && !m.Date.Before(b.today) {
			ms = append(ms, m)
		}
	}
	return ms
}

// summaryReleases draws the coming releases, keeping reserve points below
// them for the blocks that follow once two are drawn.
func (b *brief) summaryReleases(reserve float64) {
	d := b.d
	rels := b.comingReleases()
	if len(rels) == 0 || d.y+50 >= d.bottom {
		return
	}
	b.summaryLabel("Coming releases")
	for i, r := range rels {
		if i == 4 || i >= 2 && d.y+26 > d.bottom-reserve {
			b.more(len(rels) - i)
			break
		}
		// The name and the launch readiness, then the date and a bar.
		ready := "launch " + percent(r.Readiness()) + " ready"
		d.setFont("", sizeSmall)
		readyW := d.strWidth(ready)
		d.color(colMuted)
		d.textRight(d.right, d.y+sizeBody, ready)
		d.setFont("B", sizeBody)
		d.color(colText)
		d.text(d.left, d.y+sizeBody, d.ellipsize(b.clean(r, "name", r.Name), d.width()-readyW-10))
		d.y += 13
		d.setFont("", sizeSmall)
		d.color(colMuted)
		d.text(d.left, d.y+sizeSmall, shortDay(r.Date))
		d.bar(d.left+70, d.y+2.5, d.width()-70, 4, r.Readiness(), colGreen)
		d.y += 15
	}
	d.y += 8
}

// summaryMilestones draws the milestones ahead, keeping reserve points
// below them once two are drawn.
func (b *brief) summaryMilestones(reserve float64) {
	d := b.d
	ms := b.milestonesAhead()
	if len(ms) == 0 || d.y+50 >= d.bottom {
		return
	}
	b.summaryLabel("Milestones ahead")
	for i, m := range ms {
		if i == 5 || i >= 2 && d.y+14 > d.bottom-reserve {
			b.more(len(ms) - i)
			break
		}
		d.setFont("B", sizeBody)
		d.color(colAccent)
		d.text(d.left, d.y+sizeBody, m.Date.Time().Format("2 Jan"))
		d.setFont("", sizeBody)
		d.color(colText)
		name := b.clean(m, "name", m.Name)
		if l := b.laneName(m.Lane); l != "" {
			name += " · " + l
		}
		d.text(d.left+50, d.y+sizeBody, d.ellipsize(name, d.width()-50))
		d.y += 14
	}
	d.y += 8
}

// summaryRisks draws the top risks, highest exposure first, each with its
// band ("High exposure: …"), as much of each as fits.
func (b *brief) summaryRisks() {
	d := b.d
	rs := risksByExposure(b.ws)
	if len(rs) == 0 || d.y+40 >= d.bottom {
		return
	}
	b.summaryLabel("Top risks")
	for i, r := range rs {
		if d.y+2*sizeBody*leading > d.bottom {
			b.more(len(rs) - i)
			break
		}
		d.setFont("", sizeBody)
		d.color(exposureColour(r))
		d.text(d.left+2, d.y+sizeBody, "•")
		d.color(colText)
		// A narrow column (beside the map) gives the mitigation only when
		// it fits whole: a risk cut before its mitigation reads better
		// than a mitigation cut after a word.
		text := b.clean(r, "description", r.Description)
		if band := r.ExposureTitle(); band != "" {
			text = band + " exposure: " + text
		}
		if m := b.clean(r, "mitigation", r.Mitigation); m != "" {
			with := text + " Mitigation: " + m
			if d.width() >= 250 || len(d.wrap(with, d.width()-12)) <= 3 {
				text = with
			}
		}
		b.fitLines(d.left+12, d.width()-12, text, 3)
		d.y += 3
	}
	d.y += 8
}

// exposureColour is the colour of a risk's bullet: red for a high
// exposure, amber for a medium one, muted for a low or unrated one.
func exposureColour(r *app.Risk) rgb {
	switch r.ExposureTitle() {
	case "High":
		return colRed
	case "Medium":
		return colAmber
	}
	return colMuted
}

// summaryMapRoom returns the least room the summary's positioning map
// takes (summaryMapMin, and its key's when the smallest plot needs one),
// or 0 when the summary shows no map: it shows one when both axes are
// named and we or a competitor are placed.
func (b *brief) summaryMapRoom() float64 {
	s := b.ws.Strategy()
	if strings.TrimSpace(s.PositioningAxes.X) == "" || strings.TrimSpace(s.PositioningAxes.Y) == "" {
		return 0
	}
	st := summaryMap(summaryMapMinSide)
	marks, _ := b.mapMarks(st)
	if len(marks) == 0 {
		return 0
	}
	if _, _, key := st.layout(b.d, marks, 0, 0); len(key) > 0 {
		return summaryMapMin + st.keyHeight()
	}
	return summaryMapMin
}

// summaryMap draws the positioning map under a label, centred in the
// column, from the current line: target points tall when target is more
// than the least room it takes (summaryMapRoom; the target is the height
// of the releases and milestones beside it), else as
// tall as the room allows, keeping keep points free below. The plot's
// side stays within summaryMapMinSide and summaryMapMaxSide; when the room
// cannot hold the smallest, nothing is drawn and it returns false.
func (b *brief) summaryMap(target, keep float64) bool {
	d := b.d
	h := d.bottom - keep - d.y
	if target > 0 {
		h = min(h, max(target, b.summaryMapRoom()))
	}
	st := summaryMap(summaryMapMaxSide)
	// The plot's side: the column's width less the gutter and the arrow,
	// the height less the label, the axes' names and the key.
	side := min(summaryMapMaxSide, d.width()-st.gutter(d)-st.arrow, h-summaryLabelH-(st.height()-st.side)-4)
	st = summaryMap(side)
	marks, _ := b.mapMarks(st)
	if _, _, key := st.layout(d, marks, 0, 0); len(key) > 0 {
		side -= st.keyHeight()
		st = summaryMap(side)
		marks, _ = b.mapMarks(st)
	}
	if side < summaryMapMinSide-1e-6 || len(marks) == 0 { // less a rounding error
		return false
	}
	b.summaryLabel("Positioning")
	xName, yName := b.axisNames()
	x0 := d.left + (d.width()-st.figWidth(d))/2 + st.gutter(d)
	key, bottom := b.drawMap(st, marks, x0, d.y+st.arrow+3, xName, yName)
	d.y = bottom + 4
	if len(key) > 0 {
		d.setFont("", st.tickSize)
		d.color(colMuted)
		b.fitLines(d.left, d.width(), "Crowded marks: "+strings.Join(key, " · ")+".", 2)
		d.y += 2
	}
	d.setFont("", sizeBody)
	d.color(colText)
	return true
}

// keyHeight is the height of the key under a summary's map: two lines.
func (st mapStyle) keyHeight() float64 { return 2*st.tickSize*leading + 2 }

// summaryLabelH is the height of a label of the summary (summaryLabel).
const summaryLabelH = 16

// summaryMapMin is the least room the summary's map takes: its label and
// the smallest plot with its axes and the space under them, without a key.
var summaryMapMin = summaryLabelH + summaryMap(summaryMapMinSide).height() + 4

// The least room each block of the summary keeps for itself: its label,
// two rows (one risk) and a "+ N more" line. A block above another stops
// adding rows when only that room is left below.
const (
	summaryRoadmapMin    = 120
	summaryReleasesMin   = 72
	summaryMilestonesMin = 56
	summaryRisksMin      = 56
)

// keyFacts draws four figures in boxes: initiatives, backlog items,
// accepted share and the next release.
func (b *brief) keyFacts() {
	d := b.d
	items := b.ws.Items()
	accepted, blocked := 0, 0
	for _, it := range items {
		if it.Status == app.StatusAccepted {
			accepted++
		}
	}
	if next, err := b.whatNext(); err == nil {
		for _, e := range next {
			if e.Blocked() {
				blocked++
			}
		}
	}
	nextRel, nextDate := "—", "no release planned"
	for _, r := range b.ws.Releases() {
		if !r.Date.IsZero() && !r.Date.Before(b.today) {
			nextRel, nextDate = shortDay(r.Date), b.clean(r, "name", r.Name)
			break
		}
	}
	share := 0.0
	if len(items) > 0 {
		share = float64(accepted) / float64(len(items))
	}
	facts := [][2]string{
		{fmt.Sprintf("%d", b.ws.Count(app.KindInitiative)), "initiatives on the roadmap"},
		{fmt.Sprintf("%d", len(items)), fmt.Sprintf("backlog items, %d blocked", blocked)},
		{percent(share), fmt.Sprintf("accepted (%d items)", accepted)},
		{nextRel, nextDate},
	}
	gap := 10.0
	w := (d.width() - 3*gap) / 4
	for i, f := range facts {
		x := d.left + float64(i)*(w+gap)
		d.fill(colStripe)
		d.pdf.Rect(x, d.y, w, 50, "F")
		d.setFont("B", 15)
		d.color(colAccent)
		d.text(x+8, d.y+19, d.ellipsize(f[0], w-16))
		d.setFont("", sizeSmall)
		d.color(colMuted)
		lines := d.wrap(f[1], w-16)
		if len(lines) > 2 {
			lines = []string{lines[0], d.ellipsize(strings.Join(lines[1:], " "), w-16)}
		}
		for j, l := range lines {
			d.text(x+8, d.y+32+float64(j)*10, l)
		}
	}
	d.y += 62
}

// summaryChanges writes, when the brief compares with an earlier version,
// what changed since in two lines at most: the count and the headline
// ("3 changes: 1 initiative slipped 3 w, …"). The full brief has the
// section; the summary has its gist.
func (b *brief) summaryChanges() {
	c := b.opt.Changes
	if c == nil {
		return
	}
	d := b.d
	text := "Nothing in the plan changed."
	if !c.Diff.Empty() {
		text = fmt.Sprintf("%d changes: %s.", len(c.Diff.Changes), c.Diff.Headline())
	}
	b.summaryLabel(d.g.clean("changes", "since", changesTitle(c)))
	d.setFont("", 10)
	d.color(colText)
	b.fitLines(d.left, d.width(), text, 2)
	d.y += 8
}

// summaryLabel writes a small caps label with a rule.
func (b *brief) summaryLabel(s string) {
	d := b.d
	d.setFont("B", sizeSmall)
	d.color(colAccent)
	d.text(d.left, d.y+sizeSmall, strings.ToUpper(s))
	d.stroke(colRule)
	d.pdf.SetLineWidth(0.5)
	d.pdf.Line(d.left+d.strWidth(strings.ToUpper(s))+8, d.y+5, d.right, d.y+5)
	d.y += 16
	d.pdf.Bookmark(s, 1, d.y)
}

// more writes "+ N more" in the summary.
func (b *brief) more(n int) {
	d := b.d
	if n <= 0 || d.y+12 > d.bottom {
		return
	}
	d.setFont("I", sizeSmall)
	d.color(colMuted)
	d.text(d.left, d.y+sizeSmall, fmt.Sprintf("+ %d more in the full brief", n))
	d.y += 12
}

// fitLines draws wrapped text at x, w wide, in at most n lines and never
// below the bottom: the last line ends with "…" when text is left over.
func (b *brief) fitLines(x, w float64, s string, n int) {
	d := b.d
	lines := d.wrap(s, w)
	n = min(n, int((d.bottom-d.y)/d.lh()))
	if n <= 0 {
		return
	}
	if len(lines) > n {
		lines = append(lines[:n-1], d.ellipsize(strings.Join(lines[n-1:], " "), w))
	}
	for _, l := range lines {
		d.text(x, d.y+d.size, l)
		d.y += d.lh()
	}
}
