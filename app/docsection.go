package app

import (
	"fmt"
	"slices"
	"strings"
)

// DocSection names a part of the documents Canopy writes for readers: the
// PDF brief and the HTML page know the same names, so one --sections list
// serves every document an export writes. Each document orders and titles
// them its own way.
type DocSection string

// The sections of the documents.
const (
	DocVision      DocSection = "vision"
	DocCustomers   DocSection = "customers"
	DocInsights    DocSection = "insights" // what customers ask for
	DocPositioning DocSection = "positioning"
	DocCompetitors DocSection = "competitors"
	DocGoals       DocSection = "goals"
	DocInitiatives DocSection = "initiatives"
	DocRoadmap     DocSection = "roadmap"
	DocGoToMarket  DocSection = "go-to-market"
	DocRisks       DocSection = "risks"
	// DocAppendix is what next and the backlog.
	DocAppendix DocSection = "appendix"
)

// DocSections lists every section, in the order PRODUCT.md lists what a
// brief holds.
var DocSections = []DocSection{DocVision, DocCustomers, DocInsights, DocPositioning, DocCompetitors,
	DocGoals, DocInitiatives, DocRoadmap, DocGoToMarket, DocRisks, DocAppendix}

// ParseDocSections parses a comma-separated list of section names; an
// unknown name is refused with the names there are.
func ParseDocSections(s string) ([]DocSection, error) {
	var out []DocSection
	for f := range strings.SplitSeq(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if !slices.Contains(DocSections, DocSection(f)) {
			names := make([]string, len(DocSections))
			for i, s := range DocSections {
				names[i] = string(s)
			}
			return nil, fmt.Errorf("unknown section %q: want some of %s", f, strings.Join(names, ", "))
		}
		out = append(out, DocSection(f))
	}
	return out, nil
}
