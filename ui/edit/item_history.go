package edit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// itemHistory lists every decision of the item, newest first: when, who,
// from which column to which, the kind of decision and its reason. An
// item's history grows by one entry per move a person makes, so its rows
// are built once each and reused.
type itemHistory struct {
	empty *widget.Label
	rows  []*itemHistoryRow
	list  *fyne.Container
	box   *fyne.Container
}

// itemHistoryRow shows one decision.
type itemHistoryRow struct {
	head   *widget.Label // "Rejected · Done → In progress"
	meta   *widget.Label // "2026-10-02 14:03 · Priya Raman"
	reason *widget.Label
	box    *fyne.Container
}

func newItemHistory(*itemEditor) *itemHistory {
	h := &itemHistory{empty: itemDimLabel("No decisions yet: moves, acceptances and rejections are listed here.")}
	h.empty.Wrapping = fyne.TextWrapWord
	h.list = container.NewVBox()
	h.box = container.NewVBox(h.empty, h.list)
	return h
}

func (h *itemHistory) object() fyne.CanvasObject { return h.box }

func (h *itemHistory) refresh(it *app.Item) {
	n := len(it.History)
	itemSetVisible(n == 0, h.empty)
	for len(h.rows) < n {
		r := &itemHistoryRow{
			head:   widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			meta:   itemDimLabel(""),
			reason: itemWrapLabel(""),
		}
		r.reason.TextStyle.Italic = true
		r.box = itemTight(container.NewBorder(nil, nil, nil, r.meta, r.head), r.reason)
		h.rows = append(h.rows, r)
		h.list.Add(r.box)
	}
	if len(h.rows) > n {
		for _, r := range h.rows[n:] {
			h.list.Remove(r.box)
		}
		h.rows = h.rows[:n]
	}
	for i, r := range h.rows {
		d := it.History[n-1-i]
		itemSetLabel(r.head, d.Kind.Title()+" · "+d.From.Title()+" → "+d.To.Title())
		itemSetLabel(r.meta, itemWhen(d)+" · "+itemWho(d))
		itemSetLabel(r.reason, d.Reason)
		itemSetVisible(d.Reason != "", r.reason)
		switch d.Kind {
		case app.DecisionAccepted:
			r.head.Importance = widget.SuccessImportance
		case app.DecisionRejected:
			r.head.Importance = widget.DangerImportance
		case app.DecisionReopened:
			r.head.Importance = widget.WarningImportance
		default:
			r.head.Importance = widget.MediumImportance
		}
		r.head.Refresh()
	}
}
