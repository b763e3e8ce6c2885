package edit

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// itemMaxMatches is how many items the dependency search lists at most; the
// workspace may hold tens of thousands.
const itemMaxMatches = 20

// itemVisibleMatches is how many matches show before the list scrolls.
const itemVisibleMatches = 5

// itemDeps lists the items this one waits on, each with its title and
// status, a button to open it and one to remove it; a search adds more.
type itemDeps struct {
	ed *itemEditor

	summary *widget.Label
	rows    []*itemDepRow
	list    *fyne.Container

	search    *widget.Entry
	matches   []*app.Item
	more      bool // the search found more than itemMaxMatches
	results   *widget.List
	resultBox *fyne.Container
	hint      *widget.Label // "No item matches" / "Showing the first 20"

	box *fyne.Container
}

// itemDepRow shows one dependency.
type itemDepRow struct {
	dep          string
	status       *widget.Label
	title        *widget.Label
	open, remove *widget.Button
	box          *fyne.Container
}

func newItemDeps(ed *itemEditor) *itemDeps {
	d := &itemDeps{ed: ed}
	d.summary = itemWrapLabel("")
	d.list = container.NewVBox()

	d.search = widget.NewEntry()
	d.search.SetPlaceHolder("Add a dependency: search items by ID or title")
	d.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	d.search.OnChanged = func(string) { d.filter() }

	d.results = widget.NewList(
		func() int { return len(d.matches) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("item-00000000 · title · status")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(d.matches) {
				m := d.matches[i]
				o.(*widget.Label).SetText(m.ID + " · " + m.Title + " · " + m.Status.Title())
			}
		})
	d.results.OnSelected = d.onPick
	d.resultBox = container.New(&itemHeightLayout{}, d.results)
	d.resultBox.Hide()
	d.hint = itemDimLabel("")
	d.hint.Hide()

	d.box = container.NewVBox(d.summary, d.list, d.search, d.resultBox, d.hint)
	return d
}

func (d *itemDeps) object() fyne.CanvasObject { return d.box }

func (d *itemDeps) refresh(it *app.Item, ro bool) {
	ws := d.ed.env.WS
	waiting := 0
	for _, dep := range it.DependsOn {
		if o, ok := ws.Item(dep); !ok || !o.Status.Satisfied() {
			waiting++
		}
	}
	switch {
	case len(it.DependsOn) == 0:
		itemSetLabel(d.summary, "Waits on no other item.")
	case waiting == 0:
		itemSetLabel(d.summary, "Not blocked: "+itemPlural(len(it.DependsOn), "the item it waits on is", "all the items it waits on are")+" done.")
	default:
		itemSetLabel(d.summary, fmt.Sprintf("Blocked: waits on %d unfinished of %s.", waiting, itemPlural(len(it.DependsOn), "item", "items")))
	}

	for len(d.rows) < len(it.DependsOn) {
		r := d.newRow()
		d.rows = append(d.rows, r)
		d.list.Add(r.box)
	}
	if len(d.rows) > len(it.DependsOn) {
		for _, r := range d.rows[len(it.DependsOn):] {
			d.list.Remove(r.box)
		}
		d.rows = d.rows[:len(it.DependsOn)]
	}
	for i, dep := range it.DependsOn {
		r := d.rows[i]
		r.dep = dep
		if o, ok := ws.Item(dep); ok {
			itemSetLabel(r.status, o.Status.Title())
			if o.Status.Satisfied() {
				r.status.Importance = widget.SuccessImportance
			} else {
				r.status.Importance = widget.WarningImportance
			}
			itemSetLabel(r.title, o.ID+" · "+o.Title)
		} else {
			itemSetLabel(r.status, "Missing")
			r.status.Importance = widget.DangerImportance
			itemSetLabel(r.title, dep+" · not in the workspace")
		}
		r.status.Refresh()
		itemEnable(ws.Has(app.KindItem, dep) && d.ed.env.Open != nil, r.open)
		itemEnable(!ro, r.remove)
	}

	itemEnable(!ro, d.search)
	if d.search.Text != "" {
		d.filter() // what may be added changed with the dependencies
	}
}

func (d *itemDeps) newRow() *itemDepRow {
	r := &itemDepRow{}
	r.status = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.title = widget.NewLabel("")
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.open = widget.NewButtonWithIcon("Open", theme.NavigateNextIcon(), func() {
		if d.ed.env.Open != nil {
			d.ed.env.Open(app.Key{Kind: app.KindItem, ID: r.dep})
		}
	})
	r.remove = widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), func() {
		d.ed.do(app.RemoveDependency(d.ed.id, r.dep))
	})
	r.open.Importance, r.remove.Importance = widget.LowImportance, widget.LowImportance
	r.box = container.NewBorder(nil, nil, r.status, container.NewHBox(r.open, r.remove), r.title)
	return r
}

// filter lists the items whose ID or title holds the search text, leaving
// out this item and those it already waits on; an exact ID comes first.
func (d *itemDeps) filter() {
	d.matches, d.more = d.matches[:0], false
	q := strings.ToLower(strings.TrimSpace(d.search.Text))
	it, exists := d.ed.item()
	if q == "" || !exists {
		itemSetVisible(false, d.resultBox, d.hint)
		d.results.UnselectAll()
		return
	}
	skip := map[string]bool{it.ID: true}
	for _, dep := range it.DependsOn {
		skip[dep] = true
	}
	ws := d.ed.env.WS
	if m, ok := ws.Item(strings.TrimSpace(d.search.Text)); ok && !skip[m.ID] {
		d.matches = append(d.matches, m)
		skip[m.ID] = true
	}
	for _, m := range ws.Items() {
		if skip[m.ID] {
			continue
		}
		if strings.Contains(strings.ToLower(m.ID), q) || strings.Contains(strings.ToLower(m.Title), q) {
			if len(d.matches) == itemMaxMatches {
				d.more = true
				break
			}
			d.matches = append(d.matches, m)
		}
	}
	switch {
	case len(d.matches) == 0:
		itemSetLabel(d.hint, "No other item matches.")
	case d.more:
		itemSetLabel(d.hint, fmt.Sprintf("The first %d matches; type more to narrow them.", itemMaxMatches))
	default:
		itemSetLabel(d.hint, "Pick an item to wait on it.")
	}
	itemSetVisible(true, d.hint)
	itemSetVisible(len(d.matches) > 0, d.resultBox)
	rows := float32(min(len(d.matches), itemVisibleMatches))
	row := widget.NewLabel("X").MinSize().Height
	d.resultBox.Layout.(*itemHeightLayout).height = rows*row + (rows-1)*theme.Size(theme.SizeNamePadding)
	d.results.UnselectAll()
	d.results.Refresh()
	d.results.ScrollToTop()
	d.resultBox.Refresh()
}

// onPick makes the item wait on the match picked. A refusal (a cycle, named
// by the domain) has been shown by Env.Do; the dependencies stay as they were.
func (d *itemDeps) onPick(i widget.ListItemID) {
	if i >= len(d.matches) || d.ed.env.ReadOnly() {
		d.results.UnselectAll()
		return
	}
	dep := d.matches[i].ID
	d.results.UnselectAll()
	if d.ed.do(app.AddDependency(d.ed.id, dep)) == nil {
		d.search.SetText("")
	}
}
