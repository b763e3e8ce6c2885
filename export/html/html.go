package html

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"canopy/app"
)

// Audience says who the page is for.
type Audience string

// The audiences.
const (
	// External leaves out the backlog and every person's name: owners and
	// assignees. It is the default.
	External Audience = "external"
	// Internal adds the backlog table and the owners.
	Internal Audience = "internal"
)

// ParseAudience parses "external" or "internal" (any case).
func ParseAudience(s string) (Audience, error) {
	switch a := Audience(strings.ToLower(strings.TrimSpace(s))); a {
	case External, Internal:
		return a, nil
	}
	return "", fmt.Errorf("unknown audience %q: want external or internal", s)
}

// Section names a part of the page: the names of the PDF brief's sections
// (app.DocSection), so that one --sections list serves every document the
// export command writes. Insights and the appendix (the backlog) are on
// internal pages only.
type Section = app.DocSection

// Sections lists the sections in the order the page shows them: the
// roadmap comes early, as stakeholders read it first.
var Sections = []Section{app.DocVision, app.DocCustomers, app.DocInsights, app.DocPositioning, app.DocGoals, app.DocRoadmap,
	app.DocInitiatives, app.DocGoToMarket, app.DocRisks, app.DocCompetitors, app.DocAppendix}

// Title returns the section's heading on the page.
func SectionTitle(s Section) string {
	switch s {
	case app.DocVision:
		return "Vision"
	case app.DocCustomers:
		return "Customers"
	case app.DocInsights:
		return "What customers ask for"
	case app.DocPositioning:
		return "Positioning"
	case app.DocCompetitors:
		return "Competitors"
	case app.DocGoals:
		return "Goals"
	case app.DocInitiatives:
		return "Initiatives"
	case app.DocRoadmap:
		return "Roadmap"
	case app.DocGoToMarket:
		return "Releases"
	case app.DocRisks:
		return "Risks"
	case app.DocAppendix:
		return "Backlog"
	}
	return string(s)
}

// MaxBacklogRows is the most backlog items the internal page lists; a
// larger backlog is cut after that many, by rank, with a note saying so.
const MaxBacklogRows = 10_000

// Options say what the page holds.
type Options struct {
	// Audience is External (the default when empty) or Internal.
	Audience Audience
	// Sections lists the sections to include, nil for all.
	Sections []Section
	// From and To bound the roadmap timeline (To included); a zero date
	// means the first or last month that holds work.
	From, To app.Date
	// Date is the page's "as of" date and the day of the today line; zero
	// means the workspace's today.
	Date app.Date
}

// wants reports whether the options include section s.
func (o Options) wants(s Section) bool {
	if (s == app.DocAppendix || s == app.DocInsights) && o.Audience != Internal {
		return false
	}
	return o.Sections == nil || slices.Contains(o.Sections, s)
}

// Write writes the roadmap page of ws to w. The same workspace and options
// give the same bytes.
func Write(w io.Writer, ws *app.Workspace, opt Options) error {
	if opt.Audience == "" {
		opt.Audience = External
	}
	if _, err := ParseAudience(string(opt.Audience)); err != nil {
		return fmt.Errorf("roadmap page: %w", err)
	}
	for _, s := range opt.Sections {
		if !slices.Contains(Sections, s) {
			return fmt.Errorf("roadmap page: unknown section %q", s)
		}
	}
	if !opt.From.IsZero() && !opt.To.IsZero() && opt.To.Before(opt.From) {
		return fmt.Errorf("roadmap page: the timeline's range ends (%s) before it starts (%s)", opt.To, opt.From)
	}
	if opt.Date.IsZero() {
		opt.Date = ws.Today()
	}
	p := build(ws, opt)
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := execute(bw, p); err != nil {
		return fmt.Errorf("roadmap page: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("roadmap page: %w", err)
	}
	return nil
}
