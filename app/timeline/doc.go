// Package timeline computes the roadmap's geometry without drawing it: the
// lanes, the initiatives as bars stacked into sub-rows where they overlap,
// milestone and release markers, the today line, dependency arrows and the
// axis ticks of each zoom level. The Fyne widget (ui/roadmap), the PNG
// export and the PDF brief draw the same geometry, so the roadmap reads the
// same on screen and on paper.
//
// It works in two steps. A Plan holds the timeline in dates and sub-rows; it
// is built once per change of the workspace and does not depend on the zoom.
// A Frame scales a plan to a zoom level, a date range and row metrics (pixels
// on screen, points on paper); its View returns only what a viewport
// rectangle shows, so the cost of drawing follows the size of the window, not
// the size of the plan.
package timeline
