package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/edit"
)

// risksPage is the risk register as a table: description, owner,
// assumption, mitigation and the initiatives at risk. A row opens its
// editor beside the table; Add and Remove change the register.
type risksPage struct {
	env      *edit.Env
	open     func(app.Key)
	table    *entityTable[*app.Risk]
	selected string
	add      *widget.Button
	remove   *widget.Button
	count    *widget.Label
	content  fyne.CanvasObject
}

func newRisksPage(env *edit.Env, open func(app.Key)) *risksPage {
	p := &risksPage{env: env, open: open}
	ws := env.WS
	p.table = newEntityTable([]tableColumn[*app.Risk]{
		{"Risk", 260, func(r *app.Risk) string { return r.Description }},
		{"Owner", 120, func(r *app.Risk) string { return r.Owner }},
		{"Assumption", 230, func(r *app.Risk) string { return r.Assumption }},
		{"Mitigation", 250, func(r *app.Risk) string { return r.Mitigation }},
		{"Initiatives", 220, func(r *app.Risk) string { return initiativeNames(ws, r.Initiatives) }},
	}, ws.Risks, func(r *app.Risk) {
		p.selected = r.ID
		enable(!env.ReadOnly(), p.remove)
		open(app.KeyOf(r))
	})
	p.add = widget.NewButtonWithIcon("Add risk", theme.ContentAddIcon(), p.onAdd)
	p.remove = widget.NewButtonWithIcon("Remove", theme.DeleteIcon(), p.onRemove)
	p.count = widget.NewLabel("")
	top := container.NewBorder(nil, nil, container.NewHBox(p.add, p.remove), p.count)
	p.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, p.table.table)
	p.refresh()
	return p
}

// initiativeNames lists the names of the initiatives with the ids.
func initiativeNames(ws *app.Workspace, ids []string) string {
	var names []string
	for _, id := range ids {
		if in, ok := ws.Initiative(id); ok {
			names = append(names, nameOrUnnamed(in.Name))
		}
	}
	return strings.Join(names, ", ")
}

func (p *risksPage) refresh() {
	p.table.refresh()
	if p.table.index(p.selected) < 0 {
		p.selected = ""
		p.table.table.UnselectAll()
	}
	n := len(p.table.rows)
	switch n {
	case 0:
		p.count.SetText("No risks yet: add what could go wrong and what you do about it.")
	case 1:
		p.count.SetText("1 risk · select one to edit it")
	default:
		p.count.SetText(strconv.Itoa(n) + " risks · select one to edit it · click a header to sort")
	}
	enable(!p.env.ReadOnly(), p.add)
	enable(!p.env.ReadOnly() && p.selected != "", p.remove)
}

func (p *risksPage) onAdd() {
	r := &app.Risk{Description: "New risk"}
	if err := p.env.Do(app.Create(r)); err != nil {
		return
	}
	p.selectRisk(r.ID)
}

// selectRisk selects the risk's row, which opens its editor.
func (p *risksPage) selectRisk(id string) {
	if i := p.table.index(id); i >= 0 {
		p.table.table.Select(widget.TableCellID{Row: i, Col: 0})
	}
}

func (p *risksPage) onRemove() {
	r, ok := p.env.WS.Risk(p.selected)
	if !ok {
		return
	}
	confirmRemove(p.env, app.KeyOf(r), firstWords(r.Description))
}

// firstWords returns the start of s, for naming an entity in a question.
func firstWords(s string) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
