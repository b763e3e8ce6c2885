package edit

import (
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// productEditor edits the product settings: what the brief's header shows,
// how the backlog is scored, the fiscal year and the board's WIP limits.
type productEditor struct {
	b   *binder[*app.Product]
	obj fyne.CanvasObject

	name, horizon, owner, version *form.Entry
	model, ice, fiscal            *widget.Select
	formula                       *widget.Label
	wip                           map[app.Status]*form.Entry
}

var _ page.Editor = (*productEditor)(nil)

// NewProductEditor returns the editor of the product settings.
func NewProductEditor(env *page.Env) page.Editor {
	ed := &productEditor{b: newBinder[*app.Product](env, app.ProductKey), wip: map[app.Status]*form.Entry{}}
	b := ed.b
	h := newHeader(b)
	ed.name = b.text("Rename product", func(p *app.Product) string { return p.Name }, func(p *app.Product, v string) { p.Name = v })
	ed.horizon = b.text("Edit horizon", func(p *app.Product) string { return p.Horizon }, func(p *app.Product, v string) { p.Horizon = v })
	ed.owner = b.text("Edit product owner", func(p *app.Product) string { return p.Owner }, func(p *app.Product, v string) { p.Owner = v })
	ed.version = b.text("Edit version", func(p *app.Product) string { return p.Version }, func(p *app.Product, v string) { p.Version = v })

	ed.model = choice(b, "Change scoring model", func() []option[app.ScoringModel] {
		var out []option[app.ScoringModel]
		for _, m := range app.ScoringModels {
			out = append(out, option[app.ScoringModel]{m, m.Title()})
		}
		return out
	}, func(p *app.Product) app.ScoringModel { return p.ScoringModel }, func(p *app.Product, v app.ScoringModel) { p.ScoringModel = v })
	ed.ice = choice(b, "Change ICE combination", func() []option[app.ICECombination] {
		return []option[app.ICECombination]{
			{app.ICEProduct, "Product: Impact × Confidence × Ease"},
			{app.ICEMean, "Mean: (Impact + Confidence + Ease) ÷ 3"},
		}
	}, func(p *app.Product) app.ICECombination { return p.ICE }, func(p *app.Product, v app.ICECombination) { p.ICE = v })
	ed.formula = hint("")
	b.load(func(p *app.Product) {
		page.SetLabel(ed.formula, "Backlog ranked by "+p.ScoringModel.Formula(p.ICE)+".", widget.LowImportance)
	})

	ed.fiscal = choice(b, "Change fiscal year start", func() []option[int] {
		out := make([]option[int], 12)
		for m := 1; m <= 12; m++ {
			out[m-1] = option[int]{m, time.Month(m).String()}
		}
		return out
	}, func(p *app.Product) int { return p.FiscalYearStart }, func(p *app.Product, v int) { p.FiscalYearStart = v })

	limit := numberCodec(numberSpec{lo: 0, hi: math.Inf(1), whole: true, blankZero: true, placeholder: "no limit"})
	var wipRows []row
	for _, s := range app.Statuses {
		ed.wip[s] = b.number("Change WIP limit of "+s.Title(), limit,
			func(p *app.Product) float64 { return float64(p.WIPLimits[s]) },
			func(p *app.Product, v float64) {
				if v == 0 {
					delete(p.WIPLimits, s)
					return
				}
				if p.WIPLimits == nil {
					p.WIPLimits = map[app.Status]int{}
				}
				p.WIPLimits[s] = int(v)
			})
		wipRows = append(wipRows, row{s.Title(), leading(page.Sized(120, ed.wip[s]))})
	}

	// The blocks' fields line up under one another.
	forms := alignedForms(
		[]row{{"Name", ed.name}, {"Horizon", ed.horizon}, {"Owner", ed.owner}, {"Version", ed.version}},
		[]row{{"Scoring model", ed.model}, {"ICE combines", ed.ice}},
		[]row{{"Fiscal year starts in", ed.fiscal}},
		wipRows)
	ed.obj = editorPage(h,
		heading("Product"),
		forms[0],
		heading("Prioritization"),
		forms[1],
		ed.formula,
		heading("Calendar"),
		forms[2],
		heading("Work in progress limits"),
		hint("The most items each board column should hold; empty or 0 means no limit."),
		forms[3],
	)
	ed.Refresh()
	return ed
}

func (ed *productEditor) Object() fyne.CanvasObject { return ed.obj }
func (ed *productEditor) Refresh()                  { ed.b.refresh() }
func (ed *productEditor) Key() app.Key              { return app.ProductKey }
