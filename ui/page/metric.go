package page

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// MetricView shows one metric as a labelled progress bar: its name, its path
// from baseline through current to target, and how far along it is.
type MetricView struct {
	// Name, Path and Bar are the metric's name, its path from baseline
	// to target, and its progress; Box holds the name and the path over
	// the bar.
	Name *widget.Label
	Path *widget.RichText
	Bar  *widget.ProgressBar
	Box  *fyne.Container
}

// NewMetricView returns an empty metric view; Set fills it.
func NewMetricView() *MetricView {
	name := widget.NewLabel("")
	name.Wrapping = fyne.TextWrapWord // a long metric name takes two lines, not an ellipsis
	v := &MetricView{
		Name: name,
		Path: NewDim("", false),
		Bar:  widget.NewProgressBar(),
	}
	v.Bar.TextFormatter = func() string { return FormatPercent(v.Bar.Value) }
	// No space between the text and the bar: the label's own padding is enough.
	v.Box = container.New(layout.NewCustomPaddedVBoxLayout(0), container.NewBorder(nil, nil, nil, v.Path, v.Name), v.Bar)
	return v
}

// Set shows m.
func (v *MetricView) Set(m app.Metric) {
	SetText(v.Name, m.Name, "Unnamed metric")
	SetDim(v.Path, MetricRange(m))
	v.Bar.SetValue(m.Progress())
}
