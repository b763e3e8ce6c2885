package html

import (
	"cmp"
	stdhtml "html"
	"html/template"
	"slices"
	"strconv"
	"strings"

	"canopy/app"
)

// buildBacklog gathers the backlog table of internal pages: at most
// MaxBacklogRows items by rank, with the filters' choices.
func buildBacklog(ws *app.Workspace) *backlog {
	pr := ws.Product()
	items := ws.Items()
	out := &backlog{Total: len(items), Model: pr.ScoringModel.Title()}
	for _, s := range app.Statuses {
		out.Statuses = append(out.Statuses, option{Value: string(s), Label: s.Title()})
	}
	relNames := map[string]string{}
	for _, r := range ws.Releases() {
		relNames[r.ID] = r.Name
		out.Releases = append(out.Releases, option{Value: r.ID, Label: r.Name})
	}
	inNames := map[string]string{}
	ins := ws.Initiatives()
	for _, in := range ins {
		inNames[in.ID] = in.Name
	}
	// The initiatives filter lists those that hold items, by name.
	used := map[string]bool{}
	for _, it := range items {
		used[it.Initiative] = true
	}
	for _, in := range ins {
		if used[in.ID] {
			out.Initiatives = append(out.Initiatives, option{Value: in.ID, Label: in.Name})
		}
	}
	slices.SortStableFunc(out.Initiatives, func(a, b option) int { return cmp.Compare(a.Label, b.Label) })
	if len(items) > MaxBacklogRows {
		items, out.Cut = items[:MaxBacklogRows], true
	}
	out.Shown = len(items)
	out.Rows = make([]itemRow, 0, len(items))
	var cells strings.Builder
	for i, it := range items {
		r := itemRow{Rank: strconv.Itoa(i + 1), Title: it.Title, Status: string(it.Status),
			Initiative: inNames[it.Initiative], Release: relNames[it.Release], Assignee: it.Assignee}
		if r.Initiative != "" {
			r.InitiativeID = it.Initiative
		}
		if r.Release != "" {
			r.ReleaseID = it.Release
		}
		estimate, score, scoreSort := "", "", "-1"
		if it.Estimate != 0 {
			estimate = fmtNum(it.Estimate)
		}
		if s, ok := ws.ItemScore(it); ok {
			score, scoreSort = app.FormatScore(s, true), strconv.FormatFloat(s, 'g', 6, 64)
		}
		cells.Reset()
		td(&cells, "", it.Status.Title())
		td(&cells, "", it.Type.Title())
		td(&cells, "", it.MoSCoW.Title())
		td(&cells, "", estimate)
		cells.WriteString(`<td data-v="`)
		cells.WriteString(stdhtml.EscapeString(scoreSort))
		cells.WriteString(`">`)
		cells.WriteString(stdhtml.EscapeString(score))
		cells.WriteString("</td>")
		r.Cells = template.HTML(cells.String())
		for _, l := range it.Links {
			if u, ok := app.SafeLink(l); ok {
				r.Link = u
				break
			}
		}
		out.Rows = append(out.Rows, r)
	}
	return out
}

// td writes a cell holding text, escaped, with a class when not "".
func td(b *strings.Builder, class, text string) {
	b.WriteString("<td")
	if class != "" {
		b.WriteString(` class="`)
		b.WriteString(stdhtml.EscapeString(class))
		b.WriteByte('"')
	}
	b.WriteByte('>')
	b.WriteString(stdhtml.EscapeString(text))
	b.WriteString("</td>")
}
