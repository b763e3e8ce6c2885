package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// metricView shows one metric as a labelled progress bar: its name, its path
// from baseline through current to target, and how far along it is.
type metricView struct {
	name *widget.Label
	path *widget.RichText
	bar  *widget.ProgressBar
	box  *fyne.Container
}

// newMetricView returns an empty metric view; set fills it.
func newMetricView() *metricView {
	name := widget.NewLabel("")
	name.Wrapping = fyne.TextWrapWord // a long metric name takes two lines, not an ellipsis
	v := &metricView{
		name: name,
		path: page.NewDim("", false),
		bar:  widget.NewProgressBar(),
	}
	v.bar.TextFormatter = func() string { return page.FormatPercent(v.bar.Value) }
	// No space between the text and the bar: the label's own padding is enough.
	v.box = container.New(layout.NewCustomPaddedVBoxLayout(0), container.NewBorder(nil, nil, nil, v.path, v.name), v.bar)
	return v
}

// set shows m.
func (v *metricView) set(m app.Metric) {
	page.SetText(v.name, m.Name, "Unnamed metric")
	page.SetDim(v.path, page.MetricRange(m))
	v.bar.SetValue(m.Progress())
}
