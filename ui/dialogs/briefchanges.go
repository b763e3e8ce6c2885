package dialogs

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"canopy/export/brief"
	"canopy/ui/page"
)

// changesChoice is the brief dialog's choice of the section "What changed
// since …": offered while the window compares the plan with an earlier
// version (Roadmap ▸ Compare with…), of that comparison; it then also draws
// the roadmap's ghost bars. Without a comparison the dialog says how to get
// one.
type changesChoice struct {
	cmp   *page.Comparison
	check *widget.Check
}

// offerChanges adds the choice of the section "What changed since …" to
// the dialog, for the comparison cmp (nil: none shown, nothing to offer).
func (b *briefDialog) offerChanges(cmp *page.Comparison) {
	box, ok := b.content.(*fyne.Container)
	if !ok {
		return
	}
	hint := widget.NewLabel("")
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	box.Add(widget.NewLabelWithStyle("What changed", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	if cmp == nil {
		hint.SetText("To add the section \"What changed since …\", compare the plan with a baseline or a commit first " +
			"(Roadmap ▸ Compare with…).")
		box.Add(hint)
		return
	}
	c := &changesChoice{cmp: cmp, check: widget.NewCheck("What changed since "+cmp.Name, nil)}
	c.check.SetChecked(true)
	hint.SetText("The full brief gets the changes table and the roadmap with ghost bars where the initiatives were; " +
		"the executive summary, what changed in two lines.")
	b.changes = c
	box.Add(c.check)
	box.Add(hint)
}

// option returns the section's contents when it is chosen, else nil.
func (c *changesChoice) option() *brief.Changes {
	if c == nil || c.cmp == nil || !c.check.Checked {
		return nil
	}
	return &brief.Changes{Since: c.cmp.Name, Diff: c.cmp.Diff, Old: c.cmp.Old}
}
