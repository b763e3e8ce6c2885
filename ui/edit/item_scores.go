package edit

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
)

// itemScores edits the scoring inputs: those of the product's model first,
// with the score it gives, updated after each committed input; the other
// models' scores on one line and their inputs folded away below.
type itemScores struct {
	ed *itemEditor

	shown   app.ScoringModel // the model whose panel is on top
	score   *widget.Label    // "RICE score: 12.5"
	formula *widget.Label
	others  *widget.Label // "WSJF 3 · ICE 120 · Value/effort unscored"

	panels  map[app.ScoringModel]*itemModelPanel
	current *fyne.Container
	folded  *widget.Accordion

	box *fyne.Container
}

func newItemScores(ed *itemEditor) *itemScores {
	s := &itemScores{ed: ed, panels: map[app.ScoringModel]*itemModelPanel{}}
	s.score = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.score.SizeName = theme.SizeNameSubHeadingText
	s.formula = itemWrapLabel("")
	s.others = itemWrapLabel("")
	for _, m := range app.ScoringModels {
		s.panels[m] = newItemModelPanel(ed, m)
	}
	s.current = container.NewStack()
	s.folded = widget.NewAccordion()
	s.box = container.NewVBox(
		s.score,
		s.formula,
		s.current,
		widget.NewSeparator(),
		s.others,
		s.folded,
	)
	return s
}

func (s *itemScores) object() fyne.CanvasObject { return s.box }

func (s *itemScores) refresh(it *app.Item, ro bool) {
	p := s.ed.env.WS.Product()
	model := p.ScoringModel
	if s.panels[model] == nil {
		model = app.ModelRICE
	}
	if model != s.shown {
		s.shown = model
		s.current.Objects = []fyne.CanvasObject{s.panels[model].box}
		s.current.Refresh()
		for len(s.folded.Items) > 0 {
			s.folded.RemoveIndex(0)
		}
		for _, m := range app.ScoringModels {
			if m != model {
				s.folded.Append(widget.NewAccordionItem(m.Title()+" inputs", s.panels[m].box))
			}
		}
	}
	if p.ScoringModel == app.ModelFormula {
		// The formula ranks; the RICE inputs stay on top to fill in.
		v, ok := s.ed.env.WS.ItemScore(it)
		text := "unscored"
		if ok {
			text = form.FormatNumber(v)
		}
		itemSetLabel(s.score, "Formula score: "+text)
		itemSetLabel(s.formula, "Formula: "+cmp.Or(p.Formula, "none yet")+" — the product's scoring model, chosen in the product settings.")
	} else {
		itemSetLabel(s.score, model.Title()+" score: "+itemScoreText(&it.Scores, model, p.ICE))
		itemSetLabel(s.formula, model.Formula(p.ICE)+" — the product's scoring model, chosen in the product settings.")
	}
	var others []string
	for _, m := range app.ScoringModels {
		if m != model {
			others = append(others, m.Title()+" "+itemScoreText(&it.Scores, m, p.ICE))
		}
	}
	itemSetLabel(s.others, "Other models: "+strings.Join(others, " · "))
	for _, panel := range s.panels {
		panel.refresh(&it.Scores, ro)
	}
}

// itemScoreText prints a score, or "unscored" without inputs.
func itemScoreText(sc *app.Scores, m app.ScoringModel, ice app.ICECombination) string {
	v, ok := app.Score(sc, m, ice)
	if !ok {
		return "unscored"
	}
	return form.FormatNumber(v)
}

// itemModelPanel edits one model's inputs: an "Add … inputs" button while
// there are none, the inputs and a button to remove them otherwise.
type itemModelPanel struct {
	ed    *itemEditor
	model app.ScoringModel
	has   func(*app.Scores) bool

	add, remove       *widget.Button
	addRow, removeRow *fyne.Container
	form              *widget.Form
	shows             []func(*app.Scores) // put the inputs in the fields
	controls          []fyne.Disableable

	box *fyne.Container
}

// The RICE impacts and their names, and the steps of the other models.
var (
	itemImpacts     = app.RICEImpacts()
	itemImpactNames = impactNames(itemImpacts)
	itemWSJFSteps   = floats(app.WSJFSteps())
	itemOneToTen    = []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
)

func newItemModelPanel(ed *itemEditor, m app.ScoringModel) *itemModelPanel {
	p := &itemModelPanel{ed: ed, model: m, form: widget.NewForm()}
	var init, clear func(*app.Scores)
	switch m {
	case app.ModelRICE:
		p.has = func(s *app.Scores) bool { return s.RICE != nil }
		init = func(s *app.Scores) { s.RICE = &app.RICE{Impact: 1, Confidence: 80, Effort: 1} }
		clear = func(s *app.Scores) { s.RICE = nil }
		p.number("Reach", "People or events per period.", "Edit RICE reach",
			func(s *app.Scores) float64 { return s.RICE.Reach }, func(s *app.Scores, v float64) { s.RICE.Reach = v })
		p.choice("Impact", "", "Edit RICE impact", itemImpacts, itemImpactNames,
			func(s *app.Scores) float64 { return s.RICE.Impact }, func(s *app.Scores, v float64) { s.RICE.Impact = v })
		p.number("Confidence %", "100 high, 80 medium, 50 low.", "Edit RICE confidence",
			func(s *app.Scores) float64 { return s.RICE.Confidence }, func(s *app.Scores, v float64) { s.RICE.Confidence = v })
		p.number("Effort", "Person-months.", "Edit RICE effort",
			func(s *app.Scores) float64 { return s.RICE.Effort }, func(s *app.Scores, v float64) { s.RICE.Effort = v })
	case app.ModelWSJF:
		p.has = func(s *app.Scores) bool { return s.WSJF != nil }
		init = func(s *app.Scores) {
			s.WSJF = &app.WSJF{BusinessValue: 1, TimeCriticality: 1, RiskReduction: 1, JobSize: 1}
		}
		clear = func(s *app.Scores) { s.WSJF = nil }
		for _, f := range []struct {
			label, desc string
			v           func(*app.WSJF) *int
		}{
			{"Business value", "Edit WSJF business value", func(w *app.WSJF) *int { return &w.BusinessValue }},
			{"Time criticality", "Edit WSJF time criticality", func(w *app.WSJF) *int { return &w.TimeCriticality }},
			{"Risk reduction", "Edit WSJF risk reduction", func(w *app.WSJF) *int { return &w.RiskReduction }},
			{"Job size", "Edit WSJF job size", func(w *app.WSJF) *int { return &w.JobSize }},
		} {
			p.choice(f.label, "", f.desc, itemWSJFSteps, nil,
				func(s *app.Scores) float64 { return float64(*f.v(s.WSJF)) }, func(s *app.Scores, v float64) { *f.v(s.WSJF) = int(v) })
		}
	case app.ModelICE:
		p.has = func(s *app.Scores) bool { return s.ICE != nil }
		init = func(s *app.Scores) { s.ICE = &app.ICE{Impact: 5, Confidence: 5, Ease: 5} }
		clear = func(s *app.Scores) { s.ICE = nil }
		for _, f := range []struct {
			label, desc string
			v           func(*app.ICE) *int
		}{
			{"Impact", "Edit ICE impact", func(i *app.ICE) *int { return &i.Impact }},
			{"Confidence", "Edit ICE confidence", func(i *app.ICE) *int { return &i.Confidence }},
			{"Ease", "Edit ICE ease", func(i *app.ICE) *int { return &i.Ease }},
		} {
			p.choice(f.label, "", f.desc, itemOneToTen, nil,
				func(s *app.Scores) float64 { return float64(*f.v(s.ICE)) }, func(s *app.Scores, v float64) { *f.v(s.ICE) = int(v) })
		}
	case app.ModelValueEffort:
		p.has = func(s *app.Scores) bool { return s.ValueEffort != nil }
		init = func(s *app.Scores) { s.ValueEffort = &app.ValueEffort{Value: 5, Effort: 5} }
		clear = func(s *app.Scores) { s.ValueEffort = nil }
		p.choice("Value", "", "Edit value", itemOneToTen, nil,
			func(s *app.Scores) float64 { return float64(s.ValueEffort.Value) }, func(s *app.Scores, v float64) { s.ValueEffort.Value = int(v) })
		p.choice("Effort", "", "Edit effort", itemOneToTen, nil,
			func(s *app.Scores) float64 { return float64(s.ValueEffort.Effort) }, func(s *app.Scores, v float64) { s.ValueEffort.Effort = int(v) })
	}
	p.add = widget.NewButtonWithIcon("Add "+m.Title()+" inputs", theme.ContentAddIcon(), func() {
		ed.edit("Add "+m.Title()+" inputs", func(it *app.Item) error { init(&it.Scores); return nil })
	})
	p.add.Importance = widget.HighImportance
	p.remove = widget.NewButtonWithIcon("Remove "+m.Title()+" inputs", theme.ContentRemoveIcon(), func() {
		ed.edit("Remove "+m.Title()+" inputs", func(it *app.Item) error { clear(&it.Scores); return nil })
	})
	p.remove.Importance = widget.LowImportance
	p.addRow, p.removeRow = container.NewHBox(p.add), container.NewHBox(p.remove)
	p.box = container.NewVBox(p.addRow, p.form, p.removeRow)
	return p
}

// editScores changes the model's inputs with set, refusing an item that has
// none (they were removed meanwhile).
func (p *itemModelPanel) editScores(desc string, set func(*app.Scores)) error {
	return p.ed.edit(desc, func(it *app.Item) error {
		if !p.has(&it.Scores) {
			return fmt.Errorf("%s has no %s inputs", it.ID, p.model.Title())
		}
		set(&it.Scores)
		return nil
	})
}

// number adds a number field.
func (p *itemModelPanel) number(label, hint, desc string, get func(*app.Scores) float64, set func(*app.Scores, float64)) {
	e, field := itemNumberField(func(v float64) error {
		return p.editScores(desc, func(s *app.Scores) { set(s, v) })
	})
	p.form.AppendItem(&widget.FormItem{Text: label, Widget: field, HintText: hint})
	p.controls = append(p.controls, e)
	p.shows = append(p.shows, func(s *app.Scores) { itemSetEntry(e, form.FormatNumber(get(s))) })
}

// choice adds a select of values, shown by their names (or as numbers when
// names is nil).
func (p *itemModelPanel) choice(label, hint, desc string, values []float64, names []string, get func(*app.Scores) float64, set func(*app.Scores, float64)) {
	if names == nil {
		for _, v := range values {
			names = append(names, strconv.FormatFloat(v, 'f', -1, 64))
		}
	}
	sel := form.NewSelect(names, func(s string) error {
		i := slices.Index(names, s)
		if i < 0 {
			return fmt.Errorf("%s: unknown value %q", label, s)
		}
		return p.editScores(desc, func(sc *app.Scores) { set(sc, values[i]) })
	})
	p.form.AppendItem(&widget.FormItem{Text: label, Widget: sel, HintText: hint})
	p.controls = append(p.controls, sel)
	p.shows = append(p.shows, func(s *app.Scores) {
		v := get(s)
		if i := slices.Index(values, v); i >= 0 {
			sel.SetValue(names[i])
		} else {
			sel.SetValue(form.FormatNumber(v)) // off the scale: shown as it is
		}
	})
}

func (p *itemModelPanel) refresh(s *app.Scores, ro bool) {
	has := p.has(s)
	itemSetVisible(!has, p.addRow)
	itemSetVisible(has, p.form, p.removeRow)
	itemEnable(!ro, p.add, p.remove)
	itemEnable(!ro, p.controls...)
	if has {
		for _, show := range p.shows {
			show(s)
		}
	}
}

// impactNames labels each RICE impact with its word ("3 – massive").
func impactNames(vs []float64) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = form.FormatNumber(v) + " – " + app.RICEImpactWord(v)
	}
	return out
}

// floats returns the steps of an integer scale as numbers for a choice.
func floats(vs []int) []float64 {
	out := make([]float64, len(vs))
	for i, v := range vs {
		out[i] = float64(v)
	}
	return out
}
