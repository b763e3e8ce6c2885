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

// Section names a part of the page. The names are those of the PDF
// brief's sections, so that one --sections list serves every document the
// export command writes.
type Section string

// The sections of the page.
const (
	SectionVision      Section = "vision"
	SectionCustomers   Section = "customers"
	SectionInsights    Section = "insights" // what customers ask for: internal pages only
	SectionPositioning Section = "positioning"
	SectionCompetitors Section = "competitors"
	SectionGoals       Section = "goals"
	SectionInitiatives Section = "initiatives"
	SectionRoadmap     Section = "roadmap"
	SectionGoToMarket  Section = "go-to-market"
	SectionRisks       Section = "risks"
	// SectionAppendix is the backlog table, on internal pages only.
	SectionAppendix Section = "appendix"
)

// Sections lists the sections in the order the page shows them: the
// roadmap comes early, as stakeholders read it first.
var Sections = []Section{SectionVision, SectionCustomers, SectionInsights, SectionPositioning, SectionGoals, SectionRoadmap,
	SectionInitiatives, SectionGoToMarket, SectionRisks, SectionCompetitors, SectionAppendix}

// Title returns the section's heading on the page.
func (s Section) Title() string {
	switch s {
	case SectionVision:
		return "Vision"
	case SectionCustomers:
		return "Customers"
	case SectionInsights:
		return "What customers ask for"
	case SectionPositioning:
		return "Positioning"
	case SectionCompetitors:
		return "Competitors"
	case SectionGoals:
		return "Goals"
	case SectionInitiatives:
		return "Initiatives"
	case SectionRoadmap:
		return "Roadmap"
	case SectionGoToMarket:
		return "Releases"
	case SectionRisks:
		return "Risks"
	case SectionAppendix:
		return "Backlog"
	}
	return string(s)
}

// ParseSections parses a comma-separated list of section names.
func ParseSections(s string) ([]Section, error) {
	var out []Section
	for f := range strings.SplitSeq(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if !slices.Contains(Sections, Section(f)) {
			names := make([]string, len(Sections))
			for i, s := range Sections {
				names[i] = string(s)
			}
			return nil, fmt.Errorf("unknown section %q: want some of %s", f, strings.Join(names, ", "))
		}
		out = append(out, Section(f))
	}
	return out, nil
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
	if (s == SectionAppendix || s == SectionInsights) && o.Audience != Internal {
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
