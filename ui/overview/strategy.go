package overview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// strategyView shows the strategy document: vision, target customers,
// positioning statement and the north-star metric.
type strategyView struct {
	ws *app.Workspace

	vision      *widget.Label
	customers   *widget.Label
	positioning *widget.RichText
	northStar   *page.MetricView
	card        *widget.Card
}

// newStrategyView returns the strategy card of ws.
func newStrategyView(ws *app.Workspace) *strategyView {
	v := &strategyView{
		ws:          ws,
		vision:      page.NewParagraph(),
		customers:   page.NewParagraph(),
		positioning: widget.NewRichText(),
		northStar:   page.NewMetricView(),
	}
	v.positioning.Wrapping = fyne.TextWrapWord
	v.card = widget.NewCard("Strategy", "", container.NewVBox(
		page.Field("Vision", v.vision),
		page.Field("Target customers", v.customers),
		page.Field("Positioning", v.positioning),
		page.Field("North-star metric", v.northStar.Box),
	))
	v.refresh()
	return v
}

// refresh shows the current strategy.
func (v *strategyView) refresh() {
	s := v.ws.Strategy()
	page.SetText(v.vision, s.Vision, "No vision written yet.")
	page.SetText(v.customers, s.TargetCustomers, "No target customers named yet.")
	v.positioning.Segments = page.PositioningSegments(s.Positioning)
	v.positioning.Refresh()
	v.northStar.Set(s.NorthStar)
	if s.NorthStar == (app.Metric{}) {
		page.SetText(v.northStar.Name, "", "No north-star metric set.")
		v.northStar.Path.Hide()
		v.northStar.Bar.Hide()
	} else {
		v.northStar.Path.Show()
		v.northStar.Bar.Show()
	}
}
