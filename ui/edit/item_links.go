package edit

import (
	"net/url"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
)

// itemLinks edits the links, one per line, shown below as hyperlinks that
// open in the browser, and the free-form notes.
type itemLinks struct {
	ed *itemEditor

	links *form.Entry
	shown []string // the links the hyperlinks show
	view  *fyne.Container
	notes *form.Entry

	box *fyne.Container
}

func newItemLinks(ed *itemEditor) *itemLinks {
	l := &itemLinks{ed: ed}
	l.links = form.NewMultiLineEntry(func(s string) error {
		return ed.edit("Edit links", func(it *app.Item) error { it.Links = itemSplitLines(s); return nil })
	})
	l.links.Wrapping = fyne.TextWrapOff
	l.links.SetMinRowsVisible(3)
	l.links.SetPlaceHolder("https://… one link per line: specs, designs, tickets, threads")
	l.view = container.NewVBox()
	l.notes = form.NewMultiLineEntry(func(s string) error {
		return ed.edit("Edit notes", func(it *app.Item) error { it.Notes = s; return nil })
	})
	l.notes.SetMinRowsVisible(4)
	l.notes.SetPlaceHolder("Anything else worth keeping")
	l.box = container.NewVBox(
		itemCaption("Links, one per line"), l.links, l.view,
		itemCaption("Notes"), l.notes)
	return l
}

func (l *itemLinks) object() fyne.CanvasObject { return l.box }

func (l *itemLinks) refresh(it *app.Item, ro bool) {
	itemSetEntry(l.links, strings.Join(it.Links, "\n"))
	itemSetEntry(l.notes, it.Notes)
	itemEnable(!ro, l.links, l.notes)
	if slices.Equal(l.shown, it.Links) {
		return
	}
	l.shown = slices.Clone(it.Links)
	objs := make([]fyne.CanvasObject, 0, len(it.Links))
	for _, link := range it.Links {
		u, err := url.Parse(link)
		if err != nil {
			objs = append(objs, widget.NewLabel(link))
			continue
		}
		h := widget.NewHyperlink(link, u)
		h.Truncation = fyne.TextTruncateEllipsis
		h.OnTapped = func() { l.open(link) }
		objs = append(objs, h)
	}
	l.view.Objects = objs
	l.view.Refresh()
}

// open opens a link with Env.OpenURL, reporting a failure.
func (l *itemLinks) open(link string) {
	if l.ed.env.OpenURL == nil {
		return
	}
	if err := l.ed.env.OpenURL(link); err != nil {
		l.ed.showError(err)
	}
}

// itemSplitLines returns the non-blank lines of s, trimmed.
func itemSplitLines(s string) []string {
	out := []string{}
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}
