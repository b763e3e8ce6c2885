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
// win, and opens the one chosen: clicked, or walked to with the Down and
// Up arrows from the search field and opened with Enter (Enter alone
// opens the first).
func ShowFind(win fyne.Window, ws *app.Workspace, open func(app.Key)) {
	var hits []app.Entity
	var d dialog.Dialog
	cursor, quiet := -1, false // the result walked to; quiet: highlight only
	query := newFindEntry()
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
		if quiet {
			return
		}
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
		cursor = -1
		list.UnselectAll()
		list.Refresh()
	}
	query.onKey = func(k fyne.KeyName) bool {
		step := map[fyne.KeyName]int{fyne.KeyDown: 1, fyne.KeyUp: -1}[k]
		if step == 0 || len(hits) == 0 {
			return false
		}
		cursor = max(0, min(len(hits)-1, cursor+step))
		quiet = true
		list.Select(cursor)
		quiet = false
		list.ScrollTo(cursor)
		return true
	}
	query.OnSubmitted = func(string) {
		if len(hits) > 0 {
			d.Hide()
			open(app.KeyOf(hits[max(cursor, 0)]))
		}
	}
	content := container.NewBorder(container.NewVBox(query, count), nil, nil, nil, list)
	d = dialog.NewCustom("Find", "Close", content, win)
	d.Resize(fyne.NewSize(640, 480))
	d.Show()
	win.Canvas().Focus(query)
}

// findEntry is Find's search field: the Down and Up arrows walk the
// results below it (onKey reports whether it took the key).
type findEntry struct {
	widget.Entry
	onKey func(fyne.KeyName) bool
}

func newFindEntry() *findEntry {
	e := &findEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey gives the arrows to the results, the rest to the field.
func (e *findEntry) TypedKey(k *fyne.KeyEvent) {
	if e.onKey != nil && e.onKey(k.Name) {
		return
	}
	e.Entry.TypedKey(k)
}
