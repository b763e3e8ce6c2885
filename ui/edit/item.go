package edit

import (
	"fmt"
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// itemEditor is the editor of one backlog item: the view a product owner
// lives in. It is a scrolling form of sections; every field commits one
// command through Env.Do, so Ctrl+Z undoes whole edits.
type itemEditor struct {
	env *page.Env
	id  string

	root *container.Scroll
	body *fyne.Container
	gone *widget.Label

	heading *widget.Label // the title, large
	sub     *widget.Label // "Feature · item-… · In progress"
	del     *widget.Button

	// refusal shows a change the rules refused under the heading, with
	// the button to the field that puts it right (page.Refusal).
	refusal *page.Refusal

	status   *itemStatus
	details  *itemDetails
	fields   *customFields // the product's custom fields (item_fields.go)
	criteria *itemCriteria
	deps     *itemDeps
	scores   *itemScores
	links    *itemLinks
	history  *itemHistory
	evidence *evidencePanel // evidence.go

	// shownRO is the read-only state the forms' labels show: widget.Form
	// greys the label of a disabled field only when it refreshes.
	shownRO *bool
}

var _ page.Editor = (*itemEditor)(nil)

// NewItemEditor returns the editor of backlog item id: every field of the
// item (details, status and acceptance, criteria, dependencies, scoring
// inputs, links, notes and the history of decisions), each change one
// undoable command run through env.Do. Every control is disabled while the
// workspace is read-only.
func NewItemEditor(env *page.Env, id string) page.Editor {
	ed := &itemEditor{env: env, id: id}
	ed.build()
	ed.Refresh()
	return ed
}

func (ed *itemEditor) build() {
	ed.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	ed.heading.SizeName = theme.SizeNameHeadingText
	ed.heading.Wrapping = fyne.TextWrapWord
	ed.sub = itemDimLabel("")
	ed.del = widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), ed.onDelete)
	ed.del.Importance = widget.DangerImportance
	header := container.NewBorder(nil, nil, nil, container.NewCenter(ed.del),
		itemTight(ed.heading, ed.sub))

	ed.status = newItemStatus(ed)
	ed.details = newItemDetails(ed)
	ed.fields = newCustomFields(ed.env, ed.Key(), app.FieldOnItem, ed.Refresh)
	ed.criteria = newItemCriteria(ed)
	ed.deps = newItemDeps(ed)
	ed.scores = newItemScores(ed)
	ed.links = newItemLinks(ed)
	ed.history = newItemHistory(ed)
	ed.evidence = newEvidencePanel(ed.env, app.Key{Kind: app.KindItem, ID: ed.id})

	ed.refusal = page.NewRefusal(ed.env)
	ed.refusal.Local = func(k app.Key, field string) bool { return k == ed.Key() && ed.FocusField(field) }
	ed.body = container.NewVBox(
		header,
		ed.refusal, // hidden until a change of the item is refused
		itemSection("Status", ed.status.object()),
		itemSection("Details", ed.details.object()),
		itemSection("Fields", ed.fields.object()),
		itemSection("Acceptance", ed.criteria.object()),
		itemSection("Dependencies", ed.deps.object()),
		itemSection("Scores", ed.scores.object()),
		ed.evidence.obj,
		itemSection("Links & notes", ed.links.object()),
		itemSection("History", ed.history.object()),
	)
	ed.gone = widget.NewLabel("This item is no longer in the workspace: it was deleted, or its creation was undone.")
	ed.gone.Wrapping = fyne.TextWrapWord
	ed.gone.Hide()
	// Padded, with more on the right to clear the scroll bar (as editorPage does).
	ed.root = container.NewVScroll(container.New(layout.NewCustomPaddedLayout(4, 8, 4, 14),
		container.New(&itemColumnLayout{max: itemPageWidth}, container.NewVBox(ed.gone, ed.body))))
}

// Object returns the editor's scrolling content.
func (ed *itemEditor) Object() fyne.CanvasObject { return ed.root }

// Key returns the key of the item edited.
func (ed *itemEditor) Key() app.Key { return app.Key{Kind: app.KindItem, ID: ed.id} }

// Refresh shows the item as it is now in the workspace. Fields whose value
// did not change keep their focus and any text being typed.
func (ed *itemEditor) Refresh() {
	it, ok := ed.env.WS.Item(ed.id)
	if !ok {
		ed.body.Hide()
		ed.gone.Show()
		return
	}
	ed.gone.Hide()
	ed.body.Show()
	ro := ed.env.ReadOnly()

	title := it.Title
	if title == "" {
		title = "Untitled item"
	}
	itemSetLabel(ed.heading, title)
	ed.sub.SetText(it.Type.Title() + " · " + it.ID + " · " + it.Status.Title())
	itemEnable(!ro, ed.del)

	ed.status.refresh(it, ro)
	ed.details.refresh(it, ro)
	ed.fields.refresh(it, ro)
	ed.criteria.refresh(it, ro)
	ed.deps.refresh(it, ro)
	ed.scores.refresh(it, ro)
	ed.links.refresh(it, ro)
	ed.history.refresh(it)
	ed.evidence.refresh()
	if ed.shownRO == nil || *ed.shownRO != ro {
		ed.shownRO = &ro
		ed.details.form.Refresh()
		for _, p := range ed.scores.panels {
			p.form.Refresh()
		}
	}
}

// do runs cmd through the window and, when it is accepted, shows its result.
// A refusal shows under the heading, with its way out (Env.DoHere).
func (ed *itemEditor) do(cmd app.Command) error {
	if err := ed.env.DoHere(cmd, ed.refusal); err != nil {
		return err
	}
	ed.Refresh()
	return nil
}

// edit changes the item with f as one command described by desc. A change
// that leaves the item as it is ("5" retyped as "5.0", tags in another
// order) makes no command, so that Undo never undoes nothing.
func (ed *itemEditor) edit(desc string, f func(it *app.Item) error) error {
	if it, ok := ed.item(); ok {
		if c := app.Clone(it); f(c) == nil && reflect.DeepEqual(c, it) {
			ed.Refresh()
			return nil
		}
	}
	return ed.do(app.EditItem(ed.id, desc, f))
}

// item returns the item as it is now, if it still exists.
func (ed *itemEditor) item() (*app.Item, bool) { return ed.env.WS.Item(ed.id) }

// showError shows an error that did not come from Env.Do (opening a link).
func (ed *itemEditor) showError(err error) {
	if ed.env.Window != nil {
		dialog.ShowError(err, ed.env.Window)
	}
}

func (ed *itemEditor) onDelete() {
	it, ok := ed.item()
	if !ok || ed.env.ReadOnly() {
		return
	}
	msg := fmt.Sprintf("Move “%s” to the trash?\nItems waiting on it lose that dependency. Undo brings it all back.", app.Called(it))
	if n := app.DeleteNotice(ed.env.WS, ed.Key()); n != "" {
		msg += "\n" + n
	}
	d := dialog.NewConfirm("Delete item", msg, func(ok bool) {
		if ok {
			ed.do(app.Delete(ed.Key()))
		}
	}, ed.env.Window)
	d.SetConfirmText("Delete")
	d.SetDismissText("Cancel")
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}
