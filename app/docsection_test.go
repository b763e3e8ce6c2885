package app

import (
	"slices"
	"strings"
	"testing"
)

func TestParseDocSections(t *testing.T) {
	tests := []struct {
		in   string
		want []DocSection
		err  string
	}{
		{" roadmap, go-to-market ,,appendix", []DocSection{DocRoadmap, DocGoToMarket, DocAppendix}, ""},
		{"goals, roadmap,,risks", []DocSection{DocGoals, DocRoadmap, DocRisks}, ""},
		{"", nil, ""},
		{"roadmap,timeline", nil, `unknown section "timeline": want some of vision, customers, insights`},
		{"Goals", nil, `unknown section "Goals"`},
	}
	for _, tc := range tests {
		got, err := ParseDocSections(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: error %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("%q = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}
