package edit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// riskEditor edits an entry of the risk register.
type riskEditor struct {
	b   *binder[*app.Risk]
	h   *header
	obj fyne.CanvasObject

	description, assumption, mitigation, owner *form.Entry
	likelihood, impact                         *widget.Select
	initiatives                                *refList[*app.Risk]
}

var _ page.Editor = (*riskEditor)(nil)

// NewRiskEditor returns the editor of risk id.
func NewRiskEditor(env *page.Env, id string) page.Editor {
	type R = app.Risk
	ed := &riskEditor{b: newBinder[*R](env, app.Key{Kind: app.KindRisk, ID: id})}
	b := ed.b
	ed.h = newHeader(b)
	ed.description = b.multiLine("Edit risk description", 3, func(r *R) string { return r.Description }, func(r *R, v string) { r.Description = v })
	ed.description.SetPlaceHolder("What could go wrong")
	ed.assumption = b.multiLine("Edit risk assumption", 2, func(r *R) string { return r.Assumption }, func(r *R, v string) { r.Assumption = v })
	ed.assumption.SetPlaceHolder("What we take for granted, and how we would know it is false")
	ed.mitigation = b.multiLine("Edit risk mitigation", 3, func(r *R) string { return r.Mitigation }, func(r *R, v string) { r.Mitigation = v })
	ed.mitigation.SetPlaceHolder("What we do about it")
	ed.owner = b.text("Edit risk owner", func(r *R) string { return r.Owner }, func(r *R, v string) { r.Owner = v })
	ed.likelihood = choice(b, "Rate risk likelihood", riskLevelOptions,
		func(r *R) app.RiskLevel { return r.Likelihood }, func(r *R, v app.RiskLevel) { r.Likelihood = v })
	ed.impact = choice(b, "Rate risk impact", riskLevelOptions,
		func(r *R) app.RiskLevel { return r.Impact }, func(r *R, v app.RiskLevel) { r.Impact = v })
	ed.initiatives = newRefList(b, app.KindInitiative, "", "Link initiative to risk", "Unlink initiative from risk",
		"Link an initiative…", "No initiative is linked to this risk.",
		func(r *R) []string { return r.Initiatives }, func(r *R, v []string) { r.Initiatives = v })
	ed.obj = editorPage(ed.h,
		stacked("Description", ed.description),
		stacked("Assumption", ed.assumption),
		stacked("Mitigation", ed.mitigation),
		formRows(row{"Likelihood", ed.likelihood}, row{"Impact", ed.impact}, row{"Owner", ed.owner}),
		heading("Initiatives at risk"),
		ed.initiatives.obj,
	)
	ed.Refresh()
	return ed
}

// riskLevelOptions are the choices of a risk rating, "Not rated" first.
func riskLevelOptions() []option[app.RiskLevel] {
	out := []option[app.RiskLevel]{{app.RiskUnrated, "Not rated"}}
	for _, l := range app.RiskLevels {
		out = append(out, option[app.RiskLevel]{l, l.Title()})
	}
	return out
}

func (ed *riskEditor) Object() fyne.CanvasObject { return ed.obj }
func (ed *riskEditor) Refresh()                  { ed.b.refresh() }
func (ed *riskEditor) Key() app.Key              { return ed.b.key }
