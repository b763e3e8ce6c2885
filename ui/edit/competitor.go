package edit

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// competitorEditor edits a competitor: who they sell to, what they do well
// and badly, what they charge and how we differ.
type competitorEditor struct {
	b   *binder[*app.Competitor]
	h   *header
	obj fyne.CanvasObject

	name, segment, pricing, differ *form.Entry
	x, y                           *form.Entry
	strengths, weaknesses          *rowList[*app.Competitor, string]
}

var _ page.Editor = (*competitorEditor)(nil)

// NewCompetitorEditor returns the editor of competitor id.
func NewCompetitorEditor(env *page.Env, id string) page.Editor {
	type C = app.Competitor
	ed := &competitorEditor{b: newBinder[*C](env, app.Key{Kind: app.KindCompetitor, ID: id})}
	b := ed.b
	ed.h = newHeader(b)
	ed.name = b.text("Rename competitor", func(c *C) string { return c.Name }, func(c *C, v string) { c.Name = v })
	ed.segment = b.text("Edit competitor segment", func(c *C) string { return c.Segment }, func(c *C, v string) { c.Segment = v })
	ed.segment.SetPlaceHolder("Who they sell to")
	ed.strengths = stringList(b, "strength", func(c *C) []string { return c.Strengths }, func(c *C, v []string) { c.Strengths = v })
	ed.weaknesses = stringList(b, "weakness", func(c *C) []string { return c.Weaknesses }, func(c *C, v []string) { c.Weaknesses = v })
	ed.pricing = b.multiLine("Edit competitor pricing", 2, func(c *C) string { return c.Pricing }, func(c *C, v string) { c.Pricing = v })
	ed.pricing.SetPlaceHolder("Plans and prices")
	ed.differ = b.multiLine("Edit how we differ", 3, func(c *C) string { return c.HowWeDiffer }, func(c *C, v string) { c.HowWeDiffer = v })
	ed.x = bindValue(b, false, "Move competitor on the positioning map", placeCodec,
		func(c *C) string { return coordinate(c.Position, func(p app.Point) float64 { return p.X }) },
		func(c *C, v string) { c.Position = place(c.Position, v, func(p *app.Point, f float64) { p.X = f }) })
	ed.y = bindValue(b, false, "Move competitor on the positioning map", placeCodec,
		func(c *C) string { return coordinate(c.Position, func(p app.Point) float64 { return p.Y }) },
		func(c *C, v string) { c.Position = place(c.Position, v, func(p *app.Point, f float64) { p.Y = f }) })
	ed.obj = editorPage(ed.h,
		formRows(row{"Name", ed.name}, row{"Segment", ed.segment}),
		heading("Strengths"),
		ed.strengths.obj,
		heading("Weaknesses"),
		ed.weaknesses.obj,
		heading("Pricing and difference"),
		stacked("Pricing", ed.pricing),
		stacked("How we differ", ed.differ),
		heading("Positioning map"),
		formRows(row{"Place", leading(container.NewHBox(widget.NewLabel("x"), page.Sized(80, ed.x), widget.NewLabel("y"), page.Sized(80, ed.y)))}),
		hint("From 0 (low) to 100 (high) on the axes named in Market ▸ Positioning, where marks are also dragged. Empty both to take the competitor off the map."),
	)
	ed.Refresh()
	return ed
}

// placeCodec reads a coordinate of the positioning map: blank (off the
// map) or a number from 0 to app.PositionMax.
var placeCodec = codec[string]{
	format: func(s string) string { return s },
	parse: func(s string) (string, error) {
		s = strings.TrimSpace(s)
		if s == "" {
			return "", nil
		}
		v, err := numberCodec(numberSpec{lo: 0, hi: app.PositionMax}).parse(s)
		if err != nil {
			return "", err
		}
		return strconv.FormatFloat(v, 'f', -1, 64), nil
	},
	placeholder: "off map",
}

// coordinate shows one coordinate of p, or "" when p is nil (unplaced).
func coordinate(p *app.Point, get func(app.Point) float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(get(*p), 'f', -1, 64)
}

// place returns p with one coordinate set from v: a blank v takes the
// entity off the map, and the first coordinate given places it with the
// other in the middle.
func place(p *app.Point, v string, set func(*app.Point, float64)) *app.Point {
	if v == "" {
		return nil
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil { // placeCodec parsed it already
		return p
	}
	out := app.Point{X: app.PositionMax / 2, Y: app.PositionMax / 2}
	if p != nil {
		out = *p
	}
	set(&out, f)
	return &out
}

func (ed *competitorEditor) Object() fyne.CanvasObject { return ed.obj }
func (ed *competitorEditor) Refresh()                  { ed.b.refresh() }
func (ed *competitorEditor) Key() app.Key              { return ed.b.key }
