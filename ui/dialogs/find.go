package dialogs

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// maxHits is how many results Find lists.
const maxHits = 200

// ShowFind searches every entity of ws by title and text in a dialog over
// win, and opens the one chosen.
func ShowFind(win fyne.Window, ws *app.Workspace, open func(app.Key)) {
	var hits []app.Entity
	var d dialog.Dialog
	query := widget.NewEntry()
	query.SetPlaceHolder("Find in titles, descriptions, criteria, notes…")
	count := widget.NewLabel("")
	count.Importance = widget.LowImportance
	list := widget.NewList(
		func() int { return len(hits) },
		func() fyne.CanvasObject {
			kind := widget.NewLabel("Initiative")
			kind.Importance = widget.LowImportance
			title := widget.NewLabel("")
			title.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, kind, nil, title)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Label).SetText(page.TitleOf(hits[id]))
			row.Objects[1].(*widget.Label).SetText(hits[id].EntityKind().Title())
		},
	)
	list.OnSelected = func(id widget.ListItemID) {
		k := app.KeyOf(hits[id])
		d.Hide()
		open(k)
	}
	query.OnChanged = func(q string) {
		hits = Search(ws, q)
		n := len(hits)
		if n > maxHits {
			hits = hits[:maxHits]
		}
		switch {
		case q == "":
			count.SetText("")
		case n == 0:
			count.SetText("Nothing found")
		case n > maxHits:
			count.SetText("First 200 of many: type more to narrow")
		default:
			count.SetText("")
		}
		list.UnselectAll()
		list.Refresh()
	}
	query.OnSubmitted = func(string) {
		if len(hits) > 0 {
			list.Select(0)
		}
	}
	content := container.NewBorder(container.NewVBox(query, count), nil, nil, nil, list)
	d = dialog.NewCustom("Find", "Close", content, win)
	d.Resize(fyne.NewSize(640, 480))
	d.Show()
	win.Canvas().Focus(query)
}
