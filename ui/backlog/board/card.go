package board

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// card is one backlog item on the board. It is a row of a column's
// widget.List, so only the cards in sight exist; the list rebinds them to
// other items as it scrolls. A card is tapped to select it, double-tapped
// to open it and dragged to move it.
type card struct {
	widget.BaseWidget
	b *Board

	// col and row say which item the card shows now: b.cols[col].items[row].
	col, row int
	id       string
	selected bool

	title, meta, people, tags, criteria, badge string
	blocked                                    bool
	typ                                        app.ItemType
}

var (
	_ fyne.Draggable      = (*card)(nil)
	_ fyne.Tappable       = (*card)(nil)
	_ fyne.DoubleTappable = (*card)(nil)
)

func newCard(b *Board) *card {
	c := &card{b: b, col: -1, row: -1}
	c.ExtendBaseWidget(c)
	return c
}

// set shows item it, the row-th of column col.
func (c *card) set(col, row int, it *app.Item) {
	ws := c.b.env.WS
	p := ws.Product()
	c.col, c.row, c.id = col, row, it.ID
	c.selected = it.ID == c.b.selected
	c.typ = it.Type
	c.title = it.Title
	if c.title == "" {
		c.title = it.ID
	}
	meta := []string{typeTitle(it.Type)}
	s, ok := ws.ItemScore(it)
	meta = append(meta, p.ScoringModel.Title()+" "+app.FormatScore(s, ok))
	if it.Estimate > 0 {
		meta = append(meta, strconv.FormatFloat(it.Estimate, 'f', -1, 64)+" pts")
	}
	if ev := evidenceBadge(ws, it.ID); ev != "" { // badge.go
		meta = append(meta, ev)
	}
	c.meta = strings.Join(meta, "  ·  ")
	var people []string
	if it.Assignee != "" {
		people = append(people, it.Assignee)
	} else {
		people = append(people, "Unassigned")
	}
	if it.Initiative != "" {
		name := it.Initiative
		if in, ok := ws.Initiative(it.Initiative); ok && in.Name != "" {
			name = in.Name
		}
		people = append(people, name)
	}
	c.people = strings.Join(people, "  ·  ")
	c.tags = ""
	if len(it.Tags) > 0 {
		c.tags = "#" + strings.Join(it.Tags, "  #")
	}
	if f := cardFields(p, it); f != "" {
		c.tags = strings.TrimSpace(f + "  " + c.tags)
	}
	met, total := it.CriteriaMet()
	c.criteria = "Criteria " + strconv.Itoa(met) + "/" + strconv.Itoa(total)
	blockers := app.BlockedBy(ws, it)
	c.blocked = len(blockers) > 0
	c.badge = ""
	if c.blocked {
		c.badge = "Blocked by " + strconv.Itoa(len(blockers))
	}
	c.Refresh()
}

// typeTitle names an item type on a card ("Story").
func typeTitle(t app.ItemType) string {
	if t == "" {
		return "Item"
	}
	return t.Title()
}

// typeColor is the stripe on the left of a card.
func typeColor(t app.ItemType) color.Color {
	switch t {
	case app.TypeFeature:
		return color.NRGBA{R: 0x42, G: 0x85, B: 0xf4, A: 0xff}
	case app.TypeStory:
		return color.NRGBA{R: 0x34, G: 0xa8, B: 0x53, A: 0xff}
	case app.TypeBug:
		return color.NRGBA{R: 0xea, G: 0x43, B: 0x35, A: 0xff}
	case app.TypeChore:
		return color.NRGBA{R: 0x9a, G: 0xa0, B: 0xa6, A: 0xff}
	}
	return color.NRGBA{R: 0x80, G: 0x80, B: 0x80, A: 0xff}
}

// Tapped selects the card and gives the board the keyboard.
func (c *card) Tapped(*fyne.PointEvent) {
	if c.id != "" {
		c.b.Select(c.id)
		c.b.focus()
	}
}

// DoubleTapped opens the item.
func (c *card) DoubleTapped(*fyne.PointEvent) {
	if c.id != "" {
		c.b.Select(c.id)
		c.b.open(c.id)
	}
}

// Dragged moves the ghost of the card with the pointer.
func (c *card) Dragged(e *fyne.DragEvent) { c.b.onDragged(c, e) }

// DragEnd drops the card where the pointer is.
func (c *card) DragEnd() { c.b.onDragEnd() }

func (c *card) CreateRenderer() fyne.WidgetRenderer {
	r := &cardRenderer{c: c,
		bg:      canvas.NewRectangle(color.Transparent),
		stripe:  canvas.NewRectangle(color.Transparent),
		badgeBg: canvas.NewRectangle(color.Transparent),
	}
	mk := func(bold bool) *canvas.Text {
		t := canvas.NewText("", color.Black)
		t.TextStyle.Bold = bold
		return t
	}
	r.title, r.title2, r.meta, r.people, r.tags, r.criteria, r.badge = mk(true), mk(true), mk(false), mk(false), mk(false), mk(false), mk(true)
	r.objects = []fyne.CanvasObject{r.bg, r.stripe, r.title, r.title2, r.meta, r.people, r.tags, r.criteria, r.badgeBg, r.badge}
	r.Refresh()
	return r
}

// cardRenderer draws a card by hand with canvas texts, which it shortens
// with an ellipsis to the card's width: cheaper than labels, and of a fixed
// height, which a list of uniform rows needs.
type cardRenderer struct {
	c                                                  *card
	bg, stripe, badgeBg                                *canvas.Rectangle
	title, title2, meta, people, tags, criteria, badge *canvas.Text
	objects                                            []fyne.CanvasObject
}

// Card metrics.
const (
	cardInset  = 8 // inner margin
	stripeW    = 4
	lineGap    = 2
	minCardW   = 160
	badgeInset = 6
)

func (r *cardRenderer) sizes() (title, small float32) {
	th := r.c.Theme()
	return th.Size(theme.SizeNameText), th.Size(theme.SizeNameCaptionText)
}

func lineHeight(size float32, bold bool) float32 {
	return fyne.MeasureText("Ag", size, fyne.TextStyle{Bold: bold}).Height
}

func (r *cardRenderer) MinSize() fyne.Size {
	ts, ss := r.sizes()
	h := 2*cardInset + 2*lineHeight(ts, true) + lineGap + 4*(lineHeight(ss, false)+lineGap)
	return fyne.NewSize(minCardW, h)
}

func (r *cardRenderer) Layout(size fyne.Size) {
	ts, ss := r.sizes()
	r.bg.Resize(size)
	r.bg.Move(fyne.NewPos(0, 0))
	r.stripe.Resize(fyne.NewSize(stripeW, size.Height-2*cardInset))
	r.stripe.Move(fyne.NewPos(cardInset/2, cardInset))
	x := float32(cardInset + stripeW + 4)
	w := size.Width - x - cardInset
	y := float32(cardInset)
	place := func(t *canvas.Text, full string, size float32, width float32) {
		t.TextSize = size
		t.Text = ellipsize(full, size, t.TextStyle, width)
		h := lineHeight(size, t.TextStyle.Bold)
		t.Resize(fyne.NewSize(width, h))
		t.Move(fyne.NewPos(x, y))
		y += h + lineGap
	}
	first, rest := wrapOnce(r.c.title, ts, r.title.TextStyle, w)
	place(r.title, first, ts, w)
	place(r.title2, rest, ts, w)
	place(r.meta, r.c.meta, ss, w)
	place(r.people, r.c.people, ss, w)
	place(r.tags, r.c.tags, ss, w)

	// The last line: criteria on the left, the blocked badge on the right.
	r.badge.TextSize = ss
	r.badge.Text = r.c.badge
	bw := float32(0)
	if r.c.badge != "" {
		bw = fyne.MeasureText(r.c.badge, ss, r.badge.TextStyle).Width + 2*badgeInset
	}
	lh := lineHeight(ss, false)
	r.badgeBg.Resize(fyne.NewSize(bw, lh+2))
	r.badgeBg.Move(fyne.NewPos(size.Width-cardInset-bw, y-1))
	r.badge.Resize(fyne.NewSize(bw-2*badgeInset, lh))
	r.badge.Move(fyne.NewPos(size.Width-cardInset-bw+badgeInset, y))
	place(r.criteria, r.c.criteria, ss, max(w-bw-cardInset, 0))
}

func (r *cardRenderer) Refresh() {
	th := r.c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fg, subtle := th.Color(theme.ColorNameForeground, v), th.Color(theme.ColorNamePlaceHolder, v)
	r.bg.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.bg.StrokeWidth = 1
	r.bg.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	if r.c.selected {
		r.bg.StrokeWidth = 2
		r.bg.StrokeColor = th.Color(theme.ColorNamePrimary, v)
		r.bg.FillColor = th.Color(theme.ColorNameSelection, v)
	}
	r.stripe.FillColor = typeColor(r.c.typ)
	r.stripe.CornerRadius = stripeW / 2
	r.title.Color, r.title2.Color = fg, fg
	r.meta.Color, r.people.Color, r.tags.Color, r.criteria.Color = fg, subtle, th.Color(theme.ColorNamePrimary, v), subtle
	r.badge.Color = th.Color(theme.ColorNameForegroundOnError, v)
	r.badgeBg.FillColor = th.Color(theme.ColorNameError, v)
	r.badgeBg.CornerRadius = 4
	r.badge.Hidden, r.badgeBg.Hidden = !r.c.blocked, !r.c.blocked
	r.Layout(r.c.Size())
	for _, o := range r.objects {
		o.Refresh()
	}
}

func (r *cardRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *cardRenderer) Destroy()                     {}

// wrapOnce splits a title over two lines of the given width: the first
// breaks after the last word that fits (inside a word only when the first
// word alone is too wide), the second holds the rest, shortened with "…".
func wrapOnce(s string, size float32, style fyne.TextStyle, width float32) (first, rest string) {
	if s == "" || fyne.MeasureText(s, size, style).Width <= width {
		return s, ""
	}
	rs := []rune(s)
	fits := func(n int) bool { return fyne.MeasureText(string(rs[:n]), size, style).Width <= width }
	// The longest prefix that fits, then back to the last space in it.
	lo, hi := 0, len(rs)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fits(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	cut := lo
	if cut < len(rs) && rs[cut] != ' ' {
		if sp := strings.LastIndex(string(rs[:cut]), " "); sp > 0 {
			cut = len([]rune(string(rs[:cut])[:sp]))
		}
	}
	if cut == 0 { // not even one character fits
		return "", ellipsize(s, size, style, width)
	}
	first = strings.TrimRight(string(rs[:cut]), " ")
	return first, ellipsize(strings.TrimLeft(string(rs[cut:]), " "), size, style, width)
}

// ellipsize shortens s with "…" to fit width.
func ellipsize(s string, size float32, style fyne.TextStyle, width float32) string {
	if s == "" || fyne.MeasureText(s, size, style).Width <= width {
		return s
	}
	rs := []rune(s)
	lo, hi := 0, len(rs)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(rs[:mid])+"…", size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimRight(string(rs[:lo]), " ") + "…"
}
