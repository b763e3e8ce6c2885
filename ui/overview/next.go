package overview

import (
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// nextView answers "what next?": the New and Ready items in the order
// app.Next ranks them under the product's scoring model. The list is
// virtualized, so a backlog of thousands costs only the visible rows.
type nextView struct {
	ws *app.Workspace

	all     []app.NextEntry // every candidate, ranked
	entries []app.NextEntry // those shown: all, or only what can start
	ranks   []int           // each shown entry's place in all, from 1
	model   app.ScoringModel

	startable *widget.Check // show only what waits on nothing
	note      *widget.Label // how the list is ranked (the card's subtitle, wrapping)

	problem *fyne.Container // icon and text of a ranking error, hidden when none
	errText *widget.Label
	list    *widget.List
	empty   *widget.Label
	card    *widget.Card
}

// newNextView returns the what-next card of ws.
func newNextView(ws *app.Workspace) *nextView {
	v := &nextView{ws: ws, errText: page.NewParagraph(), empty: page.NewParagraph(), note: page.NewParagraph()}
	v.errText.Importance = widget.DangerImportance
	icon := widget.NewIcon(theme.NewErrorThemedResource(theme.ErrorIcon()))
	// The padding lowers the icon to the label's first line of text.
	v.problem = container.NewBorder(nil, nil,
		container.NewVBox(container.New(layout.NewCustomPaddedLayout(theme.Padding(), 0, 0, 0), icon)), nil, v.errText)
	page.SetText(v.empty, "", "Nothing to do next: no item is New or Ready.")
	v.list = widget.NewList(v.length, v.createRow, v.updateRow)
	// By default the list starts with what can start now: an item that
	// waits on unfinished work is not the next thing to do. Unticked, the
	// whole ranking shows, blocked items flagged.
	v.startable = widget.NewCheck("Only what can start now", func(bool) {
		v.note.SetText(v.subtitle())
		v.filter()
	})
	v.startable.Checked = true
	// The subtitle is a wrapping label, not the card's one-line subtitle,
	// so that a long one never widens the window.
	v.card = widget.NewCard("What next", "",
		container.NewBorder(container.NewVBox(v.note, v.problem, v.startable), nil, nil, nil, container.NewStack(v.list, container.NewVBox(v.empty))))
	v.refresh()
	return v
}

// refresh ranks the backlog again and shows the result.
func (v *nextView) refresh() {
	v.model = v.ws.Product().ScoringModel
	all, err := app.Next(v.ws, v.model)
	v.all = all
	if err != nil {
		v.errText.SetText(rankingProblem(err))
		v.problem.Show()
	} else {
		v.problem.Hide()
	}
	v.empty.Hidden = len(all) > 0 || err != nil
	v.empty.Refresh()
	v.note.SetText(v.subtitle())
	v.filter()
}

// filter shows every candidate, or only those that wait on nothing, each
// keeping its place in the whole ranking.
func (v *nextView) filter() {
	v.entries, v.ranks = v.entries[:0], v.ranks[:0]
	for i, e := range v.all {
		if v.startable.Checked && e.Blocked() {
			continue
		}
		v.entries = append(v.entries, e)
		v.ranks = append(v.ranks, i+1)
	}
	v.list.Refresh()
}

// subtitle says how the list is ranked and how much of it waits.
func (v *nextView) subtitle() string {
	blocked := 0
	for _, e := range v.all {
		if e.Blocked() {
			blocked++
		}
	}
	s := "Ranked by " + v.model.Title() + " · " + form.Plural(len(v.all), "candidate", "candidates")
	if blocked > 0 {
		s += " · " + strconv.Itoa(blocked) + " blocked"
		if v.startable.Checked {
			s += " (hidden)"
		}
	}
	return s
}

// rankingProblem explains an error of app.Next to the user.
func rankingProblem(err error) string {
	if ce, ok := errors.AsType[*app.CycleError](err); ok {
		return capitalize(ce.Error()) + ". Everything else is ranked below; the items on it are flagged blocked until it is broken."
	}
	return "The backlog cannot be ranked: " + err.Error()
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func (v *nextView) length() int { return len(v.entries) }

func (v *nextView) createRow() fyne.CanvasObject { return newNextRow() }

func (v *nextView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id < 0 || id >= len(v.entries) {
		return
	}
	e := v.entries[id]
	r := o.(*nextRow)
	r.set(v.ranks[id], len(v.all), e, v.blockedText(e))
	r.setEvidence(evidenceNote(v.ws.Evidence().Item(e.Item.ID))) // next_evidence.go
}

// blockedText names what an entry waits on ("Blocked by Login (item-a)"),
// title first so that a narrow row cuts the ID rather than the name, or
// returns "" when it is not blocked.
func (v *nextView) blockedText(e app.NextEntry) string {
	if !e.Blocked() {
		return ""
	}
	names := make([]string, len(e.BlockedBy))
	for i, id := range e.BlockedBy {
		names[i] = id
		if it, ok := v.ws.Item(id); ok {
			names[i] = it.Title + " (" + id + ")"
		}
	}
	return "Blocked by " + strings.Join(names, ", ")
}
