package ui

import (
	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/ui/page"
)

// defaultModel returns the scoring model new workspaces start with: the
// one saved, else RICE.
func defaultModel(p fyne.Preferences) app.ScoringModel {
	m := app.ScoringModel(p.String(page.PrefDefaultModel))
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
