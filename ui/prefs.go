package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/export/brief"
)

// PrefDefaultModel is the preference holding the scoring model a new
// workspace starts with (File ▸ New workspace remembers the last choice).
const PrefDefaultModel = "defaultScoringModel"

// defaultModel returns the scoring model new workspaces start with: the
// one saved, else RICE.
func defaultModel(p fyne.Preferences) app.ScoringModel {
	m := app.ScoringModel(p.String(PrefDefaultModel))
	for _, known := range app.ScoringModels {
		if m == known {
			return m
		}
	}
	return app.ModelRICE
}

// modelTitles returns the scoring models' titles in display order.
func modelTitles() []string {
	out := make([]string, len(app.ScoringModels))
	for i, m := range app.ScoringModels {
		out[i] = m.Title()
	}
	return out
}

// modelByTitle returns the model with the title (RICE when none has it).
func modelByTitle(title string) app.ScoringModel {
	for _, m := range app.ScoringModels {
		if m.Title() == title {
			return m
		}
	}
	return app.ModelRICE
}

// The preferences holding the strategy brief dialog's last choices (File ▸
// Export ▸ Strategy brief…). A value that is missing or not one of those
// described falls back to the dialog's default.
const (
	// PrefBriefPaper is "a4" or "letter".
	PrefBriefPaper = "briefPaper"
	// PrefBriefOrientation is "portrait" or "landscape".
	PrefBriefOrientation = "briefOrientation"
	// PrefBriefAudience is "full" (the full brief) or "summary" (the
	// one-page executive summary).
	PrefBriefAudience = "briefAudience"
	// PrefBriefSections lists the names of the full brief's sections
	// chosen (brief.Section); unknown names are ignored, and a list
	// without a known one means all.
	PrefBriefSections = "briefSections"
	// PrefBriefFrom and PrefBriefTo are the roadmap's range as typed:
	// YYYY-MM-DD, or empty for the months that hold work.
	PrefBriefFrom = "briefFrom"
	PrefBriefTo   = "briefTo"
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
	if paper := brief.Paper(p.String(PrefBriefPaper)); paper == brief.PaperA4 || paper == brief.PaperLetter {
		c.paper = paper
	}
	c.landscape = p.String(PrefBriefOrientation) == "landscape"
	c.summary = p.String(PrefBriefAudience) == "summary"
	var secs []brief.Section
	for _, s := range brief.Sections {
		if slices.Contains(p.StringList(PrefBriefSections), string(s)) {
			secs = append(secs, s)
		}
	}
	if len(secs) > 0 {
		c.sections = secs
	}
	for _, f := range []struct {
		key string
		to  *string
	}{{PrefBriefFrom, &c.from}, {PrefBriefTo, &c.to}} {
		s := strings.TrimSpace(p.String(f.key))
		if d, err := app.ParseDate(s); err == nil && !d.IsZero() {
			*f.to = d.String()
		}
	}
	if c.from != "" && c.to != "" && c.to < c.from { // a range ending before it starts
		c.from, c.to = "", ""
	}
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
	p.SetString(PrefBriefPaper, string(c.paper))
	p.SetString(PrefBriefOrientation, orient)
	p.SetString(PrefBriefAudience, audience)
	names := make([]string, len(c.sections))
	for i, s := range c.sections {
		names[i] = string(s)
	}
	p.SetStringList(PrefBriefSections, names)
	p.SetString(PrefBriefFrom, c.from)
	p.SetString(PrefBriefTo, c.to)
}
