package edit

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// formulaSetting is the product's scoring formula in the product editor:
// an entry that commits with app.SetFormula, and a live preview of what
// the text being typed would rank (the top ten and how many it cannot
// score) or where it is wrong. Write it, then choose Formula as the
// scoring model (the rules want a formula for that model); with another
// model it is the prioritized list's Formula column.
type formulaSetting struct {
	env     *page.Env
	entry   *form.Entry
	problem *widget.Label
	preview *widget.Label
	obj     *fyne.Container
}

// newFormulaSetting builds the formula's part of the product editor on b.
func newFormulaSetting(b *binder[*app.Product]) *formulaSetting {
	f := &formulaSetting{env: b.env}
	f.entry = form.NewMultiLineEntry(func(s string) error { return b.env.Do(app.SetFormula(s)) })
	f.entry.SetPlaceHolder(`fields.arr / 1000 + (fields.segment == "Enterprise" ? 100 : 0)`)
	f.entry.SetMinRowsVisible(3)
	f.entry.OnChanged = func(s string) { f.showPreview(s) }
	f.problem = widget.NewLabel("")
	f.problem.Importance = widget.DangerImportance
	f.problem.Wrapping = fyne.TextWrapWord
	f.preview = hint("")
	b.control(f.entry)
	b.load(func(p *app.Product) {
		f.entry.SetValue(p.Formula)
		f.showPreview(f.entry.Text)
	})
	f.obj = container.NewVBox(
		hint("Formula (the Formula model ranks by it): an expression over estimate, rice.reach, rice.impact, rice.confidence, "+
			"rice.effort, wsjf.*, ice.*, valueEffort.* and each custom field as fields.KEY."),
		f.entry, f.problem, f.preview)
	return f
}

// showPreview ranks the open items by source, or places its error.
func (f *formulaSetting) showPreview(source string) {
	if strings.TrimSpace(source) == "" {
		f.problem.Hide()
		page.SetLabel(f.preview, "No formula yet: every item is unscored.", widget.LowImportance)
		return
	}
	pv, err := app.PreviewFormula(f.env.WS, source, nil)
	if err != nil {
		f.problem.SetText(FormulaProblem(err))
		f.problem.Show()
		f.preview.SetText("")
		return
	}
	f.problem.Hide()
	page.SetLabel(f.preview, FormulaPreviewText(pv), widget.MediumImportance)
}

// FormulaProblem says where a formula is wrong: "Line 1, column 9: …".
func FormulaProblem(err error) string {
	var fe *app.FormulaError
	if errors.As(err, &fe) {
		if fe.Line > 0 {
			return fmt.Sprintf("Line %d, column %d: %s", fe.Line, fe.Column, fe.Msg)
		}
		return fe.Msg
	}
	return err.Error()
}

// FormulaPreviewText lists the items a formula ranks highest and how many
// open items it cannot score.
func FormulaPreviewText(pv app.FormulaPreview) string {
	var b strings.Builder
	if len(pv.Top) == 0 {
		b.WriteString("It scores no open item.")
	} else {
		fmt.Fprintf(&b, "Top %d it would rank:", len(pv.Top))
		for i, e := range pv.Top {
			fmt.Fprintf(&b, "\n%d. %s — %s", i+1, e.Item.Title, app.FormatScore(e.Score, true))
		}
	}
	fmt.Fprintf(&b, "\n%s of %s cannot be scored (a missing input or a division by zero).",
		form.Plural(pv.Unscored, "item", "items"), form.Plural(pv.Open, "open item", "open items"))
	return b.String()
}
