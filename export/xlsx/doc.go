// Package xlsx carries a Canopy workspace to and from spreadsheets.
// WriteBacklog writes an Excel workbook (.xlsx) with the whole backlog, the
// roadmap, the releases, the strategy and a page about the export;
// ReadBacklog and ReadBacklogCSV read a workbook or a CSV file (this one's, or
// a tracker's export) back into an ImportPlan that the window or the CLI
// applies as one undoable edit.
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
// The Backlog sheet's columns are described by BacklogColumns, which the
// reader shares: columns marked Computed are derived by Canopy and are
// ignored on the way back in.
//
// Imports: the domain (canopy/app and its sub-packages other than the store)
// and excelize; never Fyne, the store or another exporter.
package xlsx
