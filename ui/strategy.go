package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// strategyView shows the strategy document: vision, target customers,
// positioning statement and the north-star metric.
type strategyView struct {
	ws *app.Workspace

	vision      *widget.Label
	customers   *widget.Label
	positioning *widget.RichText
	northStar   *metricView
	card        *widget.Card
}

// newStrategyView returns the strategy card of ws.
func newStrategyView(ws *app.Workspace) *strategyView {
	v := &strategyView{
		ws:          ws,
		vision:      newParagraph(),
		customers:   newParagraph(),
		positioning: widget.NewRichText(),
		northStar:   newMetricView(),
	}
	v.positioning.Wrapping = fyne.TextWrapWord
	v.card = widget.NewCard("Strategy", "", container.NewVBox(
		field("Vision", v.vision),
		field("Target customers", v.customers),
		field("Positioning", v.positioning),
		field("North-star metric", v.northStar.box),
	))
	v.refresh()
	return v
}

// refresh shows the current strategy.
func (v *strategyView) refresh() {
	s := v.ws.Strategy()
	setText(v.vision, s.Vision, "No vision written yet.")
	setText(v.customers, s.TargetCustomers, "No target customers named yet.")
	v.positioning.Segments = positioningSegments(s.Positioning)
	v.positioning.Refresh()
	v.northStar.set(s.NorthStar)
	if s.NorthStar == (app.Metric{}) {
		setText(v.northStar.name, "", "No north-star metric set.")
		v.northStar.path.Hide()
		v.northStar.bar.Hide()
	} else {
		v.northStar.path.Show()
		v.northStar.bar.Show()
	}
}

// positioningSegments writes the positioning statement as one sentence with
// its keywords in bold: "For … who …. Unlike …, our product …." Blank parts
// are left out.
func positioningSegments(p app.Positioning) []widget.RichTextSegment {
	for _, part := range []*string{&p.For, &p.Who, &p.Unlike, &p.OurProduct} {
		*part = strings.TrimRight(strings.TrimSpace(*part), ".")
	}
	bold := widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}
	plain := widget.RichTextStyleInline
	var out []widget.RichTextSegment
	add := func(keyword, text string) {
		if text == "" {
			return
		}
		out = append(out, &widget.TextSegment{Style: bold, Text: keyword}, &widget.TextSegment{Style: plain, Text: text})
	}
	add("For ", p.For)
	if p.For != "" {
		add(" who ", p.Who)
	} else {
		add("Who ", p.Who)
	}
	if len(out) > 0 && (p.Unlike != "" || p.OurProduct != "") {
		out = append(out, &widget.TextSegment{Style: plain, Text: ". "})
	}
	add("Unlike ", p.Unlike)
	switch {
	case p.Unlike != "":
		add(", our product ", p.OurProduct)
	default:
		add("Our product ", p.OurProduct)
	}
	if len(out) == 0 {
		s := dimStyle()
		s.TextStyle.Italic = true
		return []widget.RichTextSegment{&widget.TextSegment{Style: s, Text: "No positioning statement yet."}}
	}
	return append(out, &widget.TextSegment{Style: plain, Text: "."})
}
