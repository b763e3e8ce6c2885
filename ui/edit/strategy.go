package edit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// strategyEditor edits the product's strategy document: the vision, who it
// is for, how it is positioned, what it will not do, the north-star metric
// and the market it lives in.
type strategyEditor struct {
	b   *binder[*app.Strategy]
	obj fyne.CanvasObject

	vision, customers, market         *form.Entry
	posFor, posWho, posUnlike, posOur *form.Entry
	differentiators, nonGoals, trends *rowList[*app.Strategy, string]
	northStar                         *metricFields
}

var _ page.Editor = (*strategyEditor)(nil)

// NewStrategyEditor returns the editor of the strategy.
func NewStrategyEditor(env *page.Env) page.Editor {
	ed := &strategyEditor{b: newBinder[*app.Strategy](env, app.StrategyKey)}
	b := ed.b
	h := newHeader(b)
	type S = app.Strategy
	ed.vision = b.multiLine("Edit vision", 3, func(s *S) string { return s.Vision }, func(s *S, v string) { s.Vision = v })
	ed.vision.SetPlaceHolder("Where the product is going, in a sentence or two")
	ed.customers = b.multiLine("Edit target customers", 3, func(s *S) string { return s.TargetCustomers }, func(s *S, v string) { s.TargetCustomers = v })
	ed.customers.SetPlaceHolder("Who buys it and who uses it")

	ed.posFor = b.multiLine("Edit positioning: for", 2, func(s *S) string { return s.Positioning.For }, func(s *S, v string) { s.Positioning.For = v })
	ed.posWho = b.multiLine("Edit positioning: who", 2, func(s *S) string { return s.Positioning.Who }, func(s *S, v string) { s.Positioning.Who = v })
	ed.posUnlike = b.multiLine("Edit positioning: unlike", 2, func(s *S) string { return s.Positioning.Unlike }, func(s *S, v string) { s.Positioning.Unlike = v })
	ed.posOur = b.multiLine("Edit positioning: our product", 2, func(s *S) string { return s.Positioning.OurProduct }, func(s *S, v string) { s.Positioning.OurProduct = v })
	ed.posFor.SetPlaceHolder("the target customer")
	ed.posWho.SetPlaceHolder("the need or the opportunity")
	ed.posUnlike.SetPlaceHolder("the main alternative")
	ed.posOur.SetPlaceHolder("the key difference")

	ed.differentiators = stringList(b, "differentiator", func(s *S) []string { return s.Differentiators }, func(s *S, v []string) { s.Differentiators = v })
	ed.nonGoals = stringList(b, "non-goal", func(s *S) []string { return s.NonGoals }, func(s *S, v []string) { s.NonGoals = v })
	ed.trends = stringList(b, "trend", func(s *S) []string { return s.Trends }, func(s *S, v []string) { s.Trends = v })

	ed.northStar = newMetricFields(b, "north-star", func(s *S) *app.Metric { return &s.NorthStar })

	ed.market = b.multiLine("Edit market notes", 5, func(s *S) string { return s.MarketNotes }, func(s *S, v string) { s.MarketNotes = v })
	ed.market.SetPlaceHolder("Size, segments, buying process, what is changing")

	ed.obj = editorPage(h,
		heading("Vision"),
		ed.vision,
		heading("Target customers"),
		ed.customers,
		heading("Positioning"),
		formRows(row{"For", ed.posFor}, row{"Who", ed.posWho}, row{"Unlike", ed.posUnlike}, row{"Our product", ed.posOur}),
		stacked("Differentiators", ed.differentiators.obj),
		stacked("Non-goals", ed.nonGoals.obj),
		heading("North-star metric"),
		ed.northStar.obj,
		heading("Market"),
		stacked("Market notes", ed.market),
		stacked("Trends", ed.trends.obj),
	)
	ed.Refresh()
	return ed
}

func (ed *strategyEditor) Object() fyne.CanvasObject { return ed.obj }
func (ed *strategyEditor) Refresh()                  { ed.b.refresh() }
func (ed *strategyEditor) Key() app.Key              { return app.StrategyKey }

// metricFields edits one metric of the entity: its name, unit, baseline,
// target and current value, with a bar of its progress.
type metricFields struct {
	name, unit, baseline, target, current *form.Entry
	bar                                   *widget.ProgressBar
	obj                                   fyne.CanvasObject
}

// newMetricFields binds the metric at get(entity); noun names it in the
// commands ("Edit north-star target").
func newMetricFields[E app.Entity](b *binder[E], noun string, get func(E) *app.Metric) *metricFields {
	m := &metricFields{bar: progressBar()}
	num := numberCodec(anyNumber)
	m.name = b.text("Edit "+noun+" name", func(e E) string { return get(e).Name }, func(e E, v string) { get(e).Name = v })
	m.name.SetPlaceHolder("What is measured")
	m.unit = b.text("Edit "+noun+" unit", func(e E) string { return get(e).Unit }, func(e E, v string) { get(e).Unit = v })
	m.unit.SetPlaceHolder("unit")
	m.baseline = b.number("Edit "+noun+" baseline", num, func(e E) float64 { return get(e).Baseline }, func(e E, v float64) { get(e).Baseline = v })
	m.target = b.number("Edit "+noun+" target", num, func(e E) float64 { return get(e).Target }, func(e E, v float64) { get(e).Target = v })
	m.current = b.number("Edit "+noun+" current value", num, func(e E) float64 { return get(e).Current }, func(e E, v float64) { get(e).Current = v })
	b.load(func(e E) { m.bar.SetValue(get(e).Progress()) })
	m.obj = container.NewVBox(
		formRows(row{"Name", m.name}, row{"Unit", leading(page.Sized(160, m.unit))}),
		numberTriple(m.baseline, m.target, m.current),
		formRows(row{"Progress", m.bar}),
	)
	return m
}

// numberTriple lays out baseline, target and current side by side.
func numberTriple(baseline, target, current fyne.CanvasObject) fyne.CanvasObject {
	return container.NewHBox(
		widget.NewLabel("Baseline"), page.Sized(110, baseline),
		widget.NewLabel("Target"), page.Sized(110, target),
		widget.NewLabel("Current"), page.Sized(110, current))
}
