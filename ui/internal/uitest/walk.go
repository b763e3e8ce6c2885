package uitest

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Walk calls fn for o and every visible object rendered below it, through
// containers and through widgets' renderers, with each object's position
// relative to o's parent. fn returns false to skip the object's children.
func Walk(o fyne.CanvasObject, fn func(o fyne.CanvasObject, pos fyne.Position) bool) {
	walk(o, fyne.Position{}, fn)
}

func walk(o fyne.CanvasObject, at fyne.Position, fn func(fyne.CanvasObject, fyne.Position) bool) {
	if o == nil || !o.Visible() {
		return
	}
	pos := at.Add(o.Position())
	if !fn(o, pos) {
		return
	}
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, pos, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walk(c, pos, fn)
		}
	}
}

// Visit calls fn for o and every visible object rendered below it, as Walk
// does, without positions. fn returns false to skip the object's children.
func Visit(o fyne.CanvasObject, fn func(o fyne.CanvasObject) bool) {
	Walk(o, func(o fyne.CanvasObject, _ fyne.Position) bool { return fn(o) })
}
