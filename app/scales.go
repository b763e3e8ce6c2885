package app

import "slices"

// The scoring scales, once: the rules check against them, the editors
// offer them and the sample generator draws from them.

// RICEImpacts returns the steps of a RICE impact, lowest first.
func RICEImpacts() []float64 { return slices.Clone(riceImpacts) }

// riceImpactWords name the RICE impacts, in the order of riceImpacts.
var riceImpactWords = []string{"minimal", "low", "medium", "high", "massive"}

// RICEImpactWord names a RICE impact ("massive" for 3), or "" off the scale.
func RICEImpactWord(v float64) string {
	if i := slices.Index(riceImpacts, v); i >= 0 {
		return riceImpactWords[i]
	}
	return ""
}

// WSJFSteps returns the Fibonacci-like steps of every WSJF input.
func WSJFSteps() []int { return slices.Clone(wsjfSteps) }
