package ui

import (
	"strconv"
	"strings"

	"canopy/app"
	"canopy/ui/edit"
)

// risksPage is the risk register as a table: description, likelihood,
// impact, exposure, owner, assumption, mitigation and the initiatives at
// risk. A row opens its
// editor beside the table; Add and Remove change the register.
type risksPage struct {
	*tablePage[*app.Risk]
}

func newRisksPage(env *edit.Env, open func(app.Key)) *risksPage {
	ws := env.WS
	return &risksPage{newTablePage(env, tablePageSpec[*app.Risk]{
		cols: []tableColumn[*app.Risk]{
			{title: "Risk", width: 260, text: func(r *app.Risk) string { return r.Description }},
			{title: "Likelihood", width: 100, text: func(r *app.Risk) string { return r.Likelihood.Title() },
				rank: func(r *app.Risk) int { return r.Likelihood.Weight() }},
			{title: "Impact", width: 80, text: func(r *app.Risk) string { return r.Impact.Title() },
				rank: func(r *app.Risk) int { return r.Impact.Weight() }},
			{title: "Exposure", width: 95, text: exposureText, rank: (*app.Risk).Exposure},
			{title: "Owner", width: 120, text: func(r *app.Risk) string { return r.Owner }},
			{title: "Assumption", width: 230, text: func(r *app.Risk) string { return r.Assumption }},
			{title: "Mitigation", width: 250, text: func(r *app.Risk) string { return r.Mitigation }},
			{title: "Initiatives", width: 220, text: func(r *app.Risk) string { return initiativeNames(ws, r.Initiatives) }},
		},
		list:     ws.Risks,
		get:      ws.Risk,
		addLabel: "Add risk",
		create:   func() *app.Risk { return &app.Risk{Description: "New risk"} },
		name:     func(r *app.Risk) string { return firstWords(r.Description) },
		count: func(n int) string {
			switch n {
			case 0:
				return "No risks yet: add what could go wrong and what you do about it."
			case 1:
				return "1 risk · select one to edit it"
			}
			return strconv.Itoa(n) + " risks · select one to edit it · click a header to sort"
		},
	}, open)}
}

// exposureText shows a risk's exposure with its band ("High · 6"), or ""
// until both likelihood and impact are rated.
func exposureText(r *app.Risk) string {
	if r.Exposure() == 0 {
		return ""
	}
	return r.ExposureTitle() + " · " + strconv.Itoa(r.Exposure())
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

// firstWords returns the start of s, for naming an entity in a question.
func firstWords(s string) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
