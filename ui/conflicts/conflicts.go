package conflicts

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// Resolver settles a conflict: the store behind the window.
type Resolver interface {
	// Theirs returns the entity as its file holds it now (nil: removed).
	Theirs(k app.Key) (app.Entity, []byte, error)
	// TakeTheirs replaces the entity in memory by the one on disk.
	TakeTheirs(ws *app.Workspace, k app.Key) error
	// KeepMine lets the next save replace the file on disk.
	KeepMine(ws *app.Workspace, k app.Key) error
}

// View is the dialog of the entities changed here and on disk.
type View struct {
	Win      fyne.Window
	WS       *app.Workspace
	Resolver Resolver
	// Encode renders an entity as its file holds it; Path names the file
	// of a key (the store's, given by the window).
	Encode func(app.Entity) ([]byte, error)
	Path   func(app.Key) string
	// OnResolved, if set, follows each choice made.
	OnResolved func(app.Key)
}

// Show lists the entities changed on both sides, each with its choices:
// compare, take theirs, keep mine.
func (s *View) Show(keys []app.Key) {
	pending := append([]app.Key(nil), keys...)
	var d dialog.Dialog
	var list *widget.List
	list = widget.NewList(
		func() int { return len(pending) },
		func() fyne.CanvasObject {
			name := widget.NewLabel("")
			name.Truncation = fyne.TextTruncateEllipsis
			compare := widget.NewButton("Compare", nil)
			theirs := widget.NewButton("Take theirs", nil)
			mine := widget.NewButton("Keep mine", nil)
			mine.Importance = widget.HighImportance
			return container.NewBorder(nil, nil, nil, container.NewHBox(compare, theirs, mine), name)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			buttons := row.Objects[1].(*fyne.Container).Objects
			k := pending[id]
			row.Objects[0].(*widget.Label).SetText(s.name(k))
			buttons[0].(*widget.Button).OnTapped = func() { s.showCompare(k) }
			resolve := func(f func(*app.Workspace, app.Key) error) func() {
				return func() {
					if err := f(s.WS, k); err != nil {
						dialog.ShowError(err, s.Win)
						return
					}
					pending = removeKey(pending, k)
					list.Refresh() // the settled row goes
					if len(pending) == 0 {
						d.Hide()
					}
					if s.OnResolved != nil {
						s.OnResolved(k)
					}
				}
			}
			buttons[1].(*widget.Button).OnTapped = resolve(s.Resolver.TakeTheirs)
			buttons[2].(*widget.Button).OnTapped = resolve(s.Resolver.KeepMine)
		},
	)
	intro := widget.NewLabel("These were changed on disk by someone else while you had unsaved edits of them. " +
		"Nothing is saved over them until you choose.")
	intro.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustom("Changed here and on disk", "Decide later", container.NewBorder(intro, nil, nil, nil, list), s.Win)
	d.Resize(fyne.NewSize(820, 420))
	d.Show()
}

// name names a conflicting entity by kind and title, or by its file.
func (s *View) name(k app.Key) string {
	if e, ok := s.WS.Get(k); ok {
		return k.Kind.Title() + " · " + page.TitleOf(e)
	}
	return s.Path(k)
}

// showCompare shows the entity as it is here and on disk, side by side.
func (s *View) showCompare(k app.Key) {
	_, theirs, err := s.Resolver.Theirs(k)
	if err != nil && theirs == nil {
		dialog.ShowError(err, s.Win)
		return
	}
	mine := []byte("(deleted here)")
	if e, ok := s.WS.Get(k); ok {
		if mine, err = s.Encode(e); err != nil {
			dialog.ShowError(err, s.Win)
			return
		}
	}
	if theirs == nil {
		theirs = []byte("(removed on disk)")
	}
	pane := func(title string, text []byte) fyne.CanvasObject {
		t := widget.NewTextGrid()
		t.SetText(string(text))
		return container.NewBorder(widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, container.NewScroll(t))
	}
	split := container.NewHSplit(pane("Here (unsaved)", mine), pane("On disk", theirs))
	d := dialog.NewCustom("Compare "+s.name(k), "Close", split, s.Win)
	d.Resize(fyne.NewSize(1100, 640))
	d.Show()
}

func removeKey(keys []app.Key, k app.Key) []app.Key {
	out := keys[:0]
	for _, x := range keys {
		if x != k {
			out = append(out, x)
		}
	}
	return out
}
