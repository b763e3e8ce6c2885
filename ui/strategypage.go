package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/edit"
	"canopy/ui/form"
)

// strategySection is the Strategy section of the sidebar: the strategy
// read as a page, the goals traced to the work, and the risk register, in
// tabs, with the editor of what the PM opens beside them.
type strategySection struct {
	*tabbedSection
	page  *strategyPage
	goals *goalsPage
	risks *risksPage
}

func newStrategySection(env *edit.Env) *strategySection {
	v := &strategySection{tabbedSection: newTabbedSection(env)}
	v.page = newStrategyPage(env, v.panel.show)
	v.goals = newGoalsPage(env, v.panel.show)
	v.risks = newRisksPage(env, v.panel.show)
	v.addTab("Strategy", v.page.content, v.page.refresh)
	v.addTab("Goals", v.goals.content, v.goals.refresh)
	v.addTab("Risks", v.risks.content, v.risks.refresh)
	return v
}

// show opens the tab that shows k and its editor.
func (v *strategySection) show(k app.Key) {
	switch k.Kind {
	case app.KindGoal, app.KindInitiative:
		v.tabs.SelectIndex(1)
	case app.KindRisk:
		v.tabs.SelectIndex(2)
	default:
		v.tabs.SelectIndex(0)
	}
	v.panel.show(k)
}

// strategyPage reads the strategy as a page: vision, target customers,
// personas as cards, positioning, differentiators, non-goals, the market
// and its trends. Each part turns into fields with its pencil button; the
// personas open their editor beside the page.
type strategyPage struct {
	env  *edit.Env
	open func(app.Key)

	title                                  *widget.Label
	subtitle                               *widget.RichText
	vision, customers, market              *widget.Label
	differentiators, nonGoals, trends      *widget.Label
	positioning                            *widget.RichText
	visionEd, customersEd, marketEd        *form.Entry
	differentiatorsEd, nonGoalsEd, trendEd *form.Entry
	posFor, posWho, posUnlike, posOur      *form.Entry
	inlines                                []*inlineEdit
	personas                               *fyne.Container
	addPersona                             *widget.Button
	personaButtons                         []*widget.Button
	content                                fyne.CanvasObject
}

func newStrategyPage(env *edit.Env, open func(app.Key)) *strategyPage {
	p := &strategyPage{env: env, open: open}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.SizeName = theme.SizeNameHeadingText
	p.subtitle = newDim("", false)
	p.vision, p.customers, p.market = newParagraph(), newParagraph(), newParagraph()
	p.differentiators, p.nonGoals, p.trends = newParagraph(), newParagraph(), newParagraph()
	p.positioning = widget.NewRichText()
	p.positioning.Wrapping = fyne.TextWrapWord
	type S = app.Strategy
	p.visionEd = p.textField("Edit vision", 3, "Where the product is going, in a sentence or two", func(s *S) *string { return &s.Vision })
	p.customersEd = p.textField("Edit target customers", 3, "Who buys it and who uses it", func(s *S) *string { return &s.TargetCustomers })
	p.marketEd = p.textField("Edit market notes", 5, "Size, segments, buying process, what is changing", func(s *S) *string { return &s.MarketNotes })
	p.differentiatorsEd = p.listField("Edit differentiators", func(s *S) *[]string { return &s.Differentiators })
	p.nonGoalsEd = p.listField("Edit non-goals", func(s *S) *[]string { return &s.NonGoals })
	p.trendEd = p.listField("Edit trends", func(s *S) *[]string { return &s.Trends })
	p.posFor = p.textField("Edit positioning: for", 2, "the target customer", func(s *S) *string { return &s.Positioning.For })
	p.posWho = p.textField("Edit positioning: who", 2, "the need or the opportunity", func(s *S) *string { return &s.Positioning.Who })
	p.posUnlike = p.textField("Edit positioning: unlike", 2, "the main alternative", func(s *S) *string { return &s.Positioning.Unlike })
	p.posOur = p.textField("Edit positioning: our product", 2, "the key difference", func(s *S) *string { return &s.Positioning.OurProduct })

	vision := p.inline("Vision", p.vision, p.visionEd, p.visionEd)
	customers := p.inline("Target customers", p.customers, p.customersEd, p.customersEd)
	positioning := p.inline("Positioning", p.positioning, container.New(layout.NewFormLayout(),
		widget.NewLabel("For"), p.posFor, widget.NewLabel("Who"), p.posWho,
		widget.NewLabel("Unlike"), p.posUnlike, widget.NewLabel("Our product"), p.posOur), p.posFor)
	differentiators := p.inline("Differentiators", p.differentiators, withHint(p.differentiatorsEd), p.differentiatorsEd)
	nonGoals := p.inline("Non-goals", p.nonGoals, withHint(p.nonGoalsEd), p.nonGoalsEd)
	market := p.inline("Market", container.NewVBox(p.market, field("Trends", p.trends)),
		container.NewVBox(p.marketEd, stackedCaption("Trends", withHint(p.trendEd))), p.marketEd)

	p.personas = container.New(layout.NewGridLayoutWithColumns(2))
	p.addPersona = iconButton("Add persona", theme.ContentAddIcon(), p.onAddPersona)
	personas := panelCard("Personas", p.personas, p.addPersona)

	p.content = pageColumn(960,
		tightVBox(p.title, p.subtitle),
		vision.card,
		customers.card,
		personas,
		positioning.card,
		container.NewGridWithColumns(2, differentiators.card, nonGoals.card),
		market.card,
	)
	p.refresh()
	return p
}

// textField returns a field that commits the strategy's text at get as
// the command desc.
func (p *strategyPage) textField(desc string, rows int, placeholder string, get func(*app.Strategy) *string) *form.Entry {
	e := form.NewMultiLineEntry(func(v string) error {
		return p.env.Do(app.EditStrategy(desc, func(s *app.Strategy) error { *get(s) = strings.TrimSpace(v); return nil }))
	})
	e.SetMinRowsVisible(rows)
	e.SetPlaceHolder(placeholder)
	e.SetValue(*get(p.env.WS.Strategy()))
	return e
}

// listField returns a field that edits a list of the strategy, one entry a
// line.
func (p *strategyPage) listField(desc string, get func(*app.Strategy) *[]string) *form.Entry {
	e := form.NewMultiLineEntry(func(v string) error {
		return p.env.Do(app.EditStrategy(desc, func(s *app.Strategy) error { *get(s) = splitLines(v); return nil }))
	})
	e.SetMinRowsVisible(4)
	e.SetPlaceHolder("One a line")
	e.SetValue(strings.Join(*get(p.env.WS.Strategy()), "\n"))
	return e
}

func (p *strategyPage) inline(title string, read, fields fyne.CanvasObject, first fyne.Focusable) *inlineEdit {
	e := newInlineEdit(title, read, fields, first)
	p.inlines = append(p.inlines, e)
	return e
}

// refresh shows the strategy as it is now.
func (p *strategyPage) refresh() {
	ws := p.env.WS
	s, prod := ws.Strategy(), ws.Product()
	p.title.SetText(prod.Name)
	var facts []string
	for _, f := range []string{prod.Horizon, prod.Owner, prod.Version} {
		if f != "" {
			facts = append(facts, f)
		}
	}
	setDim(p.subtitle, strings.Join(append([]string{"Product strategy"}, facts...), " · "))
	setText(p.vision, s.Vision, "No vision written yet: what the product will be, in a sentence or two.")
	setText(p.customers, s.TargetCustomers, "No target customers named yet.")
	setText(p.market, s.MarketNotes, "No market notes yet.")
	bullets(p.differentiators, s.Differentiators, "None listed yet.")
	bullets(p.nonGoals, s.NonGoals, "None listed yet.")
	bullets(p.trends, s.Trends, "None listed yet.")
	p.positioning.Segments = positioningSegments(s.Positioning)
	p.positioning.Refresh()
	p.visionEd.SetValue(s.Vision)
	p.customersEd.SetValue(s.TargetCustomers)
	p.marketEd.SetValue(s.MarketNotes)
	p.differentiatorsEd.SetValue(strings.Join(s.Differentiators, "\n"))
	p.nonGoalsEd.SetValue(strings.Join(s.NonGoals, "\n"))
	p.trendEd.SetValue(strings.Join(s.Trends, "\n"))
	p.posFor.SetValue(s.Positioning.For)
	p.posWho.SetValue(s.Positioning.Who)
	p.posUnlike.SetValue(s.Positioning.Unlike)
	p.posOur.SetValue(s.Positioning.OurProduct)
	p.refreshPersonas()
	editable := !p.env.ReadOnly()
	for _, in := range p.inlines {
		in.setEditable(editable)
	}
	enable(editable, p.addPersona)
	for _, b := range p.personaButtons {
		enable(editable, b)
	}
}

// refreshPersonas rebuilds the persona cards; a workspace has a handful.
func (p *strategyPage) refreshPersonas() {
	p.personaButtons = p.personaButtons[:0]
	var cards []fyne.CanvasObject
	for _, per := range p.env.WS.Personas() {
		cards = append(cards, p.personaCard(per))
	}
	if len(cards) == 0 {
		none := newParagraph()
		setText(none, "", "No personas yet: add the people the product is for.")
		cards = append(cards, none)
	}
	p.personas.Objects = cards
	p.personas.Refresh()
}

// personaCard shows one persona: name, role, needs and pains, with buttons
// to edit and remove it.
func (p *strategyPage) personaCard(per *app.Persona) fyne.CanvasObject {
	k := app.KeyOf(per)
	name := newParagraph()
	name.TextStyle.Bold = true
	setText(name, per.Name, "Unnamed persona")
	role := newDim(per.Role, true)
	if per.Role == "" {
		setDim(role, "No role yet.")
	}
	needs, pains := newParagraph(), newParagraph()
	bullets(needs, per.Needs, "No needs listed.")
	bullets(pains, per.Pains, "No pains listed.")
	edit := iconButton("", theme.DocumentCreateIcon(), func() { p.open(k) })
	remove := iconButton("", theme.DeleteIcon(), func() { confirmRemove(p.env, k, per.Name) })
	p.personaButtons = append(p.personaButtons, edit, remove)
	head := container.NewBorder(nil, nil, nil, container.NewHBox(edit, remove), tightVBox(name, role))
	bg := newCardBackground()
	return container.NewStack(bg, container.NewPadded(container.NewVBox(head, field("Needs", needs), field("Pains", pains))))
}

// onAddPersona adds a persona and opens its editor beside the page.
func (p *strategyPage) onAddPersona() {
	per := &app.Persona{Name: "New persona", Order: nextOrder(p.env.WS.Personas(), func(x *app.Persona) float64 { return x.Order })}
	if err := p.env.Do(app.Create(per)); err != nil {
		return
	}
	p.open(app.KeyOf(per))
}

// nextOrder returns an order after the last of es.
func nextOrder[E any](es []E, order func(E) float64) float64 {
	last := 0.0
	for _, e := range es {
		last = max(last, order(e))
	}
	return last + 1
}

// inlineEdit is a part of a page read as text, whose pencil button turns
// it into committing fields; Done commits what is being typed and reads
// it again.
type inlineEdit struct {
	read, fields fyne.CanvasObject
	first        fyne.Focusable // takes the focus when editing starts
	button       *widget.Button
	card         fyne.CanvasObject
	editing      bool
}

func newInlineEdit(title string, read, fields fyne.CanvasObject, first fyne.Focusable) *inlineEdit {
	e := &inlineEdit{read: read, fields: fields, first: first}
	e.button = iconButton("Edit", theme.DocumentCreateIcon(), e.toggle)
	fields.Hide()
	e.card = panelCard(title, container.NewVBox(read, fields), e.button)
	return e
}

// toggle switches between reading and editing.
func (e *inlineEdit) toggle() {
	if e.editing {
		// Commit the field being typed in before reading again.
		if c := fyne.CurrentApp().Driver().CanvasForObject(e.fields); c != nil {
			c.Unfocus()
		}
	}
	e.editing = !e.editing
	if e.editing {
		e.read.Hide()
		e.fields.Show()
		e.button.SetText("Done")
		e.button.SetIcon(theme.ConfirmIcon())
		if c := fyne.CurrentApp().Driver().CanvasForObject(e.fields); c != nil && e.first != nil {
			c.Focus(e.first)
		}
	} else {
		e.fields.Hide()
		e.read.Show()
		e.button.SetText("Edit")
		e.button.SetIcon(theme.DocumentCreateIcon())
	}
	e.card.Refresh()
}

// setEditable disables the pencil (and leaves edit mode) when the
// workspace is read-only.
func (e *inlineEdit) setEditable(on bool) {
	if !on && e.editing {
		e.toggle()
	}
	enable(on, e.button)
}

// withHint puts a dim "one a line" hint under a list field.
func withHint(f fyne.CanvasObject) fyne.CanvasObject {
	return tightVBox(f, newDim("One entry a line; blank lines are dropped.", false))
}

// stackedCaption puts a caption over a field.
func stackedCaption(caption string, f fyne.CanvasObject) fyne.CanvasObject {
	return field(caption, f)
}
