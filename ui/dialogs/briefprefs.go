package dialogs

import (
	"slices"

	"fyne.io/fyne/v2"

	"canopy/export/brief"
	"canopy/ui/page"
)

// briefChoices are the brief dialog's choices as the preferences keep them.
type briefChoices struct {
	paper     brief.Paper
	landscape bool
	summary   bool
	sections  []brief.Section // in brief.Sections order, never empty
	from, to  string          // valid dates or empty
}

// loadBriefChoices reads the brief dialog's last choices from p (nil: the
// defaults: the full brief of every section on A4 portrait, the roadmap's
// months that hold work). Each value that is not valid is the default.
func loadBriefChoices(p fyne.Preferences) briefChoices {
	c := briefChoices{paper: brief.PaperA4, sections: slices.Clone(brief.Sections)}
	if p == nil {
		return c
	}
	if paper := brief.Paper(p.String(page.PrefBriefPaper)); paper == brief.PaperA4 || paper == brief.PaperLetter {
		c.paper = paper
	}
	c.landscape = p.String(page.PrefBriefOrientation) == "landscape"
	c.summary = p.String(page.PrefBriefAudience) == "summary"
	c.sections = loadSections(p, page.PrefBriefSections, brief.Sections)
	c.from, c.to = loadRange(p, page.PrefBriefFrom, page.PrefBriefTo)
	return c
}

// saveBriefChoices keeps c in p for the next time the dialog opens.
func saveBriefChoices(p fyne.Preferences, c briefChoices) {
	orient, audience := "portrait", "full"
	if c.landscape {
		orient = "landscape"
	}
	if c.summary {
		audience = "summary"
	}
	p.SetString(page.PrefBriefPaper, string(c.paper))
	p.SetString(page.PrefBriefOrientation, orient)
	p.SetString(page.PrefBriefAudience, audience)
	saveSections(p, page.PrefBriefSections, c.sections)
	p.SetString(page.PrefBriefFrom, c.from)
	p.SetString(page.PrefBriefTo, c.to)
}
