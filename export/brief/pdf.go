package brief

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"

	"canopy/app"
)

// rgb is a colour of the brief's palette.
type rgb struct{ r, g, b int }

// The brief's palette: dark text, muted text, an accent, rules and fills.
var (
	colText    = rgb{0x22, 0x27, 0x2e}
	colMuted   = rgb{0x5f, 0x67, 0x70}
	colAccent  = rgb{0x1d, 0x5f, 0x7a}
	colRule    = rgb{0xc9, 0xd1, 0xd8}
	colHeadRow = rgb{0xe6, 0xee, 0xf2}
	colStripe  = rgb{0xf6, 0xf8, 0xfa}
	colRed     = rgb{0xc0, 0x39, 0x2b}
	colAmber   = rgb{0xd3, 0x8b, 0x12}
	colGreen   = rgb{0x2e, 0x8b, 0x57}
	colBlue    = rgb{0x2f, 0x6f, 0xb0}
	colGrey    = rgb{0x9a, 0xa3, 0xab}
)

// Type sizes and spacing, in points.
const (
	sizeBody   = 9.5
	sizeSmall  = 8
	sizeTable  = 8.5
	sizeH1     = 17.0
	sizeH2     = 12
	sizeHeader = 7.5
	leading    = 1.32 // line height ÷ font size
	cellPad    = 3.5
	margin     = 50.0 // page margin left and right
	marginTop  = 58.0 // room for the running header
	marginBot  = 54.0 // room for the footer
)

// placedText is one run of text as drawn, for the layout tests.
type placedText struct {
	page       int
	x, y, w, h float64 // the box: y is its top
	s          string
}

// placedHeading is one section or sub-section heading as drawn.
type placedHeading struct {
	title string
	level int
	page  int
	y     float64 // top of the heading
}

// briefLayout records what a brief drew where, for tests.
type briefLayout struct {
	pages          int
	pageW, pageH   float64
	headings       []placedHeading
	texts          []placedText
	continuedMarks int // rows continued across a page break
	tocPages       int // the pages of the contents, from page 2
	// plots are the positioning maps drawn, with the labels inside them.
	plots []placedPlot
}

// pdfDoc lays text, tables and headings out on fpdf pages, breaking pages
// itself: fpdf's automatic breaks misplace multi-line cells.
type pdfDoc struct {
	pdf  *fpdf.Fpdf
	g    *glyphs
	tr   func(string) string // to the core font's code page; identity for UTF-8 fonts
	fam  string
	pw   float64 // page width
	ph   float64 // page height
	left float64
	// right and bottom are the content box's right and bottom edges.
	right, top, bottom float64
	y                  float64
	size               float64
	style              string
	rec                *briefLayout // nil unless recording
	headerLeft         string
	headerRight        string
	// toc lists the headings of levels 0 and 1 with their page and link.
	toc []tocEntry
}

// tocEntry is one line of the table of contents.
type tocEntry struct {
	title string
	level int // 0 for a section, 1 for a part of one
	page  int
	link  int
	y     float64
}

// width is the content box's width.
func (d *pdfDoc) width() float64 { return d.right - d.left }

// setFont selects the brief's family in style at size.
func (d *pdfDoc) setFont(style string, size float64) {
	if style == d.style && size == d.size {
		return
	}
	d.style, d.size = style, size
	d.pdf.SetFont(d.fam, style, size)
}

// reselect selects the brief's family in style at size on a page the PDF
// has been set back to, whose stream ends in whatever state its last
// drawing left.
func (d *pdfDoc) reselect(style string, size float64) {
	d.setFont(style, size)
	d.pdf.SetFontSize(size)
}

// color sets the text colour.
func (d *pdfDoc) color(c rgb) { d.pdf.SetTextColor(c.r, c.g, c.b) }

// fill sets the fill colour.
func (d *pdfDoc) fill(c rgb) { d.pdf.SetFillColor(c.r, c.g, c.b) }

// stroke sets the line colour.
func (d *pdfDoc) stroke(c rgb) { d.pdf.SetDrawColor(c.r, c.g, c.b) }

// lh is the line height of the current font.
func (d *pdfDoc) lh() float64 { return d.size * leading }

// strWidth measures s in the current font.
func (d *pdfDoc) strWidth(s string) float64 { return d.pdf.GetStringWidth(s) }

// text draws s with its baseline at y.
func (d *pdfDoc) text(x, baseline float64, s string) {
	if s == "" {
		return
	}
	if d.rec != nil {
		d.rec.texts = append(d.rec.texts, placedText{page: d.pdf.PageNo(), x: x, y: baseline - d.size*0.8, w: d.strWidth(s), h: d.size, s: s})
	}
	d.pdf.Text(x, baseline, d.tr(s))
}

// textRight draws s ending at x.
func (d *pdfDoc) textRight(x, baseline float64, s string) {
	d.text(x-d.strWidth(s), baseline, s)
}

// wrap splits s into lines no wider than w in the current font; an empty
// line of s stays an empty line.
func (d *pdfDoc) wrap(s string, w float64) []string {
	if s == "" {
		return nil
	}
	if !strings.ContainsRune(s, '\n') && d.strWidth(s) <= w {
		return []string{s}
	}
	var out []string
	for p := range strings.SplitSeq(strings.TrimRight(s, "\n"), "\n") {
		p = strings.TrimRight(p, " ")
		if p == "" {
			out = append(out, "")
			continue
		}
		out = append(out, d.wrapWords(p, w)...)
	}
	return out
}

// wrapWords splits one paragraph into lines no wider than w, between words;
// a word wider than w is broken with a hyphen ("commit-" "ment"), never
// cut mid-word without one. The paragraph's indent stays on its first line.
func (d *pdfDoc) wrapWords(p string, w float64) []string {
	var out []string
	// line starts as the indent; sep is "" until a word is on it.
	line, sep := p[:len(p)-len(strings.TrimLeft(p, " "))], ""
	for _, word := range strings.Fields(p) {
		if cand := line + sep + word; d.strWidth(cand) <= w {
			line, sep = cand, " "
			continue
		}
		if sep != "" {
			out = append(out, line)
		}
		for utf8.RuneCountInString(word) > 1 && d.strWidth(word) > w {
			r := []rune(word)
			n := 1
			for n+1 < len(r) && d.strWidth(string(r[:n+1])+"-") <= w {
				n++
			}
			out = append(out, string(r[:n])+"-")
			word = string(r[n:])
		}
		line, sep = word, " "
	}
	if sep != "" {
		out = append(out, line)
	}
	return out
}

// ellipsize cuts s to one line no wider than w, ending with "…" when cut.
func (d *pdfDoc) ellipsize(s string, w float64) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i] + " …"
	}
	if d.strWidth(s) <= w {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi { // the longest prefix that fits with the ellipsis
		mid := (lo + hi + 1) / 2
		if d.strWidth(string(r[:mid])+"…") <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimRight(string(r[:lo]), " ") + "…"
}

// room is the height left on the page.
func (d *pdfDoc) room() float64 { return d.bottom - d.y }

// newPage starts a page; the header function draws the running header.
func (d *pdfDoc) newPage() {
	d.pdf.AddPage()
	d.y = d.top
	if d.rec != nil {
		d.rec.pages = d.pdf.PageNo()
	}
}

// need starts a new page unless h points are left on this one.
func (d *pdfDoc) need(h float64) {
	if d.y+h > d.bottom && d.y > d.top+1 {
		d.newPage()
	}
}

// header draws the running header: the product and the date, and a rule.
func (d *pdfDoc) header() {
	if d.pdf.PageNo() == 1 {
		return
	}
	style, size := d.style, d.size
	d.setFont("", sizeHeader)
	d.color(colMuted)
	base := marginTop - 22
	d.text(d.left, base, d.ellipsize(d.headerLeft, d.width()*0.7))
	d.textRight(d.right, base, d.headerRight)
	d.stroke(colRule)
	d.pdf.SetLineWidth(0.5)
	d.pdf.Line(d.left, base+6, d.right, base+6)
	d.setFont(style, size)
	d.color(colText)
}

// footers draws "3 / 12" at the bottom right of every page but the first,
// once the page count is known: each page is reopened to add it.
func (d *pdfDoc) footers() {
	total := d.pdf.PageCount()
	style, size := d.style, d.size
	d.setFont("", sizeHeader)
	d.color(colMuted)
	for n := 2; n <= total; n++ {
		d.pdf.SetPage(n)
		// The page's stream ends in whatever state its last drawing left:
		// select the font and colours again, into this page.
		d.pdf.SetFontSize(sizeHeader)
		d.pdf.SetFillColor(255, 255, 255)
		d.textRightOn(n, d.right, d.ph-marginBot+28, fmt.Sprintf("%d / %d", n, total))
	}
	d.pdf.SetPage(total)
	d.setFont(style, size)
	d.color(colText)
}

// textRightOn is textRight on page n, which the PDF has been set back to.
func (d *pdfDoc) textRightOn(n int, x, baseline float64, s string) {
	w := d.strWidth(s)
	if d.rec != nil {
		d.rec.texts = append(d.rec.texts, placedText{page: n, x: x - w, y: baseline - d.size*0.8, w: w, h: d.size, s: s})
	}
	d.pdf.Text(x-w, baseline, d.tr(s))
}

// heading draws a heading of level 0 (a section, starting the table of
// contents entry and a bookmark) or 1 (a sub-section), kept with at least
// keep points of what follows.
func (d *pdfDoc) heading(title string, level int, keep float64) {
	size, gap := sizeH1, 16.0
	if level > 0 {
		size, gap = sizeH2, 9
	}
	h := size*leading + gap
	if d.y > d.top+1 {
		d.y += gap // space above, except at the top of a page
	}
	d.need(h + keep)
	d.mark(title, level)
	d.setFont("B", size)
	d.color(colAccent)
	lines := d.wrap(title, d.width())
	for _, l := range lines {
		d.text(d.left, d.y+size, l)
		d.y += size * leading
	}
	if level == 0 {
		d.stroke(colAccent)
		d.pdf.SetLineWidth(1)
		d.pdf.Line(d.left, d.y+1, d.left+40, d.y+1)
		d.y += 8
	} else {
		d.y += 2
	}
	d.setFont("", sizeBody)
	d.color(colText)
}

// mark makes the current line the start of a heading of level 0 or 1
// (drawn or not): a bookmark, and an entry of the table of contents
// linked to it.
func (d *pdfDoc) mark(title string, level int) {
	d.pdf.Bookmark(d.tr(title), level, d.y)
	if d.rec != nil {
		d.rec.headings = append(d.rec.headings, placedHeading{title: title, level: level, page: d.pdf.PageNo(), y: d.y})
	}
	if level <= 1 {
		link := d.pdf.AddLink()
		d.pdf.SetLink(link, d.y, -1)
		d.toc = append(d.toc, tocEntry{title: title, level: level, page: d.pdf.PageNo(), link: link, y: d.y})
	}
}

// para draws wrapped text at the left margin, indented by indent, in the
// current font, breaking pages between lines.
func (d *pdfDoc) para(s string, indent float64) {
	d.paraAt(d.left+indent, d.width()-indent, s)
}

// paraAt draws wrapped text in a column starting at x, w wide.
func (d *pdfDoc) paraAt(x, w float64, s string) {
	lh := d.lh()
	for _, l := range d.wrap(s, w) {
		d.need(lh)
		d.text(x, d.y+d.size, l)
		d.y += lh
	}
}

// gap adds vertical space, never at the top of a page.
func (d *pdfDoc) gap(h float64) {
	if d.y > d.top+1 {
		d.y = min(d.y+h, d.bottom)
	}
}

// label draws a small muted caption ("Market and trends").
func (d *pdfDoc) label(s string) {
	d.need(sizeSmall*leading + sizeBody*leading*2)
	d.setFont("B", sizeSmall)
	d.color(colMuted)
	d.text(d.left, d.y+sizeSmall, strings.ToUpper(s))
	d.y += sizeSmall*leading + 2
	d.setFont("", sizeBody)
	d.color(colText)
}

// bullets draws a bulleted list.
func (d *pdfDoc) bullets(items []string) {
	d.setFont("", sizeBody)
	lh := d.lh()
	for _, it := range items {
		lines := d.wrap(it, d.width()-14)
		if len(lines) == 0 {
			continue
		}
		d.need(lh * float64(min(len(lines), 2)))
		d.color(colAccent)
		d.text(d.left+3, d.y+d.size, "•")
		d.color(colText)
		for i, l := range lines {
			if i > 0 {
				d.need(lh)
			}
			d.text(d.left+14, d.y+d.size, l)
			d.y += lh
		}
		d.y += 1.5
	}
}

// bar draws a progress bar at x, y, w wide, filled to share (0..1).
func (d *pdfDoc) bar(x, y, w, h, share float64, c rgb) {
	d.fill(colHeadRow)
	d.pdf.Rect(x, y, w, h, "F")
	if share > 0 {
		d.fill(c)
		d.pdf.Rect(x, y, w*math.Min(share, 1), h, "F")
	}
}

// tcol is a column of a table: a header, a relative width, alignment.
type tcol struct {
	head  string
	w     float64
	right bool
}

// fitWordsRows is how many rows fitWords reads: enough to know a column's
// words, bounded for tables of thousands of rows.
const fitWordsRows = 200

// fitWords widens the columns of widths ws whose longest word (of the
// header, in bold, or of the first rows' cells) does not fit, taking the
// room from the columns with room to spare, in proportion: "Segment" and
// "Enterprise" stay whole instead of breaking. A word wider than a third
// of the table counts as that; without enough spare room, nothing moves.
func (d *pdfDoc) fitWords(ws []float64, cols []tcol, rows [][]cell) {
	need := make([]float64, len(cols))
	longest := func(i int, text string) {
		for _, w := range strings.Fields(text) {
			need[i] = max(need[i], d.strWidth(w)+2*cellPad+1)
		}
	}
	d.setFont("B", sizeTable)
	for i, c := range cols {
		longest(i, c.head)
	}
	for _, style := range []string{"B", ""} { // bold cells, then the rest and the sub parts
		d.setFont(style, sizeTable)
		for _, r := range rows[:min(len(rows), fitWordsRows)] {
			for i, c := range r {
				if i >= len(cols) {
					continue
				}
				if c.bold == (style == "B") {
					longest(i, c.s)
				}
				if style == "" {
					longest(i, c.sub)
				}
			}
		}
	}
	var short, spare float64
	for i := range ws {
		need[i] = min(need[i], d.width()/3)
		if need[i] > ws[i] {
			short += need[i] - ws[i]
		} else {
			spare += ws[i] - need[i]
		}
	}
	if short == 0 || spare < short {
		return
	}
	take := short / spare
	for i := range ws {
		if need[i] > ws[i] {
			ws[i] = need[i]
		} else {
			ws[i] -= (ws[i] - need[i]) * take
		}
	}
}

// cell of a table: text, with an optional style, colour and link.
type cell struct {
	s string
	// sub is a second, muted part under s (a competitor's segment, an
	// initiative's lane).
	sub   string
	bold  bool
	muted bool
	col   *rgb
	link  string
	// bar, when set, draws a progress bar of that share (0..1) under the text.
	bar *float64
}

// txt makes a plain cell.
func txt(s string) cell { return cell{s: s} }

// continuedMarker closes a row cut by a page break; continuedHead opens its
// rest on the next page.
const (
	continuedMarker = "continued on the next page →"
	continuedHead   = "(continued)"
)

// table draws rows under a header that repeats on every page. Pages break
// between rows; a row taller than a page is cut between lines, marked, and
// continued on the next page under the repeated header.
func (d *pdfDoc) table(cols []tcol, rows [][]cell) {
	var total float64
	for _, c := range cols {
		total += c.w
	}
	ws := make([]float64, len(cols))
	for i, c := range cols {
		ws[i] = d.width() * c.w / total
	}
	d.fitWords(ws, cols, rows)
	xs := make([]float64, len(cols))
	x := d.left
	for i := range cols {
		xs[i] = x
		x += ws[i]
	}
	d.setFont("", sizeTable)
	lh := sizeTable * leading
	heads := make([][]string, len(cols))
	headH := 0.0
	d.setFont("B", sizeTable)
	for i, c := range cols {
		heads[i] = d.wrap(c.head, ws[i]-2*cellPad)
		headH = max(headH, float64(len(heads[i]))*lh+2*cellPad)
	}
	drawHead := func() {
		d.fill(colHeadRow)
		d.pdf.Rect(d.left, d.y, d.width(), headH, "F")
		d.setFont("B", sizeTable)
		d.color(colText)
		for i, ls := range heads {
			for j, l := range ls {
				base := d.y + cellPad + float64(j)*lh + sizeTable
				if cols[i].right {
					d.textRight(xs[i]+ws[i]-cellPad, base, l)
				} else {
					d.text(xs[i]+cellPad, base, l)
				}
			}
		}
		d.y += headH
	}
	// The header needs the first row below it, or a good part of a row
	// taller than that.
	first := 1
	if len(rows) > 0 {
		for i, c := range rows[0] {
			if i >= len(cols) {
				break
			}
			d.setFont(cellStyle(c), sizeTable)
			n := len(d.wrap(c.s, ws[i]-2*cellPad))
			if c.sub != "" {
				d.setFont("", sizeTable)
				n += len(d.wrap(c.sub, ws[i]-2*cellPad))
			}
			if c.bar != nil {
				n++
			}
			first = max(first, n)
		}
	}
	d.need(headH + float64(min(first, 12))*lh + 2*cellPad)
	drawHead()
	lines := make([][]string, len(cols))
	nMain := make([]int, len(cols))
	for ri, row := range rows {
		maxLines := 0
		for i := range cols {
			lines[i] = nil
			if i < len(row) {
				c := row[i]
				d.setFont(cellStyle(c), sizeTable)
				lines[i] = d.wrap(c.s, ws[i]-2*cellPad)
				nMain[i] = len(lines[i])
				if c.sub != "" {
					d.setFont("", sizeTable)
					lines[i] = append(lines[i], d.wrap(c.sub, ws[i]-2*cellPad)...)
				}
				if c.bar != nil {
					lines[i] = append(lines[i], "") // room for the bar
				}
			}
			maxLines = max(maxLines, len(lines[i]))
		}
		maxLines = max(maxLines, 1)
		rowH := float64(maxLines)*lh + 2*cellPad
		if d.y+rowH > d.bottom && rowH <= d.bottom-d.top-headH {
			d.newPage()
			drawHead()
		}
		from := 0
		for from < maxLines {
			off := 0.0 // a line for the continuation's head
			if from > 0 {
				off = lh
			}
			fit := int((d.bottom - d.y - 2*cellPad - off) / lh)
			n := maxLines - from
			cut := n > fit
			if cut {
				n = fit - 1 // a line for the marker
				if n < 2 {
					d.newPage()
					drawHead()
					continue
				}
			}
			h := float64(n)*lh + 2*cellPad + off
			if cut {
				h += lh
			}
			if ri%2 == 1 {
				d.fill(colStripe)
				d.pdf.Rect(d.left, d.y, d.width(), h, "F")
			}
			for i := range cols {
				if i >= len(row) {
					continue
				}
				c := row[i]
				d.setFont(cellStyle(c), sizeTable)
				switch {
				case c.col != nil:
					d.color(*c.col)
				case c.muted:
					d.color(colMuted)
				default:
					d.color(colText)
				}
				end := min(from+n, len(lines[i]))
				for j := from; j < end; j++ {
					base := d.y + off + cellPad + float64(j-from)*lh + sizeTable
					l := lines[i][j]
					if j == nMain[i] || j == from && j > nMain[i] { // the sub part starts
						d.setFont("", sizeTable)
						d.color(colMuted)
					}
					if c.bar != nil && j == len(lines[i])-1 {
						d.bar(xs[i]+cellPad, base-sizeTable+2, ws[i]-2*cellPad, 4, *c.bar, colGreen)
						continue
					}
					if cols[i].right {
						d.textRight(xs[i]+ws[i]-cellPad, base, l)
					} else {
						d.text(xs[i]+cellPad, base, l)
					}
				}
				if c.link != "" && from == 0 && len(lines[i]) > 0 {
					d.link(xs[i], d.y, ws[i], h, c.link)
				}
			}
			if from > 0 {
				d.setFont("I", sizeSmall)
				d.color(colMuted)
				d.text(d.left+cellPad, d.y+cellPad+sizeSmall, continuedHead)
			}
			if cut {
				d.setFont("I", sizeSmall)
				d.color(colMuted)
				d.textRight(d.right-cellPad, d.y+h-cellPad-2, continuedMarker)
				if d.rec != nil {
					d.rec.continuedMarks++
				}
			}
			d.y += h
			d.stroke(colRule)
			d.pdf.SetLineWidth(0.4)
			d.pdf.Line(d.left, d.y, d.right, d.y)
			from += n
			if cut {
				d.newPage()
				drawHead()
			}
		}
	}
	d.setFont("", sizeBody)
	d.color(colText)
	d.y += 4
}

// cellStyle is the font style of a cell.
func cellStyle(c cell) string {
	if c.bold {
		return "B"
	}
	return ""
}

// link makes the rectangle a link to s when s is a safe address.
func (d *pdfDoc) link(x, y, w, h float64, s string) {
	if u, ok := app.SafeLink(s); ok {
		d.pdf.LinkString(x, y, w, h, u)
	}
}
