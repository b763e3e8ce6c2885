package teamsync

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/merge"
	"canopy/app/team"
)

// The choices of a field, as the page offers them.
const (
	choiceMine   = "Mine"
	choiceTheirs = "Theirs"
	choiceEdit   = "Edit"
	choiceKeep   = "Keep the edited version"
	choiceDelete = "Delete"
)

// ConflictsEnv is what the Conflicts page needs from the window.
type ConflictsEnv struct {
	// Workspace names the entities IDs refer to; nil shows the IDs.
	Workspace *app.Workspace
	// Schema is the workspace's schema (store.SchemaOf), which the
	// versions being merged were written at.
	Schema int
	// Apply settles one conflict with the choices made, s being the
	// result worked out already (s.Entity nil: deleted). Where the
	// workspace is editable, the window applies it as one undoable command
	// (app.Update or app.Create with s.Entity, app.Delete when nil), saves
	// through the store and calls team.Finish (the copy to the trash, the
	// file staged in git); otherwise it calls team.Settle, which writes
	// the file itself. Its error is shown beside the entity's title.
	Apply func(fc *team.FileConflict, ch team.Choices, s *team.Settled) error
	// OnSettled is called once no conflict is left.
	OnSettled func()
}

// pending is a conflict with the choices made so far.
type pending struct {
	fc      team.FileConflict
	choices team.Choices
	edits   map[string]string // the text typed for fields set to Edit
}

// ConflictsPage lists the conflicted entities (a widget.List) and shows
// the selected one's disputed fields side by side, each with its choice.
type ConflictsPage struct {
	widget.BaseWidget

	env      ConflictsEnv
	items    []*pending
	selected int

	head              *widget.Label
	list              *widget.List
	title             *widget.Label
	fields            *fyne.Container
	entityMine        *widget.Button
	entityTheirs      *widget.Button
	allMine, allTheir *widget.Button
	apply             *widget.Button
	status            *widget.Label
	content           fyne.CanvasObject
}

// NewConflictsPage returns the page for the conflicts fcs.
func NewConflictsPage(env ConflictsEnv, fcs []team.FileConflict) *ConflictsPage {
	p := &ConflictsPage{env: env, selected: -1}
	p.head = widget.NewLabel("")
	p.head.Wrapping = fyne.TextWrapWord
	p.list = widget.NewList(
		func() int { return len(p.items) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(p.rowText(id)) },
	)
	p.list.OnSelected = func(id widget.ListItemID) { p.show(id) }
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.Wrapping = fyne.TextWrapWord
	p.fields = container.NewVBox()
	p.entityMine = widget.NewButton("All mine", func() { p.takeEntity(merge.Ours) })
	p.entityTheirs = widget.NewButton("All theirs", func() { p.takeEntity(merge.Theirs) })
	p.allMine = widget.NewButton("All mine, everywhere", func() { p.takeAll(merge.Ours) })
	p.allTheir = widget.NewButton("All theirs, everywhere", func() { p.takeAll(merge.Theirs) })
	p.apply = widget.NewButton("Apply", p.onApply)
	p.apply.Importance = widget.HighImportance
	p.status = widget.NewLabel("")
	p.status.Wrapping = fyne.TextWrapWord

	detail := container.NewBorder(
		container.NewVBox(p.title, container.NewHBox(p.entityMine, p.entityTheirs)),
		nil, nil, nil,
		container.NewVScroll(p.fields),
	)
	split := container.NewHSplit(p.list, detail)
	split.Offset = 0.3
	p.content = container.NewBorder(
		p.head,
		container.NewVBox(p.status, container.NewHBox(p.allMine, p.allTheir, widget.NewSeparator(), p.apply)),
		nil, nil, split)
	p.ExtendBaseWidget(p)
	p.SetConflicts(fcs)
	return p
}

// CreateRenderer implements fyne.Widget.
func (p *ConflictsPage) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(p.content)
}

// SetConflicts shows the conflicts fcs, choices cleared.
func (p *ConflictsPage) SetConflicts(fcs []team.FileConflict) {
	p.items = p.items[:0]
	for _, fc := range fcs {
		p.items = append(p.items, &pending{fc: fc, edits: map[string]string{}, choices: team.Choices{Fields: map[string]team.Choice{}}})
	}
	p.refreshHead()
	p.list.Refresh()
	p.selected = -1
	if len(p.items) > 0 {
		p.list.Select(0)
	} else {
		p.show(-1)
	}
}

// Count returns how many conflicts are left.
func (p *ConflictsPage) Count() int { return len(p.items) }

func (p *ConflictsPage) refreshHead() {
	n := 0
	for _, it := range p.items {
		n += max(1, len(it.fc.Fields))
	}
	switch len(p.items) {
	case 0:
		p.head.SetText("No conflicts left.")
	default:
		p.head.SetText(fmt.Sprintf("Both sides changed the same thing: %s in %s. Choose, for each, the value to keep; then Apply. Nothing is lost: every version replaced goes to the trash.",
			plural(n, "field", "fields"), plural(len(p.items), "entity", "entities")))
	}
	p.apply.Disable()
	for _, it := range p.items {
		if it.complete() {
			p.apply.Enable()
			break
		}
	}
}

// rowText is the list's line for conflict i: its title and what is left.
func (p *ConflictsPage) rowText(i int) string {
	if i < 0 || i >= len(p.items) {
		return ""
	}
	it := p.items[i]
	mark := "○ "
	if it.complete() {
		mark = "● "
	}
	if it.fc.Whole != "" {
		return mark + it.fc.Title() + ": " + it.fc.Whole
	}
	if len(it.fc.Fields) == 0 {
		return mark + it.fc.Title() + ": merges cleanly"
	}
	return mark + it.fc.Title() + ": " + plural(len(it.fc.Fields), "field", "fields")
}

// complete reports whether every disputed part of the conflict has a choice.
func (it *pending) complete() bool {
	if it.fc.Whole != "" {
		return it.choices.Whole != merge.Keep
	}
	if it.choices.All != merge.Keep {
		return true
	}
	for _, c := range it.fc.Fields {
		if _, ok := it.choices.Fields[c.Path]; !ok {
			return false
		}
	}
	return true
}

// show fills the detail with conflict i's fields.
func (p *ConflictsPage) show(i int) {
	p.selected = i
	p.fields.RemoveAll()
	if i < 0 || i >= len(p.items) {
		p.title.SetText("")
		p.entityMine.Disable()
		p.entityTheirs.Disable()
		p.fields.Refresh()
		return
	}
	p.entityMine.Enable()
	p.entityTheirs.Enable()
	it := p.items[i]
	where := map[string]string{team.FromGit: "from the git merge", team.FromMarker: "from conflict markers in the file", team.FromCopy: "from a sync client's conflicted copy"}[it.fc.From]
	p.title.SetText(fmt.Sprintf("%s (%s, %s)", it.fc.Title(), it.fc.Rel, where))
	if it.fc.Whole != "" {
		p.fields.Add(p.wholeRow(it))
	} else if len(it.fc.Fields) == 0 {
		p.fields.Add(widget.NewLabel("The copy merges cleanly with the file: Apply merges it and moves the copy to the trash."))
	}
	for _, v := range it.fc.Views(p.env.Workspace) {
		p.fields.Add(p.fieldRow(it, v))
	}
	p.fields.Refresh()
}

// wholeRow offers keep-the-edited or delete for a modify/delete conflict,
// mine or theirs for another file in conflict as a whole.
func (p *ConflictsPage) wholeRow(it *pending) fyne.CanvasObject {
	what := widget.NewLabel(capitalize(it.fc.Whole) + ".")
	what.Wrapping = fyne.TextWrapWord
	opts := []string{choiceMine, choiceTheirs}
	if it.fc.ModifyDelete() {
		opts = []string{choiceKeep, choiceDelete}
	}
	radio := widget.NewRadioGroup(opts, nil)
	radio.Horizontal = true
	switch {
	case it.choices.Whole == merge.Keep:
	case it.fc.ModifyDelete() && it.choices.Whole == it.fc.EditedSide():
		radio.Selected = choiceKeep
	case it.fc.ModifyDelete():
		radio.Selected = choiceDelete
	case it.choices.Whole == merge.Ours:
		radio.Selected = choiceMine
	default:
		radio.Selected = choiceTheirs
	}
	radio.OnChanged = func(s string) {
		side := merge.Keep
		switch s {
		case choiceMine:
			side = merge.Ours
		case choiceTheirs:
			side = merge.Theirs
		case choiceKeep:
			side = it.fc.EditedSide()
		case choiceDelete:
			side = merge.Ours
			if it.fc.EditedSide() == merge.Ours {
				side = merge.Theirs
			}
		}
		it.choices.Whole = side
		p.changed()
	}
	return container.NewVBox(what, radio, widget.NewSeparator())
}

// fieldRow shows one disputed field: base, mine and theirs side by side,
// and its choice.
func (p *ConflictsPage) fieldRow(it *pending, v team.FieldView) fyne.CanvasObject {
	name := widget.NewLabelWithStyle(v.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	col := func(head, text string) fyne.CanvasObject {
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		return container.NewVBox(widget.NewLabelWithStyle(head, fyne.TextAlignLeading, fyne.TextStyle{Italic: true}), l)
	}
	sides := container.NewGridWithColumns(3, col("Before (base)", v.Base), col("Mine", v.Mine), col("Theirs", v.Theirs))
	entry := widget.NewMultiLineEntry()
	entry.Wrapping = fyne.TextWrapWord
	entry.SetMinRowsVisible(2)
	if t, ok := it.edits[v.Path]; ok {
		entry.SetText(t)
	} else {
		entry.SetText(team.EditText(p.env.Workspace, p.side(it, v.Path, merge.Ours)))
	}
	entry.OnChanged = func(s string) { it.edits[v.Path] = s }
	radio := widget.NewRadioGroup([]string{choiceMine, choiceTheirs, choiceEdit}, nil)
	radio.Horizontal = true
	if ch, ok := it.choices.Fields[v.Path]; ok {
		switch {
		case ch.Take == merge.Keep: // an edit, read on Apply
			radio.Selected = choiceEdit
		case ch.Take == merge.Ours:
			radio.Selected = choiceMine
		case ch.Take == merge.Theirs:
			radio.Selected = choiceTheirs
		}
	} else if it.choices.All == merge.Ours {
		radio.Selected = choiceMine
	} else if it.choices.All == merge.Theirs {
		radio.Selected = choiceTheirs
	}
	if radio.Selected != choiceEdit {
		entry.Hide()
	}
	box := container.NewVBox(name, sides, radio, entry, widget.NewSeparator())
	radio.OnChanged = func(s string) {
		switch s {
		case choiceMine:
			it.choices.Fields[v.Path] = team.Choice{Take: merge.Ours}
			entry.Hide()
		case choiceTheirs:
			it.choices.Fields[v.Path] = team.Choice{Take: merge.Theirs}
			entry.Hide()
		case choiceEdit:
			// The typed text is read into a value on Apply.
			it.choices.Fields[v.Path] = team.Choice{Take: merge.Keep}
			if _, ok := it.edits[v.Path]; !ok {
				it.edits[v.Path] = entry.Text
			}
			entry.Show()
		default:
			delete(it.choices.Fields, v.Path)
			entry.Hide()
		}
		box.Refresh()      // lays the row out again, the edit box shown or not,
		p.fields.Refresh() // and the rows below it
		p.changed()
	}
	return box
}

// side returns the field's value on one side, as merge gives it.
func (p *ConflictsPage) side(it *pending, path string, s merge.Side) string {
	for _, c := range it.fc.Fields {
		if c.Path == path {
			if s == merge.Ours {
				return c.Ours
			}
			return c.Theirs
		}
	}
	return ""
}

// example is a value of the field on either side, to type an edit like.
func (p *ConflictsPage) example(it *pending, path string) string {
	if v := p.side(it, path, merge.Ours); v != "" {
		return v
	}
	return p.side(it, path, merge.Theirs)
}

func (p *ConflictsPage) changed() {
	p.list.Refresh()
	p.refreshHead()
}

// takeEntity takes one side for every field of the selected conflict.
func (p *ConflictsPage) takeEntity(s merge.Side) {
	if p.selected < 0 || p.selected >= len(p.items) {
		return
	}
	p.take(p.items[p.selected], s)
	p.show(p.selected)
	p.changed()
}

// takeAll takes one side for every field of every conflict.
func (p *ConflictsPage) takeAll(s merge.Side) {
	for _, it := range p.items {
		p.take(it, s)
	}
	p.show(p.selected)
	p.changed()
}

func (p *ConflictsPage) take(it *pending, s merge.Side) {
	it.choices.All = s
	it.choices.Fields = map[string]team.Choice{}
	it.edits = map[string]string{}
	if it.fc.Whole != "" {
		it.choices.Whole = s
	}
}

// onApply settles every conflict whose choices are complete; the others
// stay, and so does any whose value cannot be read, with the reason.
func (p *ConflictsPage) onApply() {
	var left []*pending
	var problems []string
	settled := 0
	for _, it := range p.items {
		if !it.complete() {
			left = append(left, it)
			continue
		}
		if err := p.settle(it); err != nil {
			problems = append(problems, err.Error())
			left = append(left, it)
			continue
		}
		settled++
	}
	p.items = left
	p.refreshHead()
	p.list.UnselectAll()
	p.list.Refresh()
	if len(p.items) > 0 {
		p.list.Select(0)
	} else {
		p.show(-1)
	}
	msg := ""
	if settled > 0 {
		msg = fmt.Sprintf("Settled %s.", plural(settled, "entity", "entities"))
	}
	if len(problems) > 0 {
		msg = strings.TrimSpace(msg + " Not settled: " + strings.Join(problems, "; "))
	}
	p.status.SetText(msg)
	if len(p.items) == 0 && p.env.OnSettled != nil {
		p.env.OnSettled()
	}
}

// settle applies one conflict's choices.
func (p *ConflictsPage) settle(it *pending) error {
	ch := team.Choices{All: it.choices.All, Whole: it.choices.Whole, Fields: map[string]team.Choice{}}
	for path, c := range it.choices.Fields {
		if c.Take == merge.Keep {
			val, err := team.FromEdit(p.env.Workspace, p.example(it, path), it.edits[path])
			if err != nil {
				return fmt.Errorf("%s, %s: %w", it.fc.Title(), team.FieldName(path), err)
			}
			c = team.Choice{Value: val}
		}
		ch.Fields[path] = c
	}
	s, err := it.fc.Settle(p.env.Schema, ch)
	if err != nil {
		return err
	}
	if len(s.Left) > 0 {
		return errors.New(it.fc.Title() + ": some fields have no choice")
	}
	if p.env.Apply == nil {
		return errors.New("this window cannot settle conflicts")
	}
	if err := p.env.Apply(&it.fc, ch, s); err != nil {
		return fmt.Errorf("%s: %w", it.fc.Title(), err)
	}
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
