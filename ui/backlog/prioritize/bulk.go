package prioritize

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// The fields a bulk edit can set.
const (
	bulkStatus     = "Status"
	bulkRelease    = "Release"
	bulkInitiative = "Initiative"
	bulkAssignee   = "Assignee"
	bulkAddTag     = "Add tag"
	bulkRemoveTag  = "Remove tag"
	bulkMoSCoW     = "MoSCoW"
)

var bulkFields = []string{bulkStatus, bulkRelease, bulkInitiative, bulkAssignee, bulkAddTag, bulkRemoveTag, bulkMoSCoW}

// noneChoice clears a release, initiative, assignee or MoSCoW.
const noneChoice = "(none)"

// onBulkField offers the values of the chosen field.
func (l *List) onBulkField(field string) {
	ws := l.env.WS
	l.choices = map[string]string{}
	var opts []string
	if d, ok := bulkDecl(ws, field); ok {
		l.bulkValue.SetOptions(fieldChoices(d))
		l.bulkValue.SetText("")
		return
	}
	add := func(shown, value string) {
		opts = append(opts, shown)
		l.choices[shown] = value
	}
	switch field {
	case bulkStatus:
		for _, s := range app.Statuses {
			add(s.Title(), string(s))
		}
	case bulkRelease:
		add(noneChoice, "")
		for _, r := range ws.Releases() {
			add(r.Name+" ("+r.ID+")", r.ID)
		}
	case bulkInitiative:
		add(noneChoice, "")
		for _, in := range ws.Initiatives() {
			add(in.Name+" ("+in.ID+")", in.ID)
		}
	case bulkAssignee, bulkAddTag, bulkRemoveTag:
		seen := map[string]bool{}
		for _, it := range ws.Items() {
			if field == bulkAssignee {
				seen[it.Assignee] = true
			}
			for _, t := range it.Tags {
				if field != bulkAssignee {
					seen[t] = true
				}
			}
		}
		delete(seen, "")
		names := make([]string, 0, len(seen))
		for n := range seen {
			names = append(names, n)
		}
		slices.Sort(names)
		if field == bulkAssignee {
			add(noneChoice, "")
		}
		for _, n := range names {
			add(n, n)
		}
	case bulkMoSCoW:
		add(noneChoice, "")
		for _, m := range app.MoSCoWs {
			add(moscowTitle(m), string(m))
		}
	}
	l.bulkValue.SetOptions(opts)
	l.bulkValue.SetText("")
}

// bulkEdit returns the edit of one item that sets field to the value the
// user chose or typed, and a description; an error when the value is not
// one of the field's choices.
func (l *List) bulkEdit(field, text string) (func(tx *app.Tx, it *app.Item) error, string, error) {
	text = strings.TrimSpace(text)
	value, known := l.choices[text]
	free := field == bulkAssignee || field == bulkAddTag || field == bulkRemoveTag
	switch {
	case field == "":
		return nil, "", errors.New("choose the field to change")
	case !known && !free:
		return nil, "", fmt.Errorf("choose a %s from the list", strings.ToLower(field))
	case !known:
		value = text
	}
	if value == "" && (field == bulkAddTag || field == bulkRemoveTag) {
		return nil, "", errors.New("type the tag")
	}
	shown := text
	if shown == "" {
		shown = noneChoice
	}
	desc := "Bulk edit: " + strings.ToLower(field) + " " + shown
	reason := strings.TrimSpace(l.reason.Text)
	var f func(tx *app.Tx, it *app.Item) error
	switch field {
	case bulkStatus:
		f = func(tx *app.Tx, it *app.Item) error { app.MoveTo(tx, it, app.Status(value), reason); return nil }
	case bulkRelease:
		f = func(_ *app.Tx, it *app.Item) error { it.Release = value; return nil }
	case bulkInitiative:
		f = func(_ *app.Tx, it *app.Item) error { it.Initiative = value; return nil }
	case bulkAssignee:
		f = func(_ *app.Tx, it *app.Item) error { it.Assignee = value; return nil }
	case bulkAddTag:
		f = func(_ *app.Tx, it *app.Item) error {
			if !slices.Contains(it.Tags, value) {
				it.Tags = append(it.Tags, value)
			}
			return nil
		}
	case bulkRemoveTag:
		f = func(_ *app.Tx, it *app.Item) error {
			it.Tags = slices.DeleteFunc(it.Tags, func(t string) bool { return t == value })
			return nil
		}
	case bulkMoSCoW:
		f = func(_ *app.Tx, it *app.Item) error { it.MoSCoW = app.MoSCoW(value); return nil }
	}
	return f, desc, nil
}

// onApply runs the bulk edit on the selected items as one command and
// reports what the rules refused.
func (l *List) onApply() {
	ids := l.Selected()
	if len(ids) == 0 {
		dialog.ShowInformation("Bulk edit", "Select the items to change first.", l.env.Window)
		return
	}
	if d, ok := bulkDecl(l.env.WS, l.bulkField.Selected); ok {
		l.applyField(d, ids)
		return
	}
	f, desc, err := l.bulkEdit(l.bulkField.Selected, l.bulkValue.Text)
	if err != nil {
		dialog.ShowError(err, l.env.Window)
		return
	}
	var res app.BulkResult
	err = l.env.Do(app.BulkEdit(ids, desc, f, &res))
	l.lastResult = res
	l.summary.SetText(fmt.Sprintf("%d changed, %d refused", len(res.Changed), len(res.Refusals)))
	l.Refresh()
	// When every item is refused, Do has shown the error already.
	if err == nil && len(res.Refusals) > 0 {
		l.showRefusals(res)
	}
}

// maxRefusalLines caps the refusals listed in the dialog.
const maxRefusalLines = 200

// refusalText lists the refused items and the rules that refused them.
func (l *List) refusalText(res app.BulkResult) string {
	var b strings.Builder
	for i, r := range res.Refusals {
		if i == maxRefusalLines {
			fmt.Fprintf(&b, "… and %d more\n", len(res.Refusals)-i)
			break
		}
		title := r.ID
		if it, ok := l.env.WS.Item(r.ID); ok {
			title = r.ID + " " + it.Title
		}
		msg := r.Err.Error()
		var re *app.RuleError
		if errors.As(r.Err, &re) {
			msg = re.Msg
		}
		fmt.Fprintf(&b, "%s: %s\n", title, msg)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func (l *List) showRefusals(res app.BulkResult) {
	head := widget.NewLabelWithStyle(fmt.Sprintf("%d changed, %d refused", len(res.Changed), len(res.Refusals)),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	body := widget.NewLabel(l.refusalText(res))
	body.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(body)
	scroll.SetMinSize(fyne.NewSize(560, 240))
	dialog.ShowCustom("Some items were not changed", "Close", container.NewBorder(head, nil, nil, nil, scroll), l.env.Window)
}
