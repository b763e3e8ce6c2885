package edit

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
)

// itemNone is the option of a select that clears a reference.
const itemNone = "None"

// itemDetails edits the item's own fields: title, type, description,
// assignee, initiative, release, estimate, MoSCoW and tags.
type itemDetails struct {
	ed *itemEditor

	title, assignee, tags, description *form.Entry
	estimate                           *form.Entry
	typ, initiative, release, moscow   *form.Select

	openInitiative, openRelease *widget.Button

	// The options of the initiative and release lists, and the IDs they stand for.
	initiatives, releases *itemRefOptions

	form *widget.Form
}

func newItemDetails(ed *itemEditor) *itemDetails {
	d := &itemDetails{ed: ed, initiatives: &itemRefOptions{}, releases: &itemRefOptions{}}

	d.title = form.NewEntry(func(s string) error {
		return ed.edit("Edit title", func(it *app.Item) error { it.Title = strings.TrimSpace(s); return nil })
	})
	d.title.SetPlaceHolder("What is it, in a few words")

	var types []string
	for _, t := range app.ItemTypes {
		types = append(types, t.Title())
	}
	d.typ = form.NewSelect(types, func(s string) error {
		i := slices.Index(types, s)
		if i < 0 {
			return fmt.Errorf("unknown type %q", s)
		}
		return ed.edit("Change type", func(it *app.Item) error { it.Type = app.ItemTypes[i]; return nil })
	})

	d.description = form.NewMultiLineEntry(func(s string) error {
		return ed.edit("Edit description", func(it *app.Item) error { it.Description = s; return nil })
	})
	d.description.SetMinRowsVisible(4)
	d.description.SetPlaceHolder("The need, the context, what done looks like")

	d.assignee = form.NewEntry(func(s string) error {
		return ed.edit("Edit assignee", func(it *app.Item) error { it.Assignee = strings.TrimSpace(s); return nil })
	})
	d.assignee.SetPlaceHolder("Nobody yet")

	d.initiative = form.NewSelect(nil, func(s string) error {
		id, ok := d.initiatives.ids[s]
		if !ok {
			return fmt.Errorf("unknown initiative %q", s)
		}
		return ed.edit("Change initiative", func(it *app.Item) error { it.Initiative = id; return nil })
	})
	d.openInitiative = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() {
		if it, ok := ed.item(); ok && it.Initiative != "" && ed.env.Open != nil {
			ed.env.Open(app.Key{Kind: app.KindInitiative, ID: it.Initiative})
		}
	})
	d.release = form.NewSelect(nil, func(s string) error {
		id, ok := d.releases.ids[s]
		if !ok {
			return fmt.Errorf("unknown release %q", s)
		}
		return ed.edit("Change release", func(it *app.Item) error { it.Release = id; return nil })
	})
	d.openRelease = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() {
		if it, ok := ed.item(); ok && it.Release != "" && ed.env.Open != nil {
			ed.env.Open(app.Key{Kind: app.KindRelease, ID: it.Release})
		}
	})

	estimate, estimateField := itemNumberField(func(v float64) error {
		return ed.edit("Edit estimate", func(it *app.Item) error { it.Estimate = v; return nil })
	})
	d.estimate = estimate
	d.estimate.SetPlaceHolder("not estimated")

	moscows := []string{itemNone}
	for _, m := range app.MoSCoWs {
		moscows = append(moscows, itemMoSCoWTitle(m))
	}
	d.moscow = form.NewSelect(moscows, func(s string) error {
		m := app.MoSCoWNone
		if i := slices.Index(moscows, s); i > 0 {
			m = app.MoSCoWs[i-1]
		}
		return ed.edit("Change MoSCoW", func(it *app.Item) error { it.MoSCoW = m; return nil })
	})

	d.tags = form.NewEntry(func(s string) error {
		return ed.edit("Edit tags", func(it *app.Item) error { it.Tags = itemSplitTags(s); return nil })
	})
	d.tags.SetPlaceHolder("comma-separated, e.g. billing, mobile")

	d.form = widget.NewForm(
		widget.NewFormItem("Title", d.title),
		widget.NewFormItem("Type", d.typ),
		widget.NewFormItem("Assignee", d.assignee),
		widget.NewFormItem("Initiative", newItemFormField(container.NewBorder(nil, nil, nil, d.openInitiative, d.initiative), d.initiative)),
		widget.NewFormItem("Release", newItemFormField(container.NewBorder(nil, nil, nil, d.openRelease, d.release), d.release)),
		&widget.FormItem{Text: "Estimate", Widget: estimateField, HintText: "Story points; empty when not estimated."},
		widget.NewFormItem("MoSCoW", d.moscow),
		widget.NewFormItem("Tags", d.tags),
		widget.NewFormItem("Description", d.description),
	)
	return d
}

func (d *itemDetails) object() fyne.CanvasObject { return d.form }

func (d *itemDetails) refresh(it *app.Item, ro bool) {
	ws := d.ed.env.WS
	itemSetEntry(d.title, it.Title)
	d.typ.SetValue(it.Type.Title())
	itemSetEntry(d.description, it.Description)
	itemSetEntry(d.assignee, it.Assignee)

	var ins []itemRef
	for _, in := range ws.Initiatives() {
		ins = append(ins, itemRef{id: in.ID, name: in.Name})
	}
	d.initiatives.set(ins)
	d.initiative.SetOptions(d.initiatives.options)
	d.initiative.SetValue(d.initiatives.label(it.Initiative))

	var rels []itemRef
	for _, r := range ws.Releases() {
		name := r.Name
		if !r.Date.IsZero() {
			name += " (" + r.Date.String() + ")"
		}
		rels = append(rels, itemRef{id: r.ID, name: name})
	}
	d.releases.set(rels)
	d.release.SetOptions(d.releases.options)
	d.release.SetValue(d.releases.label(it.Release))

	est := ""
	if it.Estimate != 0 {
		est = form.FormatNumber(it.Estimate)
	}
	itemSetEntry(d.estimate, est)
	d.moscow.SetValue(itemMoSCoWTitle(it.MoSCoW))
	itemSetEntry(d.tags, strings.Join(it.Tags, ", "))

	itemEnable(!ro, d.title, d.typ, d.description, d.assignee, d.initiative, d.release, d.estimate, d.moscow, d.tags)
	itemEnable(it.Initiative != "" && d.ed.env.Open != nil, d.openInitiative)
	itemEnable(it.Release != "" && d.ed.env.Open != nil, d.openRelease)
}

// itemSplitTags splits comma-separated tags into the sorted set the
// workspace stores.
func itemSplitTags(s string) []string {
	tags := []string{}
	for _, t := range strings.Split(s, ",") {
		if t = strings.TrimSpace(t); t != "" {
			tags = append(tags, t)
		}
	}
	slices.Sort(tags)
	return slices.Compact(tags)
}

// itemRef is an entity offered in a select: its ID and its name.
type itemRef struct{ id, name string }

// itemRefOptions are the options of a select of references: "None" and the
// names, made unique by their IDs where two entities share a name.
type itemRefOptions struct {
	options []string
	ids     map[string]string // option → ID ("" for None)
	labels  map[string]string // ID → option
}

func (o *itemRefOptions) set(refs []itemRef) {
	count := map[string]int{}
	for _, r := range refs {
		count[r.name]++
	}
	o.options = []string{itemNone}
	o.ids = map[string]string{itemNone: ""}
	o.labels = map[string]string{"": itemNone}
	for _, r := range refs {
		label := r.name
		if strings.TrimSpace(label) == "" || count[r.name] > 1 || label == itemNone {
			label = strings.TrimSpace(label + " [" + r.id + "]")
		}
		o.options = append(o.options, label)
		o.ids[label] = r.id
		o.labels[r.id] = label
	}
}

// label returns the option of an ID; an ID the workspace does not hold is
// shown as it is, so that the problem stays visible.
func (o *itemRefOptions) label(id string) string {
	if l, ok := o.labels[id]; ok {
		return l
	}
	return id + " (missing)"
}
