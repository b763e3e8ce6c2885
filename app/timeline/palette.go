package timeline

import (
	"image/color"
	"strconv"
	"strings"

	"canopy/app"
)

// StatusColor is the fill of a bar by initiative status, shared by the
// window, the PNG export and the PDF brief.
func StatusColor(s app.InitiativeStatus) color.NRGBA {
	switch s {
	case app.InitiativeActive:
		return color.NRGBA{0x2e, 0x7d, 0x32, 0xff} // green
	case app.InitiativeAtRisk:
		return color.NRGBA{0xef, 0x6c, 0x00, 0xff} // orange
	case app.InitiativeDone:
		return color.NRGBA{0x54, 0x6e, 0x7a, 0xff} // slate
	case app.InitiativeCancelled:
		return color.NRGBA{0x9e, 0x9e, 0x9e, 0xff} // grey
	}
	return color.NRGBA{0x15, 0x65, 0xc0, 0xff} // planned: blue
}

// MilestoneColor marks milestones, and ReleaseColor releases, on the
// timeline of the window, the PNG and the PDF brief: two colours, so that
// the legend tells them apart.
var (
	MilestoneColor = color.NRGBA{0x6a, 0x1b, 0x9a, 0xff} // purple
	ReleaseColor   = color.NRGBA{0x00, 0x83, 0x8f, 0xff} // teal
)

// LateColor marks late bars and their arrows.
var LateColor = color.NRGBA{0xc6, 0x28, 0x28, 0xff}

// goalColors are distinct, print-safe colours for colouring by goal.
var goalColors = []color.NRGBA{
	{0x15, 0x65, 0xc0, 0xff}, {0x2e, 0x7d, 0x32, 0xff}, {0x6a, 0x1b, 0x9a, 0xff},
	{0x00, 0x83, 0x8f, 0xff}, {0xad, 0x14, 0x57, 0xff}, {0x45, 0x5a, 0x64, 0xff},
	{0x8d, 0x6e, 0x00, 0xff}, {0x4e, 0x34, 0x2e, 0xff},
}

// NoGoalColor fills bars linked to no goal when colouring by goal.
var NoGoalColor = color.NRGBA{0x9e, 0x9e, 0x9e, 0xff}

// GoalColor returns the colour of the goal at index i in the workspace's
// goal order.
func GoalColor(i int) color.NRGBA { return goalColors[i%len(goalColors)] }

// ParseColor reads "#rrggbb" (or "rrggbb"); ok is false for anything else.
func ParseColor(s string) (c color.NRGBA, ok bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) != 6 {
		return c, false
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return c, false
	}
	return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}, true
}
