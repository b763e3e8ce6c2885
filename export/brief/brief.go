package brief

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"canopy/app"
)

// Paper is the paper size of a brief.
type Paper string

// The paper sizes.
const (
	PaperA4     Paper = "a4"
	PaperLetter Paper = "letter"
)

// ParsePaper parses "a4" or "letter" (any case).
func ParsePaper(s string) (Paper, error) {
	switch p := Paper(strings.ToLower(s)); p {
	case PaperA4, PaperLetter:
		return p, nil
	}
	return "", fmt.Errorf("unknown paper %q: want a4 or letter", s)
}

// Section names a part of the full brief: the names every document
// knows (app.DocSection).
type Section = app.DocSection

// Sections lists the sections in the order a brief prints them: the order
// PRODUCT.md lists what a brief holds (app.DocSections).
var Sections = app.DocSections

// SectionTitle returns the heading of section s.
func SectionTitle(s Section) string {
	switch s {
	case app.DocVision:
		return "Vision and context"
	case app.DocCustomers:
		return "Target customers and personas"
	case app.DocInsights:
		return "What customers ask for"
	case app.DocPositioning:
		return "Positioning"
	case app.DocCompetitors:
		return "Competitive landscape"
	case app.DocGoals:
		return "Goals and key results"
	case app.DocInitiatives:
		return "Strategic initiatives"
	case app.DocRoadmap:
		return "Roadmap"
	case app.DocGoToMarket:
		return "Go-to-market readiness"
	case app.DocRisks:
		return "Risks and dependencies"
	case app.DocAppendix:
		return "Appendix: what next and the backlog"
	}
	return string(s)
}

// BriefOptions says what a brief holds and how it is laid out.
type BriefOptions struct {
	// Paper is A4 (the default) or Letter.
	Paper Paper
	// Landscape turns the pages.
	Landscape bool
	// Summary makes a one-page executive summary instead of the full brief.
	Summary bool
	// From and To bound the roadmap's dates; a zero date means the first or
	// last month that holds work.
	From, To app.Date
	// Sections lists the sections of the full brief to include, nil for all.
	Sections []Section
	// Date is the brief's date: the cover's, the today line's and the PDF's
	// creation date. Zero means the workspace's today.
	Date app.Date
	// Changes, when set, adds the section "What changed since …" before
	// the others; the summary says its headline under the key facts.
	Changes *Changes
	// Fields lists the keys of the custom fields the appendix's backlog
	// excerpt shows (at most three); nil shows those of the board's cards.
	Fields []string
}

// wants reports whether the options include section s.
func (o BriefOptions) wants(s Section) bool {
	return o.Sections == nil || slices.Contains(o.Sections, s)
}

// WriteBrief writes the strategy brief of ws as a PDF to w: the full brief
// with its table of contents, or the one-page executive summary. The fonts
// (the Go fonts, regular, bold and italic) are embedded; text holding
// characters they lack is printed with ReplacementChar in their place, and
// a warning names the entity, the field and the characters. The same
// workspace and options give the same bytes.
func WriteBrief(w io.Writer, ws *app.Workspace, opt BriefOptions) ([]string, error) {
	pdf, _, warnings, err := buildBrief(ws, opt, false, false)
	if err != nil {
		return nil, err
	}
	if err := pdf.Output(w); err != nil {
		return nil, fmt.Errorf("write the brief: %w", err)
	}
	return warnings, nil
}

// buildBrief lays the brief out. core uses fpdf's core Helvetica instead of
// the embedded fonts (the benchmark's baseline); record keeps what was drawn
// where.
func buildBrief(ws *app.Workspace, opt BriefOptions, core, record bool) (*fpdf.Fpdf, *briefLayout, []string, error) {
	if opt.Paper == "" {
		opt.Paper = PaperA4
	}
	if _, err := ParsePaper(string(opt.Paper)); err != nil {
		return nil, nil, nil, fmt.Errorf("brief: %w", err)
	}
	if opt.Date.IsZero() {
		opt.Date = ws.Today()
	}
	if !opt.From.IsZero() && !opt.To.IsZero() && opt.To.Before(opt.From) {
		return nil, nil, nil, fmt.Errorf("brief: the roadmap's range ends (%s) before it starts (%s)", opt.To, opt.From)
	}
	cov, err := fontCoverage()
	if err != nil {
		return nil, nil, nil, fmt.Errorf("brief: %w", err)
	}
	// The contents take the pages reserved for them, a number guessed from
	// the workspace; a wrong guess lays the brief out again with the
	// number its contents turned out to need.
	reserve := 0
	for range 2 {
		pdf, b, err := layoutBrief(ws, opt, core, record, cov, reserve)
		if err != nil {
			return nil, nil, nil, err
		}
		if opt.Summary || b.tocNeeded == b.tocReserved {
			return pdf, b.d.rec, b.d.g.warnings, nil
		}
		reserve = b.tocNeeded
	}
	return nil, nil, nil, fmt.Errorf("brief: the contents need %d pages after a second layout", reserve)
}

// layoutBrief lays the brief out once, with tocPages pages reserved for
// the contents (0: as many as the workspace's count of sections and their
// parts suggests).
func layoutBrief(ws *app.Workspace, opt BriefOptions, core, record bool, cov *coverage, tocPages int) (*fpdf.Fpdf, *brief, error) {
	orient := "P"
	if opt.Landscape {
		orient = "L"
	}
	size := "A4"
	if opt.Paper == PaperLetter {
		size = "Letter"
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: orient, UnitStr: "pt", SizeStr: size})
	d := &pdfDoc{pdf: pdf, g: &glyphs{cov: cov, core: core}, tr: func(s string) string { return s }, fam: briefFamily}
	if core {
		d.fam = "Helvetica"
		d.tr = pdf.UnicodeTranslatorFromDescriptor("")
	} else {
		for _, f := range briefFaces {
			// Each document gets its own copy: fpdf keeps the bytes.
			ttf, err := f.face.TTF()
			if err != nil {
				return nil, nil, fmt.Errorf("brief: %w", err)
			}
			pdf.AddUTF8FontFromBytes(briefFamily, f.style, ttf)
		}
	}
	d.pw, d.ph = pdf.GetPageSize()
	d.left, d.right, d.top, d.bottom = margin, d.pw-margin, marginTop, d.ph-marginBot
	if record {
		d.rec = &briefLayout{pageW: d.pw, pageH: d.ph}
	}
	pdf.SetMargins(d.left, d.top, margin)
	pdf.SetCellMargin(0)
	pdf.SetAutoPageBreak(false, 0)
	when := opt.Date.Time().Add(12 * time.Hour)
	pdf.SetCreationDate(when)
	pdf.SetModificationDate(when)
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)

	p := ws.Product()
	b := &brief{d: d, ws: ws, opt: opt, today: opt.Date, tocReserved: tocPages}
	name := b.clean(p, "name", p.Name)
	if strings.TrimSpace(name) == "" {
		name = "Untitled product"
	}
	b.name = name
	kind := "Strategy brief"
	if opt.Summary {
		kind = "Executive summary"
	}
	pdf.SetTitle(d.tr(name+" — "+kind), !core)
	pdf.SetAuthor(d.tr(b.clean(p, "owner", p.Owner)), !core)
	pdf.SetCreator("Canopy", false)
	pdf.SetProducer("Canopy", false)
	d.headerLeft = name + " · " + kind
	d.headerRight = formatDay(opt.Date)
	pdf.SetHeaderFunc(d.header)
	d.setFont("", sizeBody)

	if opt.Summary {
		b.summary()
	} else {
		b.full()
	}
	if err := pdf.Error(); err != nil {
		return nil, nil, fmt.Errorf("brief: %w", err)
	}
	return pdf, b, nil
}

// brief holds what the sections share while the brief is laid out.
type brief struct {
	d     *pdfDoc
	ws    *app.Workspace
	opt   BriefOptions
	today app.Date
	name  string
	// next is the what-next list, computed once.
	next    []app.NextEntry
	nextErr error
	nextOK  bool
	// tocReserved is the number of pages reserved for the contents,
	// tocNeeded the number their entries turned out to need.
	tocReserved, tocNeeded int
	// cutInitiatives are the initiatives whose description the Strategic
	// initiatives table cut, given whole in the appendix.
	cutInitiatives []*app.Initiative
}

// clean prepares a text of entity e for drawing.
func (b *brief) clean(e app.Entity, field, s string) string {
	return b.d.g.clean(e.Label(), field, s)
}

// whatNext returns the what-next list under the product's model.
func (b *brief) whatNext() ([]app.NextEntry, error) {
	if !b.nextOK {
		b.next, b.nextErr = app.Next(b.ws, b.ws.Product().ScoringModel)
		b.nextOK = true
	}
	return b.next, b.nextErr
}

// full lays out the cover, the contents and every wanted section.
func (b *brief) full() {
	d := b.d
	b.cover()
	var secs []Section
	for _, s := range Sections {
		if b.opt.wants(s) {
			secs = append(secs, s)
		}
	}
	// The contents' pages are reserved now and filled once the sections
	// know their pages.
	if b.tocReserved < 1 {
		_, b.tocReserved = d.tocPlaces(b.tocGuess(secs))
	}
	d.newPage()
	d.pdf.Bookmark("Contents", 0, d.top)
	tocPage := d.pdf.PageNo()
	for range b.tocReserved - 1 {
		d.newPage()
	}
	if d.rec != nil {
		d.rec.tocPages = b.tocReserved
	}
	d.newPage()
	b.changes()
	for _, s := range secs {
		switch s {
		case app.DocVision:
			b.vision()
		case app.DocCustomers:
			b.customers()
		case app.DocInsights:
			b.insights()
		case app.DocPositioning:
			b.positioning()
		case app.DocCompetitors:
			b.competitors()
		case app.DocGoals:
			b.goals()
		case app.DocInitiatives:
			b.initiatives()
		case app.DocRoadmap:
			b.roadmap()
		case app.DocGoToMarket:
			b.goToMarket()
		case app.DocRisks:
			b.risks()
		case app.DocAppendix:
			b.appendix()
		}
	}
	levels := make([]int, len(d.toc))
	for i, e := range d.toc {
		levels[i] = e.level
	}
	places, need := d.tocPlaces(levels)
	b.tocNeeded = need
	if need != b.tocReserved {
		return // laid out again with the pages the contents need
	}
	last := d.pdf.PageNo()
	b.contents(tocPage, places)
	d.pdf.SetPage(last)
	d.footers()
}

// tocGuess returns the levels of the contents' entries that the sections
// secs will likely make: each section, and a part for each persona, goal
// and release, the roadmap's and the risks' parts and the appendix's two.
func (b *brief) tocGuess(secs []Section) []int {
	levels := b.changesGuess()
	parts := func(n int) {
		for range n {
			levels = append(levels, 1)
		}
	}
	for _, s := range secs {
		levels = append(levels, 0)
		switch s {
		case app.DocCustomers:
			parts(len(b.ws.Personas()))
		case app.DocInsights:
			parts(3 * min(1, b.ws.Count(app.KindInsight)))
		case app.DocGoals:
			parts(len(b.ws.Goals()))
		case app.DocRoadmap:
			parts(2 + min(1, len(b.ws.Milestones())) + min(1, len(b.ws.Releases())))
		case app.DocGoToMarket:
			parts(len(b.ws.Releases()))
		case app.DocRisks:
			parts(2 + min(1, len(b.ws.Risks())))
		case app.DocAppendix:
			parts(2)
		}
	}
	return levels
}

// The contents' metrics, in points: a section's line and the space above
// it, a part's line, and a part's indent.
const (
	tocSize     = 11.0
	tocSubSize  = 9.5
	tocLine     = 15.0
	tocGap      = 5.0
	tocSubLine  = 12.5
	tocSubInset = 14.0
	tocNumW     = 22.0 // the sections' numbers
)

// tocPlace is where a line of the contents goes: its page, counted from
// the first page of the contents, and its top.
type tocPlace struct {
	page int
	y    float64
}

// tocPlaces places the contents' lines, of the levels given, on as many
// pages as they need: under the title "Contents" on the first, under a
// small "Contents, continued" on the others. It returns the places and the
// number of pages.
func (d *pdfDoc) tocPlaces(levels []int) ([]tocPlace, int) {
	page, y := 0, d.top+sizeH1*leading+18
	out := make([]tocPlace, len(levels))
	first := true // the first line of a page has no space above it
	for i, l := range levels {
		line := tocSubLine
		if l == 0 {
			line = tocLine
		}
		h := line
		if l == 0 && !first {
			h += tocGap
		}
		if y+h > d.bottom {
			page++
			y = d.top + sizeSmall*leading + 8
			h = line
		}
		out[i] = tocPlace{page: page, y: y + h - line}
		y += h
		first = false
	}
	return out, page + 1
}

// contents fills the reserved pages, from page first on, with the table
// of contents: each section's number, title, dot leaders and page, and
// under it its parts, indented, each line linked to its heading.
func (b *brief) contents(first int, places []tocPlace) {
	d := b.d
	sec := 0
	page := -1
	for i, e := range d.toc {
		p := places[i]
		if p.page != page {
			page = p.page
			d.pdf.SetPage(first + page)
			// Back on a finished page: select the font and colours again,
			// into it.
			d.pdf.SetFillColor(255, 255, 255)
			if page == 0 {
				d.reselect("B", sizeH1)
				d.color(colAccent)
				d.text(d.left, d.top+sizeH1, "Contents")
			} else {
				d.reselect("", sizeSmall)
				d.color(colMuted)
				d.text(d.left, d.top+sizeSmall, "Contents, continued")
			}
		}
		size, x := tocSize, d.left+tocNumW
		lh := tocLine
		if e.level == 0 {
			sec++
			d.setFont("", tocSize)
			d.color(colMuted)
			d.text(d.left, p.y+tocSize, fmt.Sprintf("%d", sec))
		} else {
			size, x, lh = tocSubSize, x+tocSubInset, tocSubLine
		}
		d.setFont("", size)
		d.color(colText)
		pg := fmt.Sprintf("%d", e.page)
		title := d.ellipsize(app.OneLine(e.title, 80), d.right-x-d.strWidth(pg)-24)
		base := p.y + size
		d.text(x, base, title)
		d.textRight(d.right, base, pg)
		// Dot leaders between the title and the page number: one dashed
		// line of dots, round caps on dashes of no length, every 4 points.
		from := x + d.strWidth(title) + 6
		to := d.right - d.strWidth(pg) - 6
		if to > from {
			d.stroke(colGrey)
			d.pdf.SetLineWidth(0.9)
			d.pdf.SetLineCapStyle("round")
			d.pdf.SetDashPattern([]float64{0, 4}, 0)
			d.pdf.Line(from, base-1.5, to, base-1.5)
			d.pdf.SetDashPattern([]float64{}, 0)
			d.pdf.SetLineCapStyle("butt")
		}
		d.pdf.Link(x, p.y, d.right-x, lh, e.link)
	}
}

// formatDay formats a date as "15 January 2026".
func formatDay(d app.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format("2 January 2006")
}

// shortDay formats a date as "15 Jan 2026".
func shortDay(d app.Date) string {
	if d.IsZero() {
		return "—"
	}
	return d.Time().Format("2 Jan 2006")
}

// dayRange formats two dates as "1 Jan – 11 Feb 2026", the year once
// when both share it.
func dayRange(a, b app.Date) string {
	switch {
	case a.IsZero() && b.IsZero():
		return "—"
	case a.IsZero():
		return "until " + shortDay(b)
	case b.IsZero():
		return "from " + shortDay(a)
	case a.Time().Year() == b.Time().Year():
		return a.Time().Format("2 Jan") + " – " + shortDay(b)
	}
	return shortDay(a) + " – " + shortDay(b)
}

// cover draws the first page: product, horizon, owner, version and date.
func (b *brief) cover() {
	d := b.d
	d.newPage()
	p := b.ws.Product()
	// A band of the accent colour across the top third.
	d.fill(colAccent)
	band := d.ph * 0.36
	d.pdf.Rect(0, 0, d.pw, band, "F")
	d.pdf.SetTextColor(255, 255, 255)
	d.setFont("", 12)
	d.pdf.SetTextColor(0xd6, 0xe6, 0xee)
	d.text(d.left, band-118, "STRATEGY BRIEF")
	d.setFont("B", 30)
	d.pdf.SetTextColor(255, 255, 255)
	lines := d.wrap(b.name, d.width())
	if len(lines) > 2 {
		lines = append(lines[:1], d.ellipsize(strings.Join(lines[1:], " "), d.width()))
	}
	y := band - 88
	for _, l := range lines {
		d.text(d.left, y, l)
		y += 36
	}
	if h := b.clean(p, "horizon", p.Horizon); h != "" {
		d.setFont("", 13)
		d.pdf.SetTextColor(0xd6, 0xe6, 0xee)
		d.text(d.left, min(y, band-18), d.ellipsize(h, d.width()))
	}
	d.pdf.Bookmark("Cover", 0, 0)

	d.y = band + 40
	facts := [][2]string{
		{"Owner", b.clean(p, "owner", p.Owner)},
		{"Version", b.clean(p, "version", p.Version)},
		{"Date", formatDay(b.opt.Date)},
		{"Scoring model", p.ScoringModel.Title()},
	}
	for _, f := range facts {
		if f[1] == "" {
			continue
		}
		d.setFont("B", sizeSmall)
		d.color(colMuted)
		d.text(d.left, d.y+sizeSmall, strings.ToUpper(f[0]))
		d.setFont("", 12)
		d.color(colText)
		d.text(d.left+110, d.y+10, d.ellipsize(f[1], d.width()-110))
		d.y += 24
	}
	s := b.ws.Strategy()
	if v := b.clean(s, "vision", s.Vision); v != "" {
		d.y += 24
		d.stroke(colAccent)
		d.pdf.SetLineWidth(2)
		top := d.y
		d.setFont("I", 13)
		d.color(colText)
		lines := d.wrap(v, d.width()-20)
		if max := int((d.bottom - 60 - d.y) / (13 * leading)); len(lines) > max {
			lines = append(lines[:max-1], d.ellipsize(strings.Join(lines[max-1:], " "), d.width()-20))
		}
		for _, l := range lines {
			d.text(d.left+16, d.y+13, l)
			d.y += 13 * leading
		}
		d.pdf.Line(d.left+2, top, d.left+2, d.y+3)
	}
	d.setFont("", sizeSmall)
	d.color(colMuted)
	d.text(d.left, d.ph-marginBot+10, d.ellipsize("Made with Canopy from the workspace of "+b.name+".", d.width()))
	d.setFont("", sizeBody)
	d.color(colText)
}
