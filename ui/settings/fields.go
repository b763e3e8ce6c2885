package settings

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// fieldsTab is Settings ▸ Fields: the product's custom fields, listed in
// order, with an editor of the chosen one (name, type, options, order,
// whether board cards show it, delete) and a row to add a field.
type fieldsTab struct {
	env  *page.Env
	list *widget.List
	keys []string // the declared fields, in order
	sel  string   // the key of the chosen field

	addName             *widget.Entry
	addType             *widget.Select
	addItem, addInit    *widget.Check
	addButton           *widget.Button
	name                *form.Entry
	typ                 *widget.Select
	options             *form.Entry
	unit                *form.Entry
	optLabel, unitLabel *widget.Label
	onCard              *widget.Check
	up, down, del       *widget.Button
	usage, empty, note  *widget.Label
	detail              *fyne.Container
	obj                 fyne.CanvasObject
	picks               []*widget.Select // the choices of the last options dialog
	loading             bool
}

// newFieldsTab builds Settings ▸ Fields on env; it follows the workspace.
func newFieldsTab(env *page.Env) *fieldsTab {
	t := &fieldsTab{env: env}
	t.list = widget.NewList(func() int { return len(t.keys) },
		func() fyne.CanvasObject { return widget.NewLabel("Field name · type") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if d, ok := t.decl(t.keys[i]); ok {
				o.(*widget.Label).SetText(fieldSummary(d))
			}
		})
	t.list.OnSelected = func(i widget.ListItemID) {
		t.sel = t.keys[i]
		t.load()
	}

	t.addName = widget.NewEntry()
	t.addName.SetPlaceHolder("New field's name")
	t.addName.OnSubmitted = func(string) { t.add() }
	t.addType = widget.NewSelect(fieldTypeNames(), nil)
	t.addType.SetSelected(string(app.FieldText))
	t.addItem = widget.NewCheck("Items", nil)
	t.addItem.SetChecked(true)
	t.addInit = widget.NewCheck("Initiatives", nil)
	t.addButton = widget.NewButton("Add field", t.add)

	t.name = form.NewEntry(func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("a field needs a name")
		}
		return t.do(app.RenameField(t.sel, s))
	})
	t.name.OnError = func(error) {}
	t.typ = widget.NewSelect(fieldTypeNames(), func(s string) {
		if t.loading {
			return
		}
		t.changeType(app.FieldType(s))
	})
	t.options = form.NewMultiLineEntry(t.setOptions)
	t.options.SetPlaceHolder("One option a line")
	t.options.SetMinRowsVisible(4)
	t.unit = form.NewEntry(func(s string) error {
		return t.do(app.EditField(t.sel, "Change field unit", func(d *app.FieldDecl) error {
			d.Unit = strings.TrimSpace(s)
			return nil
		}))
	})
	t.unit.SetPlaceHolder("$, days, users… (optional)")
	t.unit.OnError = func(error) {}
	t.optLabel, t.unitLabel = widget.NewLabel("Options"), widget.NewLabel("Unit")
	t.onCard = widget.NewCheck("Show on board cards (two at most)", func(on bool) {
		if !t.loading {
			t.setOnCard(on)
		}
	})
	t.up = widget.NewButton("Move up", func() { t.move(-1) })
	t.down = widget.NewButton("Move down", func() { t.move(1) })
	t.del = widget.NewButton("Delete field…", t.confirmDelete)
	t.del.Importance = widget.DangerImportance
	t.usage = widget.NewLabel("")
	t.usage.Importance = widget.LowImportance
	t.empty = widget.NewLabel("No custom fields yet: add one below, e.g. Segment (select) or ARR (number).")
	t.empty.Wrapping = fyne.TextWrapWord
	t.note = widget.NewLabel("")
	t.note.Hide()

	t.detail = container.NewVBox(
		container.New(layout.NewFormLayout(), widget.NewLabel("Name"), t.name, widget.NewLabel("Type"), t.typ,
			t.optLabel, t.options, t.unitLabel, t.unit),
		t.onCard, t.usage,
		container.NewHBox(t.up, t.down, t.del))
	add := container.NewBorder(nil, nil, nil, container.NewHBox(t.addType, t.addItem, t.addInit, t.addButton), t.addName)
	intro := widget.NewLabel("Your own fields on items and initiatives: they show in the editors, the backlog's filter bar, " +
		"the prioritized list and, when chosen, on board cards. A formula reads a field as fields.KEY.")
	intro.Wrapping = fyne.TextWrapWord
	split := container.NewHSplit(container.NewBorder(nil, nil, nil, nil, t.list), container.NewVScroll(t.detail))
	split.Offset = 0.4
	t.obj = container.NewBorder(container.NewVBox(intro, t.empty, t.note), add, nil, nil, split)
	env.Follow([]app.Kind{app.KindProduct, app.KindItem, app.KindInitiative}, func(app.Change) { t.refresh() })
	t.refresh()
	return t
}

// fieldTypeNames lists the field types as the type choosers show them.
func fieldTypeNames() []string {
	out := make([]string, len(app.FieldTypes))
	for i, ft := range app.FieldTypes {
		out[i] = string(ft)
	}
	return out
}

// fieldSummary is a field's row in the list: name, type, unit or options.
func fieldSummary(d *app.FieldDecl) string {
	s := d.Name + " · " + string(d.Type)
	if d.Unit != "" {
		s += " (" + d.Unit + ")"
	}
	if len(d.Options) > 0 {
		s += ": " + strings.Join(d.Options, ", ")
	}
	return s
}

// decl returns the declaration of field key as the workspace has it now.
func (t *fieldsTab) decl(key string) (*app.FieldDecl, bool) {
	return t.env.WS.Product().Field(key)
}

// do runs a command; Env.Do shows a refusal.
func (t *fieldsTab) do(cmd app.Command) error {
	err := t.env.Do(cmd)
	t.refresh()
	return err
}

// refresh lists the declarations again and reloads the chosen one.
func (t *fieldsTab) refresh() {
	p := t.env.WS.Product()
	t.keys = t.keys[:0]
	for _, d := range p.Fields {
		t.keys = append(t.keys, d.Key)
	}
	if _, ok := p.Field(t.sel); !ok {
		t.sel = ""
		t.list.UnselectAll()
	}
	setShown(t.empty, len(t.keys) == 0)
	t.list.Refresh()
	ro := t.env.ReadOnly()
	for _, c := range []fyne.Disableable{t.addName, t.addType, t.addItem, t.addInit, t.addButton} {
		enable(c, !ro)
	}
	t.load()
}

// load fills the editor of the chosen field.
func (t *fieldsTab) load() {
	d, ok := t.decl(t.sel)
	setShown(t.detail, ok)
	if !ok {
		return
	}
	t.loading = true
	defer func() { t.loading = false }()
	p := t.env.WS.Product()
	t.name.SetValue(d.Name)
	t.typ.SetSelected(string(d.Type))
	t.options.SetValue(strings.Join(d.Options, "\n"))
	t.unit.SetValue(d.Unit)
	choices := d.Type == app.FieldSelect || d.Type == app.FieldMultiselect
	setShown(t.options, choices)
	setShown(t.optLabel, choices)
	setShown(t.unit, d.Type == app.FieldNumber)
	setShown(t.unitLabel, d.Type == app.FieldNumber)
	t.onCard.SetChecked(slices.Contains(p.CardFields, d.Key))
	n := app.FieldUsage(t.env.WS, d.Key, "")
	t.usage.SetText(fmt.Sprintf("Key %s (a formula reads fields.%s) · %s with a value", d.Key, d.Key, form.Plural(n, "item or initiative", "items and initiatives")))
	i := slices.Index(t.keys, d.Key)
	ro := t.env.ReadOnly()
	for _, c := range []fyne.Disableable{t.name, t.typ, t.options, t.unit, t.onCard, t.del} {
		enable(c, !ro)
	}
	enable(t.up, !ro && i > 0)
	enable(t.down, !ro && i < len(t.keys)-1)
}

// add declares the field named in the add row.
func (t *fieldsTab) add() {
	name := strings.TrimSpace(t.addName.Text)
	if name == "" {
		dialog.ShowError(fmt.Errorf("Add field: type the new field's name first"), t.env.Window)
		return
	}
	var on []app.FieldTarget
	if t.addItem.Checked {
		on = append(on, app.FieldOnItem)
	}
	if t.addInit.Checked {
		on = append(on, app.FieldOnInitiative)
	}
	if len(on) == 0 {
		dialog.ShowError(fmt.Errorf("Add field %s: choose items, initiatives or both", name), t.env.Window)
		return
	}
	d := app.FieldDecl{Name: name, Type: app.FieldType(t.addType.Selected), On: on}
	if d.Type == app.FieldSelect || d.Type == app.FieldMultiselect {
		d.Options = []string{"Option 1"}
	}
	d.Key = app.FieldKeyFor(t.env.WS.Product(), name)
	if t.do(app.AddField(d)) == nil {
		t.addName.SetText("")
		t.sel = d.Key
		t.list.Select(slices.Index(t.keys, d.Key))
	}
}

// move moves the chosen field up or down one place.
func (t *fieldsTab) move(delta int) {
	i := slices.Index(t.keys, t.sel)
	if i < 0 {
		return
	}
	if t.do(app.MoveField(t.sel, i+delta)) == nil {
		t.list.Select(i + delta)
	}
}

// changeType changes the chosen field's type; values that do not convert
// refuse it, by title.
func (t *fieldsTab) changeType(ft app.FieldType) {
	d, ok := t.decl(t.sel)
	if !ok || d.Type == ft {
		return
	}
	var opts []string
	if ft == app.FieldSelect || ft == app.FieldMultiselect {
		opts = slices.Clone(d.Options)
		if len(opts) == 0 {
			opts = []string{"Option 1"}
		}
	}
	t.do(app.ChangeFieldType(t.sel, ft, opts))
}

// setOnCard adds the chosen field to the board cards' fields or takes it away.
func (t *fieldsTab) setOnCard(on bool) {
	keys := slices.Clone(t.env.WS.Product().CardFields)
	keys = slices.DeleteFunc(keys, func(k string) bool { return k == t.sel })
	if on {
		if len(keys) >= app.MaxCardFields {
			dialog.ShowError(fmt.Errorf("Board cards show %d fields at most: take one away first", app.MaxCardFields), t.env.Window)
			t.refresh()
			return
		}
		keys = append(keys, t.sel)
	}
	t.do(app.SetCardFields(keys))
}

// parseOptions reads one option a line, without blanks or repeats.
func parseOptions(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// setOptions sets the chosen field's options; removing options in use
// asks first what becomes of their values.
func (t *fieldsTab) setOptions(s string) error {
	d, ok := t.decl(t.sel)
	if !ok {
		return nil
	}
	key, opts := d.Key, parseOptions(s)
	var used []string
	for _, o := range d.Options {
		if !slices.Contains(opts, o) && app.FieldUsage(t.env.WS, key, o) > 0 {
			used = append(used, o)
		}
	}
	if len(used) == 0 {
		return t.do(app.SetFieldOptions(key, opts, nil))
	}
	t.askReplacements(d.Name, key, opts, used)
	return nil
}

// clearValues is the choice that clears a removed option's values.
const clearValues = "Clear those values"

// askReplacements asks, for each removed option in use, which option takes
// its place (or to clear the values), then changes the options.
func (t *fieldsTab) askReplacements(name, key string, opts, used []string) {
	choices := append([]string{clearValues}, opts...)
	picks := make([]*widget.Select, len(used))
	var items []*widget.FormItem
	for i, o := range used {
		picks[i] = widget.NewSelect(choices, nil)
		picks[i].SetSelected(clearValues)
		n := app.FieldUsage(t.env.WS, key, o)
		items = append(items, widget.NewFormItem(fmt.Sprintf("%q (%s)", o, form.Plural(n, "use", "uses")), picks[i]))
	}
	t.picks = picks
	dialog.ShowForm(fmt.Sprintf("Remove options of %s", name), "Change options", "Cancel", items, func(ok bool) {
		if !ok {
			t.refresh()
			return
		}
		replace := map[string]string{}
		for i, o := range used {
			replace[o] = ""
			if s := picks[i].Selected; s != clearValues {
				replace[o] = s
			}
		}
		t.do(app.SetFieldOptions(key, opts, replace))
	}, t.env.Window)
}

// confirmDelete asks, with the number of values that go too, before
// deleting the chosen field; the values go in the same undoable command.
func (t *fieldsTab) confirmDelete() {
	d, ok := t.decl(t.sel)
	if !ok {
		return
	}
	key, name := d.Key, d.Name
	n := app.FieldUsage(t.env.WS, key, "")
	msg := fmt.Sprintf("Delete the field %s and its values on %s?\nUndo brings them back.", name, form.Plural(n, "item or initiative", "items and initiatives"))
	dialog.ShowConfirm("Delete field", msg, func(ok bool) {
		if !ok {
			return
		}
		cmd := app.DeleteField(key)
		if t.do(cmd) == nil {
			t.note.SetText(fmt.Sprintf("Deleted the field %s and %s (Edit ▸ Undo brings them back).", name, form.Plural(cmd.Values, "value", "values")))
			t.note.Show()
		}
	}, t.env.Window)
}

// setShown shows or hides o.
func setShown(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}

// enable enables or disables c.
func enable(c fyne.Disableable, on bool) {
	if on == c.Disabled() {
		if on {
			c.Enable()
		} else {
			c.Disable()
		}
	}
}
