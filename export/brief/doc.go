// Package brief writes the strategy brief for executives and partners as a
// PDF: the full brief (cover, contents, every section of a strategy brief, the
// roadmap as a vector timeline drawn from canopy/app/timeline) or a one-page
// executive summary, in the embedded Go fonts, with the same bytes for the
// same workspace and date. WriteBrief writes to an io.Writer.
//
// Imports: the domain (canopy/app and its sub-packages other than the store),
// the embedded fonts and fpdf; never Fyne, the store or another exporter.
package brief
