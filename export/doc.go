// Package export writes a Canopy workspace out for people who live in
// spreadsheets: WriteBacklog writes an Excel workbook (.xlsx) with the whole
// backlog, the roadmap, the releases, the strategy and a page about the export.
// WriteBrief writes the strategy brief for executives and partners as a PDF:
// the full brief (cover, contents, every section of a strategy brief, the
// roadmap as a vector timeline) or a one-page executive summary, in the
// embedded Go fonts, with the same bytes for the same workspace and date.
//
// The workbook is written to an io.Writer; the caller replaces the target file
// atomically (excelize's SaveAs truncates in place, so it is never used here).
// The output is deterministic: the same workspace and export time give the
// same bytes.
//
// User text always stays text: every string is written as a string cell, never
// a formula, in the Text number format ("@"), so that a title such as
// "=HYPERLINK(…)" is neither computed on opening nor when a person edits the
// cell. Text over Excel's 32 767-character cell limit is cut with a visible
// marker, and WriteBacklog returns a warning naming the entity and the field.
//
// The Backlog sheet's columns are described by BacklogColumns, which an
// importer shares: columns marked Computed are derived by Canopy and are to be
// ignored on the way back in.
package export
