// Package forecast answers "when will it ship?" from the team's own
// throughput: the items that reached Done or Accepted in each of the past
// weeks, read from the items' histories. A Monte Carlo simulation draws
// future weeks from those past weeks, many times over, until the remaining
// work of each release and active initiative is done; the spread of the
// simulated completion dates gives the P50, P85 and P95 dates and the
// chance of making the planned date.
//
// One simulated future serves the releases in date order, earliest first,
// with the unfinished items each one waits on pulled in ahead of it, and an
// initiative finishes with its last item in that same future. The
// simulation is deterministic for a seed; the default seed is fixed, so a
// brief or a report built from a forecast keeps its bytes.
//
// The package imports no UI toolkit: the window, the brief and the command
// line all show the same Result.
package forecast
