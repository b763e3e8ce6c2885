package page

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// FieldFocuser is an editor that can put the cursor in one of its fields,
// named as in the JSON of its entity ("estimate", "criteria[2].text"): a
// refusal's way out opens the editor there.
type FieldFocuser interface {
	// FocusField focuses the field that edits field and reports whether
	// the editor has one.
	FocusField(field string) bool
}

// OpenField shows the editor of k with the cursor in field (see
// FieldFocuser); an editor without that field just opens.
func (e *Env) OpenField(k app.Key, field string) {
	if e.Open == nil {
		return
	}
	e.field = field
	e.Open(k)
	e.field = "" // a page that opened no panel leaves nothing pending
}

// focusPending focuses the field OpenField asked for in ed, once.
func (e *Env) focusPending(ed Editor) {
	field := e.field
	e.field = ""
	if f, ok := ed.(FieldFocuser); ok && field != "" {
		f.FocusField(field)
	}
}

// DoHere runs c and, when the rules refuse it, shows the refusal in r (Say),
// where the change was tried (beside a card, under a field); a refusal
// that r cannot show (not a rule's) is shown by ShowRefusal. Without Try
// (tests) it is Do.
func (e *Env) DoHere(c app.Command, r *Refusal) error {
	if e.Try == nil {
		return e.Do(c)
	}
	err := e.Try(c)
	if err == nil {
		r.Clear()
		return nil
	}
	if !r.Say(err) {
		ShowRefusal(e, err)
	}
	return err
}

// Refusal shows a change the rules refused where it was tried: the
// sentence in a person's words ("Live map… can't move to Ready yet: give it
// an estimate") and the way out, a button that opens the entity's editor at
// the field that puts it right. Hidden until Say.
type Refusal struct {
	widget.BaseWidget
	env     *Env
	msg     *widget.Label
	fix     *widget.Button
	dismiss *widget.Button
	body    *fyne.Container
	err     *app.RuleError
	// Local, when set, takes the way out where the refusal is shown (an
	// editor of the entity focusing its own field) and reports whether it
	// did; else the button opens the entity's editor (Env.OpenField).
	Local func(k app.Key, field string) bool
}

// NewRefusal returns a hidden refusal whose button opens editors of env.
func NewRefusal(env *Env) *Refusal {
	r := &Refusal{env: env, msg: widget.NewLabel("")}
	r.msg.Wrapping = fyne.TextWrapWord
	r.msg.Importance = widget.DangerImportance
	r.fix = widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), r.onFix)
	r.fix.Importance = widget.HighImportance
	r.dismiss = widget.NewButtonWithIcon("", theme.CancelIcon(), r.Clear)
	r.dismiss.Importance = widget.LowImportance
	r.body = container.NewBorder(nil, container.NewHBox(r.fix), nil, container.NewVBox(r.dismiss), r.msg)
	r.ExtendBaseWidget(r)
	r.Hide()
	return r
}

// CreateRenderer shows the sentence above its button.
func (r *Refusal) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(r.body)
}

// Say shows err when it is a rule's refusal (*app.RuleError, or the first
// of app.Problems) and reports whether it did.
func (r *Refusal) Say(err error) bool {
	re := ruleError(err)
	if re == nil {
		return false
	}
	r.err = re
	r.msg.SetText(re.Sentence())
	r.fix.SetText(FixText(re))
	if re.Key.ID == "" || r.env == nil || (r.env.Open == nil && r.Local == nil) {
		r.fix.Hide()
	} else {
		r.fix.Show()
	}
	r.Show()
	r.Refresh()
	return true
}

// Clear hides the refusal.
func (r *Refusal) Clear() {
	r.err = nil
	r.Hide()
}

// Sentence returns the refusal shown, or "" when hidden.
func (r *Refusal) Sentence() string {
	if r.err == nil {
		return ""
	}
	return r.err.Sentence()
}

// FixButton returns the button that opens the field (for tests).
func (r *Refusal) FixButton() *widget.Button { return r.fix }

func (r *Refusal) onFix() {
	re := r.err
	if re == nil {
		return
	}
	r.Clear()
	if r.Local != nil && r.Local(re.Key, re.Fix()) {
		return
	}
	r.env.OpenField(re.Key, re.Fix())
}

// FixText is the label of the button that opens the field putting re
// right: "Open the estimate", or "Open" with no field.
func FixText(re *app.RuleError) string {
	w := app.FieldWords(re.Fix())
	if w == "" {
		return "Open"
	}
	return "Open " + w
}

// ruleError returns the rule refusal in err, or nil.
func ruleError(err error) *app.RuleError {
	var re *app.RuleError
	if errors.As(err, &re) {
		return re
	}
	var ps app.Problems
	if errors.As(err, &ps) && len(ps) > 0 {
		return ps[0]
	}
	return nil
}

// ShowRefusal is the one way the window shows what could not be done when
// there is no place beside it: a rule's refusal in its words with the
// button to its field, under a title that says what happened (never
// "Error"); any other failure in its own words.
func ShowRefusal(env *Env, err error) {
	if env == nil || env.Window == nil || err == nil {
		return
	}
	re := ruleError(err)
	if re == nil {
		dialog.ShowError(err, env.Window)
		return
	}
	msg := widget.NewLabel(strings.TrimSpace(re.Sentence()))
	msg.Wrapping = fyne.TextWrapWord
	var d dialog.Dialog
	content := fyne.CanvasObject(msg)
	if re.Key.ID != "" && env.Open != nil {
		fix := widget.NewButtonWithIcon(FixText(re), theme.DocumentCreateIcon(), func() {
			d.Hide()
			env.OpenField(re.Key, re.Fix())
		})
		fix.Importance = widget.HighImportance
		content = container.NewVBox(msg, container.NewHBox(fix))
	}
	d = dialog.NewCustom("Not yet", "Close", content, env.Window)
	d.Resize(fyne.NewSize(420, d.MinSize().Height))
	d.Show()
}
