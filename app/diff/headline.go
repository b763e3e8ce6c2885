package diff

import (
	"fmt"
	"strings"
)

// Headline says the diff in one line for a summary or a commit message:
// "2 slipped (up to 3 w), 1 pulled in, 3 added, 1 removed, scope +8 pts,
// 2 status changes, 4 priority moves, strategy: vision". It is "no
// changes" when there are none.
func (d *Diff) Headline() string {
	var slipped, pulled, maxSlip, added, removed, status, moves int
	var scope float64
	var strategy []string
	for _, c := range d.Changes {
		switch {
		case c.Unit == "days" && (c.Field == "end" || c.Field == "date"):
			if c.Delta > 0 {
				slipped++
				maxSlip = max(maxSlip, int(c.Delta))
			} else {
				pulled++
			}
		case c.Field == "" && c.Kind == Added:
			added++
		case c.Field == "" && c.Kind == Removed:
			removed++
		case c.Field == "points" && c.Entity == EntityRelease:
			scope += c.Delta
		case c.Field == "status":
			status++
		case c.Field == FieldPriority:
			moves++
		case c.Entity == EntityStrategy && c.Detail == "":
			strategy = append(strategy, c.Field)
		}
	}
	var parts []string
	count := func(n int, what string) {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, what))
		}
	}
	if slipped > 0 {
		parts = append(parts, fmt.Sprintf("%d slipped (up to %s)", slipped, strings.TrimPrefix(Slip(maxSlip), "+")))
	}
	count(pulled, "pulled in")
	count(added, "added")
	count(removed, "removed")
	if scope != 0 {
		parts = append(parts, "scope "+signed(scope)+" pts")
	}
	if status == 1 {
		parts = append(parts, "1 status change")
	} else {
		count(status, "status changes")
	}
	if moves == 1 {
		parts = append(parts, "1 priority move")
	} else {
		count(moves, "priority moves")
	}
	if len(strategy) > 0 {
		parts = append(parts, "strategy: "+strings.Join(strategy, ", "))
	}
	if len(parts) == 0 {
		if d.Empty() {
			return "no changes"
		}
		return fmt.Sprintf("%d change(s)", len(d.Changes))
	}
	return strings.Join(parts, ", ")
}
