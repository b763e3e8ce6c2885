package edit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"canopy/ui/page"
)

// alignedForms returns one form per group of rows whose label columns are
// all as wide as the widest label of every group: on a page of several
// blocks under their headings (Settings), the fields line up from one
// block to the next instead of each block having its own column.
func alignedForms(groups ...[]row) []*fyne.Container {
	w := float32(0)
	for _, g := range groups {
		for _, r := range g {
			w = max(w, widget.NewLabel(r.label).MinSize().Width)
		}
	}
	out := make([]*fyne.Container, len(groups))
	for i, g := range groups {
		objs := make([]fyne.CanvasObject, 0, 2*len(g))
		for _, r := range g {
			objs = append(objs, page.Sized(w, widget.NewLabel(r.label)), r.field)
		}
		out[i] = container.New(layout.NewFormLayout(), objs...)
	}
	return out
}
