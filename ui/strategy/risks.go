package strategy

import (
	"strconv"
	"strings"

	"canopy/app"
	"canopy/ui/page"
)

// risksPage is the risk register as a table: description, likelihood,
// impact, exposure, owner, assumption, mitigation and the initiatives at
// risk. A row opens its
// editor beside the table; Add and Remove change the register.
type risksPage struct {
	*page.TablePage[*app.Risk]
}

func newRisksPage(env *page.Env, open func(app.Key)) *risksPage {
	ws := env.WS
	return &risksPage{page.NewTablePage(env, page.TablePageSpec[*app.Risk]{
		Cols: []page.TableColumn[*app.Risk]{
			{Title: "Risk", Width: 260, Text: func(r *app.Risk) string { return r.Description }},
			{Title: "Likelihood", Width: 100, Text: func(r *app.Risk) string { return r.Likelihood.Title() },
				Rank: func(r *app.Risk) int { return r.Likelihood.Weight() }},
			{Title: "Impact", Width: 80, Text: func(r *app.Risk) string { return r.Impact.Title() },
				Rank: func(r *app.Risk) int { return r.Impact.Weight() }},
			{Title: "Exposure", Width: 95, Text: exposureText, Rank: (*app.Risk).Exposure},
			{Title: "Owner", Width: 120, Text: func(r *app.Risk) string { return r.Owner }},
			{Title: "Assumption", Width: 230, Text: func(r *app.Risk) string { return r.Assumption }},
			{Title: "Mitigation", Width: 250, Text: func(r *app.Risk) string { return r.Mitigation }},
			{Title: "Initiatives", Width: 220, Text: func(r *app.Risk) string { return initiativeNames(ws, r.Initiatives) }},
		},
		List:     ws.Risks,
		Get:      ws.Risk,
		AddLabel: "Add risk",
		Create:   func() *app.Risk { return &app.Risk{Description: "New risk"} },
		Name:     func(r *app.Risk) string { return firstWords(r.Description) },
		Count: func(n int) string {
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
			names = append(names, page.NameOrUnnamed(in.Name))
		}
	}
	return strings.Join(names, ", ")
}

// firstWords returns the start of s, for naming an entity in a question.
func firstWords(s string) string {
	s = page.JoinLines(s)
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
