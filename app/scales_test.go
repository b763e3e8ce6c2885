package app

import "testing"

func TestScales(t *testing.T) {
	imp := RICEImpacts()
	if len(imp) != 5 || imp[0] != 0.25 || imp[4] != 3 {
		t.Fatalf("RICE impacts = %v", imp)
	}
	for _, tc := range []struct {
		v    float64
		want string
	}{{0.25, "minimal"}, {1, "medium"}, {3, "massive"}, {4, ""}} {
		if got := RICEImpactWord(tc.v); got != tc.want {
			t.Errorf("RICEImpactWord(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
	imp[0] = 99 // a copy: the rules' scale stays
	if RICEImpacts()[0] != 0.25 {
		t.Error("RICEImpacts returned the scale itself")
	}
	if s := WSJFSteps(); len(s) != 7 || s[6] != 20 {
		t.Fatalf("WSJF steps = %v", s)
	}
}
