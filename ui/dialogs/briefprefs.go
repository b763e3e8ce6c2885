package dialogs

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"

	"canopy/app"
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

// loadSections returns the sections of all that the preference key lists,
// in all's order; all when it lists none of them.
func loadSections(p fyne.Preferences, key string, all []app.DocSection) []app.DocSection {
	var secs []app.DocSection
	for _, s := range all {
		if slices.Contains(p.StringList(key), string(s)) {
			secs = append(secs, s)
		}
	}
	if len(secs) == 0 {
		return slices.Clone(all)
	}
	return secs
}

// saveSections keeps secs in the preference key.
func saveSections(p fyne.Preferences, key string, secs []app.DocSection) {
	names := make([]string, len(secs))
	for i, s := range secs {
		names[i] = string(s)
	}
	p.SetStringList(key, names)
}

// loadRange returns the dates the preferences fromKey and toKey keep,
// each "" when not a valid date, and both "" for a range ending before it
// starts.
func loadRange(p fyne.Preferences, fromKey, toKey string) (from, to string) {
	day := func(key string) string {
		if d, err := app.ParseDate(strings.TrimSpace(p.String(key))); err == nil && !d.IsZero() {
			return d.String()
		}
		return ""
	}
	from, to = day(fromKey), day(toKey)
	if from != "" && to != "" && to < from {
		return "", ""
	}
	return from, to
}
