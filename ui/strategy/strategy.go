package strategy

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// strategySection is the Strategy section of the sidebar: the strategy
// read as a page, the goals traced to the work, and the risk register, in
// tabs, with the editor of what the PM opens beside them.
type strategySection struct {
	*page.Tabbed
	page  *strategyPage
	goals *goalsPage
	risks *risksPage
}

// Section is the sidebar's Strategy.
func Section() *page.Section {
	return &page.Section{ID: page.Strategy, Title: "Strategy",
		Lists: []app.Kind{app.KindStrategy, app.KindPersona, app.KindGoal, app.KindRisk},
		Adds:  []app.Kind{app.KindPersona, app.KindGoal, app.KindRisk},
		Keys: func(ws *app.Workspace) []app.Key {
			out := []app.Key{app.StrategyKey}
			out = append(out, page.KeysOf(ws.Personas())...)
			out = append(out, page.KeysOf(ws.Goals())...)
			return append(out, page.KeysOf(ws.Risks())...)
		},
		New: func(_ *page.Section, env *page.Env, _ page.Host) page.Page { return newStrategySection(env) }}
}

func newStrategySection(env *page.Env) *strategySection {
	v := &strategySection{Tabbed: page.NewTabbed(env)}
	v.page = newStrategyPage(env, v.Panel.Show)
	v.goals = newGoalsPage(env, v.Panel.Show)
	v.risks = newRisksPage(env, v.Panel.Show)
	v.AddTab("Strategy", v.page.content, v.page.refresh)
	v.AddTab("Goals", v.goals.content, v.goals.refresh)
	v.AddTab("Risks", v.risks.Content, v.risks.Refresh)
	page.Subscribe(env, v)
	return v
}

// Kinds are what the page, the goals traced to the work, the risk register
// and their editors read.
func (v *strategySection) Kinds() []app.Kind {
	return []app.Kind{app.KindProduct, app.KindStrategy, app.KindPersona, app.KindGoal, app.KindRisk, app.KindInitiative, app.KindItem, app.KindInsight}
}

// Show opens the tab that shows k and its editor.
func (v *strategySection) Show(k app.Key) {
	switch k.Kind {
	case app.KindGoal, app.KindInitiative:
		v.Tabs.SelectIndex(1)
	case app.KindRisk:
		v.Tabs.SelectIndex(2)
	default:
		v.Tabs.SelectIndex(0)
	}
	v.Panel.Show(k)
}

// strategyPage reads the strategy as a page: vision, target customers,
// personas as cards, positioning, differentiators, non-goals, the market
// and its trends. Each part turns into fields with its pencil button; the
// personas open their editor beside the page.
type strategyPage struct {
	env  *page.Env
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

func newStrategyPage(env *page.Env, open func(app.Key)) *strategyPage {
	p := &strategyPage{env: env, open: open}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.SizeName = theme.SizeNameHeadingText
	p.subtitle = page.NewDim("", false)
	p.vision, p.customers, p.market = page.NewParagraph(), page.NewParagraph(), page.NewParagraph()
	p.differentiators, p.nonGoals, p.trends = page.NewParagraph(), page.NewParagraph(), page.NewParagraph()
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
	market := p.inline("Market", container.NewVBox(p.market, page.Field("Trends", p.trends)),
		container.NewVBox(p.marketEd, stackedCaption("Trends", withHint(p.trendEd))), p.marketEd)

	p.personas = container.New(layout.NewGridLayoutWithColumns(2))
	p.addPersona = page.IconButton("Add persona", theme.ContentAddIcon(), p.onAddPersona)
	personas := page.PanelCard("Personas", p.personas, p.addPersona)

	p.content = page.PageColumn(960,
		page.TightVBox(p.title, p.subtitle),
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
		return p.env.Do(app.EditStrategy(desc, func(s *app.Strategy) error { *get(s) = page.SplitLines(v); return nil }))
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
	page.SetDim(p.subtitle, strings.Join(append([]string{"Product strategy"}, facts...), " · "))
	page.SetText(p.vision, s.Vision, "No vision written yet: what the product will be, in a sentence or two.")
	page.SetText(p.customers, s.TargetCustomers, "No target customers named yet.")
	page.SetText(p.market, s.MarketNotes, "No market notes yet.")
	page.Bullets(p.differentiators, s.Differentiators, "None listed yet.")
	page.Bullets(p.nonGoals, s.NonGoals, "None listed yet.")
	page.Bullets(p.trends, s.Trends, "None listed yet.")
	p.positioning.Segments = page.PositioningSegments(s.Positioning)
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
	page.Enable(editable, p.addPersona)
	for _, b := range p.personaButtons {
		page.Enable(editable, b)
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
		none := page.NewParagraph()
		page.SetText(none, "", "No personas yet: add the people the product is for.")
		cards = append(cards, none)
	}
	p.personas.Objects = cards
	p.personas.Refresh()
}

// personaCard shows one persona: name, role, needs and pains, with buttons
// to edit and remove it.
func (p *strategyPage) personaCard(per *app.Persona) fyne.CanvasObject {
	k := app.KeyOf(per)
	name := page.NewParagraph()
	name.TextStyle.Bold = true
	page.SetText(name, per.Name, "Unnamed persona")
	role := page.NewDim(per.Role, true)
	if per.Role == "" {
		page.SetDim(role, "No role yet.")
	}
	needs, pains := page.NewParagraph(), page.NewParagraph()
	page.Bullets(needs, per.Needs, "No needs listed.")
	page.Bullets(pains, per.Pains, "No pains listed.")
	edit := page.IconButton("", theme.DocumentCreateIcon(), func() { p.open(k) })
	remove := page.IconButton("", theme.DeleteIcon(), func() { page.ConfirmRemove(p.env, k, per.Name) })
	p.personaButtons = append(p.personaButtons, edit, remove)
	head := container.NewBorder(nil, nil, nil, container.NewHBox(edit, remove), page.TightVBox(name, role))
	bg := page.NewCardBackground()
	return container.NewStack(bg, container.NewPadded(container.NewVBox(append([]fyne.CanvasObject{head, page.Field("Needs", needs), page.Field("Pains", pains)},
		personaEvidence(p.env.WS, per.ID)...)...)))
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
	e.button = page.IconButton("Edit", theme.DocumentCreateIcon(), e.toggle)
	fields.Hide()
	e.card = page.PanelCard(title, container.NewVBox(read, fields), e.button)
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
	page.Enable(on, e.button)
}

// withHint puts a dim "one a line" hint under a list field.
func withHint(f fyne.CanvasObject) fyne.CanvasObject {
	return page.TightVBox(f, page.NewDim("One entry a line; blank lines are dropped.", false))
}

// stackedCaption puts a caption over a field.
func stackedCaption(caption string, f fyne.CanvasObject) fyne.CanvasObject {
	return page.Field(caption, f)
}
