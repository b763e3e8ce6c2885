package releases

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// scopeChange is an item put into the release or taken out of it since
// the version the window compares with.
type scopeChange struct {
	added bool
	item  *app.Item // as it is now, or as it was when deleted since
	gone  bool      // deleted since: nothing to open
}

// sinceCard shows, while the window compares the plan with an earlier
// version (Roadmap ▸ Compare with…), the scope of the selected release
// added and removed since: each item with its estimate, the points in and
// out. Selecting an item opens it. Out of compare mode it is hidden.
type sinceCard struct {
	env     *page.Env
	changes []scopeChange
	note    *widget.Label
	list    *widget.List
	listBox *fyne.Container // the list, as tall as its rows, up to five
	box     fyne.CanvasObject
	// relayout lays out the page again when the card comes or goes.
	relayout func()
}

func newSinceCard(env *page.Env) *sinceCard {
	c := &sinceCard{env: env, note: page.NewParagraph(), relayout: func() {}}
	c.list = widget.NewList(func() int { return len(c.changes) }, func() fyne.CanvasObject {
		est := widget.NewLabel("13 pts")
		return container.NewBorder(nil, nil, nil, est, page.NewTruncated(fyne.TextStyle{}))
	}, c.update)
	c.list.OnSelected = func(id widget.ListItemID) {
		c.list.UnselectAll()
		if id < len(c.changes) && !c.changes[id].gone && env.Open != nil {
			env.Open(app.KeyOf(c.changes[id].item))
		}
	}
	c.listBox = page.FixedHeight(0, c.list)
	c.box = page.PanelCard("Scope since the comparison", container.NewBorder(c.note, nil, nil, nil, c.listBox))
	c.box.Hide()
	return c
}

func (c *sinceCard) update(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(c.changes) {
		return
	}
	ch := c.changes[id]
	row := o.(*fyne.Container)
	title := row.Objects[0].(*widget.Label)
	mark, imp := "− ", widget.MediumImportance
	if ch.added {
		mark, imp = "+ ", widget.WarningImportance
	}
	text := mark + page.NameOrUnnamed(ch.item.Title)
	if ch.gone {
		text += " (deleted)"
	} else if !ch.added && ch.item.Release != "" {
		if r, ok := c.env.WS.Release(ch.item.Release); ok {
			text += " (now in " + page.NameOrUnnamed(r.Name) + ")"
		}
	}
	page.SetLabel(title, text, imp)
	row.Objects[1].(*widget.Label).SetText(form.FormatEstimate(ch.item.Estimate))
}

// show lists the scope of r added and removed since the comparison;
// items are r's items now.
func (c *sinceCard) show(r *app.Release, items []*app.Item) {
	cmp := c.env.Compare.Current()
	if cmp == nil || r == nil {
		c.changes = nil
		if c.box.Visible() {
			c.box.Hide()
			c.relayout()
		}
		return
	}
	c.changes = scopeSince(cmp.Old, c.env.WS, r.ID, items)
	var in, out float64
	nIn, nOut := 0, 0
	for _, ch := range c.changes {
		if ch.added {
			in += ch.item.Estimate
			nIn++
		} else {
			out += ch.item.Estimate
			nOut++
		}
	}
	if _, ok := cmp.Old.Release(r.ID); !ok {
		page.SetLabel(c.note, fmt.Sprintf("New since %s: all its scope is added.", cmp.Name), widget.MediumImportance)
	} else if len(c.changes) == 0 {
		page.SetLabel(c.note, "Same scope as in "+cmp.Name+".", widget.LowImportance)
	} else {
		note := fmt.Sprintf("Since %s: %s in (+%s pts), %s out (−%s pts).", cmp.Name,
			form.Plural(nIn, "item", "items"), form.FormatNumber(in), form.Plural(nOut, "item", "items"), form.FormatNumber(out))
		imp := widget.MediumImportance
		if in > out {
			note += fmt.Sprintf(" Scope creep: +%s pts.", form.FormatNumber(in-out))
			imp = widget.WarningImportance
		}
		page.SetLabel(c.note, note, imp)
	}
	h := float32(0)
	if n := min(len(c.changes), 5); n > 0 {
		h = float32(n)*c.list.CreateItem().MinSize().Height + float32(n-1)*theme.Padding()
	}
	l := c.listBox.Layout.(*page.HeightLayout)
	if !c.box.Visible() || l.H != h {
		l.H = h
		c.listBox.Refresh()
		c.box.Show()
		c.relayout()
	}
	c.list.Refresh()
}

// scopeSince returns the items of release id now (items) that were not in
// it in old, then those that were and are no longer, each in its
// workspace's order.
func scopeSince(old, now *app.Workspace, id string, items []*app.Item) []scopeChange {
	var out []scopeChange
	was := map[string]bool{}
	for _, it := range old.Items() {
		if it.Release == id {
			was[it.ID] = true
		}
	}
	is := make(map[string]bool, len(items))
	for _, it := range items {
		is[it.ID] = true
		if !was[it.ID] {
			out = append(out, scopeChange{added: true, item: it})
		}
	}
	for _, it := range old.Items() {
		if it.Release != id || is[it.ID] {
			continue
		}
		if cur, ok := now.Item(it.ID); ok {
			out = append(out, scopeChange{item: cur})
		} else {
			out = append(out, scopeChange{item: it, gone: true})
		}
	}
	return out
}
