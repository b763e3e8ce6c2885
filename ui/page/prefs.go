package page

import (
	"crypto/sha256"
	"encoding/hex"
)

// The app's preferences, every key in this one file: what the window, the
// sections and the launcher remember between runs. A value that is missing
// or unknown falls back to the default of whoever reads it.
const (
	// PrefLastWorkspace is the last workspace opened.
	PrefLastWorkspace = "lastWorkspace"
	// PrefRecent lists the recent workspaces, latest first.
	PrefRecent = "recentWorkspaces"
	// PrefUserName is the name recorded in decisions ("accepted by").
	PrefUserName = "userName"
	// PrefTheme is the theme chosen in View ▸ Theme.
	PrefTheme = "theme"
	// PrefWindowWidth and PrefWindowHeight are the window's size when it
	// last closed.
	PrefWindowWidth  = "windowWidth"
	PrefWindowHeight = "windowHeight"
	// PrefDefaultModel is the scoring model a new workspace starts with
	// (File ▸ New workspace remembers the last choice).
	PrefDefaultModel = "defaultScoringModel"
	// PrefRoadmapZoom is the roadmap's zoom, by name; PrefRoadmapByGoal
	// whether its bars are coloured by goal.
	PrefRoadmapZoom   = "roadmapZoom"
	PrefRoadmapByGoal = "roadmapColourByGoal"
	// PrefRoadmapForecast is whether the roadmap draws the forecast
	// whiskers (P50–P85) past the active initiatives' bars.
	PrefRoadmapForecast = "roadmapForecast"

	// The strategy brief dialog's last choices (File ▸ Export ▸ Strategy
	// brief…).

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

// PrefBacklogFilter names the preference of a workspace's backlog filter:
// one per folder, under a hash of its path.
func PrefBacklogFilter(dir string) string {
	sum := sha256.Sum256([]byte(dir))
	return "filter-" + hex.EncodeToString(sum[:8])
}

// The roadmap page dialog's last choices (File ▸ Export ▸ Roadmap page
// (HTML)…).
const (
	// PrefPageAudience is "external" or "internal".
	PrefPageAudience = "pageAudience"
	// PrefPageSections lists the names of the page's sections chosen
	// (html.Section); unknown names are ignored, and a list without a
	// known one means all.
	PrefPageSections = "pageSections"
	// PrefPageFrom and PrefPageTo are the timeline's range as typed:
	// YYYY-MM-DD, or empty for the months that hold work.
	PrefPageFrom = "pageFrom"
	PrefPageTo   = "pageTo"
)

// Working as a team (Sync, Settings).
const (
	// PrefAutoSync is the auto-sync interval in minutes; 0 turns it off.
	PrefAutoSync = "autoSyncMinutes"
)

// PrefSetupOffered names the preference that remembers that git-setup was
// offered for the workspace in dir: one per folder, under a hash of its
// path, so that the offer is made once.
func PrefSetupOffered(dir string) string {
	sum := sha256.Sum256([]byte(dir))
	return "gitSetupOffered-" + hex.EncodeToString(sum[:8])
}
