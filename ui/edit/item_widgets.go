package edit

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
)

// The small building blocks of the item editor. Their names start with
// "item" so that they cannot clash with the other editors of the package.

// itemPageWidth is the widest the editor's column grows: longer lines are
// hard to read.
const itemPageWidth = 760

// itemSection returns a section of the editor: a rule, a heading, the content.
func itemSection(title string, content fyne.CanvasObject) fyne.CanvasObject {
	h := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleSubHeading, Text: title})
	return container.NewVBox(widget.NewSeparator(), h, content)
}

// itemColumnLayout gives its objects the container's width up to max.
type itemColumnLayout struct{ max float32 }

var _ fyne.Layout = (*itemColumnLayout)(nil)

func (l *itemColumnLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return s
}

func (l *itemColumnLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	w := min(size.Width, l.max)
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(w, size.Height))
	}
}

// itemDimLabel returns a label in the theme's low-importance colour.
func itemDimLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Importance = widget.LowImportance
	return l
}

// itemCaption returns the bold caption of a field that takes the whole width.
func itemCaption(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// itemWrapLabel returns a label that wraps at word boundaries.
func itemWrapLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// itemTight stacks objects with the gap between two lines of text halved.
func itemTight(objects ...fyne.CanvasObject) *fyne.Container {
	return container.New(layout.NewCustomPaddedVBoxLayout(-theme.Size(theme.SizeNameInnerPadding)), objects...)
}

// itemEnable enables or disables widgets.
func itemEnable(on bool, ws ...fyne.Disableable) {
	for _, w := range ws {
		if on && w.Disabled() {
			w.Enable()
		} else if !on && !w.Disabled() {
			w.Disable()
		}
	}
}

// itemSetVisible shows or hides objects.
func itemSetVisible(on bool, os ...fyne.CanvasObject) {
	for _, o := range os {
		if on && !o.Visible() {
			o.Show()
		} else if !on && o.Visible() {
			o.Hide()
		}
	}
}

// itemSetEntry shows v in a committing field unless it already holds v as
// its committed value, so that text being typed there survives a refresh
// caused by a change elsewhere.
func itemSetEntry(e *form.Entry, v string) {
	if e.Value() != v {
		e.SetValue(v)
	}
}

// itemSetLabel changes a label's text only when it differs.
func itemSetLabel(l *widget.Label, text string) {
	if l.Text != text {
		l.SetText(text)
	}
}

// itemHeightLayout gives its objects a fixed height and their own minimum
// width: a widget.List shows only a few rows inside a scrolling form.
type itemHeightLayout struct{ height float32 }

var _ fyne.Layout = (*itemHeightLayout)(nil)

func (l *itemHeightLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	w := float32(0)
	for _, o := range objects {
		w = max(w, o.MinSize().Width)
	}
	return fyne.NewSize(w, l.height)
}

func (l *itemHeightLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// itemFormField is a form row's field made of several objects (a select
// and a button, an entry and its message) that a widget.Form greys out,
// label included, with its main control.
type itemFormField struct {
	widget.BaseWidget
	content fyne.CanvasObject
	control fyne.Disableable
}

var _ fyne.Disableable = (*itemFormField)(nil)

func newItemFormField(content fyne.CanvasObject, control fyne.Disableable) *itemFormField {
	f := &itemFormField{content: content, control: control}
	f.ExtendBaseWidget(f)
	return f
}

func (f *itemFormField) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(f.content)
}

// Enable enables the main control.
func (f *itemFormField) Enable() { f.control.Enable() }

// Disable disables the main control.
func (f *itemFormField) Disable() { f.control.Disable() }

// Disabled reports whether the main control is disabled.
func (f *itemFormField) Disabled() bool { return f.control.Disabled() }

// itemNumberField returns a committing number field and, under it, the
// message that says why a text was refused.
func itemNumberField(commit func(float64) error) (*form.Entry, fyne.CanvasObject) {
	msg := widget.NewLabel("")
	msg.Importance = widget.DangerImportance
	msg.Wrapping = fyne.TextWrapWord
	msg.Hide()
	e := form.NewNumberEntry(func(v float64) error {
		err := commit(v)
		if err == nil {
			msg.Hide()
		}
		return err
	})
	e.OnError = func(err error) {
		var ne *form.NumberError
		if errors.As(err, &ne) {
			msg.SetText(fmt.Sprintf("“%s” is not a number: the value is unchanged.", ne.Text))
			msg.Show()
			return
		}
		msg.Hide() // the window has shown the rule that refused it
	}
	return e, newItemFormField(itemTight(e, msg), e)
}

// itemAskReason asks for a reason in a dialog whose confirm button stays
// disabled while the reason is blank, then calls f with the trimmed reason.
func itemAskReason(win fyne.Window, title, message, confirm string, f func(reason string)) *dialog.FormDialog {
	if win == nil {
		return nil // no window to ask in: the move is not made
	}
	msg := itemWrapLabel(message)
	reason := widget.NewMultiLineEntry()
	reason.Wrapping = fyne.TextWrapWord
	reason.SetMinRowsVisible(3)
	reason.SetPlaceHolder("Why? (required)")
	reason.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("a reason is required")
		}
		return nil
	}
	d := dialog.NewForm(title, confirm, "Cancel", []*widget.FormItem{
		{Widget: msg},
		{Text: "Reason", Widget: reason},
	}, func(ok bool) {
		if r := strings.TrimSpace(reason.Text); ok && r != "" {
			f(r)
		}
	}, win)
	d.Resize(fyne.NewSize(480, d.MinSize().Height))
	d.Show()
	win.Canvas().Focus(reason)
	return d
}

// itemRuleMessage returns the message of a rule's error without the item's
// label ("moving to Ready needs an estimate").
func itemRuleMessage(err error) string {
	var re *app.RuleError
	if errors.As(err, &re) {
		return re.Msg
	}
	return err.Error()
}

// itemPlural returns "1 item" or "3 items"; with one, a one-word count is
// left out when one does not start with a verb ("the item it waits on is").
func itemPlural(n int, one, many string) string {
	if n == 1 {
		if strings.HasPrefix(one, "the ") {
			return one
		}
		return "1 " + one
	}
	if strings.HasPrefix(many, "all ") {
		return many
	}
	return fmt.Sprintf("%d %s", n, many)
}

// itemMoSCoWTitle returns a MoSCoW category for display; "None" when unset.
func itemMoSCoWTitle(m app.MoSCoW) string {
	if m == app.MoSCoWNone {
		return "None"
	}
	return m.Title()
}

// itemWhen prints a decision's time in the local zone, to the minute.
func itemWhen(d app.Decision) string {
	if d.At.IsZero() {
		return "at an unknown time"
	}
	return d.At.Local().Format("2006-01-02 15:04")
}

// itemWho names who made a decision.
func itemWho(d app.Decision) string {
	if strings.TrimSpace(d.By) == "" {
		return "someone"
	}
	return d.By
}
